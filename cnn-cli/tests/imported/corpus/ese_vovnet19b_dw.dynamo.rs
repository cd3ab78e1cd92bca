cnn! {
    // Imported from ese_vovnet19b_dw.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct EseVovnet19bDwDynamo {
        input 224x224x3;
        stem: {
            0: {
                conv: conv 3x3x64 stride 2 pad 1;
            }
            relu;
            1: {
                conv_dw: dwconv 3x3 pad 1 nobias;
                conv_pw: conv 1x1x64;
            }
            relu;
            2: {
                conv_dw: dwconv 3x3 stride 2 pad 1 nobias;
                conv_pw: conv 1x1x64;
            }
        }
        relu;
        stages: {
            0: {
                blocks: {
                    0: {
                        concat {
                            {}
                            {
                                conv_reduction: {
                                    conv: conv 1x1x128;
                                }
                                relu;
                                conv_mid: {
                                    0: {
                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                        conv_pw: conv 1x1x128;
                                    }
                                    relu;
                                    concat {
                                        {}
                                        {
                                            1: {
                                                conv_dw: dwconv 3x3 pad 1 nobias;
                                                conv_pw: conv 1x1x128;
                                            }
                                            relu;
                                            2: {
                                                concat {
                                                    {}
                                                    {
                                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                                        conv_pw: conv 1x1x128;
                                                        relu;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        conv_concat: {
                            conv: conv 1x1x256;
                        }
                        relu;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc: conv 1x1x256;
                                    hardsigmoid;
                                }
                            }
                        }
                    }
                }
            }
            maxpool 3 stride 2 ceil;
            1: {
                blocks: {
                    0: {
                        concat {
                            {}
                            {
                                conv_reduction: {
                                    conv: conv 1x1x160;
                                }
                                relu;
                                conv_mid: {
                                    0: {
                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                        conv_pw: conv 1x1x160;
                                    }
                                    relu;
                                    concat {
                                        {}
                                        {
                                            1: {
                                                conv_dw: dwconv 3x3 pad 1 nobias;
                                                conv_pw: conv 1x1x160;
                                            }
                                            relu;
                                            2: {
                                                concat {
                                                    {}
                                                    {
                                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                                        conv_pw: conv 1x1x160;
                                                        relu;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        conv_concat: {
                            conv: conv 1x1x512;
                        }
                        relu;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc: conv 1x1x512;
                                    hardsigmoid;
                                }
                            }
                        }
                    }
                }
            }
            maxpool 3 stride 2 ceil;
            2: {
                blocks: {
                    0: {
                        concat {
                            {}
                            {
                                conv_reduction: {
                                    conv: conv 1x1x192;
                                }
                                relu;
                                conv_mid: {
                                    0: {
                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                        conv_pw: conv 1x1x192;
                                    }
                                    relu;
                                    concat {
                                        {}
                                        {
                                            1: {
                                                conv_dw: dwconv 3x3 pad 1 nobias;
                                                conv_pw: conv 1x1x192;
                                            }
                                            relu;
                                            2: {
                                                concat {
                                                    {}
                                                    {
                                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                                        conv_pw: conv 1x1x192;
                                                        relu;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        conv_concat: {
                            conv: conv 1x1x768;
                        }
                        relu;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc: conv 1x1x768;
                                    hardsigmoid;
                                }
                            }
                        }
                    }
                }
            }
            maxpool 3 stride 2 ceil;
            3: {
                blocks: {
                    0: {
                        concat {
                            {}
                            {
                                conv_reduction: {
                                    conv: conv 1x1x224;
                                }
                                relu;
                                conv_mid: {
                                    0: {
                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                        conv_pw: conv 1x1x224;
                                    }
                                    relu;
                                    concat {
                                        {}
                                        {
                                            1: {
                                                conv_dw: dwconv 3x3 pad 1 nobias;
                                                conv_pw: conv 1x1x224;
                                            }
                                            relu;
                                            2: {
                                                concat {
                                                    {}
                                                    {
                                                        conv_dw: dwconv 3x3 pad 1 nobias;
                                                        conv_pw: conv 1x1x224;
                                                        relu;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        conv_concat: {
                            conv: conv 1x1x1024;
                        }
                        relu;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc: conv 1x1x1024;
                                    hardsigmoid;
                                }
                            }
                        }
                    }
                }
            }
        }
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
