cnn! {
    // Imported from tv_efficientnet_b0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvEfficientnetB0Dynamo {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x32 stride 2 pad 1;
            }
            silu;
            1: {
                0: {
                    block: {
                        0: {
                            0: dwconv 3x3 pad 1;
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
                            0: conv 1x1x16;
                        }
                    }
                }
            }
            2: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x96;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 stride 2 pad 1;
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
                            0: conv 1x1x24;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x144;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1;
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
                                0: conv 1x1x24;
                            }
                        }
                    }
                }
            }
            3: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x144;
                        }
                        silu;
                        1: {
                            0: dwconv 5x5 stride 2 pad 2;
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
                            0: conv 1x1x40;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x240;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2;
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
                                0: conv 1x1x40;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x240;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 stride 2 pad 1;
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
                            0: conv 1x1x80;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x480;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1;
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
                                0: conv 1x1x80;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x480;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1;
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
                                0: conv 1x1x80;
                            }
                        }
                    }
                }
            }
            5: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x480;
                        }
                        silu;
                        1: {
                            0: dwconv 5x5 pad 2;
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
                            0: conv 1x1x112;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x672;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2;
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
                                0: conv 1x1x112;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x672;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2;
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
                                0: conv 1x1x112;
                            }
                        }
                    }
                }
            }
            6: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x672;
                        }
                        silu;
                        1: {
                            0: dwconv 5x5 stride 2 pad 2;
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
                            0: conv 1x1x192;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1152;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2;
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
                                0: conv 1x1x192;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1152;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2;
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
                                0: conv 1x1x192;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1152;
                            }
                            silu;
                            1: {
                                0: dwconv 5x5 pad 2;
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
                                0: conv 1x1x192;
                            }
                        }
                    }
                }
            }
            7: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x1152;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 pad 1;
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
                            0: conv 1x1x320;
                        }
                    }
                }
            }
            8: {
                0: conv 1x1x1280;
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
