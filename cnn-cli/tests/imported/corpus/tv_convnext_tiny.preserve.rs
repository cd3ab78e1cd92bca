cnn! {
    // Imported from tv_convnext_tiny.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvConvnextTinyPreserve {
        input 224x224x3;
        features: {
            0: {
                0: conv 4x4x96 stride 4;
                1: layernorm eps 1e-6;
            }
            1: {
                0: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x384;
                            gelu;
                            5: conv 1x1x96;
                        }
                        layer_scale: scale;
                    }
                }
                1: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x384;
                            gelu;
                            5: conv 1x1x96;
                        }
                        layer_scale: scale;
                    }
                }
                2: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x384;
                            gelu;
                            5: conv 1x1x96;
                        }
                        layer_scale: scale;
                    }
                }
            }
            2: {
                0: layernorm eps 1e-6;
                1: conv 2x2x192 stride 2;
            }
            3: {
                0: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x768;
                            gelu;
                            5: conv 1x1x192;
                        }
                        layer_scale: scale;
                    }
                }
                1: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x768;
                            gelu;
                            5: conv 1x1x192;
                        }
                        layer_scale: scale;
                    }
                }
                2: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x768;
                            gelu;
                            5: conv 1x1x192;
                        }
                        layer_scale: scale;
                    }
                }
            }
            4: {
                0: layernorm eps 1e-6;
                1: conv 2x2x384 stride 2;
            }
            5: {
                0: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                1: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                2: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                3: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                4: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                5: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                6: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                7: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
                8: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x1536;
                            gelu;
                            5: conv 1x1x384;
                        }
                        layer_scale: scale;
                    }
                }
            }
            6: {
                0: layernorm eps 1e-6;
                1: conv 2x2x768 stride 2;
            }
            7: {
                0: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x3072;
                            gelu;
                            5: conv 1x1x768;
                        }
                        layer_scale: scale;
                    }
                }
                1: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x3072;
                            gelu;
                            5: conv 1x1x768;
                        }
                        layer_scale: scale;
                    }
                }
                2: {
                    residual {
                        block: {
                            0: dwconv 7x7 pad 3;
                            2: layernorm eps 1e-6;
                            3: conv 1x1x3072;
                            gelu;
                            5: conv 1x1x768;
                        }
                        layer_scale: scale;
                    }
                }
            }
        }
        gap;
        classifier: {
            0: layernorm eps 1e-6;
            flatten;
            2: fc 1000;
        }
    }
}
