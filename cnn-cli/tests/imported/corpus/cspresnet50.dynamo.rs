cnn! {
    // Imported from cspresnet50.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Cspresnet50Dynamo {
        input 224x224x3;
        stem: {
            conv1: {
                conv: conv 7x7x64 stride 2 pad 3;
            }
        }
        leakyrelu;
        maxpool 3 stride 2 pad 1;
        stages: {
            0: {
                conv_exp: {
                    conv: conv 1x1x256;
                }
                split {
                    {}
                    {
                        blocks: {
                            0: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x64;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x64 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x128;
                                    }
                                }
                            }
                            leakyrelu;
                            1: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x64;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x64 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x128;
                                    }
                                }
                            }
                            leakyrelu;
                            2: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x64;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x64 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x128;
                                    }
                                }
                            }
                        }
                        leakyrelu;
                        conv_transition_b: {
                            conv: conv 1x1x128;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x128;
                }
            }
            leakyrelu;
            1: {
                conv_down: {
                    conv: conv 3x3x128 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x512;
                }
                split {
                    {}
                    {
                        blocks: {
                            0: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x256;
                                    }
                                }
                            }
                            leakyrelu;
                            1: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x256;
                                    }
                                }
                            }
                            leakyrelu;
                            2: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x256;
                                    }
                                }
                            }
                        }
                        leakyrelu;
                        conv_transition_b: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x256;
                }
            }
            leakyrelu;
            2: {
                conv_down: {
                    conv: conv 3x3x256 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x1024;
                }
                split {
                    {}
                    {
                        blocks: {
                            0: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x512;
                                    }
                                }
                            }
                            leakyrelu;
                            1: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x512;
                                    }
                                }
                            }
                            leakyrelu;
                            2: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x512;
                                    }
                                }
                            }
                            leakyrelu;
                            3: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x512;
                                    }
                                }
                            }
                            leakyrelu;
                            4: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x512;
                                    }
                                }
                            }
                        }
                        leakyrelu;
                        conv_transition_b: {
                            conv: conv 1x1x512;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x512;
                }
            }
            leakyrelu;
            3: {
                conv_down: {
                    conv: conv 3x3x512 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x2048;
                }
                split {
                    {}
                    {
                        blocks: {
                            0: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x512;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x512 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x1024;
                                    }
                                }
                            }
                            leakyrelu;
                            1: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x512;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x512 pad 1;
                                    }
                                    leakyrelu;
                                    conv3: {
                                        conv: conv 1x1x1024;
                                    }
                                }
                            }
                        }
                        leakyrelu;
                        conv_transition_b: {
                            conv: conv 1x1x1024;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x1024;
                }
            }
        }
        leakyrelu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
