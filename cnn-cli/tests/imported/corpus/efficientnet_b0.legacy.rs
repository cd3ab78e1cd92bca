cnn! {
    // Imported from efficientnet_b0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct EfficientnetB0Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        silu;
        dwconv 3x3 pad 1;
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
        conv 1x1x16;
        conv 1x1x96;
        silu;
        dwconv 3x3 stride 2 pad 1;
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
        conv 1x1x24;
        residual {
            conv 1x1x144;
            silu;
            dwconv 3x3 pad 1;
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
            conv 1x1x24;
        }
        conv 1x1x144;
        silu;
        dwconv 5x5 stride 2 pad 2;
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
        conv 1x1x40;
        residual {
            conv 1x1x240;
            silu;
            dwconv 5x5 pad 2;
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
            conv 1x1x40;
        }
        conv 1x1x240;
        silu;
        dwconv 3x3 stride 2 pad 1;
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
        conv 1x1x80;
        residual {
            conv 1x1x480;
            silu;
            dwconv 3x3 pad 1;
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
            conv 1x1x80;
        }
        residual {
            conv 1x1x480;
            silu;
            dwconv 3x3 pad 1;
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
            conv 1x1x80;
        }
        conv 1x1x480;
        silu;
        dwconv 5x5 pad 2;
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
        conv 1x1x112;
        residual {
            conv 1x1x672;
            silu;
            dwconv 5x5 pad 2;
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
            conv 1x1x112;
        }
        residual {
            conv 1x1x672;
            silu;
            dwconv 5x5 pad 2;
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
            conv 1x1x112;
        }
        conv 1x1x672;
        silu;
        dwconv 5x5 stride 2 pad 2;
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
        conv 1x1x192;
        residual {
            conv 1x1x1152;
            silu;
            dwconv 5x5 pad 2;
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
            conv 1x1x192;
        }
        residual {
            conv 1x1x1152;
            silu;
            dwconv 5x5 pad 2;
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
            conv 1x1x192;
        }
        residual {
            conv 1x1x1152;
            silu;
            dwconv 5x5 pad 2;
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
            conv 1x1x192;
        }
        conv 1x1x1152;
        silu;
        dwconv 3x3 pad 1;
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
        conv 1x1x320;
        conv 1x1x1280;
        silu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
