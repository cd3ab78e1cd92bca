cnn! {
    // Imported from ese_vovnet19b_dw.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct EseVovnet19bDwLegacy {
        input 224x224x3;
        conv 3x3x64 stride 2 pad 1;
        relu;
        stem_1_conv_dw: dwconv 3x3 pad 1 nobias;
        conv 1x1x64;
        relu;
        stem_2_conv_dw: dwconv 3x3 stride 2 pad 1 nobias;
        conv 1x1x64;
        relu;
        concat {
            {}
            {
                conv 1x1x128;
                relu;
                stages_0_blocks_0_conv_mid_0_conv_dw: dwconv 3x3 pad 1 nobias;
                conv 1x1x128;
                relu;
                concat {
                    {}
                    {
                        stages_0_blocks_0_conv_mid_1_conv_dw: dwconv 3x3 pad 1 nobias;
                        conv 1x1x128;
                        relu;
                        concat {
                            {}
                            {
                                stages_0_blocks_0_conv_mid_2_conv_dw: dwconv 3x3 pad 1 nobias;
                                conv 1x1x128;
                                relu;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x256;
        relu;
        mul {
            {}
            {
                gap;
                stages_0_blocks_0_attn_fc: conv 1x1x256;
                hardsigmoid;
            }
        }
        maxpool 3 stride 2 ceil;
        concat {
            {}
            {
                conv 1x1x160;
                relu;
                stages_1_blocks_0_conv_mid_0_conv_dw: dwconv 3x3 pad 1 nobias;
                conv 1x1x160;
                relu;
                concat {
                    {}
                    {
                        stages_1_blocks_0_conv_mid_1_conv_dw: dwconv 3x3 pad 1 nobias;
                        conv 1x1x160;
                        relu;
                        concat {
                            {}
                            {
                                stages_1_blocks_0_conv_mid_2_conv_dw: dwconv 3x3 pad 1 nobias;
                                conv 1x1x160;
                                relu;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x512;
        relu;
        mul {
            {}
            {
                gap;
                stages_1_blocks_0_attn_fc: conv 1x1x512;
                hardsigmoid;
            }
        }
        maxpool 3 stride 2 ceil;
        concat {
            {}
            {
                conv 1x1x192;
                relu;
                stages_2_blocks_0_conv_mid_0_conv_dw: dwconv 3x3 pad 1 nobias;
                conv 1x1x192;
                relu;
                concat {
                    {}
                    {
                        stages_2_blocks_0_conv_mid_1_conv_dw: dwconv 3x3 pad 1 nobias;
                        conv 1x1x192;
                        relu;
                        concat {
                            {}
                            {
                                stages_2_blocks_0_conv_mid_2_conv_dw: dwconv 3x3 pad 1 nobias;
                                conv 1x1x192;
                                relu;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x768;
        relu;
        mul {
            {}
            {
                gap;
                stages_2_blocks_0_attn_fc: conv 1x1x768;
                hardsigmoid;
            }
        }
        maxpool 3 stride 2 ceil;
        concat {
            {}
            {
                conv 1x1x224;
                relu;
                stages_3_blocks_0_conv_mid_0_conv_dw: dwconv 3x3 pad 1 nobias;
                conv 1x1x224;
                relu;
                concat {
                    {}
                    {
                        stages_3_blocks_0_conv_mid_1_conv_dw: dwconv 3x3 pad 1 nobias;
                        conv 1x1x224;
                        relu;
                        concat {
                            {}
                            {
                                stages_3_blocks_0_conv_mid_2_conv_dw: dwconv 3x3 pad 1 nobias;
                                conv 1x1x224;
                                relu;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x1024;
        relu;
        mul {
            {}
            {
                gap;
                stages_3_blocks_0_attn_fc: conv 1x1x1024;
                hardsigmoid;
            }
        }
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
