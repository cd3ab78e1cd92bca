cnn! {
    // Imported from tv_mobilenet_v2.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMobilenetV2Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        relu6;
        dwconv 3x3 pad 1;
        relu6;
        conv 1x1x16;
        conv 1x1x96;
        relu6;
        dwconv 3x3 stride 2 pad 1;
        relu6;
        conv 1x1x24;
        residual {
            conv 1x1x144;
            relu6;
            dwconv 3x3 pad 1;
            relu6;
            conv 1x1x24;
        }
        conv 1x1x144;
        relu6;
        dwconv 3x3 stride 2 pad 1;
        relu6;
        conv 1x1x32;
        repeat 2 {
            residual {
                conv 1x1x192;
                relu6;
                dwconv 3x3 pad 1;
                relu6;
                conv 1x1x32;
            }
        }
        conv 1x1x192;
        relu6;
        dwconv 3x3 stride 2 pad 1;
        relu6;
        conv 1x1x64;
        repeat 3 {
            residual {
                conv 1x1x384;
                relu6;
                dwconv 3x3 pad 1;
                relu6;
                conv 1x1x64;
            }
        }
        conv 1x1x384;
        relu6;
        dwconv 3x3 pad 1;
        relu6;
        conv 1x1x96;
        repeat 2 {
            residual {
                conv 1x1x576;
                relu6;
                dwconv 3x3 pad 1;
                relu6;
                conv 1x1x96;
            }
        }
        conv 1x1x576;
        relu6;
        dwconv 3x3 stride 2 pad 1;
        relu6;
        conv 1x1x160;
        repeat 2 {
            residual {
                conv 1x1x960;
                relu6;
                dwconv 3x3 pad 1;
                relu6;
                conv 1x1x160;
            }
        }
        conv 1x1x960;
        relu6;
        dwconv 3x3 pad 1;
        relu6;
        conv 1x1x320;
        conv 1x1x1280;
        relu6;
        gap;
        flatten;
        classifier: {
            1: fc 1000;
        }
    }
}
