cnn! {
    // Imported from gcresnext26ts.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Gcresnext26tsLegacy {
        input 224x224x3;
        conv 3x3x24 stride 2 pad 1;
        silu;
        conv 3x3x32 pad 1;
        silu;
        conv 3x3x64 pad 1;
        silu;
        maxpool 3 stride 2 pad 1;
        stages: {
            0: {
                0: {
                    attn: {
                        add {
                            {
                                conv 1x1x64;
                                silu;
                                conv 3x3x64 groups 2 pad 1;
                                silu;
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x8;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x64;
                                    }
                                }
                                conv 1x1x256;
                            }
                            {
                                conv 1x1x256;
                            }
                        }
                    }
                }
                silu;
                1: {
                    attn: {
                        residual {
                            conv 1x1x64;
                            silu;
                            conv 3x3x64 groups 2 pad 1;
                            silu;
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x8;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x64;
                                }
                            }
                            conv 1x1x256;
                        }
                    }
                }
            }
            silu;
            1: {
                0: {
                    attn: {
                        add {
                            {
                                conv 1x1x128;
                                silu;
                                conv 3x3x128 groups 4 stride 2 pad 1;
                                silu;
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x16;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x128;
                                    }
                                }
                                conv 1x1x512;
                            }
                            {
                                conv 1x1x512 stride 2;
                            }
                        }
                    }
                }
                silu;
                1: {
                    attn: {
                        residual {
                            conv 1x1x128;
                            silu;
                            conv 3x3x128 groups 4 pad 1;
                            silu;
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x16;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x128;
                                }
                            }
                            conv 1x1x512;
                        }
                    }
                }
            }
            silu;
            2: {
                0: {
                    attn: {
                        add {
                            {
                                conv 1x1x256;
                                silu;
                                conv 3x3x256 groups 8 stride 2 pad 1;
                                silu;
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x32;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x256;
                                    }
                                }
                                conv 1x1x1024;
                            }
                            {
                                conv 1x1x1024 stride 2;
                            }
                        }
                    }
                }
                silu;
                1: {
                    attn: {
                        residual {
                            conv 1x1x256;
                            silu;
                            conv 3x3x256 groups 8 pad 1;
                            silu;
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x32;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x256;
                                }
                            }
                            conv 1x1x1024;
                        }
                    }
                }
            }
            silu;
            3: {
                0: {
                    attn: {
                        add {
                            {
                                conv 1x1x512;
                                silu;
                                conv 3x3x512 groups 16 stride 2 pad 1;
                                silu;
                                residual {
                                    conv_attn: contextpool;
                                    mlp_add: {
                                        fc1: conv 1x1x64;
                                        norm: layernorm eps 1e-6;
                                        relu;
                                        fc2: conv 1x1x512;
                                    }
                                }
                                conv 1x1x2048;
                            }
                            {
                                conv 1x1x2048 stride 2;
                            }
                        }
                    }
                }
                silu;
                1: {
                    attn: {
                        residual {
                            conv 1x1x512;
                            silu;
                            conv 3x3x512 groups 16 pad 1;
                            silu;
                            residual {
                                conv_attn: contextpool;
                                mlp_add: {
                                    fc1: conv 1x1x64;
                                    norm: layernorm eps 1e-6;
                                    relu;
                                    fc2: conv 1x1x512;
                                }
                            }
                            conv 1x1x2048;
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
