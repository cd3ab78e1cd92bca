cnn! {
    // Imported from tv_resnet18.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvResnet18Dynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                residual {
                    conv1: conv 3x3x64 pad 1;
                    relu;
                    conv2: conv 3x3x64 pad 1;
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 3x3x64 pad 1;
                    relu;
                    conv2: conv 3x3x64 pad 1;
                }
            }
        }
        relu;
        layer2: {
            0: {
                add {
                    {
                        conv1: conv 3x3x128 stride 2 pad 1;
                        relu;
                        conv2: conv 3x3x128 pad 1;
                    }
                    {
                        downsample: {
                            0: conv 1x1x128 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 3x3x128 pad 1;
                    relu;
                    conv2: conv 3x3x128 pad 1;
                }
            }
        }
        relu;
        layer3: {
            0: {
                add {
                    {
                        conv1: conv 3x3x256 stride 2 pad 1;
                        relu;
                        conv2: conv 3x3x256 pad 1;
                    }
                    {
                        downsample: {
                            0: conv 1x1x256 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 3x3x256 pad 1;
                    relu;
                    conv2: conv 3x3x256 pad 1;
                }
            }
        }
        relu;
        layer4: {
            0: {
                add {
                    {
                        conv1: conv 3x3x512 stride 2 pad 1;
                        relu;
                        conv2: conv 3x3x512 pad 1;
                    }
                    {
                        downsample: {
                            0: conv 1x1x512 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 3x3x512 pad 1;
                    relu;
                    conv2: conv 3x3x512 pad 1;
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
