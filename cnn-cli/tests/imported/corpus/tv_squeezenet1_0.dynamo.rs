cnn! {
    // Imported from tv_squeezenet1_0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvSqueezenet10Dynamo {
        input 224x224x3;
        features: {
            0: conv 7x7x96 stride 2;
            relu;
            maxpool 3 stride 2 ceil;
            3: {
                squeeze: conv 1x1x16;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x64;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x64 pad 1;
                        relu;
                    }
                }
            }
            4: {
                squeeze: conv 1x1x16;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x64;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x64 pad 1;
                        relu;
                    }
                }
            }
            5: {
                squeeze: conv 1x1x32;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x128;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x128 pad 1;
                        relu;
                    }
                }
            }
            maxpool 3 stride 2 ceil;
            7: {
                squeeze: conv 1x1x32;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x128;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x128 pad 1;
                        relu;
                    }
                }
            }
            8: {
                squeeze: conv 1x1x48;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x192;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x192 pad 1;
                        relu;
                    }
                }
            }
            9: {
                squeeze: conv 1x1x48;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x192;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x192 pad 1;
                        relu;
                    }
                }
            }
            10: {
                squeeze: conv 1x1x64;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x256;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x256 pad 1;
                        relu;
                    }
                }
            }
            maxpool 3 stride 2 ceil;
            12: {
                squeeze: conv 1x1x64;
                relu;
                concat {
                    {
                        expand1x1: conv 1x1x256;
                        relu;
                    }
                    {
                        expand3x3: conv 3x3x256 pad 1;
                        relu;
                    }
                }
            }
        }
        classifier: {
            1: conv 1x1x1000;
        }
        relu;
        gap;
        flatten;
    }
}
