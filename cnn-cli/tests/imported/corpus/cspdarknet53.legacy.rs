cnn! {
    // Imported from cspdarknet53.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Cspdarknet53Legacy {
        input 224x224x3;
        conv 3x3x32 pad 1;
        leakyrelu;
        conv 3x3x64 stride 2 pad 1;
        leakyrelu;
        conv 1x1x128;
        leakyrelu;
        split {
            {}
            {
                residual {
                    conv 1x1x32;
                    leakyrelu;
                    conv 3x3x64 pad 1;
                    leakyrelu;
                }
                conv 1x1x64;
                leakyrelu;
            }
        }
        conv 1x1x64;
        leakyrelu;
        conv 3x3x128 stride 2 pad 1;
        leakyrelu;
        conv 1x1x128;
        leakyrelu;
        split {
            {}
            {
                repeat 2 {
                    residual {
                        conv 1x1x64;
                        leakyrelu;
                        conv 3x3x64 pad 1;
                        leakyrelu;
                    }
                }
                conv 1x1x64;
                leakyrelu;
            }
        }
        conv 1x1x128;
        leakyrelu;
        conv 3x3x256 stride 2 pad 1;
        leakyrelu;
        conv 1x1x256;
        leakyrelu;
        split {
            {}
            {
                repeat 8 {
                    residual {
                        conv 1x1x128;
                        leakyrelu;
                        conv 3x3x128 pad 1;
                        leakyrelu;
                    }
                }
                conv 1x1x128;
                leakyrelu;
            }
        }
        conv 1x1x256;
        leakyrelu;
        conv 3x3x512 stride 2 pad 1;
        leakyrelu;
        conv 1x1x512;
        leakyrelu;
        split {
            {}
            {
                repeat 8 {
                    residual {
                        conv 1x1x256;
                        leakyrelu;
                        conv 3x3x256 pad 1;
                        leakyrelu;
                    }
                }
                conv 1x1x256;
                leakyrelu;
            }
        }
        conv 1x1x512;
        leakyrelu;
        conv 3x3x1024 stride 2 pad 1;
        leakyrelu;
        conv 1x1x1024;
        leakyrelu;
        split {
            {}
            {
                repeat 4 {
                    residual {
                        conv 1x1x512;
                        leakyrelu;
                        conv 3x3x512 pad 1;
                        leakyrelu;
                    }
                }
                conv 1x1x512;
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
