cnn! {
    // Imported from tv_resnet18.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvResnet18Legacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        repeat 2 {
            residual {
                conv 3x3x64 pad 1;
                relu;
                conv 3x3x64 pad 1;
            }
            relu;
        }
        add {
            {
                conv 3x3x128 stride 2 pad 1;
                relu;
                conv 3x3x128 pad 1;
            }
            {
                conv 1x1x128 stride 2;
            }
        }
        relu;
        residual {
            conv 3x3x128 pad 1;
            relu;
            conv 3x3x128 pad 1;
        }
        relu;
        add {
            {
                conv 3x3x256 stride 2 pad 1;
                relu;
                conv 3x3x256 pad 1;
            }
            {
                conv 1x1x256 stride 2;
            }
        }
        relu;
        residual {
            conv 3x3x256 pad 1;
            relu;
            conv 3x3x256 pad 1;
        }
        relu;
        add {
            {
                conv 3x3x512 stride 2 pad 1;
                relu;
                conv 3x3x512 pad 1;
            }
            {
                conv 1x1x512 stride 2;
            }
        }
        relu;
        residual {
            conv 3x3x512 pad 1;
            relu;
            conv 3x3x512 pad 1;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
