cnn! {
    // Imported from ghostnetv2_100.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Ghostnetv2100Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x16 stride 2 pad 1;
        relu;
        blocks: {
            0: {
                0: {
                    residual {
                        ghost1: {
                            primary_conv: {
                                0: conv 1x1x8;
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
                                0: conv 1x1x8;
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
                                    0: conv 1x1x24;
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
                                    0: conv 1x1x12;
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
                                2: conv 1x1x24;
                            }
                        }
                    }
                }
            }
            2: {
                0: {
                    residual {
                        ghost1: {
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x36;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x72;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 56x56;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x12;
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
                                mul {
                                    {
                                        primary_conv: {
                                            0: conv 1x1x36;
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
                                    {
                                        avgpool 2;
                                        short_conv: {
                                            0: conv 1x1x72;
                                            2: dwconv 1x5 pad 0x2;
                                            4: dwconv 5x1 pad 2x0;
                                        }
                                        sigmoid;
                                        resize 56x56;
                                    }
                                }
                            }
                            conv_dw: dwconv 5x5 stride 2 pad 2;
                            se: {
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
                        {
                            shortcut: {
                                0: dwconv 5x5 stride 2 pad 2;
                                2: conv 1x1x40;
                            }
                        }
                    }
                }
            }
            4: {
                0: {
                    residual {
                        ghost1: {
                            mul {
                                {
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x120;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 28x28;
                                }
                            }
                        }
                        se: {
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
            }
            5: {
                0: {
                    add {
                        {
                            ghost1: {
                                mul {
                                    {
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
                                    {
                                        avgpool 2;
                                        short_conv: {
                                            0: conv 1x1x240;
                                            2: dwconv 1x5 pad 0x2;
                                            4: dwconv 5x1 pad 2x0;
                                        }
                                        sigmoid;
                                        resize 28x28;
                                    }
                                }
                            }
                            conv_dw: dwconv 3x3 stride 2 pad 1;
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
                                0: dwconv 3x3 stride 2 pad 1;
                                2: conv 1x1x80;
                            }
                        }
                    }
                }
            }
            6: {
                0: {
                    residual {
                        ghost1: {
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x100;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x200;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 14x14;
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
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x92;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x184;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 14x14;
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
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x92;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x184;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 14x14;
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
                    add {
                        {
                            ghost1: {
                                mul {
                                    {
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
                                    {
                                        avgpool 2;
                                        short_conv: {
                                            0: conv 1x1x480;
                                            2: dwconv 1x5 pad 0x2;
                                            4: dwconv 5x1 pad 2x0;
                                        }
                                        sigmoid;
                                        resize 14x14;
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
                                    0: conv 1x1x56;
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
                                2: conv 1x1x112;
                            }
                        }
                    }
                }
                4: {
                    residual {
                        ghost1: {
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x336;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x672;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 14x14;
                                }
                            }
                        }
                        se: {
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
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x56;
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
                                mul {
                                    {
                                        primary_conv: {
                                            0: conv 1x1x336;
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
                                    {
                                        avgpool 2;
                                        short_conv: {
                                            0: conv 1x1x672;
                                            2: dwconv 1x5 pad 0x2;
                                            4: dwconv 5x1 pad 2x0;
                                        }
                                        sigmoid;
                                        resize 14x14;
                                    }
                                }
                            }
                            conv_dw: dwconv 5x5 stride 2 pad 2;
                            se: {
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
                            }
                            ghost2: {
                                primary_conv: {
                                    0: conv 1x1x80;
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
                                2: conv 1x1x160;
                            }
                        }
                    }
                }
            }
            8: {
                0: {
                    residual {
                        ghost1: {
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x480;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x960;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 7x7;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x80;
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
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x480;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x960;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 7x7;
                                }
                            }
                        }
                        se: {
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
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x80;
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
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x480;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x960;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 7x7;
                                }
                            }
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x80;
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
                            mul {
                                {
                                    primary_conv: {
                                        0: conv 1x1x480;
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
                                {
                                    avgpool 2;
                                    short_conv: {
                                        0: conv 1x1x960;
                                        2: dwconv 1x5 pad 0x2;
                                        4: dwconv 5x1 pad 2x0;
                                    }
                                    sigmoid;
                                    resize 7x7;
                                }
                            }
                        }
                        se: {
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
                        }
                        ghost2: {
                            primary_conv: {
                                0: conv 1x1x80;
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
                    conv: conv 1x1x960;
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
