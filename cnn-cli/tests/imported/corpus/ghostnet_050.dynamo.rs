cnn! {
    // Imported from ghostnet_050.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Ghostnet050Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x8 stride 2 pad 1;
        relu;
        residual {
            blocks_0_0_ghost1_primary_conv_0: conv 1x1x4;
            relu;
            concat {
                {}
                {
                    blocks_0_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_0_0_ghost2_primary_conv_0: conv 1x1x4;
            concat {
                {}
                {
                    blocks_0_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                blocks_1_0_ghost1_primary_conv_0: conv 1x1x12;
                relu;
                concat {
                    {}
                    {
                        blocks_1_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                        relu;
                    }
                }
                blocks_1_0_conv_dw: dwconv 3x3 stride 2 pad 1;
                blocks_1_0_ghost2_primary_conv_0: conv 1x1x6;
                concat {
                    {}
                    {
                        blocks_1_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                    }
                }
            }
            {
                blocks_1_0_shortcut_0: dwconv 3x3 stride 2 pad 1;
                blocks_1_0_shortcut_2: conv 1x1x12;
            }
        }
        residual {
            blocks_2_0_ghost1_primary_conv_0: conv 1x1x18;
            relu;
            concat {
                {}
                {
                    blocks_2_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_2_0_ghost2_primary_conv_0: conv 1x1x6;
            concat {
                {}
                {
                    blocks_2_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                blocks_3_0_ghost1_primary_conv_0: conv 1x1x18;
                relu;
                concat {
                    {}
                    {
                        blocks_3_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                        relu;
                    }
                }
                blocks_3_0_conv_dw: dwconv 5x5 stride 2 pad 2;
                mul {
                    {}
                    {
                        gap;
                        blocks_3_0_se_conv_reduce: conv 1x1x12;
                        relu;
                        blocks_3_0_se_conv_expand: conv 1x1x36;
                        hardsigmoid;
                    }
                }
                blocks_3_0_ghost2_primary_conv_0: conv 1x1x10;
                concat {
                    {}
                    {
                        blocks_3_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                    }
                }
            }
            {
                blocks_3_0_shortcut_0: dwconv 5x5 stride 2 pad 2;
                blocks_3_0_shortcut_2: conv 1x1x20;
            }
        }
        residual {
            blocks_4_0_ghost1_primary_conv_0: conv 1x1x30;
            relu;
            concat {
                {}
                {
                    blocks_4_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            mul {
                {}
                {
                    gap;
                    blocks_4_0_se_conv_reduce: conv 1x1x16;
                    relu;
                    blocks_4_0_se_conv_expand: conv 1x1x60;
                    hardsigmoid;
                }
            }
            blocks_4_0_ghost2_primary_conv_0: conv 1x1x10;
            concat {
                {}
                {
                    blocks_4_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                blocks_5_0_ghost1_primary_conv_0: conv 1x1x60;
                relu;
                concat {
                    {}
                    {
                        blocks_5_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                        relu;
                    }
                }
                blocks_5_0_conv_dw: dwconv 3x3 stride 2 pad 1;
                blocks_5_0_ghost2_primary_conv_0: conv 1x1x20;
                concat {
                    {}
                    {
                        blocks_5_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                    }
                }
            }
            {
                blocks_5_0_shortcut_0: dwconv 3x3 stride 2 pad 1;
                blocks_5_0_shortcut_2: conv 1x1x40;
            }
        }
        residual {
            blocks_6_0_ghost1_primary_conv_0: conv 1x1x50;
            relu;
            concat {
                {}
                {
                    blocks_6_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_6_0_ghost2_primary_conv_0: conv 1x1x20;
            concat {
                {}
                {
                    blocks_6_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        residual {
            blocks_6_1_ghost1_primary_conv_0: conv 1x1x46;
            relu;
            concat {
                {}
                {
                    blocks_6_1_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_6_1_ghost2_primary_conv_0: conv 1x1x20;
            concat {
                {}
                {
                    blocks_6_1_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        residual {
            blocks_6_2_ghost1_primary_conv_0: conv 1x1x46;
            relu;
            concat {
                {}
                {
                    blocks_6_2_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_6_2_ghost2_primary_conv_0: conv 1x1x20;
            concat {
                {}
                {
                    blocks_6_2_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                blocks_6_3_ghost1_primary_conv_0: conv 1x1x120;
                relu;
                concat {
                    {}
                    {
                        blocks_6_3_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                        relu;
                    }
                }
                mul {
                    {}
                    {
                        gap;
                        blocks_6_3_se_conv_reduce: conv 1x1x60;
                        relu;
                        blocks_6_3_se_conv_expand: conv 1x1x240;
                        hardsigmoid;
                    }
                }
                blocks_6_3_ghost2_primary_conv_0: conv 1x1x28;
                concat {
                    {}
                    {
                        blocks_6_3_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                    }
                }
            }
            {
                blocks_6_3_shortcut_0: dwconv 3x3 pad 1;
                blocks_6_3_shortcut_2: conv 1x1x56;
            }
        }
        residual {
            blocks_6_4_ghost1_primary_conv_0: conv 1x1x168;
            relu;
            concat {
                {}
                {
                    blocks_6_4_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            mul {
                {}
                {
                    gap;
                    blocks_6_4_se_conv_reduce: conv 1x1x84;
                    relu;
                    blocks_6_4_se_conv_expand: conv 1x1x336;
                    hardsigmoid;
                }
            }
            blocks_6_4_ghost2_primary_conv_0: conv 1x1x28;
            concat {
                {}
                {
                    blocks_6_4_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        add {
            {
                blocks_7_0_ghost1_primary_conv_0: conv 1x1x168;
                relu;
                concat {
                    {}
                    {
                        blocks_7_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                        relu;
                    }
                }
                blocks_7_0_conv_dw: dwconv 5x5 stride 2 pad 2;
                mul {
                    {}
                    {
                        gap;
                        blocks_7_0_se_conv_reduce: conv 1x1x84;
                        relu;
                        blocks_7_0_se_conv_expand: conv 1x1x336;
                        hardsigmoid;
                    }
                }
                blocks_7_0_ghost2_primary_conv_0: conv 1x1x40;
                concat {
                    {}
                    {
                        blocks_7_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                    }
                }
            }
            {
                blocks_7_0_shortcut_0: dwconv 5x5 stride 2 pad 2;
                blocks_7_0_shortcut_2: conv 1x1x80;
            }
        }
        residual {
            blocks_8_0_ghost1_primary_conv_0: conv 1x1x240;
            relu;
            concat {
                {}
                {
                    blocks_8_0_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_8_0_ghost2_primary_conv_0: conv 1x1x40;
            concat {
                {}
                {
                    blocks_8_0_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        residual {
            blocks_8_1_ghost1_primary_conv_0: conv 1x1x240;
            relu;
            concat {
                {}
                {
                    blocks_8_1_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            mul {
                {}
                {
                    gap;
                    blocks_8_1_se_conv_reduce: conv 1x1x120;
                    relu;
                    blocks_8_1_se_conv_expand: conv 1x1x480;
                    hardsigmoid;
                }
            }
            blocks_8_1_ghost2_primary_conv_0: conv 1x1x40;
            concat {
                {}
                {
                    blocks_8_1_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        residual {
            blocks_8_2_ghost1_primary_conv_0: conv 1x1x240;
            relu;
            concat {
                {}
                {
                    blocks_8_2_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            blocks_8_2_ghost2_primary_conv_0: conv 1x1x40;
            concat {
                {}
                {
                    blocks_8_2_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        residual {
            blocks_8_3_ghost1_primary_conv_0: conv 1x1x240;
            relu;
            concat {
                {}
                {
                    blocks_8_3_ghost1_cheap_operation_0: dwconv 3x3 pad 1;
                    relu;
                }
            }
            mul {
                {}
                {
                    gap;
                    blocks_8_3_se_conv_reduce: conv 1x1x120;
                    relu;
                    blocks_8_3_se_conv_expand: conv 1x1x480;
                    hardsigmoid;
                }
            }
            blocks_8_3_ghost2_primary_conv_0: conv 1x1x40;
            concat {
                {}
                {
                    blocks_8_3_ghost2_cheap_operation_0: dwconv 3x3 pad 1;
                }
            }
        }
        blocks_9_0_conv: conv 1x1x480;
        relu;
        gap;
        conv_head: conv 1x1x1280;
        relu;
        flatten;
        classifier: fc 1000;
    }
}
