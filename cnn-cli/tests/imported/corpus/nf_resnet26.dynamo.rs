cnn! {
    // Imported from nf_resnet26.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct NfResnet26Dynamo {
        input 224x224x3;
        stem: {
            conv: conv 7x7x64 stride 2 pad 3 scaledws eps 1e-5;
        }
        maxpool 3 stride 2 pad 1;
        relu;
        stages: {
            0: {
                0: {
                    add {
                        {
                            conv 1x1x64;
                            relu;
                            conv2: conv 3x3x64 pad 1 scaledws eps 1e-5;
                            relu;
                            conv3: conv 1x1x256 scaledws eps 1e-5;
                            times 0.2;
                        }
                        {
                            downsample: {
                                conv: conv 1x1x256 scaledws eps 1e-5;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        relu;
                        times 0.9805807;
                        conv1: conv 1x1x64 scaledws eps 1e-5;
                        relu;
                        conv2: conv 3x3x64 pad 1 scaledws eps 1e-5;
                        relu;
                        conv3: conv 1x1x256 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
            relu;
            times 0.9622505;
            1: {
                0: {
                    add {
                        {
                            conv1: conv 1x1x128 scaledws eps 1e-5;
                            relu;
                            conv2: conv 3x3x128 stride 2 pad 1 scaledws eps 1e-5;
                            relu;
                            conv3: conv 1x1x512 scaledws eps 1e-5;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                conv: conv 1x1x512 scaledws eps 1e-5;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        relu;
                        times 0.9805807;
                        conv1: conv 1x1x128 scaledws eps 1e-5;
                        relu;
                        conv2: conv 3x3x128 pad 1 scaledws eps 1e-5;
                        relu;
                        conv3: conv 1x1x512 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
            relu;
            times 0.9622505;
            2: {
                0: {
                    add {
                        {
                            conv1: conv 1x1x256 scaledws eps 1e-5;
                            relu;
                            conv2: conv 3x3x256 stride 2 pad 1 scaledws eps 1e-5;
                            relu;
                            conv3: conv 1x1x1024 scaledws eps 1e-5;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                conv: conv 1x1x1024 scaledws eps 1e-5;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        relu;
                        times 0.9805807;
                        conv1: conv 1x1x256 scaledws eps 1e-5;
                        relu;
                        conv2: conv 3x3x256 pad 1 scaledws eps 1e-5;
                        relu;
                        conv3: conv 1x1x1024 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
            relu;
            times 0.9622505;
            3: {
                0: {
                    add {
                        {
                            conv1: conv 1x1x512 scaledws eps 1e-5;
                            relu;
                            conv2: conv 3x3x512 stride 2 pad 1 scaledws eps 1e-5;
                            relu;
                            conv3: conv 1x1x2048 scaledws eps 1e-5;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                conv: conv 1x1x2048 scaledws eps 1e-5;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        relu;
                        times 0.9805807;
                        conv1: conv 1x1x512 scaledws eps 1e-5;
                        relu;
                        conv2: conv 3x3x512 pad 1 scaledws eps 1e-5;
                        relu;
                        conv3: conv 1x1x2048 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
        }
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
