cnn! {
    // Imported from efficientnet_b0.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct EfficientnetB0Preserve {
        input 224x224x3;
        features_0_0: conv 3x3x32 stride 2 pad 1 nobias;
        features_0_1: bn;
        silu;
        features_1_0_block_0_0: dwconv 3x3 pad 1 nobias;
        features_1_0_block_0_1: bn;
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
        features_1_0_block_2_0: conv 1x1x16 nobias;
        features_1_0_block_2_1: bn;
        features_2_0_block_0_0: conv 1x1x96 nobias;
        features_2_0_block_0_1: bn;
        silu;
        features_2_0_block_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_2_0_block_1_1: bn;
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
        features_2_0_block_3_0: conv 1x1x24 nobias;
        features_2_0_block_3_1: bn;
        residual {
            features_2_1_block_0_0: conv 1x1x144 nobias;
            features_2_1_block_0_1: bn;
            silu;
            features_2_1_block_1_0: dwconv 3x3 pad 1 nobias;
            features_2_1_block_1_1: bn;
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
            features_2_1_block_3_0: conv 1x1x24 nobias;
            features_2_1_block_3_1: bn;
        }
        features_3_0_block_0_0: conv 1x1x144 nobias;
        features_3_0_block_0_1: bn;
        silu;
        features_3_0_block_1_0: dwconv 5x5 stride 2 pad 2 nobias;
        features_3_0_block_1_1: bn;
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
        features_3_0_block_3_0: conv 1x1x40 nobias;
        features_3_0_block_3_1: bn;
        residual {
            features_3_1_block_0_0: conv 1x1x240 nobias;
            features_3_1_block_0_1: bn;
            silu;
            features_3_1_block_1_0: dwconv 5x5 pad 2 nobias;
            features_3_1_block_1_1: bn;
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
            features_3_1_block_3_0: conv 1x1x40 nobias;
            features_3_1_block_3_1: bn;
        }
        features_4_0_block_0_0: conv 1x1x240 nobias;
        features_4_0_block_0_1: bn;
        silu;
        features_4_0_block_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_4_0_block_1_1: bn;
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
        features_4_0_block_3_0: conv 1x1x80 nobias;
        features_4_0_block_3_1: bn;
        residual {
            features_4_1_block_0_0: conv 1x1x480 nobias;
            features_4_1_block_0_1: bn;
            silu;
            features_4_1_block_1_0: dwconv 3x3 pad 1 nobias;
            features_4_1_block_1_1: bn;
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
            features_4_1_block_3_0: conv 1x1x80 nobias;
            features_4_1_block_3_1: bn;
        }
        residual {
            features_4_2_block_0_0: conv 1x1x480 nobias;
            features_4_2_block_0_1: bn;
            silu;
            features_4_2_block_1_0: dwconv 3x3 pad 1 nobias;
            features_4_2_block_1_1: bn;
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
            features_4_2_block_3_0: conv 1x1x80 nobias;
            features_4_2_block_3_1: bn;
        }
        features_5_0_block_0_0: conv 1x1x480 nobias;
        features_5_0_block_0_1: bn;
        silu;
        features_5_0_block_1_0: dwconv 5x5 pad 2 nobias;
        features_5_0_block_1_1: bn;
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
        features_5_0_block_3_0: conv 1x1x112 nobias;
        features_5_0_block_3_1: bn;
        residual {
            features_5_1_block_0_0: conv 1x1x672 nobias;
            features_5_1_block_0_1: bn;
            silu;
            features_5_1_block_1_0: dwconv 5x5 pad 2 nobias;
            features_5_1_block_1_1: bn;
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
            features_5_1_block_3_0: conv 1x1x112 nobias;
            features_5_1_block_3_1: bn;
        }
        residual {
            features_5_2_block_0_0: conv 1x1x672 nobias;
            features_5_2_block_0_1: bn;
            silu;
            features_5_2_block_1_0: dwconv 5x5 pad 2 nobias;
            features_5_2_block_1_1: bn;
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
            features_5_2_block_3_0: conv 1x1x112 nobias;
            features_5_2_block_3_1: bn;
        }
        features_6_0_block_0_0: conv 1x1x672 nobias;
        features_6_0_block_0_1: bn;
        silu;
        features_6_0_block_1_0: dwconv 5x5 stride 2 pad 2 nobias;
        features_6_0_block_1_1: bn;
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
        features_6_0_block_3_0: conv 1x1x192 nobias;
        features_6_0_block_3_1: bn;
        residual {
            features_6_1_block_0_0: conv 1x1x1152 nobias;
            features_6_1_block_0_1: bn;
            silu;
            features_6_1_block_1_0: dwconv 5x5 pad 2 nobias;
            features_6_1_block_1_1: bn;
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
            features_6_1_block_3_0: conv 1x1x192 nobias;
            features_6_1_block_3_1: bn;
        }
        residual {
            features_6_2_block_0_0: conv 1x1x1152 nobias;
            features_6_2_block_0_1: bn;
            silu;
            features_6_2_block_1_0: dwconv 5x5 pad 2 nobias;
            features_6_2_block_1_1: bn;
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
            features_6_2_block_3_0: conv 1x1x192 nobias;
            features_6_2_block_3_1: bn;
        }
        residual {
            features_6_3_block_0_0: conv 1x1x1152 nobias;
            features_6_3_block_0_1: bn;
            silu;
            features_6_3_block_1_0: dwconv 5x5 pad 2 nobias;
            features_6_3_block_1_1: bn;
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
            features_6_3_block_3_0: conv 1x1x192 nobias;
            features_6_3_block_3_1: bn;
        }
        features_7_0_block_0_0: conv 1x1x1152 nobias;
        features_7_0_block_0_1: bn;
        silu;
        features_7_0_block_1_0: dwconv 3x3 pad 1 nobias;
        features_7_0_block_1_1: bn;
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
        features_7_0_block_3_0: conv 1x1x320 nobias;
        features_7_0_block_3_1: bn;
        features_8_0: conv 1x1x1280 nobias;
        features_8_1: bn;
        silu;
        gap;
        flatten;
        classifier_1: fc 1000;
    }
}
