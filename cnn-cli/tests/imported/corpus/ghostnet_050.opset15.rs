cnn! {
    // Imported from ghostnet_050.opset15.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Ghostnet050Opset15 {
        input 224x224x3;
        conv 3x3x8 stride 2 pad 1;
        relu;
        residual {
            conv 1x1x4;
            relu;
            concat {
                {}
                {
                    dwconv 3x3 pad 1;
                    relu;
                }
            }
            conv 1x1x4;
            concat {
                {}
                {
                    dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                conv 1x1x12;
                relu;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                        relu;
                    }
                }
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x6;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                    }
                }
            }
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x12;
            }
        }
        residual {
            conv 1x1x18;
            relu;
            concat {
                {}
                {
                    dwconv 3x3 pad 1;
                    relu;
                }
            }
            conv 1x1x6;
            concat {
                {}
                {
                    dwconv 3x3 pad 1;
                }
            }
        }
        blocks: {
            3: {
                0: {
                    se: {
                        add {
                            {
                                conv 1x1x18;
                                relu;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                                dwconv 5x5 stride 2 pad 2;
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
                                conv 1x1x10;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                    }
                                }
                            }
                            {
                                dwconv 5x5 stride 2 pad 2;
                                conv 1x1x20;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    se: {
                        residual {
                            conv 1x1x30;
                            relu;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                    relu;
                                }
                            }
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
                            conv 1x1x10;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                }
                            }
                        }
                    }
                }
            }
            add {
                {
                    conv 1x1x60;
                    relu;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                            relu;
                        }
                    }
                    dwconv 3x3 stride 2 pad 1;
                    conv 1x1x20;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                        }
                    }
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                    conv 1x1x40;
                }
            }
            residual {
                conv 1x1x50;
                relu;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                        relu;
                    }
                }
                conv 1x1x20;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                    }
                }
            }
            repeat 2 {
                residual {
                    conv 1x1x46;
                    relu;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                            relu;
                        }
                    }
                    conv 1x1x20;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                        }
                    }
                }
            }
            6: {
                3: {
                    se: {
                        add {
                            {
                                conv 1x1x120;
                                relu;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
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
                                conv 1x1x28;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                    }
                                }
                            }
                            {
                                dwconv 3x3 pad 1;
                                conv 1x1x56;
                            }
                        }
                    }
                }
                4: {
                    se: {
                        residual {
                            conv 1x1x168;
                            relu;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                    relu;
                                }
                            }
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
                            conv 1x1x28;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                }
                            }
                        }
                    }
                }
            }
            7: {
                0: {
                    se: {
                        add {
                            {
                                conv 1x1x168;
                                relu;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                        relu;
                                    }
                                }
                                dwconv 5x5 stride 2 pad 2;
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
                                conv 1x1x40;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                    }
                                }
                            }
                            {
                                dwconv 5x5 stride 2 pad 2;
                                conv 1x1x80;
                            }
                        }
                    }
                }
            }
            residual {
                conv 1x1x240;
                relu;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                        relu;
                    }
                }
                conv 1x1x40;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                    }
                }
            }
            8: {
                1: {
                    se: {
                        residual {
                            conv 1x1x240;
                            relu;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                    relu;
                                }
                            }
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
                            conv 1x1x40;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                }
                            }
                        }
                    }
                }
                residual {
                    conv 1x1x240;
                    relu;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                            relu;
                        }
                    }
                    conv 1x1x40;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                        }
                    }
                }
                3: {
                    se: {
                        residual {
                            conv 1x1x240;
                            relu;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                    relu;
                                }
                            }
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
                            conv 1x1x40;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x480;
        relu;
        gap;
        conv_head: conv 1x1x1280;
        relu;
        flatten;
        classifier: fc 1000;
    }
}
