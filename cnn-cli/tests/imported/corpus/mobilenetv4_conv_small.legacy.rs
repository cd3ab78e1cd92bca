cnn! {
    // Imported from mobilenetv4_conv_small.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Mobilenetv4ConvSmallLegacy {
        input 224x224x3;
        repeat 2 {
            conv 3x3x32 stride 2 pad 1;
            relu;
        }
        conv 1x1x32;
        relu;
        conv 3x3x96 stride 2 pad 1;
        relu;
        conv 1x1x64;
        relu;
        dwconv 5x5 pad 2;
        conv 1x1x192;
        relu;
        dwconv 5x5 stride 2 pad 2;
        relu;
        conv 1x1x96;
        repeat 4 {
            residual {
                conv 1x1x192;
                relu;
                dwconv 3x3 pad 1;
                relu;
                conv 1x1x96;
            }
        }
        residual {
            dwconv 3x3 pad 1;
            conv 1x1x384;
            relu;
            conv 1x1x96;
        }
        dwconv 3x3 pad 1;
        conv 1x1x576;
        relu;
        dwconv 3x3 stride 2 pad 1;
        relu;
        conv 1x1x128;
        residual {
            dwconv 5x5 pad 2;
            conv 1x1x512;
            relu;
            dwconv 5x5 pad 2;
            relu;
            conv 1x1x128;
        }
        residual {
            conv 1x1x512;
            relu;
            dwconv 5x5 pad 2;
            relu;
            conv 1x1x128;
        }
        residual {
            conv 1x1x384;
            relu;
            dwconv 5x5 pad 2;
            relu;
            conv 1x1x128;
        }
        repeat 2 {
            residual {
                conv 1x1x512;
                relu;
                dwconv 3x3 pad 1;
                relu;
                conv 1x1x128;
            }
        }
        conv 1x1x960;
        relu;
        gap;
        conv 1x1x1280;
        relu;
        flatten;
        classifier: fc 1000;
    }
}
