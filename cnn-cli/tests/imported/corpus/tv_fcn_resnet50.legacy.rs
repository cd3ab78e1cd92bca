cnn! {
    // Imported from tv_fcn_resnet50.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvFcnResnet50Legacy {
        input 520x520x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                conv 1x1x64;
                relu;
                conv 3x3x64 pad 1;
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
                conv 1x1x64;
                relu;
                conv 3x3x64 pad 1;
                relu;
                conv 1x1x256;
            }
        }
        relu;
        add {
            {
                conv 1x1x128;
                relu;
                conv 3x3x128 stride 2 pad 1;
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
                conv 1x1x128;
                relu;
                conv 3x3x128 pad 1;
                relu;
                conv 1x1x512;
            }
        }
        relu;
        add {
            {
                conv 1x1x256;
                relu;
                conv 3x3x256 pad 1;
                relu;
                conv 1x1x1024;
            }
            {
                conv 1x1x1024;
            }
        }
        repeat 5 {
            relu;
            residual {
                conv 1x1x256;
                relu;
                conv 3x3x256 pad 2 dilation 2;
                relu;
                conv 1x1x1024;
            }
        }
        relu;
        add {
            {
                conv 1x1x512;
                relu;
                conv 3x3x512 pad 2 dilation 2;
                relu;
                conv 1x1x2048;
            }
            {
                conv 1x1x2048;
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 1x1x512;
                relu;
                conv 3x3x512 pad 4 dilation 4;
                relu;
                conv 1x1x2048;
            }
        }
        relu;
        conv 3x3x512 pad 1;
        relu;
        classifier: {
            4: conv 1x1x21;
        }
        resize 520x520 bilinear;
    }
}
