cnn! {
    // Imported from rexnet_100.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Rexnet100Dynamo {
        input 224x224x3;
        stem_conv: conv 3x3x32 stride 2 pad 1;
        silu;
        features_0_conv_dw_conv: dwconv 3x3 pad 1;
        relu6;
        features_0_conv_pwl_conv: conv 1x1x16;
        features_1_conv_exp_conv: conv 1x1x96;
        silu;
        features_1_conv_dw_conv: dwconv 3x3 stride 2 pad 1;
        relu6;
        features_1_conv_pwl_conv: conv 1x1x27;
        features_2_conv_exp_conv: conv 1x1x162;
        silu;
        features_2_conv_dw_conv: dwconv 3x3 pad 1;
        relu6;
        features_2_conv_pwl_conv: conv 1x1x38;
        concat {
            {
                slice 0..27;
                residual {
                    from features_1_conv_pwl_conv;
                }
            }
            {
                slice 27..38;
            }
        }
        features_3_conv_exp_conv: conv 1x1x228;
        silu;
        features_3_conv_dw_conv: dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                gap;
                features_3_se_fc1: conv 1x1x19;
                relu;
                features_3_se_fc2: conv 1x1x228;
                sigmoid;
            }
        }
        relu6;
        features_3_conv_pwl_conv: conv 1x1x50;
        features_4_conv_exp_conv: conv 1x1x300;
        silu;
        features_4_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_4_se_fc1: conv 1x1x25;
                relu;
                features_4_se_fc2: conv 1x1x300;
                sigmoid;
            }
        }
        relu6;
        features_4_conv_pwl_conv: conv 1x1x61;
        concat {
            {
                slice 0..50;
                residual {
                    from features_3_conv_pwl_conv;
                }
            }
            {
                slice 50..61;
            }
        }
        features_5_conv_exp_conv: conv 1x1x366;
        silu;
        features_5_conv_dw_conv: dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                gap;
                features_5_se_fc1: conv 1x1x30;
                relu;
                features_5_se_fc2: conv 1x1x366;
                sigmoid;
            }
        }
        relu6;
        features_5_conv_pwl_conv: conv 1x1x72;
        features_6_conv_exp_conv: conv 1x1x432;
        silu;
        features_6_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_6_se_fc1: conv 1x1x36;
                relu;
                features_6_se_fc2: conv 1x1x432;
                sigmoid;
            }
        }
        relu6;
        features_6_conv_pwl_conv: conv 1x1x84;
        slice 0..72;
        v3: residual {
            from features_5_conv_pwl_conv;
        }
        from features_6_conv_pwl_conv;
        slice 72..84;
        v4: concat {
            {
                from v3;
            }
            {}
        }
        features_7_conv_exp_conv: conv 1x1x504;
        silu;
        features_7_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_7_se_fc1: conv 1x1x42;
                relu;
                features_7_se_fc2: conv 1x1x504;
                sigmoid;
            }
        }
        relu6;
        features_7_conv_pwl_conv: conv 1x1x95;
        slice 0..84;
        v5: residual {
            from v4;
        }
        from features_7_conv_pwl_conv;
        slice 84..95;
        v6: concat {
            {
                from v5;
            }
            {}
        }
        features_8_conv_exp_conv: conv 1x1x570;
        silu;
        features_8_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_8_se_fc1: conv 1x1x47;
                relu;
                features_8_se_fc2: conv 1x1x570;
                sigmoid;
            }
        }
        relu6;
        features_8_conv_pwl_conv: conv 1x1x106;
        slice 0..95;
        v7: residual {
            from v6;
        }
        from features_8_conv_pwl_conv;
        slice 95..106;
        v8: concat {
            {
                from v7;
            }
            {}
        }
        features_9_conv_exp_conv: conv 1x1x636;
        silu;
        features_9_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_9_se_fc1: conv 1x1x53;
                relu;
                features_9_se_fc2: conv 1x1x636;
                sigmoid;
            }
        }
        relu6;
        features_9_conv_pwl_conv: conv 1x1x117;
        slice 0..106;
        v9: residual {
            from v8;
        }
        from features_9_conv_pwl_conv;
        slice 106..117;
        v10: concat {
            {
                from v9;
            }
            {}
        }
        features_10_conv_exp_conv: conv 1x1x702;
        silu;
        features_10_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_10_se_fc1: conv 1x1x58;
                relu;
                features_10_se_fc2: conv 1x1x702;
                sigmoid;
            }
        }
        relu6;
        features_10_conv_pwl_conv: conv 1x1x128;
        concat {
            {
                slice 0..117;
                residual {
                    from v10;
                }
            }
            {
                slice 117..128;
            }
        }
        features_11_conv_exp_conv: conv 1x1x768;
        silu;
        features_11_conv_dw_conv: dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                gap;
                features_11_se_fc1: conv 1x1x64;
                relu;
                features_11_se_fc2: conv 1x1x768;
                sigmoid;
            }
        }
        relu6;
        features_11_conv_pwl_conv: conv 1x1x140;
        features_12_conv_exp_conv: conv 1x1x840;
        silu;
        features_12_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_12_se_fc1: conv 1x1x70;
                relu;
                features_12_se_fc2: conv 1x1x840;
                sigmoid;
            }
        }
        relu6;
        features_12_conv_pwl_conv: conv 1x1x151;
        slice 0..140;
        v12: residual {
            from features_11_conv_pwl_conv;
        }
        from features_12_conv_pwl_conv;
        slice 140..151;
        v13: concat {
            {
                from v12;
            }
            {}
        }
        features_13_conv_exp_conv: conv 1x1x906;
        silu;
        features_13_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_13_se_fc1: conv 1x1x75;
                relu;
                features_13_se_fc2: conv 1x1x906;
                sigmoid;
            }
        }
        relu6;
        features_13_conv_pwl_conv: conv 1x1x162;
        slice 0..151;
        v14: residual {
            from v13;
        }
        from features_13_conv_pwl_conv;
        slice 151..162;
        v15: concat {
            {
                from v14;
            }
            {}
        }
        features_14_conv_exp_conv: conv 1x1x972;
        silu;
        features_14_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_14_se_fc1: conv 1x1x81;
                relu;
                features_14_se_fc2: conv 1x1x972;
                sigmoid;
            }
        }
        relu6;
        features_14_conv_pwl_conv: conv 1x1x174;
        slice 0..162;
        v16: residual {
            from v15;
        }
        from features_14_conv_pwl_conv;
        slice 162..174;
        v17: concat {
            {
                from v16;
            }
            {}
        }
        features_15_conv_exp_conv: conv 1x1x1044;
        silu;
        features_15_conv_dw_conv: dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                features_15_se_fc1: conv 1x1x87;
                relu;
                features_15_se_fc2: conv 1x1x1044;
                sigmoid;
            }
        }
        relu6;
        features_15_conv_pwl_conv: conv 1x1x185;
        concat {
            {
                slice 0..174;
                residual {
                    from v17;
                }
            }
            {
                slice 174..185;
            }
        }
        features_16_conv: conv 1x1x1280;
        silu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
