cnn! {
    // Imported from lcnet_050.opset13.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Lcnet050Opset13 {
        input 224x224x3;
        conv 3x3x8 stride 2 pad 1;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        conv 1x1x16;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        conv 1x1x32;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        conv 1x1x32;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        conv 1x1x64;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        conv 1x1x64;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 3x3 stride 2 pad 1;
        repeat 5 {
            mul {
                {}
                {
                    hardsigmoid;
                }
            }
            conv 1x1x128;
            mul {
                {}
                {
                    hardsigmoid;
                }
            }
            dwconv 5x5 pad 2;
        }
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        conv 1x1x128;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        dwconv 5x5 stride 2 pad 2;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        blocks: {
            5: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x32;
                                relu;
                                conv_expand: conv 1x1x128;
                                hardsigmoid;
                            }
                        }
                    }
                }
                conv 1x1x256;
                mul {
                    {}
                    {
                        hardsigmoid;
                    }
                }
                dwconv 5x5 pad 2;
                mul {
                    {}
                    {
                        hardsigmoid;
                    }
                }
                1: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x64;
                                relu;
                                conv_expand: conv 1x1x256;
                                hardsigmoid;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x256;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        gap;
        conv_head: conv 1x1x1280;
        mul {
            {}
            {
                hardsigmoid;
            }
        }
        flatten;
        classifier: fc 1000;
    }
}
