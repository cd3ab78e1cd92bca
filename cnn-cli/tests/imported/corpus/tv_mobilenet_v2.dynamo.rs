cnn! {
    // Imported from tv_mobilenet_v2.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvMobilenetV2Dynamo {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x32 stride 2 pad 1;
            }
            relu6;
            1: {
                conv: {
                    0: {
                        0: dwconv 3x3 pad 1;
                    }
                    relu6;
                    1: conv 1x1x16;
                }
            }
            2: {
                conv: {
                    0: {
                        0: conv 1x1x96;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    relu6;
                    2: conv 1x1x24;
                }
            }
            3: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x144;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x24;
                    }
                }
            }
            4: {
                conv: {
                    0: {
                        0: conv 1x1x144;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    relu6;
                    2: conv 1x1x32;
                }
            }
            5: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x192;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x32;
                    }
                }
            }
            6: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x192;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x32;
                    }
                }
            }
            7: {
                conv: {
                    0: {
                        0: conv 1x1x192;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    relu6;
                    2: conv 1x1x64;
                }
            }
            8: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x384;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x64;
                    }
                }
            }
            9: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x384;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x64;
                    }
                }
            }
            10: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x384;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x64;
                    }
                }
            }
            11: {
                conv: {
                    0: {
                        0: conv 1x1x384;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 pad 1;
                    }
                    relu6;
                    2: conv 1x1x96;
                }
            }
            12: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x576;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x96;
                    }
                }
            }
            13: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x576;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x96;
                    }
                }
            }
            14: {
                conv: {
                    0: {
                        0: conv 1x1x576;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1;
                    }
                    relu6;
                    2: conv 1x1x160;
                }
            }
            15: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x960;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x160;
                    }
                }
            }
            16: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x960;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1;
                        }
                        relu6;
                        2: conv 1x1x160;
                    }
                }
            }
            17: {
                conv: {
                    0: {
                        0: conv 1x1x960;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 pad 1;
                    }
                    relu6;
                    2: conv 1x1x320;
                }
            }
            18: {
                0: conv 1x1x1280;
            }
        }
        relu6;
        gap;
        flatten;
        classifier: {
            1: fc 1000;
        }
    }
}
