cnn! {
    // Imported from cspdarknet53.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Cspdarknet53Dynamo {
        input 224x224x3;
        stem: {
            conv1: {
                conv: conv 3x3x32 pad 1;
            }
        }
        leakyrelu;
        stages: {
            0: {
                conv_down: {
                    conv: conv 3x3x64 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x128;
                }
                leakyrelu;
                split {
                    {}
                    {
                        blocks: {
                            0: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x32;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x64 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                        }
                        conv_transition_b: {
                            conv: conv 1x1x64;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x64;
                }
            }
            leakyrelu;
            1: {
                conv_down: {
                    conv: conv 3x3x128 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x128;
                }
                leakyrelu;
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
                                }
                            }
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
                                }
                            }
                        }
                        conv_transition_b: {
                            conv: conv 1x1x64;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x128;
                }
            }
            leakyrelu;
            2: {
                conv_down: {
                    conv: conv 3x3x256 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x256;
                }
                leakyrelu;
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
                                }
                            }
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
                                }
                            }
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
                                }
                            }
                            3: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            4: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            5: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            6: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            7: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x128;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x128 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                        }
                        conv_transition_b: {
                            conv: conv 1x1x128;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x256;
                }
            }
            leakyrelu;
            3: {
                conv_down: {
                    conv: conv 3x3x512 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x512;
                }
                leakyrelu;
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
                                }
                            }
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
                                }
                            }
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
                                }
                            }
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
                                }
                            }
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
                                }
                            }
                            5: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            6: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            7: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x256;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x256 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                        }
                        conv_transition_b: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu;
                    }
                }
                conv_transition: {
                    conv: conv 1x1x512;
                }
            }
            leakyrelu;
            4: {
                conv_down: {
                    conv: conv 3x3x1024 stride 2 pad 1;
                }
                leakyrelu;
                conv_exp: {
                    conv: conv 1x1x1024;
                }
                leakyrelu;
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
                                }
                            }
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
                                }
                            }
                            2: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x512;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x512 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                            3: {
                                residual {
                                    conv1: {
                                        conv: conv 1x1x512;
                                    }
                                    leakyrelu;
                                    conv2: {
                                        conv: conv 3x3x512 pad 1;
                                    }
                                    leakyrelu;
                                }
                            }
                        }
                        conv_transition_b: {
                            conv: conv 1x1x512;
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
