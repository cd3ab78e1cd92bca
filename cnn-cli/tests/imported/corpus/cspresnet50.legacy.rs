cnn! {
    // Imported from cspresnet50.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Cspresnet50Legacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        leakyrelu;
        maxpool 3 stride 2 pad 1;
        conv 1x1x256;
        split {
            {}
            {
                repeat 3 {
                    residual {
                        conv 1x1x64;
                        leakyrelu;
                        conv 3x3x64 pad 1;
                        leakyrelu;
                        conv 1x1x128;
                    }
                    leakyrelu;
                }
                conv 1x1x128;
                leakyrelu;
            }
        }
        conv 1x1x128;
        leakyrelu;
        conv 3x3x128 stride 2 pad 1;
        leakyrelu;
        conv 1x1x512;
        split {
            {}
            {
                repeat 3 {
                    residual {
                        conv 1x1x128;
                        leakyrelu;
                        conv 3x3x128 pad 1;
                        leakyrelu;
                        conv 1x1x256;
                    }
                    leakyrelu;
                }
                conv 1x1x256;
                leakyrelu;
            }
        }
        conv 1x1x256;
        leakyrelu;
        conv 3x3x256 stride 2 pad 1;
        leakyrelu;
        conv 1x1x1024;
        split {
            {}
            {
                repeat 5 {
                    residual {
                        conv 1x1x256;
                        leakyrelu;
                        conv 3x3x256 pad 1;
                        leakyrelu;
                        conv 1x1x512;
                    }
                    leakyrelu;
                }
                conv 1x1x512;
                leakyrelu;
            }
        }
        conv 1x1x512;
        leakyrelu;
        conv 3x3x512 stride 2 pad 1;
        leakyrelu;
        conv 1x1x2048;
        split {
            {}
            {
                repeat 2 {
                    residual {
                        conv 1x1x512;
                        leakyrelu;
                        conv 3x3x512 pad 1;
                        leakyrelu;
                        conv 1x1x1024;
                    }
                    leakyrelu;
                }
                conv 1x1x1024;
                leakyrelu;
            }
        }
        conv 1x1x1024;
        leakyrelu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
