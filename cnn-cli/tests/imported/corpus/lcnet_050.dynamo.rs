cnn! {
    // Imported from lcnet_050.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Lcnet050Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x8 stride 2 pad 1;
        hardswish;
        blocks: {
            0: {
                0: {
                    conv_dw: dwconv 3x3 pad 1;
                    hardswish;
                    conv_pw: conv 1x1x16;
                }
            }
            hardswish;
            1: {
                0: {
                    conv_dw: dwconv 3x3 stride 2 pad 1;
                    hardswish;
                    conv_pw: conv 1x1x32;
                }
                hardswish;
                1: {
                    conv_dw: dwconv 3x3 pad 1;
                    hardswish;
                    conv_pw: conv 1x1x32;
                }
            }
            hardswish;
            2: {
                0: {
                    conv_dw: dwconv 3x3 stride 2 pad 1;
                    hardswish;
                    conv_pw: conv 1x1x64;
                }
                hardswish;
                1: {
                    conv_dw: dwconv 3x3 pad 1;
                    hardswish;
                    conv_pw: conv 1x1x64;
                }
            }
            hardswish;
            3: {
                0: {
                    conv_dw: dwconv 3x3 stride 2 pad 1;
                    hardswish;
                    conv_pw: conv 1x1x128;
                }
                hardswish;
                1: {
                    conv_dw: dwconv 5x5 pad 2;
                    hardswish;
                    conv_pw: conv 1x1x128;
                }
            }
            hardswish;
            4: {
                0: {
                    conv_dw: dwconv 5x5 pad 2;
                    hardswish;
                    conv_pw: conv 1x1x128;
                }
                hardswish;
                1: {
                    conv_dw: dwconv 5x5 pad 2;
                    hardswish;
                    conv_pw: conv 1x1x128;
                }
                hardswish;
                2: {
                    conv_dw: dwconv 5x5 pad 2;
                    hardswish;
                    conv_pw: conv 1x1x128;
                }
                hardswish;
                3: {
                    conv_dw: dwconv 5x5 pad 2;
                    hardswish;
                    conv_pw: conv 1x1x128;
                }
            }
            hardswish;
            5: {
                0: {
                    conv_dw: dwconv 5x5 stride 2 pad 2;
                    hardswish;
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
                    conv_pw: conv 1x1x256;
                }
                hardswish;
                1: {
                    conv_dw: dwconv 5x5 pad 2;
                    hardswish;
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
                    conv_pw: conv 1x1x256;
                }
            }
        }
        hardswish;
        gap;
        conv_head: conv 1x1x1280;
        hardswish;
        flatten;
        classifier: fc 1000;
    }
}
