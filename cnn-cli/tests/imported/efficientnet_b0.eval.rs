cnn! {
    // Imported from efficientnet_b0.eval.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct EfficientnetB0Eval {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        silu;
        dwconv 3x3 pad 1;
        silu;
        mul {
            {
                gap;
                features_1_0_block_1_fc1: conv 1x1x8;
                silu;
                features_1_0_block_1_fc2: conv 1x1x32;
                sigmoid;
            }
            {}
        }
        conv 1x1x16;
        conv 1x1x96;
        silu;
        dwconv 3x3 stride 2 pad 1;
        silu;
        mul {
            {
                gap;
                features_2_0_block_2_fc1: conv 1x1x4;
                silu;
                features_2_0_block_2_fc2: conv 1x1x96;
                sigmoid;
            }
            {}
        }
        conv 1x1x24;
        residual {
            conv 1x1x144;
            silu;
            dwconv 3x3 pad 1;
            silu;
            mul {
                {
                    gap;
                    features_2_1_block_2_fc1: conv 1x1x6;
                    silu;
                    features_2_1_block_2_fc2: conv 1x1x144;
                    sigmoid;
                }
                {}
            }
            conv 1x1x24;
        }
        conv 1x1x144;
        silu;
        dwconv 5x5 stride 2 pad 2;
        silu;
        mul {
            {
                gap;
                features_3_0_block_2_fc1: conv 1x1x6;
                silu;
                features_3_0_block_2_fc2: conv 1x1x144;
                sigmoid;
            }
            {}
        }
        conv 1x1x40;
        residual {
            conv 1x1x240;
            silu;
            dwconv 5x5 pad 2;
            silu;
            mul {
                {
                    gap;
                    features_3_1_block_2_fc1: conv 1x1x10;
                    silu;
                    features_3_1_block_2_fc2: conv 1x1x240;
                    sigmoid;
                }
                {}
            }
            conv 1x1x40;
        }
        conv 1x1x240;
        silu;
        dwconv 3x3 stride 2 pad 1;
        silu;
        mul {
            {
                gap;
                features_4_0_block_2_fc1: conv 1x1x10;
                silu;
                features_4_0_block_2_fc2: conv 1x1x240;
                sigmoid;
            }
            {}
        }
        conv 1x1x80;
        residual {
            conv 1x1x480;
            silu;
            dwconv 3x3 pad 1;
            silu;
            mul {
                {
                    gap;
                    features_4_1_block_2_fc1: conv 1x1x20;
                    silu;
                    features_4_1_block_2_fc2: conv 1x1x480;
                    sigmoid;
                }
                {}
            }
            conv 1x1x80;
        }
        residual {
            conv 1x1x480;
            silu;
            dwconv 3x3 pad 1;
            silu;
            mul {
                {
                    gap;
                    features_4_2_block_2_fc1: conv 1x1x20;
                    silu;
                    features_4_2_block_2_fc2: conv 1x1x480;
                    sigmoid;
                }
                {}
            }
            conv 1x1x80;
        }
        conv 1x1x480;
        silu;
        dwconv 5x5 pad 2;
        silu;
        mul {
            {
                gap;
                features_5_0_block_2_fc1: conv 1x1x20;
                silu;
                features_5_0_block_2_fc2: conv 1x1x480;
                sigmoid;
            }
            {}
        }
        conv 1x1x112;
        residual {
            conv 1x1x672;
            silu;
            dwconv 5x5 pad 2;
            silu;
            mul {
                {
                    gap;
                    features_5_1_block_2_fc1: conv 1x1x28;
                    silu;
                    features_5_1_block_2_fc2: conv 1x1x672;
                    sigmoid;
                }
                {}
            }
            conv 1x1x112;
        }
        residual {
            conv 1x1x672;
            silu;
            dwconv 5x5 pad 2;
            silu;
            mul {
                {
                    gap;
                    features_5_2_block_2_fc1: conv 1x1x28;
                    silu;
                    features_5_2_block_2_fc2: conv 1x1x672;
                    sigmoid;
                }
                {}
            }
            conv 1x1x112;
        }
        conv 1x1x672;
        silu;
        dwconv 5x5 stride 2 pad 2;
        silu;
        mul {
            {
                gap;
                features_6_0_block_2_fc1: conv 1x1x28;
                silu;
                features_6_0_block_2_fc2: conv 1x1x672;
                sigmoid;
            }
            {}
        }
        conv 1x1x192;
        residual {
            conv 1x1x1152;
            silu;
            dwconv 5x5 pad 2;
            silu;
            mul {
                {
                    gap;
                    features_6_1_block_2_fc1: conv 1x1x48;
                    silu;
                    features_6_1_block_2_fc2: conv 1x1x1152;
                    sigmoid;
                }
                {}
            }
            conv 1x1x192;
        }
        residual {
            conv 1x1x1152;
            silu;
            dwconv 5x5 pad 2;
            silu;
            mul {
                {
                    gap;
                    features_6_2_block_2_fc1: conv 1x1x48;
                    silu;
                    features_6_2_block_2_fc2: conv 1x1x1152;
                    sigmoid;
                }
                {}
            }
            conv 1x1x192;
        }
        residual {
            conv 1x1x1152;
            silu;
            dwconv 5x5 pad 2;
            silu;
            mul {
                {
                    gap;
                    features_6_3_block_2_fc1: conv 1x1x48;
                    silu;
                    features_6_3_block_2_fc2: conv 1x1x1152;
                    sigmoid;
                }
                {}
            }
            conv 1x1x192;
        }
        conv 1x1x1152;
        silu;
        dwconv 3x3 pad 1;
        silu;
        mul {
            {
                gap;
                features_7_0_block_2_fc1: conv 1x1x48;
                silu;
                features_7_0_block_2_fc2: conv 1x1x1152;
                sigmoid;
            }
            {}
        }
        conv 1x1x320;
        conv 1x1x1280;
        silu;
        gap;
        flatten;
        classifier_1: fc 1000;
    }
}
