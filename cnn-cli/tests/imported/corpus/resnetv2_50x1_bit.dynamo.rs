cnn! {
    // Imported from resnetv2_50x1_bit.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Resnetv250x1BitDynamo {
        input 224x224x3;
        stem: {
            conv: conv 7x7x64 stride 2 pad 3 nobias ws eps 1e-8;
        }
        zeropad 1;
        maxpool 3 stride 2;
        groupnorm 32;
        relu;
        stages: {
            0: {
                blocks: {
                    0: {
                        add {
                            {
                                conv 1x1x64 nobias;
                                groupnorm 32;
                                relu;
                                conv2: conv 3x3x64 pad 1 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv3: conv 1x1x256 nobias ws eps 1e-8;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x256 nobias ws eps 1e-8;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x64 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x64 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x256 nobias ws eps 1e-8;
                        }
                    }
                    2: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x64 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x64 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x256 nobias ws eps 1e-8;
                        }
                    }
                }
            }
            groupnorm 32;
            relu;
            1: {
                blocks: {
                    0: {
                        add {
                            {
                                conv1: conv 1x1x128 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv2: conv 3x3x128 stride 2 pad 1 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv3: conv 1x1x512 nobias ws eps 1e-8;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x512 stride 2 nobias ws eps 1e-8;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x128 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x128 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x512 nobias ws eps 1e-8;
                        }
                    }
                    2: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x128 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x128 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x512 nobias ws eps 1e-8;
                        }
                    }
                    3: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x128 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x128 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x512 nobias ws eps 1e-8;
                        }
                    }
                }
            }
            groupnorm 32;
            relu;
            2: {
                blocks: {
                    0: {
                        add {
                            {
                                conv1: conv 1x1x256 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv2: conv 3x3x256 stride 2 pad 1 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv3: conv 1x1x1024 nobias ws eps 1e-8;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x1024 stride 2 nobias ws eps 1e-8;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x256 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x256 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x1024 nobias ws eps 1e-8;
                        }
                    }
                    2: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x256 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x256 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x1024 nobias ws eps 1e-8;
                        }
                    }
                    3: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x256 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x256 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x1024 nobias ws eps 1e-8;
                        }
                    }
                    4: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x256 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x256 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x1024 nobias ws eps 1e-8;
                        }
                    }
                    5: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x256 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x256 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x1024 nobias ws eps 1e-8;
                        }
                    }
                }
            }
            groupnorm 32;
            relu;
            3: {
                blocks: {
                    0: {
                        add {
                            {
                                conv1: conv 1x1x512 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv2: conv 3x3x512 stride 2 pad 1 nobias ws eps 1e-8;
                                groupnorm 32;
                                relu;
                                conv3: conv 1x1x2048 nobias ws eps 1e-8;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x2048 stride 2 nobias ws eps 1e-8;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x512 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x512 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x2048 nobias ws eps 1e-8;
                        }
                    }
                    2: {
                        residual {
                            groupnorm 32;
                            relu;
                            conv1: conv 1x1x512 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv2: conv 3x3x512 pad 1 nobias ws eps 1e-8;
                            groupnorm 32;
                            relu;
                            conv3: conv 1x1x2048 nobias ws eps 1e-8;
                        }
                    }
                }
            }
        }
        groupnorm 32;
        relu;
        gap;
        head: {
            fc: conv 1x1x1000;
        }
        flatten;
    }
}
