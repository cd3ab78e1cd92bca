cnn! {
    // Imported from tv_mobilenet_v3_large.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvMobilenetV3LargeDynamo {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x16 stride 2 pad 1;
            }
            hardswish;
            1: {
                block: {
                    residual {
                        0: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu;
                        1: {
                            0: conv 1x1x16;
                        }
                    }
                }
            }
            2: {
                block: {
                    0: {
                        0: conv 1x1x64;
                    }
                    relu;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    relu;
                    2: {
                        0: conv 1x1x24;
                    }
                }
            }
            3: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x72;
                        }
                        relu;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu;
                        2: {
                            0: conv 1x1x24;
                        }
                    }
                }
            }
            4: {
                block: {
                    0: {
                        0: conv 1x1x72;
                    }
                    relu;
                    1: {
                        0: dwconv 5x5 stride 2 pad 2;
                    }
                    relu;
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
                    3: {
                        0: conv 1x1x40;
                    }
                }
            }
            5: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x120;
                        }
                        relu;
                        1: {
                            0: dwconv 5x5 pad 2;
                        }
                        relu;
                        2: {
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
                        }
                        3: {
                            0: conv 1x1x40;
                        }
                    }
                }
            }
            6: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x120;
                        }
                        relu;
                        1: {
                            0: dwconv 5x5 pad 2;
                        }
                        relu;
                        2: {
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
                        }
                        3: {
                            0: conv 1x1x40;
                        }
                    }
                }
            }
            7: {
                block: {
                    0: {
                        0: conv 1x1x240;
                    }
                    hardswish;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    hardswish;
                    2: {
                        0: conv 1x1x80;
                    }
                }
            }
            8: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x200;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        hardswish;
                        2: {
                            0: conv 1x1x80;
                        }
                    }
                }
            }
            9: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x184;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        hardswish;
                        2: {
                            0: conv 1x1x80;
                        }
                    }
                }
            }
            10: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x184;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        hardswish;
                        2: {
                            0: conv 1x1x80;
                        }
                    }
                }
            }
            11: {
                block: {
                    0: {
                        0: conv 1x1x480;
                    }
                    hardswish;
                    1: {
                        0: dwconv 3x3 pad 1;
                    }
                    hardswish;
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
                    3: {
                        0: conv 1x1x112;
                    }
                }
            }
            12: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x672;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        hardswish;
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
                        3: {
                            0: conv 1x1x112;
                        }
                    }
                }
            }
            13: {
                block: {
                    0: {
                        0: conv 1x1x672;
                    }
                    hardswish;
                    1: {
                        0: dwconv 5x5 stride 2 pad 2;
                    }
                    hardswish;
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
                    3: {
                        0: conv 1x1x160;
                    }
                }
            }
            14: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x960;
                        }
                        hardswish;
                        1: {
                            0: dwconv 5x5 pad 2;
                        }
                        hardswish;
                        2: {
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
                        }
                        3: {
                            0: conv 1x1x160;
                        }
                    }
                }
            }
            15: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x960;
                        }
                        hardswish;
                        1: {
                            0: dwconv 5x5 pad 2;
                        }
                        hardswish;
                        2: {
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
                        }
                        3: {
                            0: conv 1x1x160;
                        }
                    }
                }
            }
            16: {
                0: conv 1x1x960;
            }
        }
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
