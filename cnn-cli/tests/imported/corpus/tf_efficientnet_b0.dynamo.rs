cnn! {
    // Imported from tf_efficientnet_b0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TfEfficientnetB0Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x32 stride 2 pad same;
        silu;
        blocks: {
            0: {
                0: {
                    conv_dw: dwconv 3x3 pad 1;
                    silu;
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
                    conv_pw: conv 1x1x16;
                }
            }
            1: {
                0: {
                    conv_pw: conv 1x1x96;
                    silu;
                    conv_dw: dwconv 3x3 stride 2 pad same;
                    silu;
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
                    conv_pwl: conv 1x1x24;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x144;
                        silu;
                        conv_dw: dwconv 3x3 pad 1;
                        silu;
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
                        conv_pwl: conv 1x1x24;
                    }
                }
            }
            2: {
                0: {
                    conv_pw: conv 1x1x144;
                    silu;
                    conv_dw: dwconv 5x5 stride 2 pad same;
                    silu;
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
                    conv_pwl: conv 1x1x40;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x240;
                        silu;
                        conv_dw: dwconv 5x5 pad 2;
                        silu;
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
                        conv_pwl: conv 1x1x40;
                    }
                }
            }
            3: {
                0: {
                    conv_pw: conv 1x1x240;
                    silu;
                    conv_dw: dwconv 3x3 stride 2 pad same;
                    silu;
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
                    conv_pwl: conv 1x1x80;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x480;
                        silu;
                        conv_dw: dwconv 3x3 pad 1;
                        silu;
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
                        conv_pwl: conv 1x1x80;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x480;
                        silu;
                        conv_dw: dwconv 3x3 pad 1;
                        silu;
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
                        conv_pwl: conv 1x1x80;
                    }
                }
            }
            4: {
                0: {
                    conv_pw: conv 1x1x480;
                    silu;
                    conv_dw: dwconv 5x5 pad 2;
                    silu;
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
                    conv_pwl: conv 1x1x112;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x672;
                        silu;
                        conv_dw: dwconv 5x5 pad 2;
                        silu;
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
                        conv_pwl: conv 1x1x112;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x672;
                        silu;
                        conv_dw: dwconv 5x5 pad 2;
                        silu;
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
                        conv_pwl: conv 1x1x112;
                    }
                }
            }
            5: {
                0: {
                    conv_pw: conv 1x1x672;
                    silu;
                    conv_dw: dwconv 5x5 stride 2 pad same;
                    silu;
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
                    conv_pwl: conv 1x1x192;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x1152;
                        silu;
                        conv_dw: dwconv 5x5 pad 2;
                        silu;
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
                        conv_pwl: conv 1x1x192;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x1152;
                        silu;
                        conv_dw: dwconv 5x5 pad 2;
                        silu;
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
                        conv_pwl: conv 1x1x192;
                    }
                }
                3: {
                    residual {
                        conv_pw: conv 1x1x1152;
                        silu;
                        conv_dw: dwconv 5x5 pad 2;
                        silu;
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
                        conv_pwl: conv 1x1x192;
                    }
                }
            }
            6: {
                0: {
                    conv_pw: conv 1x1x1152;
                    silu;
                    conv_dw: dwconv 3x3 pad 1;
                    silu;
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
                    conv_pwl: conv 1x1x320;
                }
            }
        }
        conv_head: conv 1x1x1280;
        silu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
