cnn! {
    // Imported from mobilenetv3_large_100.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Mobilenetv3Large100Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x16 stride 2 pad 1;
        hardswish;
        blocks: {
            0: {
                0: {
                    residual {
                        conv_dw: dwconv 3x3 pad 1;
                        relu;
                        conv_pw: conv 1x1x16;
                    }
                }
            }
            1: {
                0: {
                    conv_pw: conv 1x1x64;
                    relu;
                    conv_dw: dwconv 3x3 stride 2 pad 1;
                    relu;
                    conv_pwl: conv 1x1x24;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x72;
                        relu;
                        conv_dw: dwconv 3x3 pad 1;
                        relu;
                        conv_pwl: conv 1x1x24;
                    }
                }
            }
            2: {
                0: {
                    conv_pw: conv 1x1x72;
                    relu;
                    conv_dw: dwconv 5x5 stride 2 pad 2;
                    relu;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x24;
                                relu;
                                conv_expand: conv 1x1x72;
                                hardsigmoid;
                            }
                        }
                    }
                    conv_pwl: conv 1x1x40;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x120;
                        relu;
                        conv_dw: dwconv 5x5 pad 2;
                        relu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x32;
                                    relu;
                                    conv_expand: conv 1x1x120;
                                    hardsigmoid;
                                }
                            }
                        }
                        conv_pwl: conv 1x1x40;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x120;
                        relu;
                        conv_dw: dwconv 5x5 pad 2;
                        relu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x32;
                                    relu;
                                    conv_expand: conv 1x1x120;
                                    hardsigmoid;
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
                    hardswish;
                    conv_dw: dwconv 3x3 stride 2 pad 1;
                    hardswish;
                    conv_pwl: conv 1x1x80;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x200;
                        hardswish;
                        conv_dw: dwconv 3x3 pad 1;
                        hardswish;
                        conv_pwl: conv 1x1x80;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x184;
                        hardswish;
                        conv_dw: dwconv 3x3 pad 1;
                        hardswish;
                        conv_pwl: conv 1x1x80;
                    }
                }
                3: {
                    residual {
                        conv_pw: conv 1x1x184;
                        hardswish;
                        conv_dw: dwconv 3x3 pad 1;
                        hardswish;
                        conv_pwl: conv 1x1x80;
                    }
                }
            }
            4: {
                0: {
                    conv_pw: conv 1x1x480;
                    hardswish;
                    conv_dw: dwconv 3x3 pad 1;
                    hardswish;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x120;
                                relu;
                                conv_expand: conv 1x1x480;
                                hardsigmoid;
                            }
                        }
                    }
                    conv_pwl: conv 1x1x112;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x672;
                        hardswish;
                        conv_dw: dwconv 3x3 pad 1;
                        hardswish;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x168;
                                    relu;
                                    conv_expand: conv 1x1x672;
                                    hardsigmoid;
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
                    hardswish;
                    conv_dw: dwconv 5x5 stride 2 pad 2;
                    hardswish;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x168;
                                relu;
                                conv_expand: conv 1x1x672;
                                hardsigmoid;
                            }
                        }
                    }
                    conv_pwl: conv 1x1x160;
                }
                1: {
                    residual {
                        conv_pw: conv 1x1x960;
                        hardswish;
                        conv_dw: dwconv 5x5 pad 2;
                        hardswish;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x240;
                                    relu;
                                    conv_expand: conv 1x1x960;
                                    hardsigmoid;
                                }
                            }
                        }
                        conv_pwl: conv 1x1x160;
                    }
                }
                2: {
                    residual {
                        conv_pw: conv 1x1x960;
                        hardswish;
                        conv_dw: dwconv 5x5 pad 2;
                        hardswish;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x240;
                                    relu;
                                    conv_expand: conv 1x1x960;
                                    hardsigmoid;
                                }
                            }
                        }
                        conv_pwl: conv 1x1x160;
                    }
                }
            }
            6: {
                0: {
                    conv: conv 1x1x960;
                }
            }
        }
        hardswish;
        gap;
        conv_head: conv 1x1x1280;
        hardswish;
        flatten;
        classifier: fc 1000;
    }
}
