cnn! {
    // Imported from repvgg_a0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct RepvggA0Dynamo {
        input 224x224x3;
        stem: {
            add {
                {
                    conv_1x1: {
                        conv: conv 1x1x48 stride 2;
                    }
                }
                {
                    conv_kxk: {
                        conv: conv 3x3x48 stride 2 pad 1;
                    }
                }
            }
        }
        relu;
        stages: {
            0: {
                0: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x48 stride 2;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x48 stride 2 pad 1;
                            }
                        }
                    }
                }
                relu;
                1: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x48;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x48 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                0: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x96 stride 2;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x96 stride 2 pad 1;
                            }
                        }
                    }
                }
                relu;
                1: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x96;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                2: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x96;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                3: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x96;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            2: {
                0: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192 stride 2;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 stride 2 pad 1;
                            }
                        }
                    }
                }
                relu;
                1: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                2: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                3: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                4: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                5: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                6: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                7: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                8: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                9: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                10: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                11: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                12: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                13: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x192;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x192 pad 1;
                            }
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            3: {
                0: {
                    add {
                        {
                            conv_1x1: {
                                conv: conv 1x1x1280 stride 2;
                            }
                        }
                        {
                            conv_kxk: {
                                conv: conv 3x3x1280 stride 2 pad 1;
                            }
                        }
                    }
                }
            }
        }
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
