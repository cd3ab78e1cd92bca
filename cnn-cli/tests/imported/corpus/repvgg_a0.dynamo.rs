cnn! {
    // Imported from repvgg_a0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct RepvggA0Dynamo {
        input 224x224x3;
        add {
            {
                stem_conv_1x1_conv: conv 1x1x48 stride 2;
            }
            {
                stem_conv_kxk_conv: conv 3x3x48 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_0_0_conv_1x1_conv: conv 1x1x48 stride 2;
            }
            {
                stages_0_0_conv_kxk_conv: conv 3x3x48 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_0_1_conv_1x1_conv: conv 1x1x48;
            }
            {
                stages_0_1_conv_kxk_conv: conv 3x3x48 pad 1;
            }
            {
                stages_0_1_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_0_conv_1x1_conv: conv 1x1x96 stride 2;
            }
            {
                stages_1_0_conv_kxk_conv: conv 3x3x96 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_1_1_conv_1x1_conv: conv 1x1x96;
            }
            {
                stages_1_1_conv_kxk_conv: conv 3x3x96 pad 1;
            }
            {
                stages_1_1_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_2_conv_1x1_conv: conv 1x1x96;
            }
            {
                stages_1_2_conv_kxk_conv: conv 3x3x96 pad 1;
            }
            {
                stages_1_2_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_1_3_conv_1x1_conv: conv 1x1x96;
            }
            {
                stages_1_3_conv_kxk_conv: conv 3x3x96 pad 1;
            }
            {
                stages_1_3_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_0_conv_1x1_conv: conv 1x1x192 stride 2;
            }
            {
                stages_2_0_conv_kxk_conv: conv 3x3x192 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                stages_2_1_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_1_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_1_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_2_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_2_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_2_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_3_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_3_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_3_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_4_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_4_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_4_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_5_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_5_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_5_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_6_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_6_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_6_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_7_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_7_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_7_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_8_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_8_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_8_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_9_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_9_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_9_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_10_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_10_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_10_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_11_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_11_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_11_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_12_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_12_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_12_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_2_13_conv_1x1_conv: conv 1x1x192;
            }
            {
                stages_2_13_conv_kxk_conv: conv 3x3x192 pad 1;
            }
            {
                stages_2_13_identity: bn;
            }
        }
        relu;
        add {
            {
                stages_3_0_conv_1x1_conv: conv 1x1x1280 stride 2;
            }
            {
                stages_3_0_conv_kxk_conv: conv 3x3x1280 stride 2 pad 1;
            }
        }
        relu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
