cnn! {
    // Imported from tv_efficientnet_b0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvEfficientnetB0Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        silu;
        dwconv 3x3 pad 1;
        silu;
        features: {
            1: {
                0: {
                    block: {
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
                    }
                }
            }
            conv 1x1x16;
            conv 1x1x96;
            silu;
            dwconv 3x3 stride 2 pad 1;
            silu;
            2: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x24;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x144;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x24;
                            }
                        }
                    }
                }
            }
            conv 1x1x144;
            silu;
            dwconv 5x5 stride 2 pad 2;
            silu;
            3: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x40;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x240;
                                silu;
                                dwconv 5x5 pad 2;
                                silu;
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
                                conv 1x1x40;
                            }
                        }
                    }
                }
            }
            conv 1x1x240;
            silu;
            dwconv 3x3 stride 2 pad 1;
            silu;
            4: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x80;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x480;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x80;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x480;
                                silu;
                                dwconv 3x3 pad 1;
                                silu;
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
                                conv 1x1x80;
                            }
                        }
                    }
                }
            }
            conv 1x1x480;
            silu;
            dwconv 5x5 pad 2;
            silu;
            5: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x112;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x672;
                                silu;
                                dwconv 5x5 pad 2;
                                silu;
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
                                conv 1x1x112;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x672;
                                silu;
                                dwconv 5x5 pad 2;
                                silu;
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
                                conv 1x1x112;
                            }
                        }
                    }
                }
            }
            conv 1x1x672;
            silu;
            dwconv 5x5 stride 2 pad 2;
            silu;
            6: {
                0: {
                    block: {
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
                    }
                }
                conv 1x1x192;
                1: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1152;
                                silu;
                                dwconv 5x5 pad 2;
                                silu;
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
                                conv 1x1x192;
                            }
                        }
                    }
                }
                2: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1152;
                                silu;
                                dwconv 5x5 pad 2;
                                silu;
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
                                conv 1x1x192;
                            }
                        }
                    }
                }
                3: {
                    block: {
                        2: {
                            residual {
                                conv 1x1x1152;
                                silu;
                                dwconv 5x5 pad 2;
                                silu;
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
                                conv 1x1x192;
                            }
                        }
                    }
                }
            }
            conv 1x1x1152;
            silu;
            dwconv 3x3 pad 1;
            silu;
            7: {
                0: {
                    block: {
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
                    }
                }
            }
        }
        conv 1x1x320;
        conv 1x1x1280;
        silu;
        gap;
        flatten;
        classifier: {
            1: fc 1000;
        }
    }
}
