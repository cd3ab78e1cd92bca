cnn! {
    // Imported from test_convnext.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TestConvnextLegacy {
        input 224x224x3;
        stem: {
            0: conv 4x4x24 stride 4;
            1: layernorm;
        }
        stages: {
            0: {
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x96;
                            gelu tanh;
                            conv 1x1x24;
                            scale;
                        }
                    }
                }
            }
            1: {
                downsample: {
                    0: layernorm;
                    1: conv 2x2x32 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x128;
                            gelu tanh;
                            conv 1x1x32;
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x128;
                            gelu tanh;
                            conv 1x1x32;
                            scale;
                        }
                    }
                }
            }
            2: {
                downsample: {
                    0: layernorm;
                    1: conv 2x2x48 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x192;
                            gelu tanh;
                            conv 1x1x48;
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x192;
                            gelu tanh;
                            conv 1x1x48;
                            scale;
                        }
                    }
                    2: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x192;
                            gelu tanh;
                            conv 1x1x48;
                            scale;
                        }
                    }
                    3: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x192;
                            gelu tanh;
                            conv 1x1x48;
                            scale;
                        }
                    }
                }
            }
            3: {
                downsample: {
                    0: layernorm;
                    1: conv 2x2x64 stride 2;
                }
                blocks: {
                    0: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x256;
                            gelu tanh;
                            conv 1x1x64;
                            scale;
                        }
                    }
                    1: {
                        residual {
                            conv_dw: dwconv 7x7 pad 3;
                            norm: layernorm;
                            conv 1x1x256;
                            gelu tanh;
                            conv 1x1x64;
                            scale;
                        }
                    }
                }
            }
        }
        gap;
        head: {
            norm: layernorm;
            flatten;
            fc: fc 1000;
        }
    }
}
