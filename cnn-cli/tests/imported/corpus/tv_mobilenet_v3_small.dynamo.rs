cnn! {
    // Imported from tv_mobilenet_v3_small.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvMobilenetV3SmallDynamo {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x16 stride 2 pad 1;
            }
            hardswish;
            1: {
                block: {
                    0: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    relu;
                    1: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x8;
                                relu;
                                fc2: conv 1x1x16;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                    2: {
                        0: conv 1x1x16;
                    }
                }
            }
            2: {
                block: {
                    0: {
                        0: conv 1x1x72;
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
                            0: conv 1x1x88;
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
                        0: conv 1x1x96;
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
                                fc1: conv 1x1x24;
                                relu;
                                fc2: conv 1x1x96;
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
                            0: conv 1x1x240;
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
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x240;
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
                            0: conv 1x1x240;
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
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x240;
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
                        0: conv 1x1x120;
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
                                fc1: conv 1x1x32;
                                relu;
                                fc2: conv 1x1x120;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                    3: {
                        0: conv 1x1x48;
                    }
                }
            }
            8: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x144;
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
                                    fc1: conv 1x1x40;
                                    relu;
                                    fc2: conv 1x1x144;
                                    hardsigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x48;
                        }
                    }
                }
            }
            9: {
                block: {
                    0: {
                        0: conv 1x1x288;
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
                                fc1: conv 1x1x72;
                                relu;
                                fc2: conv 1x1x288;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                    3: {
                        0: conv 1x1x96;
                    }
                }
            }
            10: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x576;
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
                                    fc1: conv 1x1x144;
                                    relu;
                                    fc2: conv 1x1x576;
                                    hardsigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x96;
                        }
                    }
                }
            }
            11: {
                block: {
                    residual {
                        0: {
                            0: conv 1x1x576;
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
                                    fc1: conv 1x1x144;
                                    relu;
                                    fc2: conv 1x1x576;
                                    hardsigmoid;
                                }
                                {}
                            }
                        }
                        3: {
                            0: conv 1x1x96;
                        }
                    }
                }
            }
            12: {
                0: conv 1x1x576;
            }
        }
        hardswish;
        gap;
        flatten;
        classifier: {
            0: fc 1024;
            hardswish;
            3: fc 1000;
        }
    }
}
