cnn! {
    // Imported from mobileone_s0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct MobileoneS0Dynamo {
        input 224x224x3;
        add {
            {
                stem_conv_scale_conv: conv 1x1x48 stride 2;
            }
            {
                stem_conv_kxk_0_conv: conv 3x3x48 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_0_0_conv_scale_conv: dwconv 1x1 stride 2;
            }
            {
                stages_0_0_conv_kxk_0_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_0_0_conv_kxk_1_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_0_0_conv_kxk_2_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_0_0_conv_kxk_3_conv: dwconv 3x3 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_0_1_conv_kxk_0_conv: conv 1x1x48;
            }
            {
                stages_0_1_conv_kxk_1_conv: conv 1x1x48;
            }
            {
                stages_0_1_conv_kxk_2_conv: conv 1x1x48;
            }
            {
                stages_0_1_conv_kxk_3_conv: conv 1x1x48;
            }
            {
                stages_0_1_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_0_2_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_0_2_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_0_2_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_0_2_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_0_2_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_0_2_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_0_3_conv_kxk_0_conv: conv 1x1x48;
            }
            {
                stages_0_3_conv_kxk_1_conv: conv 1x1x48;
            }
            {
                stages_0_3_conv_kxk_2_conv: conv 1x1x48;
            }
            {
                stages_0_3_conv_kxk_3_conv: conv 1x1x48;
            }
            {
                stages_0_3_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_0_conv_scale_conv: dwconv 1x1 stride 2;
            }
            {
                stages_1_0_conv_kxk_0_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_1_0_conv_kxk_1_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_1_0_conv_kxk_2_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_1_0_conv_kxk_3_conv: dwconv 3x3 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_1_1_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_1_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_1_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_1_conv_kxk_3_conv: conv 1x1x128;
            }
        }
        relu;
        add {
            {
                stages_1_2_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_2_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_2_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_2_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_2_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_2_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_3_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_3_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_3_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_3_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_3_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_4_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_4_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_4_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_4_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_4_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_4_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_5_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_5_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_5_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_5_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_5_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_6_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_6_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_6_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_6_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_6_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_6_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_7_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_7_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_7_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_7_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_7_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_8_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_8_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_8_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_8_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_8_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_8_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_9_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_9_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_9_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_9_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_9_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_10_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_10_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_10_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_10_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_10_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_10_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_11_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_11_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_11_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_11_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_11_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_12_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_12_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_12_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_12_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_12_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_12_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_13_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_13_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_13_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_13_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_13_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_14_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_1_14_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_14_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_14_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_14_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_1_14_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_15_conv_kxk_0_conv: conv 1x1x128;
            }
            {
                stages_1_15_conv_kxk_1_conv: conv 1x1x128;
            }
            {
                stages_1_15_conv_kxk_2_conv: conv 1x1x128;
            }
            {
                stages_1_15_conv_kxk_3_conv: conv 1x1x128;
            }
            {
                stages_1_15_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_0_conv_scale_conv: dwconv 1x1 stride 2;
            }
            {
                stages_2_0_conv_kxk_0_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_2_0_conv_kxk_1_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_2_0_conv_kxk_2_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_2_0_conv_kxk_3_conv: dwconv 3x3 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_2_1_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_1_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_1_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_1_conv_kxk_3_conv: conv 1x1x256;
            }
        }
        relu;
        add {
            {
                stages_2_2_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_2_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_2_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_2_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_2_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_2_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_3_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_3_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_3_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_3_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_3_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_4_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_4_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_4_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_4_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_4_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_4_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_5_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_5_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_5_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_5_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_5_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_6_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_6_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_6_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_6_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_6_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_6_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_7_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_7_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_7_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_7_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_7_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_8_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_8_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_8_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_8_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_8_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_8_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_9_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_9_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_9_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_9_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_9_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_10_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_10_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_10_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_10_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_10_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_10_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_11_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_11_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_11_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_11_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_11_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_12_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_12_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_12_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_12_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_12_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_12_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_13_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_13_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_13_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_13_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_13_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_14_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_14_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_14_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_14_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_14_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_14_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_15_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_15_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_15_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_15_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_15_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_16_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_16_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_16_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_16_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_16_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_16_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_17_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_17_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_17_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_17_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_17_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_18_conv_scale_conv: dwconv 1x1;
            }
            {
                stages_2_18_conv_kxk_0_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_18_conv_kxk_1_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_18_conv_kxk_2_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_18_conv_kxk_3_conv: dwconv 3x3 pad 1;
            }
            {
                stages_2_18_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_19_conv_kxk_0_conv: conv 1x1x256;
            }
            {
                stages_2_19_conv_kxk_1_conv: conv 1x1x256;
            }
            {
                stages_2_19_conv_kxk_2_conv: conv 1x1x256;
            }
            {
                stages_2_19_conv_kxk_3_conv: conv 1x1x256;
            }
            {
                stages_2_19_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_3_0_conv_scale_conv: dwconv 1x1 stride 2;
            }
            {
                stages_3_0_conv_kxk_0_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_3_0_conv_kxk_1_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_3_0_conv_kxk_2_conv: dwconv 3x3 stride 2 pad 1;
            }
            {
                stages_3_0_conv_kxk_3_conv: dwconv 3x3 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_3_1_conv_kxk_0_conv: conv 1x1x1024;
            }
            {
                stages_3_1_conv_kxk_1_conv: conv 1x1x1024;
            }
            {
                stages_3_1_conv_kxk_2_conv: conv 1x1x1024;
            }
            {
                stages_3_1_conv_kxk_3_conv: conv 1x1x1024;
            }
        }
        relu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
