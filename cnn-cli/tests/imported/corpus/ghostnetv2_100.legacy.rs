cnn! {
    // Imported from ghostnetv2_100.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Ghostnetv2100Legacy {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        relu;
        residual {
            conv 1x1x8;
            relu;
            concat {
                {}
                {
                    dwconv 3x3 pad 1;
                    relu;
                }
            }
            conv 1x1x8;
            concat {
                {}
                {
                    dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                conv 1x1x24;
                relu;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                        relu;
                    }
                }
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x12;
                concat {
                    {}
                    {
                        dwconv 3x3 pad 1;
                    }
                }
            }
            {
                dwconv 3x3 stride 2 pad 1;
                conv 1x1x24;
            }
        }
        residual {
            mul {
                {
                    conv 1x1x36;
                    relu;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                            relu;
                        }
                    }
                }
                {
                    avgpool 2;
                    conv 1x1x72;
                    dwconv 1x5 pad 0x2;
                    dwconv 5x1 pad 2x0;
                    sigmoid;
                    resize 56x56;
                }
            }
            conv 1x1x12;
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
                                mul {
                                    {
                                        conv 1x1x36;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                dwconv 3x3 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                    {
                                        avgpool 2;
                                        conv 1x1x72;
                                        dwconv 1x5 pad 0x2;
                                        dwconv 5x1 pad 2x0;
                                        sigmoid;
                                        resize 56x56;
                                    }
                                }
                                dwconv 5x5 stride 2 pad 2;
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv_reduce: conv 1x1x20;
                                        relu;
                                        conv_expand: conv 1x1x72;
                                        hardsigmoid;
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
                            {
                                dwconv 5x5 stride 2 pad 2;
                                conv 1x1x40;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    se: {
                        residual {
                            mul {
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
                                }
                                {
                                    avgpool 2;
                                    conv 1x1x120;
                                    dwconv 1x5 pad 0x2;
                                    dwconv 5x1 pad 2x0;
                                    sigmoid;
                                    resize 28x28;
                                }
                            }
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x32;
                                    relu;
                                    conv_expand: conv 1x1x120;
                                    hardsigmoid;
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
                }
            }
            add {
                {
                    mul {
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
                        }
                        {
                            avgpool 2;
                            conv 1x1x240;
                            dwconv 1x5 pad 0x2;
                            dwconv 5x1 pad 2x0;
                            sigmoid;
                            resize 28x28;
                        }
                    }
                    dwconv 3x3 stride 2 pad 1;
                    conv 1x1x40;
                    concat {
                        {}
                        {
                            dwconv 3x3 pad 1;
                        }
                    }
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                    conv 1x1x80;
                }
            }
            residual {
                mul {
                    {
                        conv 1x1x100;
                        relu;
                        concat {
                            {}
                            {
                                dwconv 3x3 pad 1;
                                relu;
                            }
                        }
                    }
                    {
                        avgpool 2;
                        conv 1x1x200;
                        dwconv 1x5 pad 0x2;
                        dwconv 5x1 pad 2x0;
                        sigmoid;
                        resize 14x14;
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
            repeat 2 {
                residual {
                    mul {
                        {
                            conv 1x1x92;
                            relu;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                    relu;
                                }
                            }
                        }
                        {
                            avgpool 2;
                            conv 1x1x184;
                            dwconv 1x5 pad 0x2;
                            dwconv 5x1 pad 2x0;
                            sigmoid;
                            resize 14x14;
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
            6: {
                3: {
                    se: {
                        add {
                            {
                                mul {
                                    {
                                        conv 1x1x240;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                dwconv 3x3 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                    {
                                        avgpool 2;
                                        conv 1x1x480;
                                        dwconv 1x5 pad 0x2;
                                        dwconv 5x1 pad 2x0;
                                        sigmoid;
                                        resize 14x14;
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
                                conv 1x1x56;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                    }
                                }
                            }
                            {
                                dwconv 3x3 pad 1;
                                conv 1x1x112;
                            }
                        }
                    }
                }
                4: {
                    se: {
                        residual {
                            mul {
                                {
                                    conv 1x1x336;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                                {
                                    avgpool 2;
                                    conv 1x1x672;
                                    dwconv 1x5 pad 0x2;
                                    dwconv 5x1 pad 2x0;
                                    sigmoid;
                                    resize 14x14;
                                }
                            }
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x168;
                                    relu;
                                    conv_expand: conv 1x1x672;
                                    hardsigmoid;
                                }
                            }
                            conv 1x1x56;
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
                                mul {
                                    {
                                        conv 1x1x336;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                dwconv 3x3 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                    {
                                        avgpool 2;
                                        conv 1x1x672;
                                        dwconv 1x5 pad 0x2;
                                        dwconv 5x1 pad 2x0;
                                        sigmoid;
                                        resize 14x14;
                                    }
                                }
                                dwconv 5x5 stride 2 pad 2;
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv_reduce: conv 1x1x168;
                                        relu;
                                        conv_expand: conv 1x1x672;
                                        hardsigmoid;
                                    }
                                }
                                conv 1x1x80;
                                concat {
                                    {}
                                    {
                                        dwconv 3x3 pad 1;
                                    }
                                }
                            }
                            {
                                dwconv 5x5 stride 2 pad 2;
                                conv 1x1x160;
                            }
                        }
                    }
                }
            }
            residual {
                mul {
                    {
                        conv 1x1x480;
                        relu;
                        concat {
                            {}
                            {
                                dwconv 3x3 pad 1;
                                relu;
                            }
                        }
                    }
                    {
                        avgpool 2;
                        conv 1x1x960;
                        dwconv 1x5 pad 0x2;
                        dwconv 5x1 pad 2x0;
                        sigmoid;
                        resize 7x7;
                    }
                }
                conv 1x1x80;
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
                            mul {
                                {
                                    conv 1x1x480;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                                {
                                    avgpool 2;
                                    conv 1x1x960;
                                    dwconv 1x5 pad 0x2;
                                    dwconv 5x1 pad 2x0;
                                    sigmoid;
                                    resize 7x7;
                                }
                            }
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x240;
                                    relu;
                                    conv_expand: conv 1x1x960;
                                    hardsigmoid;
                                }
                            }
                            conv 1x1x80;
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
                    mul {
                        {
                            conv 1x1x480;
                            relu;
                            concat {
                                {}
                                {
                                    dwconv 3x3 pad 1;
                                    relu;
                                }
                            }
                        }
                        {
                            avgpool 2;
                            conv 1x1x960;
                            dwconv 1x5 pad 0x2;
                            dwconv 5x1 pad 2x0;
                            sigmoid;
                            resize 7x7;
                        }
                    }
                    conv 1x1x80;
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
                            mul {
                                {
                                    conv 1x1x480;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            dwconv 3x3 pad 1;
                                            relu;
                                        }
                                    }
                                }
                                {
                                    avgpool 2;
                                    conv 1x1x960;
                                    dwconv 1x5 pad 0x2;
                                    dwconv 5x1 pad 2x0;
                                    sigmoid;
                                    resize 7x7;
                                }
                            }
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x240;
                                    relu;
                                    conv_expand: conv 1x1x960;
                                    hardsigmoid;
                                }
                            }
                            conv 1x1x80;
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
        conv 1x1x960;
        relu;
        gap;
        conv_head: conv 1x1x1280;
        relu;
        flatten;
        classifier: fc 1000;
    }
}
