cnn! {
    // Imported from tv_mobilenet_v3_large.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMobilenetV3LargePreserve {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x16 stride 2 pad 1 nobias;
                1: bn eps 1e-3;
            }
            hardswish;
            1: {
                block: {
                    residual {
                        0: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            0: conv 1x1x16 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            2: {
                block: {
                    0: {
                        0: conv 1x1x64 nobias;
                        1: bn eps 1e-3;
                    }
                    relu;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1 nobias;
                        1: bn eps 1e-3;
                    }
                    relu;
                    2: {
                        0: conv 1x1x24 nobias;
                        1: bn eps 1e-3;
                    }
                }
            }
            3: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x72 nobias;
                            1: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        relu;
                        2: {
                            0: conv 1x1x24 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            4: {
                block: {
                    0: {
                        0: conv 1x1x72 nobias;
                        1: bn eps 1e-3;
                    }
                    relu;
                    1: {
                        0: dwconv 5x5 stride 2 pad 2 nobias;
                        1: bn eps 1e-3;
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
                        0: conv 1x1x40 nobias;
                        1: bn eps 1e-3;
                    }
                }
            }
            5: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x120 nobias;
                            1: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            0: dwconv 5x5 pad 2 nobias;
                            1: bn eps 1e-3;
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
                            0: conv 1x1x40 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            6: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x120 nobias;
                            1: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            0: dwconv 5x5 pad 2 nobias;
                            1: bn eps 1e-3;
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
                            0: conv 1x1x40 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            7: {
                block: {
                    0: {
                        0: conv 1x1x240 nobias;
                        1: bn eps 1e-3;
                    }
                    hardswish;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1 nobias;
                        1: bn eps 1e-3;
                    }
                    hardswish;
                    2: {
                        0: conv 1x1x80 nobias;
                        1: bn eps 1e-3;
                    }
                }
            }
            8: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x200 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        2: {
                            0: conv 1x1x80 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            9: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x184 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        2: {
                            0: conv 1x1x80 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            10: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x184 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        2: {
                            0: conv 1x1x80 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            11: {
                block: {
                    0: {
                        0: conv 1x1x480 nobias;
                        1: bn eps 1e-3;
                    }
                    hardswish;
                    1: {
                        0: dwconv 3x3 pad 1 nobias;
                        1: bn eps 1e-3;
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
                        0: conv 1x1x112 nobias;
                        1: bn eps 1e-3;
                    }
                }
            }
            12: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x672 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn eps 1e-3;
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
                            0: conv 1x1x112 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            13: {
                block: {
                    0: {
                        0: conv 1x1x672 nobias;
                        1: bn eps 1e-3;
                    }
                    hardswish;
                    1: {
                        0: dwconv 5x5 stride 2 pad 2 nobias;
                        1: bn eps 1e-3;
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
                        0: conv 1x1x160 nobias;
                        1: bn eps 1e-3;
                    }
                }
            }
            14: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x960 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        1: {
                            0: dwconv 5x5 pad 2 nobias;
                            1: bn eps 1e-3;
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
                            0: conv 1x1x160 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            15: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x960 nobias;
                            1: bn eps 1e-3;
                        }
                        hardswish;
                        1: {
                            0: dwconv 5x5 pad 2 nobias;
                            1: bn eps 1e-3;
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
                            0: conv 1x1x160 nobias;
                            1: bn eps 1e-3;
                        }
                    }
                }
            }
            16: {
                0: conv 1x1x960 nobias;
                1: bn eps 1e-3;
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
