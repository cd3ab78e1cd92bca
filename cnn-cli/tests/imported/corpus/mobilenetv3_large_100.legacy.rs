cnn! {
    // Imported from mobilenetv3_large_100.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Mobilenetv3Large100Legacy {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        hardswish;
        residual {
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x16;
        }
        conv 1x1x64;
        relu;
        dwconv 3x3 stride 2 pad 1;
        relu;
        conv 1x1x24;
        residual {
            conv 1x1x72;
            relu;
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x24;
        }
        conv 1x1x72;
        relu;
        dwconv 5x5 stride 2 pad 2;
        relu;
        blocks: {
            2: {
                0: {
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
                }
                conv 1x1x40;
                1: {
                    se: {
                        residual {
                            conv 1x1x120;
                            relu;
                            dwconv 5x5 pad 2;
                            relu;
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
                            conv 1x1x40;
                        }
                    }
                }
                2: {
                    se: {
                        residual {
                            conv 1x1x120;
                            relu;
                            dwconv 5x5 pad 2;
                            relu;
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
                            conv 1x1x40;
                        }
                    }
                }
            }
            conv 1x1x240;
            hardswish;
            dwconv 3x3 stride 2 pad 1;
            hardswish;
            conv 1x1x80;
            residual {
                conv 1x1x200;
                hardswish;
                dwconv 3x3 pad 1;
                hardswish;
                conv 1x1x80;
            }
            repeat 2 {
                residual {
                    conv 1x1x184;
                    hardswish;
                    dwconv 3x3 pad 1;
                    hardswish;
                    conv 1x1x80;
                }
            }
            conv 1x1x480;
            hardswish;
            dwconv 3x3 pad 1;
            hardswish;
            4: {
                0: {
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
                }
                conv 1x1x112;
                1: {
                    se: {
                        residual {
                            conv 1x1x672;
                            hardswish;
                            dwconv 3x3 pad 1;
                            hardswish;
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
                            conv 1x1x112;
                        }
                    }
                }
            }
            conv 1x1x672;
            hardswish;
            dwconv 5x5 stride 2 pad 2;
            hardswish;
            5: {
                0: {
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
                }
                conv 1x1x160;
                1: {
                    se: {
                        residual {
                            conv 1x1x960;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
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
                            conv 1x1x160;
                        }
                    }
                }
                2: {
                    se: {
                        residual {
                            conv 1x1x960;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
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
                            conv 1x1x160;
                        }
                    }
                }
            }
        }
        conv 1x1x960;
        hardswish;
        gap;
        conv_head: conv 1x1x1280;
        hardswish;
        flatten;
        classifier: fc 1000;
    }
}
