cnn! {
    // Imported from tv_efficientnet_v2_s.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvEfficientnetV2SLegacy {
        input 384x384x3;
        conv 3x3x24 stride 2 pad 1;
        silu;
        repeat 2 {
            residual {
                conv 3x3x24 pad 1;
                silu;
            }
        }
        conv 3x3x96 stride 2 pad 1;
        silu;
        conv 1x1x48;
        repeat 3 {
            residual {
                conv 3x3x192 pad 1;
                silu;
                conv 1x1x48;
            }
        }
        conv 3x3x192 stride 2 pad 1;
        silu;
        conv 1x1x64;
        repeat 3 {
            residual {
                conv 3x3x256 pad 1;
                silu;
                conv 1x1x64;
            }
        }
        conv 1x1x256;
        silu;
        dwconv 3x3 stride 2 pad 1;
        silu;
        features: {
            4: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x128;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x512;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x128;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x512;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x128;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x512;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x128;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x512;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x128;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x512;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x128;
                            }
                        }
                    }
                }
            }
            conv 1x1x768;
            silu;
            dwconv 3x3 pad 1;
            silu;
            5: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x160;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                6: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                7: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
                8: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x960;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x160;
                            }
                        }
                    }
                }
            }
            conv 1x1x960;
            silu;
            dwconv 3x3 stride 2 pad 1;
            silu;
            6: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x256;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                4: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                5: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                6: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                7: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                8: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                9: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                10: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                11: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                12: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                13: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
                14: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1536;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x256;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x1280;
        silu;
        gap;
        flatten;
        classifier: {
            1: fc 1000;
        }
    }
}
