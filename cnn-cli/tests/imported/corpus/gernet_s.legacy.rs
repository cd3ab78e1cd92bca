cnn! {
    // Imported from gernet_s.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct GernetSLegacy {
        input 224x224x3;
        conv 3x3x13 stride 2 pad 1;
        repeat 2 {
            relu;
            add {
                {
                    conv 3x3x48 stride 2 pad 1;
                    relu;
                    conv 3x3x48 pad 1;
                }
                {
                    conv 1x1x48 stride 2;
                }
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 3x3x48 pad 1;
                relu;
                conv 3x3x48 pad 1;
            }
        }
        relu;
        add {
            {
                conv 1x1x96;
                relu;
                conv 3x3x96 stride 2 pad 1;
                relu;
                conv 1x1x384;
            }
            {
                conv 1x1x384 stride 2;
            }
        }
        repeat 6 {
            relu;
            residual {
                conv 1x1x96;
                relu;
                conv 3x3x96 pad 1;
                relu;
                conv 1x1x384;
            }
        }
        relu;
        add {
            {
                conv 1x1x1680;
                relu;
                dwconv 3x3 stride 2 pad 1;
                relu;
                conv 1x1x560;
            }
            {
                conv 1x1x560 stride 2;
            }
        }
        relu;
        residual {
            conv 1x1x1680;
            relu;
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x560;
        }
        relu;
        add {
            {
                conv 1x1x768;
                relu;
                dwconv 3x3 pad 1;
                relu;
                conv 1x1x256;
            }
            {
                conv 1x1x256;
            }
        }
        relu;
        conv 1x1x1920;
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
