cnn! {
    // Imported from resnetv2_50.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Resnetv250Dynamo {
        input 224x224x3;
        stem: {
            conv: conv 7x7x64 stride 2 pad 3 nobias;
        }
        maxpool 3 stride 2 pad 1;
        stages: {
            0: {
                blocks: {
                    0: {
                        norm1: bn;
                        relu;
                        add {
                            {
                                conv1: conv 1x1x64;
                                relu;
                                conv2: conv 3x3x64 pad 1;
                                relu;
                                conv3: conv 1x1x256 nobias;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x256 nobias;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x64;
                            relu;
                            conv2: conv 3x3x64 pad 1;
                            relu;
                            conv3: conv 1x1x256 nobias;
                        }
                    }
                    2: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x64;
                            relu;
                            conv2: conv 3x3x64 pad 1;
                            relu;
                            conv3: conv 1x1x256 nobias;
                        }
                    }
                }
            }
            1: {
                blocks: {
                    0: {
                        norm1: bn;
                        relu;
                        add {
                            {
                                conv1: conv 1x1x128;
                                relu;
                                conv2: conv 3x3x128 stride 2 pad 1;
                                relu;
                                conv3: conv 1x1x512 nobias;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x512 stride 2 nobias;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x128;
                            relu;
                            conv2: conv 3x3x128 pad 1;
                            relu;
                            conv3: conv 1x1x512 nobias;
                        }
                    }
                    2: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x128;
                            relu;
                            conv2: conv 3x3x128 pad 1;
                            relu;
                            conv3: conv 1x1x512 nobias;
                        }
                    }
                    3: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x128;
                            relu;
                            conv2: conv 3x3x128 pad 1;
                            relu;
                            conv3: conv 1x1x512 nobias;
                        }
                    }
                }
            }
            2: {
                blocks: {
                    0: {
                        norm1: bn;
                        relu;
                        add {
                            {
                                conv1: conv 1x1x256;
                                relu;
                                conv2: conv 3x3x256 stride 2 pad 1;
                                relu;
                                conv3: conv 1x1x1024 nobias;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x1024 stride 2 nobias;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x256;
                            relu;
                            conv2: conv 3x3x256 pad 1;
                            relu;
                            conv3: conv 1x1x1024 nobias;
                        }
                    }
                    2: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x256;
                            relu;
                            conv2: conv 3x3x256 pad 1;
                            relu;
                            conv3: conv 1x1x1024 nobias;
                        }
                    }
                    3: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x256;
                            relu;
                            conv2: conv 3x3x256 pad 1;
                            relu;
                            conv3: conv 1x1x1024 nobias;
                        }
                    }
                    4: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x256;
                            relu;
                            conv2: conv 3x3x256 pad 1;
                            relu;
                            conv3: conv 1x1x1024 nobias;
                        }
                    }
                    5: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x256;
                            relu;
                            conv2: conv 3x3x256 pad 1;
                            relu;
                            conv3: conv 1x1x1024 nobias;
                        }
                    }
                }
            }
            3: {
                blocks: {
                    0: {
                        norm1: bn;
                        relu;
                        add {
                            {
                                conv1: conv 1x1x512;
                                relu;
                                conv2: conv 3x3x512 stride 2 pad 1;
                                relu;
                                conv3: conv 1x1x2048 nobias;
                            }
                            {
                                downsample: {
                                    conv: conv 1x1x2048 stride 2 nobias;
                                }
                            }
                        }
                    }
                    1: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x512;
                            relu;
                            conv2: conv 3x3x512 pad 1;
                            relu;
                            conv3: conv 1x1x2048 nobias;
                        }
                    }
                    2: {
                        residual {
                            norm1: bn;
                            relu;
                            conv1: conv 1x1x512;
                            relu;
                            conv2: conv 3x3x512 pad 1;
                            relu;
                            conv3: conv 1x1x2048 nobias;
                        }
                    }
                }
            }
        }
        norm: bn;
        relu;
        gap;
        head: {
            fc: conv 1x1x1000;
        }
        flatten;
    }
}
