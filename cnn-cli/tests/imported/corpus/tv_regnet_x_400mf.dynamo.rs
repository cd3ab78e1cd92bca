cnn! {
    // Imported from tv_regnet_x_400mf.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvRegnetX400mfDynamo {
        input 224x224x3;
        stem: {
            0: conv 3x3x32 stride 2 pad 1;
        }
        relu;
        add {
            {
                conv 1x1x32 stride 2;
            }
            {
                conv 1x1x32;
                relu;
                conv 3x3x32 groups 2 stride 2 pad 1;
                relu;
                conv 1x1x32;
            }
        }
        relu;
        add {
            {
                conv 1x1x64 stride 2;
            }
            {
                conv 1x1x64;
                relu;
                conv 3x3x64 groups 4 stride 2 pad 1;
                relu;
                conv 1x1x64;
            }
        }
        relu;
        residual {
            conv 1x1x64;
            relu;
            conv 3x3x64 groups 4 pad 1;
            relu;
            conv 1x1x64;
        }
        relu;
        add {
            {
                conv 1x1x160 stride 2;
            }
            {
                conv 1x1x160;
                relu;
                conv 3x3x160 groups 10 stride 2 pad 1;
                relu;
                conv 1x1x160;
            }
        }
        repeat 6 {
            relu;
            residual {
                conv 1x1x160;
                relu;
                conv 3x3x160 groups 10 pad 1;
                relu;
                conv 1x1x160;
            }
        }
        relu;
        add {
            {
                conv 1x1x400 stride 2;
            }
            {
                conv 1x1x400;
                relu;
                conv 3x3x400 groups 25 stride 2 pad 1;
                relu;
                conv 1x1x400;
            }
        }
        repeat 11 {
            relu;
            residual {
                conv 1x1x400;
                relu;
                conv 3x3x400 groups 25 pad 1;
                relu;
                conv 1x1x400;
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
