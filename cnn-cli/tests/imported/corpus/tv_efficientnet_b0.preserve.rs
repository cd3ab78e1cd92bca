cnn! {
    // Imported from tv_efficientnet_b0.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvEfficientnetB0Preserve {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x32 stride 2 pad 1 nobias;
                1: bn;
            }
            silu;
            1: {
                0: {
                    block: {
                        0: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x8;
                                    silu;
                                    fc2: conv 1x1x32;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        2: {
                            0: conv 1x1x16 nobias;
                            1: bn;
                        }
                    }
                }
            }
            2: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x96 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x4;
                                    silu;
                                    fc2: conv 1x1x96;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x24 nobias;
                            1: bn;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x144 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x6;
                                        silu;
                                        fc2: conv 1x1x144;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x24 nobias;
                                1: bn;
                            }
                        }
                    }
                }
            }
            3: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x144 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            0: dwconv 5x5 stride 2 pad 2 nobias;
                            1: bn;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x6;
                                    silu;
                                    fc2: conv 1x1x144;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x40 nobias;
                            1: bn;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x240 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x10;
                                        silu;
                                        fc2: conv 1x1x240;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x40 nobias;
                                1: bn;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x240 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x10;
                                    silu;
                                    fc2: conv 1x1x240;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x80 nobias;
                            1: bn;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x480 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x20;
                                        silu;
                                        fc2: conv 1x1x480;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x80 nobias;
                                1: bn;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x480 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x20;
                                        silu;
                                        fc2: conv 1x1x480;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x80 nobias;
                                1: bn;
                            }
                        }
                    }
                }
            }
            5: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x480 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            0: dwconv 5x5 pad 2 nobias;
                            1: bn;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x20;
                                    silu;
                                    fc2: conv 1x1x480;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x112 nobias;
                            1: bn;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x672 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x28;
                                        silu;
                                        fc2: conv 1x1x672;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x112 nobias;
                                1: bn;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x672 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x28;
                                        silu;
                                        fc2: conv 1x1x672;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x112 nobias;
                                1: bn;
                            }
                        }
                    }
                }
            }
            6: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x672 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            0: dwconv 5x5 stride 2 pad 2 nobias;
                            1: bn;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x28;
                                    silu;
                                    fc2: conv 1x1x672;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x192 nobias;
                            1: bn;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1152 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x48;
                                        silu;
                                        fc2: conv 1x1x1152;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x192 nobias;
                                1: bn;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1152 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x48;
                                        silu;
                                        fc2: conv 1x1x1152;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x192 nobias;
                                1: bn;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1152 nobias;
                                1: bn;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2 nobias;
                                1: bn;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x48;
                                        silu;
                                        fc2: conv 1x1x1152;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x192 nobias;
                                1: bn;
                            }
                        }
                    }
                }
            }
            7: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x1152 nobias;
                            1: bn;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x48;
                                    silu;
                                    fc2: conv 1x1x1152;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x320 nobias;
                            1: bn;
                        }
                    }
                }
            }
            8: {
                0: conv 1x1x1280 nobias;
                1: bn;
            }
        }
        silu;
        gap;
        flatten;
        classifier: {
            1: fc 1000;
        }
    }
}
