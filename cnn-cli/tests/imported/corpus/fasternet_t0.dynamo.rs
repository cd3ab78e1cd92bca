cnn! {
    // Imported from fasternet_t0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct FasternetT0Dynamo {
        input 224x224x3;
        patch_embed: {
            proj: conv 4x4x40 stride 4;
        }
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
                            mlp: {
                                0: conv 1x1x80;
                                gelu;
                                3: conv 1x1x40 nobias;
                            }
                        }
                    }
                }
            }
            1: {
                downsample: {
                    reduction: conv 2x2x80 stride 2;
                }
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
                            mlp: {
                                0: conv 1x1x160;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x160;
                                gelu;
                                3: conv 1x1x80 nobias;
                            }
                        }
                    }
                }
            }
            2: {
                downsample: {
                    reduction: conv 2x2x160 stride 2;
                }
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x320;
                                gelu;
                                3: conv 1x1x160 nobias;
                            }
                        }
                    }
                }
            }
            3: {
                downsample: {
                    reduction: conv 2x2x320 stride 2;
                }
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
                            mlp: {
                                0: conv 1x1x640;
                                gelu;
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
                            mlp: {
                                0: conv 1x1x640;
                                gelu;
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
