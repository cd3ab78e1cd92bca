cnn! {
    // Imported from gcresnext26ts.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Gcresnext26tsDynamo {
        input 224x224x3;
        stem: {
            conv1: {
                conv: conv 3x3x24 stride 2 pad 1;
            }
            silu;
            conv2: {
                conv: conv 3x3x32 pad 1;
            }
            silu;
            conv3: {
                conv: conv 3x3x64 pad 1;
            }
        }
        silu;
        maxpool 3 stride 2 pad 1;
        stages: {
            0: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x64;
                            }
                            silu;
                            conv2_kxk: {
                                conv: conv 3x3x64 groups 2 pad 1;
                            }
                            silu;
                            attn: {
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x8;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x64;
                                    }
                                }
                            }
                            conv3_1x1: {
                                conv: conv 1x1x256;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x256;
                            }
                        }
                    }
                }
                silu;
                1: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x64;
                        }
                        silu;
                        conv2_kxk: {
                            conv: conv 3x3x64 groups 2 pad 1;
                        }
                        silu;
                        attn: {
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x8;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x64;
                                }
                            }
                        }
                        conv3_1x1: {
                            conv: conv 1x1x256;
                        }
                    }
                }
            }
            silu;
            1: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x128;
                            }
                            silu;
                            conv2_kxk: {
                                conv: conv 3x3x128 groups 4 stride 2 pad 1;
                            }
                            silu;
                            attn: {
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x16;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x128;
                                    }
                                }
                            }
                            conv3_1x1: {
                                conv: conv 1x1x512;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x512 stride 2;
                            }
                        }
                    }
                }
                silu;
                1: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x128;
                        }
                        silu;
                        conv2_kxk: {
                            conv: conv 3x3x128 groups 4 pad 1;
                        }
                        silu;
                        attn: {
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x16;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x128;
                                }
                            }
                        }
                        conv3_1x1: {
                            conv: conv 1x1x512;
                        }
                    }
                }
            }
            silu;
            2: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x256;
                            }
                            silu;
                            conv2_kxk: {
                                conv: conv 3x3x256 groups 8 stride 2 pad 1;
                            }
                            silu;
                            attn: {
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x32;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x256;
                                    }
                                }
                            }
                            conv3_1x1: {
                                conv: conv 1x1x1024;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x1024 stride 2;
                            }
                        }
                    }
                }
                silu;
                1: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x256;
                        }
                        silu;
                        conv2_kxk: {
                            conv: conv 3x3x256 groups 8 pad 1;
                        }
                        silu;
                        attn: {
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x32;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x256;
                                }
                            }
                        }
                        conv3_1x1: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
            }
            silu;
            3: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x512;
                            }
                            silu;
                            conv2_kxk: {
                                conv: conv 3x3x512 groups 16 stride 2 pad 1;
                            }
                            silu;
                            attn: {
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x64;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x512;
                                    }
                                }
                            }
                            conv3_1x1: {
                                conv: conv 1x1x2048;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x2048 stride 2;
                            }
                        }
                    }
                }
                silu;
                1: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x512;
                        }
                        silu;
                        conv2_kxk: {
                            conv: conv 3x3x512 groups 16 pad 1;
                        }
                        silu;
                        attn: {
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x64;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x512;
                                }
                            }
                        }
                        conv3_1x1: {
                            conv: conv 1x1x2048;
                        }
                    }
                }
            }
        }
        silu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
