cnn! {
    // Imported from efficientnet_b0_gn.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct EfficientnetB0GnDynamo {
        input 224x224x3;
        conv_stem: conv 3x3x32 stride 2 pad 1 nobias;
        groupnorm 4;
        silu;
        blocks: {
            0: {
                0: {
                    conv_dw: dwconv 3x3 pad 1 nobias;
                    groupnorm 4;
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
                    conv_pw: conv 1x1x16 nobias;
                }
            }
            groupnorm 2;
            1: {
                0: {
                    conv_pw: conv 1x1x96 nobias;
                    groupnorm 12;
                    silu;
                    conv_dw: dwconv 3x3 stride 2 pad 1 nobias;
                    groupnorm 12;
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
                    conv_pwl: conv 1x1x24 nobias;
                }
                groupnorm 3;
                1: {
                    residual {
                        conv_pw: conv 1x1x144 nobias;
                        groupnorm 18;
                        silu;
                        conv_dw: dwconv 3x3 pad 1 nobias;
                        groupnorm 18;
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
                        conv_pwl: conv 1x1x24 nobias;
                        groupnorm 3;
                    }
                }
            }
            2: {
                0: {
                    conv_pw: conv 1x1x144 nobias;
                    groupnorm 18;
                    silu;
                    conv_dw: dwconv 5x5 stride 2 pad 2 nobias;
                    groupnorm 18;
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
                    conv_pwl: conv 1x1x40 nobias;
                }
                groupnorm 5;
                1: {
                    residual {
                        conv_pw: conv 1x1x240 nobias;
                        groupnorm 30;
                        silu;
                        conv_dw: dwconv 5x5 pad 2 nobias;
                        groupnorm 30;
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
                        conv_pwl: conv 1x1x40 nobias;
                        groupnorm 5;
                    }
                }
            }
            3: {
                0: {
                    conv_pw: conv 1x1x240 nobias;
                    groupnorm 30;
                    silu;
                    conv_dw: dwconv 3x3 stride 2 pad 1 nobias;
                    groupnorm 30;
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
                    conv_pwl: conv 1x1x80 nobias;
                }
                groupnorm 10;
                1: {
                    residual {
                        conv_pw: conv 1x1x480 nobias;
                        groupnorm 60;
                        silu;
                        conv_dw: dwconv 3x3 pad 1 nobias;
                        groupnorm 60;
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
                        conv_pwl: conv 1x1x80 nobias;
                        groupnorm 10;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x480 nobias;
                        groupnorm 60;
                        silu;
                        conv_dw: dwconv 3x3 pad 1 nobias;
                        groupnorm 60;
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
                        conv_pwl: conv 1x1x80 nobias;
                        groupnorm 10;
                    }
                }
            }
            4: {
                0: {
                    conv_pw: conv 1x1x480 nobias;
                    groupnorm 60;
                    silu;
                    conv_dw: dwconv 5x5 pad 2 nobias;
                    groupnorm 60;
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
                    conv_pwl: conv 1x1x112 nobias;
                }
                groupnorm 14;
                1: {
                    residual {
                        conv_pw: conv 1x1x672 nobias;
                        groupnorm 84;
                        silu;
                        conv_dw: dwconv 5x5 pad 2 nobias;
                        groupnorm 84;
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
                        conv_pwl: conv 1x1x112 nobias;
                        groupnorm 14;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x672 nobias;
                        groupnorm 84;
                        silu;
                        conv_dw: dwconv 5x5 pad 2 nobias;
                        groupnorm 84;
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
                        conv_pwl: conv 1x1x112 nobias;
                        groupnorm 14;
                    }
                }
            }
            5: {
                0: {
                    conv_pw: conv 1x1x672 nobias;
                    groupnorm 84;
                    silu;
                    conv_dw: dwconv 5x5 stride 2 pad 2 nobias;
                    groupnorm 84;
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
                    conv_pwl: conv 1x1x192 nobias;
                }
                groupnorm 24;
                1: {
                    residual {
                        conv_pw: conv 1x1x1152 nobias;
                        groupnorm 144;
                        silu;
                        conv_dw: dwconv 5x5 pad 2 nobias;
                        groupnorm 144;
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
                        conv_pwl: conv 1x1x192 nobias;
                        groupnorm 24;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x1152 nobias;
                        groupnorm 144;
                        silu;
                        conv_dw: dwconv 5x5 pad 2 nobias;
                        groupnorm 144;
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
                        conv_pwl: conv 1x1x192 nobias;
                        groupnorm 24;
                    }
                }
                3: {
                    residual {
                        conv_pw: conv 1x1x1152 nobias;
                        groupnorm 144;
                        silu;
                        conv_dw: dwconv 5x5 pad 2 nobias;
                        groupnorm 144;
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
                        conv_pwl: conv 1x1x192 nobias;
                        groupnorm 24;
                    }
                }
            }
            6: {
                0: {
                    conv_pw: conv 1x1x1152 nobias;
                    groupnorm 144;
                    silu;
                    conv_dw: dwconv 3x3 pad 1 nobias;
                    groupnorm 144;
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
                    conv_pwl: conv 1x1x320 nobias;
                }
            }
        }
        groupnorm 40;
        conv_head: conv 1x1x1280 nobias;
        groupnorm 160;
        silu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
