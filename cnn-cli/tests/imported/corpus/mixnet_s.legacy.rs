cnn! {
    // Imported from mixnet_s.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct MixnetSLegacy {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        relu;
        residual {
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x16;
        }
        split {
            {
                blocks_1_0_conv_pw_0: conv 1x1x48 nobias;
            }
            {
                blocks_1_0_conv_pw_1: conv 1x1x48 nobias;
            }
        }
        blocks_1_0_bn1: bn;
        relu;
        dwconv 3x3 stride 2 pad 1;
        relu;
        split {
            {
                blocks_1_0_conv_pwl_0: conv 1x1x12 nobias;
            }
            {
                blocks_1_0_conv_pwl_1: conv 1x1x12 nobias;
            }
        }
        blocks_1_0_bn3: bn;
        residual {
            split {
                {
                    blocks_1_1_conv_pw_0: conv 1x1x36 nobias;
                }
                {
                    blocks_1_1_conv_pw_1: conv 1x1x36 nobias;
                }
            }
            blocks_1_1_bn1: bn;
            relu;
            dwconv 3x3 pad 1;
            relu;
            split {
                {
                    blocks_1_1_conv_pwl_0: conv 1x1x12 nobias;
                }
                {
                    blocks_1_1_conv_pwl_1: conv 1x1x12 nobias;
                }
            }
            blocks_1_1_bn3: bn;
        }
        conv 1x1x144;
        silu;
        split {
            {
                blocks_2_0_conv_dw_0: dwconv 3x3 stride 2 pad 1 nobias;
            }
            {
                blocks_2_0_conv_dw_1: dwconv 5x5 stride 2 pad 2 nobias;
            }
            {
                blocks_2_0_conv_dw_2: dwconv 7x7 stride 2 pad 3 nobias;
            }
        }
        blocks_2_0_bn2: bn;
        silu;
        mul {
            {}
            {
                gap;
                blocks_2_0_se_conv_reduce: conv 1x1x12;
                silu;
                blocks_2_0_se_conv_expand: conv 1x1x144;
                sigmoid;
            }
        }
        conv 1x1x40;
        residual {
            split {
                {
                    blocks_2_1_conv_pw_0: conv 1x1x120 nobias;
                }
                {
                    blocks_2_1_conv_pw_1: conv 1x1x120 nobias;
                }
            }
            blocks_2_1_bn1: bn;
            silu;
            split {
                {
                    blocks_2_1_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_2_1_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
            }
            blocks_2_1_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_2_1_se_conv_reduce: conv 1x1x20;
                    silu;
                    blocks_2_1_se_conv_expand: conv 1x1x240;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_2_1_conv_pwl_0: conv 1x1x20 nobias;
                }
                {
                    blocks_2_1_conv_pwl_1: conv 1x1x20 nobias;
                }
            }
            blocks_2_1_bn3: bn;
        }
        residual {
            split {
                {
                    blocks_2_2_conv_pw_0: conv 1x1x120 nobias;
                }
                {
                    blocks_2_2_conv_pw_1: conv 1x1x120 nobias;
                }
            }
            blocks_2_2_bn1: bn;
            silu;
            split {
                {
                    blocks_2_2_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_2_2_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
            }
            blocks_2_2_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_2_2_se_conv_reduce: conv 1x1x20;
                    silu;
                    blocks_2_2_se_conv_expand: conv 1x1x240;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_2_2_conv_pwl_0: conv 1x1x20 nobias;
                }
                {
                    blocks_2_2_conv_pwl_1: conv 1x1x20 nobias;
                }
            }
            blocks_2_2_bn3: bn;
        }
        residual {
            split {
                {
                    blocks_2_3_conv_pw_0: conv 1x1x120 nobias;
                }
                {
                    blocks_2_3_conv_pw_1: conv 1x1x120 nobias;
                }
            }
            blocks_2_3_bn1: bn;
            silu;
            split {
                {
                    blocks_2_3_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_2_3_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
            }
            blocks_2_3_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_2_3_se_conv_reduce: conv 1x1x20;
                    silu;
                    blocks_2_3_se_conv_expand: conv 1x1x240;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_2_3_conv_pwl_0: conv 1x1x20 nobias;
                }
                {
                    blocks_2_3_conv_pwl_1: conv 1x1x20 nobias;
                }
            }
            blocks_2_3_bn3: bn;
        }
        conv 1x1x240;
        silu;
        split {
            {
                blocks_3_0_conv_dw_0: dwconv 3x3 stride 2 pad 1 nobias;
            }
            {
                blocks_3_0_conv_dw_1: dwconv 5x5 stride 2 pad 2 nobias;
            }
            {
                blocks_3_0_conv_dw_2: dwconv 7x7 stride 2 pad 3 nobias;
            }
        }
        blocks_3_0_bn2: bn;
        silu;
        mul {
            {}
            {
                gap;
                blocks_3_0_se_conv_reduce: conv 1x1x10;
                silu;
                blocks_3_0_se_conv_expand: conv 1x1x240;
                sigmoid;
            }
        }
        split {
            {
                blocks_3_0_conv_pwl_0: conv 1x1x40 nobias;
            }
            {
                blocks_3_0_conv_pwl_1: conv 1x1x40 nobias;
            }
        }
        blocks_3_0_bn3: bn;
        residual {
            conv 1x1x480;
            silu;
            split {
                {
                    blocks_3_1_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_3_1_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
            }
            blocks_3_1_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_3_1_se_conv_reduce: conv 1x1x20;
                    silu;
                    blocks_3_1_se_conv_expand: conv 1x1x480;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_3_1_conv_pwl_0: conv 1x1x40 nobias;
                }
                {
                    blocks_3_1_conv_pwl_1: conv 1x1x40 nobias;
                }
            }
            blocks_3_1_bn3: bn;
        }
        residual {
            conv 1x1x480;
            silu;
            split {
                {
                    blocks_3_2_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_3_2_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
            }
            blocks_3_2_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_3_2_se_conv_reduce: conv 1x1x20;
                    silu;
                    blocks_3_2_se_conv_expand: conv 1x1x480;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_3_2_conv_pwl_0: conv 1x1x40 nobias;
                }
                {
                    blocks_3_2_conv_pwl_1: conv 1x1x40 nobias;
                }
            }
            blocks_3_2_bn3: bn;
        }
        split {
            {
                blocks_4_0_conv_pw_0: conv 1x1x240 nobias;
            }
            {
                blocks_4_0_conv_pw_1: conv 1x1x240 nobias;
            }
        }
        blocks_4_0_bn1: bn;
        silu;
        split {
            {
                blocks_4_0_conv_dw_0: dwconv 3x3 pad 1 nobias;
            }
            {
                blocks_4_0_conv_dw_1: dwconv 5x5 pad 2 nobias;
            }
            {
                blocks_4_0_conv_dw_2: dwconv 7x7 pad 3 nobias;
            }
        }
        blocks_4_0_bn2: bn;
        silu;
        mul {
            {}
            {
                gap;
                blocks_4_0_se_conv_reduce: conv 1x1x40;
                silu;
                blocks_4_0_se_conv_expand: conv 1x1x480;
                sigmoid;
            }
        }
        split {
            {
                blocks_4_0_conv_pwl_0: conv 1x1x60 nobias;
            }
            {
                blocks_4_0_conv_pwl_1: conv 1x1x60 nobias;
            }
        }
        blocks_4_0_bn3: bn;
        residual {
            split {
                {
                    blocks_4_1_conv_pw_0: conv 1x1x180 nobias;
                }
                {
                    blocks_4_1_conv_pw_1: conv 1x1x180 nobias;
                }
            }
            blocks_4_1_bn1: bn;
            silu;
            split {
                {
                    blocks_4_1_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_4_1_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
                {
                    blocks_4_1_conv_dw_2: dwconv 7x7 pad 3 nobias;
                }
                {
                    blocks_4_1_conv_dw_3: dwconv 9x9 pad 4 nobias;
                }
            }
            blocks_4_1_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_4_1_se_conv_reduce: conv 1x1x60;
                    silu;
                    blocks_4_1_se_conv_expand: conv 1x1x360;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_4_1_conv_pwl_0: conv 1x1x60 nobias;
                }
                {
                    blocks_4_1_conv_pwl_1: conv 1x1x60 nobias;
                }
            }
            blocks_4_1_bn3: bn;
        }
        residual {
            split {
                {
                    blocks_4_2_conv_pw_0: conv 1x1x180 nobias;
                }
                {
                    blocks_4_2_conv_pw_1: conv 1x1x180 nobias;
                }
            }
            blocks_4_2_bn1: bn;
            silu;
            split {
                {
                    blocks_4_2_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_4_2_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
                {
                    blocks_4_2_conv_dw_2: dwconv 7x7 pad 3 nobias;
                }
                {
                    blocks_4_2_conv_dw_3: dwconv 9x9 pad 4 nobias;
                }
            }
            blocks_4_2_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_4_2_se_conv_reduce: conv 1x1x60;
                    silu;
                    blocks_4_2_se_conv_expand: conv 1x1x360;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_4_2_conv_pwl_0: conv 1x1x60 nobias;
                }
                {
                    blocks_4_2_conv_pwl_1: conv 1x1x60 nobias;
                }
            }
            blocks_4_2_bn3: bn;
        }
        conv 1x1x720;
        silu;
        split {
            {
                blocks_5_0_conv_dw_0: dwconv 3x3 stride 2 pad 1 nobias;
            }
            {
                blocks_5_0_conv_dw_1: dwconv 5x5 stride 2 pad 2 nobias;
            }
            {
                blocks_5_0_conv_dw_2: dwconv 7x7 stride 2 pad 3 nobias;
            }
            {
                blocks_5_0_conv_dw_3: dwconv 9x9 stride 2 pad 4 nobias;
            }
            {
                blocks_5_0_conv_dw_4: dwconv 11x11 stride 2 pad 5 nobias;
            }
        }
        blocks_5_0_bn2: bn;
        silu;
        mul {
            {}
            {
                gap;
                blocks_5_0_se_conv_reduce: conv 1x1x60;
                silu;
                blocks_5_0_se_conv_expand: conv 1x1x720;
                sigmoid;
            }
        }
        conv 1x1x200;
        residual {
            conv 1x1x1200;
            silu;
            split {
                {
                    blocks_5_1_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_5_1_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
                {
                    blocks_5_1_conv_dw_2: dwconv 7x7 pad 3 nobias;
                }
                {
                    blocks_5_1_conv_dw_3: dwconv 9x9 pad 4 nobias;
                }
            }
            blocks_5_1_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_5_1_se_conv_reduce: conv 1x1x100;
                    silu;
                    blocks_5_1_se_conv_expand: conv 1x1x1200;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_5_1_conv_pwl_0: conv 1x1x100 nobias;
                }
                {
                    blocks_5_1_conv_pwl_1: conv 1x1x100 nobias;
                }
            }
            blocks_5_1_bn3: bn;
        }
        residual {
            conv 1x1x1200;
            silu;
            split {
                {
                    blocks_5_2_conv_dw_0: dwconv 3x3 pad 1 nobias;
                }
                {
                    blocks_5_2_conv_dw_1: dwconv 5x5 pad 2 nobias;
                }
                {
                    blocks_5_2_conv_dw_2: dwconv 7x7 pad 3 nobias;
                }
                {
                    blocks_5_2_conv_dw_3: dwconv 9x9 pad 4 nobias;
                }
            }
            blocks_5_2_bn2: bn;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_5_2_se_conv_reduce: conv 1x1x100;
                    silu;
                    blocks_5_2_se_conv_expand: conv 1x1x1200;
                    sigmoid;
                }
            }
            split {
                {
                    blocks_5_2_conv_pwl_0: conv 1x1x100 nobias;
                }
                {
                    blocks_5_2_conv_pwl_1: conv 1x1x100 nobias;
                }
            }
            blocks_5_2_bn3: bn;
        }
        conv 1x1x1536;
        relu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
