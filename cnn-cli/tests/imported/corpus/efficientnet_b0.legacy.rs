cnn! {
    // Imported from efficientnet_b0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct EfficientnetB0Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        silu;
        dwconv 3x3 pad 1;
        silu;
        blocks: {
            0: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x8;
                                silu;
                                conv_expand: conv 1x1x32;
                                sigmoid;
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
            1: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x4;
                                silu;
                                conv_expand: conv 1x1x96;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x24;
                1: {
                    se: {
                        residual {
                            conv 1x1x144;
                            silu;
                            dwconv 3x3 pad 1;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x6;
                                    silu;
                                    conv_expand: conv 1x1x144;
                                    sigmoid;
                                }
                            }
                            conv 1x1x24;
                        }
                    }
                }
            }
            conv 1x1x144;
            silu;
            dwconv 5x5 stride 2 pad 2;
            silu;
            2: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x6;
                                silu;
                                conv_expand: conv 1x1x144;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x40;
                1: {
                    se: {
                        residual {
                            conv 1x1x240;
                            silu;
                            dwconv 5x5 pad 2;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x10;
                                    silu;
                                    conv_expand: conv 1x1x240;
                                    sigmoid;
                                }
                            }
                            conv 1x1x40;
                        }
                    }
                }
            }
            conv 1x1x240;
            silu;
            dwconv 3x3 stride 2 pad 1;
            silu;
            3: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x10;
                                silu;
                                conv_expand: conv 1x1x240;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x80;
                1: {
                    se: {
                        residual {
                            conv 1x1x480;
                            silu;
                            dwconv 3x3 pad 1;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x480;
                                    sigmoid;
                                }
                            }
                            conv 1x1x80;
                        }
                    }
                }
                2: {
                    se: {
                        residual {
                            conv 1x1x480;
                            silu;
                            dwconv 3x3 pad 1;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x480;
                                    sigmoid;
                                }
                            }
                            conv 1x1x80;
                        }
                    }
                }
            }
            conv 1x1x480;
            silu;
            dwconv 5x5 pad 2;
            silu;
            4: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x20;
                                silu;
                                conv_expand: conv 1x1x480;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x112;
                1: {
                    se: {
                        residual {
                            conv 1x1x672;
                            silu;
                            dwconv 5x5 pad 2;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x28;
                                    silu;
                                    conv_expand: conv 1x1x672;
                                    sigmoid;
                                }
                            }
                            conv 1x1x112;
                        }
                    }
                }
                2: {
                    se: {
                        residual {
                            conv 1x1x672;
                            silu;
                            dwconv 5x5 pad 2;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x28;
                                    silu;
                                    conv_expand: conv 1x1x672;
                                    sigmoid;
                                }
                            }
                            conv 1x1x112;
                        }
                    }
                }
            }
            conv 1x1x672;
            silu;
            dwconv 5x5 stride 2 pad 2;
            silu;
            5: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x28;
                                silu;
                                conv_expand: conv 1x1x672;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x192;
                1: {
                    se: {
                        residual {
                            conv 1x1x1152;
                            silu;
                            dwconv 5x5 pad 2;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x48;
                                    silu;
                                    conv_expand: conv 1x1x1152;
                                    sigmoid;
                                }
                            }
                            conv 1x1x192;
                        }
                    }
                }
                2: {
                    se: {
                        residual {
                            conv 1x1x1152;
                            silu;
                            dwconv 5x5 pad 2;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x48;
                                    silu;
                                    conv_expand: conv 1x1x1152;
                                    sigmoid;
                                }
                            }
                            conv 1x1x192;
                        }
                    }
                }
                3: {
                    se: {
                        residual {
                            conv 1x1x1152;
                            silu;
                            dwconv 5x5 pad 2;
                            silu;
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x48;
                                    silu;
                                    conv_expand: conv 1x1x1152;
                                    sigmoid;
                                }
                            }
                            conv 1x1x192;
                        }
                    }
                }
            }
            conv 1x1x1152;
            silu;
            dwconv 3x3 pad 1;
            silu;
            6: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x48;
                                silu;
                                conv_expand: conv 1x1x1152;
                                sigmoid;
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
        classifier: fc 1000;
    }
}
