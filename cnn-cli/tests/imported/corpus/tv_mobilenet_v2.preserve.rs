cnn! {
    // Imported from tv_mobilenet_v2.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMobilenetV2Preserve {
        input 224x224x3;
        features: {
            0: {
                0: conv 3x3x32 stride 2 pad 1 nobias;
                1: bn;
            }
            relu6;
            1: {
                conv: {
                    0: {
                        0: dwconv 3x3 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    1: conv 1x1x16 nobias;
                    2: bn;
                }
            }
            2: {
                conv: {
                    0: {
                        0: conv 1x1x96 nobias;
                        1: bn;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    2: conv 1x1x24 nobias;
                    3: bn;
                }
            }
            3: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x144 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x24 nobias;
                        3: bn;
                    }
                }
            }
            4: {
                conv: {
                    0: {
                        0: conv 1x1x144 nobias;
                        1: bn;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    2: conv 1x1x32 nobias;
                    3: bn;
                }
            }
            5: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x192 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x32 nobias;
                        3: bn;
                    }
                }
            }
            6: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x192 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x32 nobias;
                        3: bn;
                    }
                }
            }
            7: {
                conv: {
                    0: {
                        0: conv 1x1x192 nobias;
                        1: bn;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    2: conv 1x1x64 nobias;
                    3: bn;
                }
            }
            8: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x384 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x64 nobias;
                        3: bn;
                    }
                }
            }
            9: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x384 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x64 nobias;
                        3: bn;
                    }
                }
            }
            10: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x384 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x64 nobias;
                        3: bn;
                    }
                }
            }
            11: {
                conv: {
                    0: {
                        0: conv 1x1x384 nobias;
                        1: bn;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    2: conv 1x1x96 nobias;
                    3: bn;
                }
            }
            12: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x576 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x96 nobias;
                        3: bn;
                    }
                }
            }
            13: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x576 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x96 nobias;
                        3: bn;
                    }
                }
            }
            14: {
                conv: {
                    0: {
                        0: conv 1x1x576 nobias;
                        1: bn;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 stride 2 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    2: conv 1x1x160 nobias;
                    3: bn;
                }
            }
            15: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x960 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x160 nobias;
                        3: bn;
                    }
                }
            }
            16: {
                conv: {
                    residual {
                        0: {
                            0: conv 1x1x960 nobias;
                            1: bn;
                        }
                        relu6;
                        1: {
                            0: dwconv 3x3 pad 1 nobias;
                            1: bn;
                        }
                        relu6;
                        2: conv 1x1x160 nobias;
                        3: bn;
                    }
                }
            }
            17: {
                conv: {
                    0: {
                        0: conv 1x1x960 nobias;
                        1: bn;
                    }
                    relu6;
                    1: {
                        0: dwconv 3x3 pad 1 nobias;
                        1: bn;
                    }
                    relu6;
                    2: conv 1x1x320 nobias;
                    3: bn;
                }
            }
            18: {
                0: conv 1x1x1280 nobias;
                1: bn;
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
