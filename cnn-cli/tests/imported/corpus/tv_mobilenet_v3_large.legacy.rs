cnn! {
    // Imported from tv_mobilenet_v3_large.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMobilenetV3LargeLegacy {
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
        features: {
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
            dwconv 5x5 stride 2 pad 2;
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
                            dwconv 5x5 pad 2;
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
                            dwconv 5x5 pad 2;
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
        gap;
        flatten;
        classifier: {
            0: fc 1280;
            hardswish;
            3: fc 1000;
        }
    }
}
