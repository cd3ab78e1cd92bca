cnn! {
    // Imported from rexnet_100.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Rexnet100Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        silu;
        dwconv 3x3 pad 1;
        relu6;
        conv 1x1x16;
        conv 1x1x96;
        silu;
        dwconv 3x3 stride 2 pad 1;
        relu6;
        v1: conv 1x1x27;
        conv 1x1x162;
        silu;
        dwconv 3x3 pad 1;
        relu6;
        conv 1x1x38;
        concat {
            {
                slice 0..27;
                residual {
                    from v1;
                }
            }
            {
                slice 27..38;
            }
        }
        conv 1x1x228;
        silu;
        dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x19;
                relu;
                features_3_se_fc2: conv 1x1x228;
                sigmoid;
            }
        }
        relu6;
        v5: conv 1x1x50;
        conv 1x1x300;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x25;
                relu;
                features_4_se_fc2: conv 1x1x300;
                sigmoid;
            }
        }
        relu6;
        conv 1x1x61;
        concat {
            {
                slice 0..50;
                residual {
                    from v5;
                }
            }
            {
                slice 50..61;
            }
        }
        conv 1x1x366;
        silu;
        dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x30;
                relu;
                features_5_se_fc2: conv 1x1x366;
                sigmoid;
            }
        }
        relu6;
        v10: conv 1x1x72;
        conv 1x1x432;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x36;
                relu;
                features_6_se_fc2: conv 1x1x432;
                sigmoid;
            }
        }
        relu6;
        v12: conv 1x1x84;
        slice 0..72;
        v13: residual {
            from v10;
        }
        from v12;
        slice 72..84;
        v14: concat {
            {
                from v13;
            }
            {}
        }
        conv 1x1x504;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x42;
                relu;
                features_7_se_fc2: conv 1x1x504;
                sigmoid;
            }
        }
        relu6;
        v16: conv 1x1x95;
        slice 0..84;
        v17: residual {
            from v14;
        }
        from v16;
        slice 84..95;
        v18: concat {
            {
                from v17;
            }
            {}
        }
        conv 1x1x570;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x47;
                relu;
                features_8_se_fc2: conv 1x1x570;
                sigmoid;
            }
        }
        relu6;
        v20: conv 1x1x106;
        slice 0..95;
        v21: residual {
            from v18;
        }
        from v20;
        slice 95..106;
        v22: concat {
            {
                from v21;
            }
            {}
        }
        conv 1x1x636;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x53;
                relu;
                features_9_se_fc2: conv 1x1x636;
                sigmoid;
            }
        }
        relu6;
        v24: conv 1x1x117;
        slice 0..106;
        v25: residual {
            from v22;
        }
        from v24;
        slice 106..117;
        v26: concat {
            {
                from v25;
            }
            {}
        }
        conv 1x1x702;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x58;
                relu;
                features_10_se_fc2: conv 1x1x702;
                sigmoid;
            }
        }
        relu6;
        conv 1x1x128;
        concat {
            {
                slice 0..117;
                residual {
                    from v26;
                }
            }
            {
                slice 117..128;
            }
        }
        conv 1x1x768;
        silu;
        dwconv 3x3 stride 2 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x64;
                relu;
                features_11_se_fc2: conv 1x1x768;
                sigmoid;
            }
        }
        relu6;
        v31: conv 1x1x140;
        conv 1x1x840;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x70;
                relu;
                features_12_se_fc2: conv 1x1x840;
                sigmoid;
            }
        }
        relu6;
        v33: conv 1x1x151;
        slice 0..140;
        v34: residual {
            from v31;
        }
        from v33;
        slice 140..151;
        v35: concat {
            {
                from v34;
            }
            {}
        }
        conv 1x1x906;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x75;
                relu;
                features_13_se_fc2: conv 1x1x906;
                sigmoid;
            }
        }
        relu6;
        v37: conv 1x1x162;
        slice 0..151;
        v38: residual {
            from v35;
        }
        from v37;
        slice 151..162;
        v39: concat {
            {
                from v38;
            }
            {}
        }
        conv 1x1x972;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x81;
                relu;
                features_14_se_fc2: conv 1x1x972;
                sigmoid;
            }
        }
        relu6;
        v41: conv 1x1x174;
        slice 0..162;
        v42: residual {
            from v39;
        }
        from v41;
        slice 162..174;
        v43: concat {
            {
                from v42;
            }
            {}
        }
        conv 1x1x1044;
        silu;
        dwconv 3x3 pad 1;
        mul {
            {}
            {
                gap;
                conv 1x1x87;
                relu;
                features_15_se_fc2: conv 1x1x1044;
                sigmoid;
            }
        }
        relu6;
        conv 1x1x185;
        concat {
            {
                slice 0..174;
                residual {
                    from v43;
                }
            }
            {
                slice 174..185;
            }
        }
        conv 1x1x1280;
        silu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
