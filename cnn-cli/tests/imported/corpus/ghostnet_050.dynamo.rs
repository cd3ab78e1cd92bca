cnn! {
    // Imported from ghostnet_050.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Ghostnet050Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x8 stride 2 pad 1;
        relu;
        blocks: {
            0: {
                0: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x4;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x4;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            1: {
                0: {
                    add {
                        {
                            ghost1: {
                                primary_conv: {
                                    0: conv 1x1x12;
                                }
                                relu;
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                            }
                            conv_dw: dwconv 3x3 stride 2 pad 1;
                            ghost2: {
                                primary_conv: {
                                    0: conv 1x1x6;
                                }
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                        }
                                    }
                                }
                            }
                        }
                        {
                            shortcut: {
                                0: dwconv 3x3 stride 2 pad 1;
                                2: conv 1x1x12;
                            }
                        }
                    }
                }
            }
            2: {
                0: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x18;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x6;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            3: {
                0: {
                    add {
                        {
                            ghost1: {
                                primary_conv: {
                                    0: conv 1x1x18;
                                }
                                relu;
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                            }
                            conv_dw: dwconv 5x5 stride 2 pad 2;
                            se: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv_reduce: conv 1x1x12;
                                        relu;
                                        conv_expand: conv 1x1x36;
                                        hardsigmoid;
                                    }
                                }
                            }
                            ghost2: {
                                primary_conv: {
                                    0: conv 1x1x10;
                                }
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                        }
                                    }
                                }
                            }
                        }
                        {
                            shortcut: {
                                0: dwconv 5x5 stride 2 pad 2;
                                2: conv 1x1x20;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x30;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x16;
                                    relu;
                                    conv_expand: conv 1x1x60;
                                    hardsigmoid;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x10;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            5: {
                0: {
                    add {
                        {
                            ghost1: {
                                primary_conv: {
                                    0: conv 1x1x60;
                                }
                                relu;
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                            }
                            conv_dw: dwconv 3x3 stride 2 pad 1;
                            ghost2: {
                                primary_conv: {
                                    0: conv 1x1x20;
                                }
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                        }
                                    }
                                }
                            }
                        }
                        {
                            shortcut: {
                                0: dwconv 3x3 stride 2 pad 1;
                                2: conv 1x1x40;
                            }
                        }
                    }
                }
            }
            6: {
                0: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x50;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x20;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
                1: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x46;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x20;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
                2: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x46;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x20;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
                3: {
                    add {
                        {
                            ghost1: {
                                primary_conv: {
                                    0: conv 1x1x120;
                                }
                                relu;
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                            }
                            se: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv_reduce: conv 1x1x60;
                                        relu;
                                        conv_expand: conv 1x1x240;
                                        hardsigmoid;
                                    }
                                }
                            }
                            ghost2: {
                                primary_conv: {
                                    0: conv 1x1x28;
                                }
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                        }
                                    }
                                }
                            }
                        }
                        {
                            shortcut: {
                                0: dwconv 3x3 pad 1;
                                2: conv 1x1x56;
                            }
                        }
                    }
                }
                4: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x168;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x84;
                                    relu;
                                    conv_expand: conv 1x1x336;
                                    hardsigmoid;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x28;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            7: {
                0: {
                    add {
                        {
                            ghost1: {
                                primary_conv: {
                                    0: conv 1x1x168;
                                }
                                relu;
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                            }
                            conv_dw: dwconv 5x5 stride 2 pad 2;
                            se: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv_reduce: conv 1x1x84;
                                        relu;
                                        conv_expand: conv 1x1x336;
                                        hardsigmoid;
                                    }
                                }
                            }
                            ghost2: {
                                primary_conv: {
                                    0: conv 1x1x40;
                                }
                                cheap_operation: {
                                    concat {
                                        {}
                                        {
                                            0: dwconv 3x3 pad 1;
                                        }
                                    }
                                }
                            }
                        }
                        {
                            shortcut: {
                                0: dwconv 5x5 stride 2 pad 2;
                                2: conv 1x1x80;
                            }
                        }
                    }
                }
            }
            8: {
                0: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x240;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x40;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
                1: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x240;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x120;
                                    relu;
                                    conv_expand: conv 1x1x480;
                                    hardsigmoid;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x40;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
                2: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x240;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x40;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
                3: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x240;
                            }
                            relu;
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                            }
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x120;
                                    relu;
                                    conv_expand: conv 1x1x480;
                                    hardsigmoid;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x40;
                            }
                            cheap_operation: {
                                concat {
                                    {}
                                    {
                                        0: dwconv 3x3 pad 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            9: {
                0: {
                    conv: conv 1x1x480;
                }
            }
        }
        relu;
        gap;
        conv_head: conv 1x1x1280;
        relu;
        flatten;
        classifier: fc 1000;
    }
}
