cnn! {
    // Imported from convnext_atto.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct ConvnextAttoDynamo {
        input 224x224x3;
        stem: {
            0: conv 4x4x40 stride 4;
            1: layernorm eps 1e-6;
        }
        stages: {
            0: {
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x160;
                                gelu;
                                fc2: conv 1x1x40;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x160;
                                gelu;
                                fc2: conv 1x1x40;
                            }
                            scale;
                        }
                    }
                }
            }
            1: {
                downsample: {
                    0: layernorm eps 1e-6;
                    1: conv 2x2x80 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x320;
                                gelu;
                                fc2: conv 1x1x80;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x320;
                                gelu;
                                fc2: conv 1x1x80;
                            }
                            scale;
                        }
                    }
                }
            }
            2: {
                downsample: {
                    0: layernorm eps 1e-6;
                    1: conv 2x2x160 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    2: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    3: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    4: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                    5: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x640;
                                gelu;
                                fc2: conv 1x1x160;
                            }
                            scale;
                        }
                    }
                }
            }
            3: {
                downsample: {
                    0: layernorm eps 1e-6;
                    1: conv 2x2x320 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                            }
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm eps 1e-6;
                            mlp: {
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                            }
                            scale;
                        }
                    }
                }
            }
        }
        gap;
        head: {
            norm: layernorm eps 1e-6;
            flatten;
            fc: fc 1000;
        }
    }
}
