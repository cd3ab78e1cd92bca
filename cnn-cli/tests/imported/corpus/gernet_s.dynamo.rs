cnn! {
    // Imported from gernet_s.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct GernetSDynamo {
        input 224x224x3;
        stem: {
            conv: conv 3x3x13 stride 2 pad 1;
        }
        relu;
        stages: {
            0: {
                0: {
                    add {
                        {
                            conv1_kxk: {
                                conv: conv 3x3x48 stride 2 pad 1;
                            }
                            relu;
                            conv2_kxk: {
                                conv: conv 3x3x48 pad 1;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x48 stride 2;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                0: {
                    add {
                        {
                            conv1_kxk: {
                                conv: conv 3x3x48 stride 2 pad 1;
                            }
                            relu;
                            conv2_kxk: {
                                conv: conv 3x3x48 pad 1;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x48 stride 2;
                            }
                        }
                    }
                }
                relu;
                1: {
                    residual {
                        conv1_kxk: {
                            conv: conv 3x3x48 pad 1;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x48 pad 1;
                        }
                    }
                }
                relu;
                2: {
                    residual {
                        conv1_kxk: {
                            conv: conv 3x3x48 pad 1;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x48 pad 1;
                        }
                    }
                }
            }
            relu;
            2: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x96;
                            }
                            relu;
                            conv2_kxk: {
                                conv: conv 3x3x96 stride 2 pad 1;
                            }
                            relu;
                            conv3_1x1: {
                                conv: conv 1x1x384;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x384 stride 2;
                            }
                        }
                    }
                }
                relu;
                1: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x96 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x384;
                        }
                    }
                }
                relu;
                2: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x96 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x384;
                        }
                    }
                }
                relu;
                3: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x96 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x384;
                        }
                    }
                }
                relu;
                4: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x96 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x384;
                        }
                    }
                }
                relu;
                5: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x96 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x384;
                        }
                    }
                }
                relu;
                6: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        conv2_kxk: {
                            conv: conv 3x3x96 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x384;
                        }
                    }
                }
            }
            relu;
            3: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x1680;
                            }
                            relu;
                            conv2_kxk: {
                                conv: dwconv 3x3 stride 2 pad 1;
                            }
                            relu;
                            conv3_1x1: {
                                conv: conv 1x1x560;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x560 stride 2;
                            }
                        }
                    }
                }
                relu;
                1: {
                    residual {
                        conv1_1x1: {
                            conv: conv 1x1x1680;
                        }
                        relu;
                        conv2_kxk: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        conv3_1x1: {
                            conv: conv 1x1x560;
                        }
                    }
                }
            }
            relu;
            4: {
                0: {
                    add {
                        {
                            conv1_1x1: {
                                conv: conv 1x1x768;
                            }
                            relu;
                            conv2_kxk: {
                                conv: dwconv 3x3 pad 1;
                            }
                            relu;
                            conv3_1x1: {
                                conv: conv 1x1x256;
                            }
                        }
                        {
                            shortcut: {
                                conv: conv 1x1x256;
                            }
                        }
                    }
                }
            }
        }
        relu;
        final_conv: {
            conv: conv 1x1x1920;
        }
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
