cnn! {
    // Imported from repvgg_a0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct RepvggA0Legacy {
        input 224x224x3;
        repeat 2 {
            add {
                {
                    conv 1x1x48 stride 2;
                }
                {
                    conv 3x3x48 stride 2 pad 1;
                }
            }
            relu;
        }
        stages: {
            0: {
                1: {
                    add {
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 3x3x48 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            add {
                {
                    conv 1x1x96 stride 2;
                }
                {
                    conv 3x3x96 stride 2 pad 1;
                }
            }
            relu;
            1: {
                1: {
                    add {
                        {
                            conv 1x1x96;
                        }
                        {
                            conv 3x3x96 pad 1;
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
                            conv 1x1x96;
                        }
                        {
                            conv 3x3x96 pad 1;
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
                            conv 1x1x96;
                        }
                        {
                            conv 3x3x96 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            add {
                {
                    conv 1x1x192 stride 2;
                }
                {
                    conv 3x3x192 stride 2 pad 1;
                }
            }
            relu;
            2: {
                1: {
                    add {
                        {
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
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
                            conv 1x1x192;
                        }
                        {
                            conv 3x3x192 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
        }
        relu;
        add {
            {
                conv 1x1x1280 stride 2;
            }
            {
                conv 3x3x1280 stride 2 pad 1;
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
