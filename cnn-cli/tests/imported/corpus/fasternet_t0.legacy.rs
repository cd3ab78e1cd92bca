cnn! {
    // Imported from fasternet_t0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct FasternetT0Legacy {
        input 224x224x3;
        conv 4x4x40 stride 4;
        stages: {
            0: {
                blocks: {
                    0: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x10 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x80;
                            gelu;
                            mlp: {
                                3: conv 1x1x40 nobias;
                            }
                        }
                    }
                }
            }
            conv 2x2x80 stride 2;
            1: {
                blocks: {
                    0: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x20 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x160;
                            gelu;
                            mlp: {
                                3: conv 1x1x80 nobias;
                            }
                        }
                    }
                    1: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x20 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x160;
                            gelu;
                            mlp: {
                                3: conv 1x1x80 nobias;
                            }
                        }
                    }
                }
            }
            conv 2x2x160 stride 2;
            2: {
                blocks: {
                    0: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    1: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    2: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    3: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    4: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    5: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    6: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                    7: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x40 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x320;
                            gelu;
                            mlp: {
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                }
            }
            conv 2x2x320 stride 2;
            3: {
                blocks: {
                    0: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x80 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x640;
                            gelu;
                            mlp: {
                                3: conv 1x1x320 nobias;
                            }
                        }
                    }
                    1: {
                        residual {
                            spatial_mixing: {
                                split {
                                    {
                                        partial_conv3: conv 3x3x80 pad 1 nobias;
                                    }
                                    {}
                                    {}
                                    {}
                                }
                            }
                            conv 1x1x640;
                            gelu;
                            mlp: {
                                3: conv 1x1x320 nobias;
                            }
                        }
                    }
                }
            }
        }
        gap;
        conv_head: conv 1x1x1280 nobias;
        gelu;
        flatten;
        classifier: fc 1000;
    }
}
