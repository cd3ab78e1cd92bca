cnn! {
    // Imported from efficientnet_b0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct EfficientnetB0Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x32 stride 2 pad 1;
        silu;
        blocks_0_0_conv_dw: dwconv 3x3 pad 1;
        silu;
        mul {
            {}
            {
                gap;
                blocks_0_0_se_conv_reduce: conv 1x1x8;
                silu;
                blocks_0_0_se_conv_expand: conv 1x1x32;
                sigmoid;
            }
        }
        blocks_0_0_conv_pw: conv 1x1x16;
        blocks_1_0_conv_pw: conv 1x1x96;
        silu;
        blocks_1_0_conv_dw: dwconv 3x3 stride 2 pad 1;
        silu;
        mul {
            {}
            {
                gap;
                blocks_1_0_se_conv_reduce: conv 1x1x4;
                silu;
                blocks_1_0_se_conv_expand: conv 1x1x96;
                sigmoid;
            }
        }
        blocks_1_0_conv_pwl: conv 1x1x24;
        residual {
            blocks_1_1_conv_pw: conv 1x1x144;
            silu;
            blocks_1_1_conv_dw: dwconv 3x3 pad 1;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_1_1_se_conv_reduce: conv 1x1x6;
                    silu;
                    blocks_1_1_se_conv_expand: conv 1x1x144;
                    sigmoid;
                }
            }
            blocks_1_1_conv_pwl: conv 1x1x24;
        }
        blocks_2_0_conv_pw: conv 1x1x144;
        silu;
        blocks_2_0_conv_dw: dwconv 5x5 stride 2 pad 2;
        silu;
        mul {
            {}
            {
                gap;
                blocks_2_0_se_conv_reduce: conv 1x1x6;
                silu;
                blocks_2_0_se_conv_expand: conv 1x1x144;
                sigmoid;
            }
        }
        blocks_2_0_conv_pwl: conv 1x1x40;
        residual {
            blocks_2_1_conv_pw: conv 1x1x240;
            silu;
            blocks_2_1_conv_dw: dwconv 5x5 pad 2;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_2_1_se_conv_reduce: conv 1x1x10;
                    silu;
                    blocks_2_1_se_conv_expand: conv 1x1x240;
                    sigmoid;
                }
            }
            blocks_2_1_conv_pwl: conv 1x1x40;
        }
        blocks_3_0_conv_pw: conv 1x1x240;
        silu;
        blocks_3_0_conv_dw: dwconv 3x3 stride 2 pad 1;
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
        blocks_3_0_conv_pwl: conv 1x1x80;
        residual {
            blocks_3_1_conv_pw: conv 1x1x480;
            silu;
            blocks_3_1_conv_dw: dwconv 3x3 pad 1;
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
            blocks_3_1_conv_pwl: conv 1x1x80;
        }
        residual {
            blocks_3_2_conv_pw: conv 1x1x480;
            silu;
            blocks_3_2_conv_dw: dwconv 3x3 pad 1;
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
            blocks_3_2_conv_pwl: conv 1x1x80;
        }
        blocks_4_0_conv_pw: conv 1x1x480;
        silu;
        blocks_4_0_conv_dw: dwconv 5x5 pad 2;
        silu;
        mul {
            {}
            {
                gap;
                blocks_4_0_se_conv_reduce: conv 1x1x20;
                silu;
                blocks_4_0_se_conv_expand: conv 1x1x480;
                sigmoid;
            }
        }
        blocks_4_0_conv_pwl: conv 1x1x112;
        residual {
            blocks_4_1_conv_pw: conv 1x1x672;
            silu;
            blocks_4_1_conv_dw: dwconv 5x5 pad 2;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_4_1_se_conv_reduce: conv 1x1x28;
                    silu;
                    blocks_4_1_se_conv_expand: conv 1x1x672;
                    sigmoid;
                }
            }
            blocks_4_1_conv_pwl: conv 1x1x112;
        }
        residual {
            blocks_4_2_conv_pw: conv 1x1x672;
            silu;
            blocks_4_2_conv_dw: dwconv 5x5 pad 2;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_4_2_se_conv_reduce: conv 1x1x28;
                    silu;
                    blocks_4_2_se_conv_expand: conv 1x1x672;
                    sigmoid;
                }
            }
            blocks_4_2_conv_pwl: conv 1x1x112;
        }
        blocks_5_0_conv_pw: conv 1x1x672;
        silu;
        blocks_5_0_conv_dw: dwconv 5x5 stride 2 pad 2;
        silu;
        mul {
            {}
            {
                gap;
                blocks_5_0_se_conv_reduce: conv 1x1x28;
                silu;
                blocks_5_0_se_conv_expand: conv 1x1x672;
                sigmoid;
            }
        }
        blocks_5_0_conv_pwl: conv 1x1x192;
        residual {
            blocks_5_1_conv_pw: conv 1x1x1152;
            silu;
            blocks_5_1_conv_dw: dwconv 5x5 pad 2;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_5_1_se_conv_reduce: conv 1x1x48;
                    silu;
                    blocks_5_1_se_conv_expand: conv 1x1x1152;
                    sigmoid;
                }
            }
            blocks_5_1_conv_pwl: conv 1x1x192;
        }
        residual {
            blocks_5_2_conv_pw: conv 1x1x1152;
            silu;
            blocks_5_2_conv_dw: dwconv 5x5 pad 2;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_5_2_se_conv_reduce: conv 1x1x48;
                    silu;
                    blocks_5_2_se_conv_expand: conv 1x1x1152;
                    sigmoid;
                }
            }
            blocks_5_2_conv_pwl: conv 1x1x192;
        }
        residual {
            blocks_5_3_conv_pw: conv 1x1x1152;
            silu;
            blocks_5_3_conv_dw: dwconv 5x5 pad 2;
            silu;
            mul {
                {}
                {
                    gap;
                    blocks_5_3_se_conv_reduce: conv 1x1x48;
                    silu;
                    blocks_5_3_se_conv_expand: conv 1x1x1152;
                    sigmoid;
                }
            }
            blocks_5_3_conv_pwl: conv 1x1x192;
        }
        blocks_6_0_conv_pw: conv 1x1x1152;
        silu;
        blocks_6_0_conv_dw: dwconv 3x3 pad 1;
        silu;
        mul {
            {}
            {
                gap;
                blocks_6_0_se_conv_reduce: conv 1x1x48;
                silu;
                blocks_6_0_se_conv_expand: conv 1x1x1152;
                sigmoid;
            }
        }
        blocks_6_0_conv_pwl: conv 1x1x320;
        conv_head: conv 1x1x1280;
        silu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
