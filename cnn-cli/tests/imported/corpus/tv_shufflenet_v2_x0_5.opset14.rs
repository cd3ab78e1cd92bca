cnn! {
    // Imported from tv_shufflenet_v2_x0_5.opset14.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvShufflenetV2X05Opset14 {
        input 224x224x3;
        conv 3x3x24 stride 2 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        concat {
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x24;
                relu;
            }
            {
                conv 1x1x24;
                relu;
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x24;
                relu;
            }
        }
        repeat 3 {
            shuffle 2;
            split {
                {}
                {
                    conv 1x1x24;
                    relu;
                    dwconv 3x3 pad 1;
                    conv 1x1x24;
                    relu;
                }
            }
        }
        shuffle 2;
        concat {
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x48;
                relu;
            }
            {
                conv 1x1x48;
                relu;
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x48;
                relu;
            }
        }
        repeat 7 {
            shuffle 2;
            split {
                {}
                {
                    conv 1x1x48;
                    relu;
                    dwconv 3x3 pad 1;
                    conv 1x1x48;
                    relu;
                }
            }
        }
        shuffle 2;
        concat {
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x96;
                relu;
            }
            {
                conv 1x1x96;
                relu;
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x96;
                relu;
            }
        }
        repeat 3 {
            shuffle 2;
            split {
                {}
                {
                    conv 1x1x96;
                    relu;
                    dwconv 3x3 pad 1;
                    conv 1x1x96;
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
