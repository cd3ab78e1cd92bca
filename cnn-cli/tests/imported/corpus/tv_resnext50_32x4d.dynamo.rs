cnn! {
    // Imported from tv_resnext50_32x4d.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvResnext5032x4dDynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                add {
                    {
                        conv1: conv 1x1x128;
                        relu;
                        conv2: conv 3x3x128 groups 32 pad 1;
                        relu;
                        conv3: conv 1x1x256;
                    }
                    {
                        downsample: {
                            0: conv 1x1x256;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x128;
                    relu;
                    conv2: conv 3x3x128 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x256;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x128;
                    relu;
                    conv2: conv 3x3x128 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x256;
                }
            }
        }
        relu;
        layer2: {
            0: {
                add {
                    {
                        conv1: conv 1x1x256;
                        relu;
                        conv2: conv 3x3x256 groups 32 stride 2 pad 1;
                        relu;
                        conv3: conv 1x1x512;
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
                    conv1: conv 1x1x256;
                    relu;
                    conv2: conv 3x3x256 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x512;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x256;
                    relu;
                    conv2: conv 3x3x256 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x512;
                }
            }
            relu;
            3: {
                residual {
                    conv1: conv 1x1x256;
                    relu;
                    conv2: conv 3x3x256 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x512;
                }
            }
        }
        relu;
        layer3: {
            0: {
                add {
                    {
                        conv1: conv 1x1x512;
                        relu;
                        conv2: conv 3x3x512 groups 32 stride 2 pad 1;
                        relu;
                        conv3: conv 1x1x1024;
                    }
                    {
                        downsample: {
                            0: conv 1x1x1024 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x512;
                    relu;
                    conv2: conv 3x3x512 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x1024;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x512;
                    relu;
                    conv2: conv 3x3x512 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x1024;
                }
            }
            relu;
            3: {
                residual {
                    conv1: conv 1x1x512;
                    relu;
                    conv2: conv 3x3x512 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x1024;
                }
            }
            relu;
            4: {
                residual {
                    conv1: conv 1x1x512;
                    relu;
                    conv2: conv 3x3x512 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x1024;
                }
            }
            relu;
            5: {
                residual {
                    conv1: conv 1x1x512;
                    relu;
                    conv2: conv 3x3x512 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x1024;
                }
            }
        }
        relu;
        layer4: {
            0: {
                add {
                    {
                        conv1: conv 1x1x1024;
                        relu;
                        conv2: conv 3x3x1024 groups 32 stride 2 pad 1;
                        relu;
                        conv3: conv 1x1x2048;
                    }
                    {
                        downsample: {
                            0: conv 1x1x2048 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x1024;
                    relu;
                    conv2: conv 3x3x1024 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x2048;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x1024;
                    relu;
                    conv2: conv 3x3x1024 groups 32 pad 1;
                    relu;
                    conv3: conv 1x1x2048;
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
