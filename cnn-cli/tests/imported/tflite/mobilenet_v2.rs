cnn! {
    // Imported from target/int8/mobilenet_v2.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct MobilenetV2 {
        input 224x224x3;
        conv 3x3x32 stride 2 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x16 pad same;
        conv 1x1x96 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x24 pad same;
        residual {
            conv 1x1x144 pad same;
            relu6;
            dwconv 3x3 pad same;
            relu6;
            conv 1x1x24 pad same;
        }
        conv 1x1x144 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x32 pad same;
        repeat 2 {
            residual {
                conv 1x1x192 pad same;
                relu6;
                dwconv 3x3 pad same;
                relu6;
                conv 1x1x32 pad same;
            }
        }
        conv 1x1x192 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x64 pad same;
        repeat 3 {
            residual {
                conv 1x1x384 pad same;
                relu6;
                dwconv 3x3 pad same;
                relu6;
                conv 1x1x64 pad same;
            }
        }
        conv 1x1x384 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x96 pad same;
        repeat 2 {
            residual {
                conv 1x1x576 pad same;
                relu6;
                dwconv 3x3 pad same;
                relu6;
                conv 1x1x96 pad same;
            }
        }
        conv 1x1x576 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x160 pad same;
        repeat 2 {
            residual {
                conv 1x1x960 pad same;
                relu6;
                dwconv 3x3 pad same;
                relu6;
                conv 1x1x160 pad same;
            }
        }
        conv 1x1x960 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x320 pad same;
        conv 1x1x1280;
        relu6;
        gap;
        fc 1000;
    }
}
