cnn! {
    // Imported from r3d_18.eval.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct R3d18Eval {
        input 16x112x112x3;
        conv 3x7x7x64 stride 1x2x2 pad 1x3x3;
        repeat 2 {
            relu;
            residual {
                conv 3x3x3x64 pad 1;
                relu;
                conv 3x3x3x64 pad 1;
            }
        }
        relu;
        add {
            {
                conv 3x3x3x128 stride 2 pad 1;
                relu;
                conv 3x3x3x128 pad 1;
            }
            {
                conv 1x1x1x128 stride 2;
            }
        }
        relu;
        residual {
            conv 3x3x3x128 pad 1;
            relu;
            conv 3x3x3x128 pad 1;
        }
        relu;
        add {
            {
                conv 3x3x3x256 stride 2 pad 1;
                relu;
                conv 3x3x3x256 pad 1;
            }
            {
                conv 1x1x1x256 stride 2;
            }
        }
        relu;
        residual {
            conv 3x3x3x256 pad 1;
            relu;
            conv 3x3x3x256 pad 1;
        }
        relu;
        add {
            {
                conv 3x3x3x512 stride 2 pad 1;
                relu;
                conv 3x3x3x512 pad 1;
            }
            {
                conv 1x1x1x512 stride 2;
            }
        }
        relu;
        residual {
            conv 3x3x3x512 pad 1;
            relu;
            conv 3x3x3x512 pad 1;
        }
        relu;
        gap;
        flatten;
        fc: fc 400;
    }
}
