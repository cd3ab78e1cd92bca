cnn! {
    // Imported from inception_next_atto.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct InceptionNextAttoLegacy {
        input 224x224x3;
        conv 4x4x40 stride 4;
        stages: {
            0: {
                blocks: {
                    0: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x160;
                                gelu;
                                fc2: conv 1x1x40;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x160;
                                gelu;
                                fc2: conv 1x1x40;
                            }
                            scale;
                        }
                    }
                }
            }
            1: {
                downsample: {
                    0: bn;
                    1: conv 2x2x80 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x320;
                                gelu;
                                fc2: conv 1x1x80;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x320;
                                gelu;
                                fc2: conv 1x1x80;
                            }
                            scale;
                        }
                    }
                }
            }
            2: {
                downsample: {
                    0: bn;
                    1: conv 2x2x160 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    2: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    3: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    4: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    5: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                }
            }
            3: {
                downsample: {
                    0: bn;
                    1: conv 2x2x320 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x960;
                                gelu;
                                fc2: conv 1x1x320;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            token_mixer: {
                                split {
                                    {}
                                    {
                                        dwconv_hw: dwconv 3x3 pad 1;
                                    }
                                    {
                                        dwconv_w: dwconv 1x9 pad 0x4;
                                    }
                                    {
                                        dwconv_h: dwconv 9x1 pad 4x0;
                                    }
                                }
                            }
                            norm: bn;
                            mlp: {
                                fc1: conv 1x1x960;
                                gelu;
                                fc2: conv 1x1x320;
                            }
                            scale;
                        }
                    }
                }
            }
        }
        gap;
        flatten;
        head: {
            fc1: fc 960;
            gelu;
            norm: layernorm eps 1e-6;
            fc2: fc 1000;
        }
    }
}
