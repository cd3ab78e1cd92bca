cnn! {
    // Imported from resnet50_gn.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Resnet50GnDynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3 nobias;
        groupnorm 32;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                add {
                    {
                        conv1: conv 1x1x64 nobias;
                        groupnorm 32;
                        relu;
                        conv2: conv 3x3x64 pad 1 nobias;
                        groupnorm 32;
                        relu;
                        conv3: conv 1x1x256 nobias;
                        groupnorm 32;
                    }
                    {
                        downsample: {
                            0: conv 1x1x256 nobias;
                        }
                        groupnorm 32;
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x64 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x64 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x256 nobias;
                    groupnorm 32;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x64 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x64 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x256 nobias;
                    groupnorm 32;
                }
            }
        }
        relu;
        layer2: {
            0: {
                add {
                    {
                        conv1: conv 1x1x128 nobias;
                        groupnorm 32;
                        relu;
                        conv2: conv 3x3x128 stride 2 pad 1 nobias;
                        groupnorm 32;
                        relu;
                        conv3: conv 1x1x512 nobias;
                        groupnorm 32;
                    }
                    {
                        downsample: {
                            0: conv 1x1x512 stride 2 nobias;
                        }
                        groupnorm 32;
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x128 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x128 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x512 nobias;
                    groupnorm 32;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x128 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x128 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x512 nobias;
                    groupnorm 32;
                }
            }
            relu;
            3: {
                residual {
                    conv1: conv 1x1x128 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x128 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x512 nobias;
                    groupnorm 32;
                }
            }
        }
        relu;
        layer3: {
            0: {
                add {
                    {
                        conv1: conv 1x1x256 nobias;
                        groupnorm 32;
                        relu;
                        conv2: conv 3x3x256 stride 2 pad 1 nobias;
                        groupnorm 32;
                        relu;
                        conv3: conv 1x1x1024 nobias;
                        groupnorm 32;
                    }
                    {
                        downsample: {
                            0: conv 1x1x1024 stride 2 nobias;
                        }
                        groupnorm 32;
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    groupnorm 32;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    groupnorm 32;
                }
            }
            relu;
            3: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    groupnorm 32;
                }
            }
            relu;
            4: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    groupnorm 32;
                }
            }
            relu;
            5: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    groupnorm 32;
                }
            }
        }
        relu;
        layer4: {
            0: {
                add {
                    {
                        conv1: conv 1x1x512 nobias;
                        groupnorm 32;
                        relu;
                        conv2: conv 3x3x512 stride 2 pad 1 nobias;
                        groupnorm 32;
                        relu;
                        conv3: conv 1x1x2048 nobias;
                        groupnorm 32;
                    }
                    {
                        downsample: {
                            0: conv 1x1x2048 stride 2 nobias;
                        }
                        groupnorm 32;
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x2048 nobias;
                    groupnorm 32;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    groupnorm 32;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    groupnorm 32;
                    relu;
                    conv3: conv 1x1x2048 nobias;
                    groupnorm 32;
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
