cnn! {
    // Imported from tv_regnet_x_400mf.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvRegnetX400mfPreserve {
        input 224x224x3;
        stem: {
            0: conv 3x3x32 stride 2 pad 1 nobias;
            1: bn;
        }
        relu;
        add {
            {
                conv 1x1x32 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x32 nobias;
                bn;
                relu;
                conv 3x3x32 groups 2 stride 2 pad 1 nobias;
                bn;
                relu;
                conv 1x1x32 nobias;
                bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x64 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x64 nobias;
                bn;
                relu;
                conv 3x3x64 groups 4 stride 2 pad 1 nobias;
                bn;
                relu;
                conv 1x1x64 nobias;
                bn;
            }
        }
        relu;
        residual {
            conv 1x1x64 nobias;
            bn;
            relu;
            conv 3x3x64 groups 4 pad 1 nobias;
            bn;
            relu;
            conv 1x1x64 nobias;
            bn;
        }
        relu;
        add {
            {
                conv 1x1x160 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x160 nobias;
                bn;
                relu;
                conv 3x3x160 groups 10 stride 2 pad 1 nobias;
                bn;
                relu;
                conv 1x1x160 nobias;
                bn;
            }
        }
        repeat 6 {
            relu;
            residual {
                conv 1x1x160 nobias;
                bn;
                relu;
                conv 3x3x160 groups 10 pad 1 nobias;
                bn;
                relu;
                conv 1x1x160 nobias;
                bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x400 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x400 nobias;
                bn;
                relu;
                conv 3x3x400 groups 25 stride 2 pad 1 nobias;
                bn;
                relu;
                conv 1x1x400 nobias;
                bn;
            }
        }
        repeat 11 {
            relu;
            residual {
                conv 1x1x400 nobias;
                bn;
                relu;
                conv 3x3x400 groups 25 pad 1 nobias;
                bn;
                relu;
                conv 1x1x400 nobias;
                bn;
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
