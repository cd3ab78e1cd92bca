cnn! {
    // Imported from repvgg_a0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct RepvggA0Legacy {
        input 224x224x3;
        repeat 2 {
            add {
                {
                    conv 1x1x48 stride 2;
                }
                {
                    conv 3x3x48 stride 2 pad 1;
                }
            }
            relu;
        }
        add {
            {
                conv 1x1x48;
            }
            {
                conv 3x3x48 pad 1;
            }
            {
                stages_0_1_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x96 stride 2;
            }
            {
                conv 3x3x96 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                conv 1x1x96;
            }
            {
                conv 3x3x96 pad 1;
            }
            {
                stages_1_1_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x96;
            }
            {
                conv 3x3x96 pad 1;
            }
            {
                stages_1_2_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x96;
            }
            {
                conv 3x3x96 pad 1;
            }
            {
                stages_1_3_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192 stride 2;
            }
            {
                conv 3x3x192 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_1_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_2_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_3_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_4_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_5_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_6_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_7_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_8_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_9_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_10_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_11_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_12_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x192;
            }
            {
                conv 3x3x192 pad 1;
            }
            {
                stages_2_13_identity: bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x1280 stride 2;
            }
            {
                conv 3x3x1280 stride 2 pad 1;
            }
        }
        relu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
