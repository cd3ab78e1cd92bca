cnn! {
    // Imported from tv_efficientnet_v2_s.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvEfficientnetV2SDynamo {
        input 384x384x3;
        features: {
            0: {
                0: conv 3x3x24 stride 2 pad 1;
            }
            silu;
            1: {
                0: {
                    block: {
                        0: {
                            residual {
                                0: conv 3x3x24 pad 1;
                                silu;
                            }
                        }
                    }
                }
                1: {
                    block: {
                        0: {
                            residual {
                                0: conv 3x3x24 pad 1;
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
                            0: conv 3x3x96 stride 2 pad 1;
                        }
                        silu;
                        1: {
                            0: conv 1x1x48;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x192 pad 1;
                            }
                            silu;
                            1: {
                                0: conv 1x1x48;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x192 pad 1;
                            }
                            silu;
                            1: {
                                0: conv 1x1x48;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x192 pad 1;
                            }
                            silu;
                            1: {
                                0: conv 1x1x48;
                            }
                        }
                    }
                }
            }
            3: {
                0: {
                    block: {
                        0: {
                            0: conv 3x3x192 stride 2 pad 1;
                        }
                        silu;
                        1: {
                            0: conv 1x1x64;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x256 pad 1;
                            }
                            silu;
                            1: {
                                0: conv 1x1x64;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x256 pad 1;
                            }
                            silu;
                            1: {
                                0: conv 1x1x64;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 3x3x256 pad 1;
                            }
                            silu;
                            1: {
                                0: conv 1x1x64;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x256;
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
                                    fc1: conv 1x1x16;
                                    silu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x128;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512;
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
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512;
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
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512;
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
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512;
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
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x512;
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
                                        fc1: conv 1x1x32;
                                        silu;
                                        fc2: conv 1x1x512;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x128;
                            }
                        }
                    }
                }
            }
            5: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x768;
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
                                    fc1: conv 1x1x32;
                                    silu;
                                    fc2: conv 1x1x768;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x160;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                6: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                7: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
                8: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x960;
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
                                        fc1: conv 1x1x40;
                                        silu;
                                        fc2: conv 1x1x960;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x160;
                            }
                        }
                    }
                }
            }
            6: {
                0: {
                    block: {
                        0: {
                            0: conv 1x1x960;
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
                                    fc1: conv 1x1x40;
                                    silu;
                                    fc2: conv 1x1x960;
                                    sigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x256;
                        }
                    }
                }
                1: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                6: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                7: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                8: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                9: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                10: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                11: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                12: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                13: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
                14: {
                    block: {
                        residual {
                            0: {
                                0: conv 1x1x1536;
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
                                        fc1: conv 1x1x64;
                                        silu;
                                        fc2: conv 1x1x1536;
                                        sigmoid;
                                    }
                                    {}
                                }
                            }
                            3: {
                                0: conv 1x1x256;
                            }
                        }
                    }
                }
            }
            7: {
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
