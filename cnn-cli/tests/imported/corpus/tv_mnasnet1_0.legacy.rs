cnn! {
    // Imported from tv_mnasnet1_0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMnasnet10Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        relu;
        dwconv 3x3 pad 1;
        relu;
        conv 1x1x16;
        conv 1x1x48;
        relu;
        dwconv 3x3 stride 2 pad 1;
        relu;
        conv 1x1x24;
        repeat 2 {
            residual {
                conv 1x1x72;
                relu;
                dwconv 3x3 pad 1;
                relu;
                conv 1x1x24;
            }
        }
        conv 1x1x72;
        relu;
        dwconv 5x5 stride 2 pad 2;
        relu;
        conv 1x1x40;
        repeat 2 {
            residual {
                conv 1x1x120;
                relu;
                dwconv 5x5 pad 2;
                relu;
                conv 1x1x40;
            }
        }
        conv 1x1x240;
        relu;
        dwconv 5x5 stride 2 pad 2;
        relu;
        conv 1x1x80;
        repeat 2 {
            residual {
                conv 1x1x480;
                relu;
                dwconv 5x5 pad 2;
                relu;
                conv 1x1x80;
            }
        }
        conv 1x1x480;
        relu;
        dwconv 3x3 pad 1;
        relu;
        conv 1x1x96;
        residual {
            conv 1x1x576;
            relu;
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x96;
        }
        conv 1x1x576;
        relu;
        dwconv 5x5 stride 2 pad 2;
        relu;
        conv 1x1x192;
        repeat 3 {
            residual {
                conv 1x1x1152;
                relu;
                dwconv 5x5 pad 2;
                relu;
                conv 1x1x192;
            }
        }
        conv 1x1x1152;
        relu;
        dwconv 3x3 pad 1;
        relu;
        conv 1x1x320;
        conv 1x1x1280;
        relu;
        gap;
        flatten;
        classifier: {
            1: fc 1000;
        }
    }
}
