cnn! {
    // Imported from tv_wide_resnet50_2.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvWideResnet502Legacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                conv 1x1x128;
                relu;
                conv 3x3x128 pad 1;
                relu;
                conv 1x1x256;
            }
            {
                conv 1x1x256;
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 1x1x128;
                relu;
                conv 3x3x128 pad 1;
                relu;
                conv 1x1x256;
            }
        }
        relu;
        add {
            {
                conv 1x1x256;
                relu;
                conv 3x3x256 stride 2 pad 1;
                relu;
                conv 1x1x512;
            }
            {
                conv 1x1x512 stride 2;
            }
        }
        repeat 3 {
            relu;
            residual {
                conv 1x1x256;
                relu;
                conv 3x3x256 pad 1;
                relu;
                conv 1x1x512;
            }
        }
        relu;
        add {
            {
                conv 1x1x512;
                relu;
                conv 3x3x512 stride 2 pad 1;
                relu;
                conv 1x1x1024;
            }
            {
                conv 1x1x1024 stride 2;
            }
        }
        repeat 5 {
            relu;
            residual {
                conv 1x1x512;
                relu;
                conv 3x3x512 pad 1;
                relu;
                conv 1x1x1024;
            }
        }
        relu;
        add {
            {
                conv 1x1x1024;
                relu;
                conv 3x3x1024 stride 2 pad 1;
                relu;
                conv 1x1x2048;
            }
            {
                conv 1x1x2048 stride 2;
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 1x1x1024;
                relu;
                conv 3x3x1024 pad 1;
                relu;
                conv 1x1x2048;
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
