cnn! {
    // Imported from mobilenetv4_conv_small.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Mobilenetv4ConvSmallDynamo {
        input 224x224x3;
        conv_stem: conv 3x3x32 stride 2 pad 1;
        relu;
        blocks: {
            0: {
                0: {
                    conv: conv 3x3x32 stride 2 pad 1;
                }
                relu;
                1: {
                    conv: conv 1x1x32;
                }
            }
            relu;
            1: {
                0: {
                    conv: conv 3x3x96 stride 2 pad 1;
                }
                relu;
                1: {
                    conv: conv 1x1x64;
                }
            }
            relu;
            2: {
                0: {
                    dw_start: {
                        conv: dwconv 5x5 pad 2;
                    }
                    pw_exp: {
                        conv: conv 1x1x192;
                    }
                    relu;
                    dw_mid: {
                        conv: dwconv 5x5 stride 2 pad 2;
                    }
                    relu;
                    pw_proj: {
                        conv: conv 1x1x96;
                    }
                }
                1: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x192;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x96;
                        }
                    }
                }
                2: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x192;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x96;
                        }
                    }
                }
                3: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x192;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x96;
                        }
                    }
                }
                4: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x192;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x96;
                        }
                    }
                }
                5: {
                    residual {
                        dw_start: {
                            conv: dwconv 3x3 pad 1;
                        }
                        pw_exp: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x96;
                        }
                    }
                }
            }
            3: {
                0: {
                    dw_start: {
                        conv: dwconv 3x3 pad 1;
                    }
                    pw_exp: {
                        conv: conv 1x1x576;
                    }
                    relu;
                    dw_mid: {
                        conv: dwconv 3x3 stride 2 pad 1;
                    }
                    relu;
                    pw_proj: {
                        conv: conv 1x1x128;
                    }
                }
                1: {
                    residual {
                        dw_start: {
                            conv: dwconv 5x5 pad 2;
                        }
                        pw_exp: {
                            conv: conv 1x1x512;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 5x5 pad 2;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x128;
                        }
                    }
                }
                2: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x512;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 5x5 pad 2;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x128;
                        }
                    }
                }
                3: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 5x5 pad 2;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x128;
                        }
                    }
                }
                4: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x512;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x128;
                        }
                    }
                }
                5: {
                    residual {
                        pw_exp: {
                            conv: conv 1x1x512;
                        }
                        relu;
                        dw_mid: {
                            conv: dwconv 3x3 pad 1;
                        }
                        relu;
                        pw_proj: {
                            conv: conv 1x1x128;
                        }
                    }
                }
            }
            4: {
                0: {
                    conv: conv 1x1x960;
                }
            }
        }
        relu;
        gap;
        conv_head: conv 1x1x1280;
        relu;
        flatten;
        classifier: fc 1000;
    }
}
