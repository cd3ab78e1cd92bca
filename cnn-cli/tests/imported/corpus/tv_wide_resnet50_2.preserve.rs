cnn! {
    // Imported from tv_wide_resnet50_2.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvWideResnet502Preserve {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3 nobias;
        bn1: bn;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                add {
                    {
                        conv1: conv 1x1x128 nobias;
                        bn1: bn;
                        relu;
                        conv2: conv 3x3x128 pad 1 nobias;
                        bn2: bn;
                        relu;
                        conv3: conv 1x1x256 nobias;
                        bn3: bn;
                    }
                    {
                        downsample: {
                            0: conv 1x1x256 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x128 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x128 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x256 nobias;
                    bn3: bn;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x128 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x128 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x256 nobias;
                    bn3: bn;
                }
            }
        }
        relu;
        layer2: {
            0: {
                add {
                    {
                        conv1: conv 1x1x256 nobias;
                        bn1: bn;
                        relu;
                        conv2: conv 3x3x256 stride 2 pad 1 nobias;
                        bn2: bn;
                        relu;
                        conv3: conv 1x1x512 nobias;
                        bn3: bn;
                    }
                    {
                        downsample: {
                            0: conv 1x1x512 stride 2 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x512 nobias;
                    bn3: bn;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x512 nobias;
                    bn3: bn;
                }
            }
            relu;
            3: {
                residual {
                    conv1: conv 1x1x256 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x256 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x512 nobias;
                    bn3: bn;
                }
            }
        }
        relu;
        layer3: {
            0: {
                add {
                    {
                        conv1: conv 1x1x512 nobias;
                        bn1: bn;
                        relu;
                        conv2: conv 3x3x512 stride 2 pad 1 nobias;
                        bn2: bn;
                        relu;
                        conv3: conv 1x1x1024 nobias;
                        bn3: bn;
                    }
                    {
                        downsample: {
                            0: conv 1x1x1024 stride 2 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    bn3: bn;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    bn3: bn;
                }
            }
            relu;
            3: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    bn3: bn;
                }
            }
            relu;
            4: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    bn3: bn;
                }
            }
            relu;
            5: {
                residual {
                    conv1: conv 1x1x512 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x512 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x1024 nobias;
                    bn3: bn;
                }
            }
        }
        relu;
        layer4: {
            0: {
                add {
                    {
                        conv1: conv 1x1x1024 nobias;
                        bn1: bn;
                        relu;
                        conv2: conv 3x3x1024 stride 2 pad 1 nobias;
                        bn2: bn;
                        relu;
                        conv3: conv 1x1x2048 nobias;
                        bn3: bn;
                    }
                    {
                        downsample: {
                            0: conv 1x1x2048 stride 2 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x1024 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x1024 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x2048 nobias;
                    bn3: bn;
                }
            }
            relu;
            2: {
                residual {
                    conv1: conv 1x1x1024 nobias;
                    bn1: bn;
                    relu;
                    conv2: conv 3x3x1024 pad 1 nobias;
                    bn2: bn;
                    relu;
                    conv3: conv 1x1x2048 nobias;
                    bn3: bn;
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
