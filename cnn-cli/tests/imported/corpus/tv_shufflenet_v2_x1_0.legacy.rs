cnn! {
    // Imported from tv_shufflenet_v2_x1_0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvShufflenetV2X10Legacy {
        input 224x224x3;
        conv 3x3x24 stride 2 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        concat {
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x58;
                relu;
            }
            {
                conv 1x1x58;
                relu;
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x58;
                relu;
            }
        }
        repeat 3 {
            shuffle 2;
            split {
                {}
                {
                    conv 1x1x58;
                    relu;
                    dwconv 3x3 pad 1;
                    conv 1x1x58;
                    relu;
                }
            }
        }
        shuffle 2;
        concat {
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x116;
                relu;
            }
            {
                conv 1x1x116;
                relu;
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x116;
                relu;
            }
        }
        repeat 7 {
            shuffle 2;
            split {
                {}
                {
                    conv 1x1x116;
                    relu;
                    dwconv 3x3 pad 1;
                    conv 1x1x116;
                    relu;
                }
            }
        }
        shuffle 2;
        concat {
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x232;
                relu;
            }
            {
                conv 1x1x232;
                relu;
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x232;
                relu;
            }
        }
        repeat 3 {
            shuffle 2;
            split {
                {}
                {
                    conv 1x1x232;
                    relu;
                    dwconv 3x3 pad 1;
                    conv 1x1x232;
                    relu;
                }
            }
        }
        shuffle 2;
        conv 1x1x1024;
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
