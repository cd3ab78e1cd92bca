cnn! {
    // Imported from tv_deeplabv3_mobilenet_v3_large.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvDeeplabv3MobilenetV3LargeLegacy {
        input 520x520x3;
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
        backbone: {
            4: {
                block: {
                    2: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x24;
                                relu;
                                fc2: conv 1x1x72;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x40;
            5: {
                block: {
                    2: {
                        residual {
                            conv 1x1x120;
                            relu;
                            dwconv 5x5 pad 2;
                            relu;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x32;
                                    relu;
                                    fc2: conv 1x1x120;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x40;
                        }
                    }
                }
            }
            6: {
                block: {
                    2: {
                        residual {
                            conv 1x1x120;
                            relu;
                            dwconv 5x5 pad 2;
                            relu;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x32;
                                    relu;
                                    fc2: conv 1x1x120;
                                    hardsigmoid;
                                }
                                {}
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
            11: {
                block: {
                    2: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x120;
                                relu;
                                fc2: conv 1x1x480;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x112;
            12: {
                block: {
                    2: {
                        residual {
                            conv 1x1x672;
                            hardswish;
                            dwconv 3x3 pad 1;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x168;
                                    relu;
                                    fc2: conv 1x1x672;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x112;
                        }
                    }
                }
            }
            conv 1x1x672;
            hardswish;
            dwconv 5x5 pad 4 dilation 2;
            hardswish;
            13: {
                block: {
                    2: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x168;
                                relu;
                                fc2: conv 1x1x672;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x160;
            14: {
                block: {
                    2: {
                        residual {
                            conv 1x1x960;
                            hardswish;
                            dwconv 5x5 pad 4 dilation 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x240;
                                    relu;
                                    fc2: conv 1x1x960;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x160;
                        }
                    }
                }
            }
            15: {
                block: {
                    2: {
                        residual {
                            conv 1x1x960;
                            hardswish;
                            dwconv 5x5 pad 4 dilation 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x240;
                                    relu;
                                    fc2: conv 1x1x960;
                                    hardsigmoid;
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
        hardswish;
        concat {
            {
                conv 1x1x256;
                relu;
            }
            {
                conv 3x3x256 pad 12 dilation 12;
                relu;
            }
            {
                conv 3x3x256 pad 24 dilation 24;
                relu;
            }
            {
                conv 3x3x256 pad 36 dilation 36;
                relu;
            }
            {
                gap;
                conv 1x1x256;
                relu;
                resize 33x33 bilinear;
            }
        }
        conv 1x1x256;
        relu;
        conv 3x3x256 pad 1;
        relu;
        classifier: {
            4: conv 1x1x21;
        }
        resize 520x520 bilinear;
    }
}
