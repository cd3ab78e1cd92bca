cnn! {
    // Imported from tv_googlenet.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvGooglenetLegacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 ceil;
        conv 1x1x64;
        relu;
        conv 3x3x192 pad 1;
        relu;
        maxpool 3 stride 2 ceil;
        concat {
            {
                conv 1x1x64;
                relu;
            }
            {
                conv 1x1x96;
                relu;
                conv 3x3x128 pad 1;
                relu;
            }
            {
                conv 1x1x16;
                relu;
                conv 3x3x32 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x32;
                relu;
            }
        }
        concat {
            {
                conv 1x1x128;
                relu;
            }
            {
                conv 1x1x128;
                relu;
                conv 3x3x192 pad 1;
                relu;
            }
            {
                conv 1x1x32;
                relu;
                conv 3x3x96 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x64;
                relu;
            }
        }
        maxpool 3 stride 2 ceil;
        concat {
            {
                conv 1x1x192;
                relu;
            }
            {
                conv 1x1x96;
                relu;
                conv 3x3x208 pad 1;
                relu;
            }
            {
                conv 1x1x16;
                relu;
                conv 3x3x48 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x64;
                relu;
            }
        }
        concat {
            {
                conv 1x1x160;
                relu;
            }
            {
                conv 1x1x112;
                relu;
                conv 3x3x224 pad 1;
                relu;
            }
            {
                conv 1x1x24;
                relu;
                conv 3x3x64 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x64;
                relu;
            }
        }
        concat {
            {
                conv 1x1x128;
                relu;
            }
            {
                conv 1x1x128;
                relu;
                conv 3x3x256 pad 1;
                relu;
            }
            {
                conv 1x1x24;
                relu;
                conv 3x3x64 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x64;
                relu;
            }
        }
        concat {
            {
                conv 1x1x112;
                relu;
            }
            {
                conv 1x1x144;
                relu;
                conv 3x3x288 pad 1;
                relu;
            }
            {
                conv 1x1x32;
                relu;
                conv 3x3x64 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x64;
                relu;
            }
        }
        concat {
            {
                conv 1x1x256;
                relu;
            }
            {
                conv 1x1x160;
                relu;
                conv 3x3x320 pad 1;
                relu;
            }
            {
                conv 1x1x32;
                relu;
                conv 3x3x128 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x128;
                relu;
            }
        }
        maxpool 2 ceil;
        concat {
            {
                conv 1x1x256;
                relu;
            }
            {
                conv 1x1x160;
                relu;
                conv 3x3x320 pad 1;
                relu;
            }
            {
                conv 1x1x32;
                relu;
                conv 3x3x128 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                conv 1x1x384;
                relu;
            }
            {
                conv 1x1x192;
                relu;
                conv 3x3x384 pad 1;
                relu;
            }
            {
                conv 1x1x48;
                relu;
                conv 3x3x128 pad 1;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                conv 1x1x128;
                relu;
            }
        }
        gap;
        flatten;
        fc: fc 1000;
    }
}
