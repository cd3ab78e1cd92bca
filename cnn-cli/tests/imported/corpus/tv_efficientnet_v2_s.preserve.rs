cnn! {
    // Imported from tv_efficientnet_v2_s.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvEfficientnetV2SPreserve {
        input 384x384x3;
        features: {
            0: {
                0: conv 3x3x24 stride 2 pad 1 nobias;
                1: bn eps 1e-3;
            }
            silu;
            1: {
                0: {
                    block: {
                        0: {
                            residual {
                                0: conv 3x3x24 pad 1 nobias;
                                1: bn eps 1e-3;
                                silu;
                            }
                        }
                    }
                }
                1: {
                    block: {
                        0: {
                            residual {
                                0: conv 3x3x24 pad 1 nobias;
                                1: bn eps 1e-3;
                                silu;
                            }
                        }
                    }
                }
            }
            2: {
                0: {
                    block: {
                        0: {
                            0: conv 3x3x96 stride 2 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        1: {
                            0: conv 1x1x48 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x192 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: conv 1x1x48 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x192 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: conv 1x1x48 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x192 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: conv 1x1x48 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
            }
            3: {
                0: {
                    block: {
                        0: {
                            0: conv 3x3x192 stride 2 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        1: {
                            0: conv 1x1x64 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x256 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: conv 1x1x64 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x256 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: conv 1x1x64 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x256 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: conv 1x1x64 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x256 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x16;
                                    silu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x128 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
            }
            5: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x768 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x32;
                                    silu;
                                    fc2: conv 1x1x768;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x160 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                6: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                7: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                8: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
            }
            6: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x960 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        silu;
                        2: {
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x40;
                                    silu;
                                    fc2: conv 1x1x960;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x256 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                6: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                7: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                8: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                9: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                10: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                11: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                12: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                13: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
                14: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            1: {
                                0: dwconv 3x3 pad 1 nobias;
                                1: bn eps 1e-3;
                            }
                            silu;
                            2: {
                                mul {
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256 nobias;
                                1: bn eps 1e-3;
                            }
                        }
                    }
                }
            }
            7: {
                0: conv 1x1x1280 nobias;
                1: bn eps 1e-3;
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
