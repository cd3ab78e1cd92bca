cnn! {
    // Imported from tv_lraspp_mobilenet_v3_large.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvLrasppMobilenetV3LargePreserve {
        input 520x520x3;
        backbone_0_0: conv 3x3x16 stride 2 pad 1 nobias;
        backbone_0_1: bn eps 1e-3;
        hardswish;
        residual {
            backbone_1_block_0_0: dwconv 3x3 pad 1 nobias;
            backbone_1_block_0_1: bn eps 1e-3;
            relu;
            backbone_1_block_1_0: conv 1x1x16 nobias;
            backbone_1_block_1_1: bn eps 1e-3;
        }
        backbone_2_block_0_0: conv 1x1x64 nobias;
        backbone_2_block_0_1: bn eps 1e-3;
        relu;
        backbone_2_block_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        backbone_2_block_1_1: bn eps 1e-3;
        relu;
        backbone_2_block_2_0: conv 1x1x24 nobias;
        backbone_2_block_2_1: bn eps 1e-3;
        residual {
            backbone_3_block_0_0: conv 1x1x72 nobias;
            backbone_3_block_0_1: bn eps 1e-3;
            relu;
            backbone_3_block_1_0: dwconv 3x3 pad 1 nobias;
            backbone_3_block_1_1: bn eps 1e-3;
            relu;
            backbone_3_block_2_0: conv 1x1x24 nobias;
            backbone_3_block_2_1: bn eps 1e-3;
        }
        backbone_4_block_0_0: conv 1x1x72 nobias;
        backbone_4_block_0_1: bn eps 1e-3;
        relu;
        backbone_4_block_1_0: dwconv 5x5 stride 2 pad 2 nobias;
        backbone_4_block_1_1: bn eps 1e-3;
        relu;
        mul {
            {
                gap;
                backbone_4_block_2_fc1: conv 1x1x24;
                relu;
                backbone_4_block_2_fc2: conv 1x1x72;
                hardsigmoid;
            }
            {}
        }
        backbone_4_block_3_0: conv 1x1x40 nobias;
        backbone_4_block_3_1: bn eps 1e-3;
        add {
            {
                classifier_low_classifier: conv 1x1x21;
            }
            {
                residual {
                    backbone_5_block_0_0: conv 1x1x120 nobias;
                    backbone_5_block_0_1: bn eps 1e-3;
                    relu;
                    backbone_5_block_1_0: dwconv 5x5 pad 2 nobias;
                    backbone_5_block_1_1: bn eps 1e-3;
                    relu;
                    mul {
                        {
                            gap;
                            backbone_5_block_2_fc1: conv 1x1x32;
                            relu;
                            backbone_5_block_2_fc2: conv 1x1x120;
                            hardsigmoid;
                        }
                        {}
                    }
                    backbone_5_block_3_0: conv 1x1x40 nobias;
                    backbone_5_block_3_1: bn eps 1e-3;
                }
                residual {
                    backbone_6_block_0_0: conv 1x1x120 nobias;
                    backbone_6_block_0_1: bn eps 1e-3;
                    relu;
                    backbone_6_block_1_0: dwconv 5x5 pad 2 nobias;
                    backbone_6_block_1_1: bn eps 1e-3;
                    relu;
                    mul {
                        {
                            gap;
                            backbone_6_block_2_fc1: conv 1x1x32;
                            relu;
                            backbone_6_block_2_fc2: conv 1x1x120;
                            hardsigmoid;
                        }
                        {}
                    }
                    backbone_6_block_3_0: conv 1x1x40 nobias;
                    backbone_6_block_3_1: bn eps 1e-3;
                }
                backbone_7_block_0_0: conv 1x1x240 nobias;
                backbone_7_block_0_1: bn eps 1e-3;
                hardswish;
                backbone_7_block_1_0: dwconv 3x3 stride 2 pad 1 nobias;
                backbone_7_block_1_1: bn eps 1e-3;
                hardswish;
                backbone_7_block_2_0: conv 1x1x80 nobias;
                backbone_7_block_2_1: bn eps 1e-3;
                residual {
                    backbone_8_block_0_0: conv 1x1x200 nobias;
                    backbone_8_block_0_1: bn eps 1e-3;
                    hardswish;
                    backbone_8_block_1_0: dwconv 3x3 pad 1 nobias;
                    backbone_8_block_1_1: bn eps 1e-3;
                    hardswish;
                    backbone_8_block_2_0: conv 1x1x80 nobias;
                    backbone_8_block_2_1: bn eps 1e-3;
                }
                residual {
                    backbone_9_block_0_0: conv 1x1x184 nobias;
                    backbone_9_block_0_1: bn eps 1e-3;
                    hardswish;
                    backbone_9_block_1_0: dwconv 3x3 pad 1 nobias;
                    backbone_9_block_1_1: bn eps 1e-3;
                    hardswish;
                    backbone_9_block_2_0: conv 1x1x80 nobias;
                    backbone_9_block_2_1: bn eps 1e-3;
                }
                residual {
                    backbone_10_block_0_0: conv 1x1x184 nobias;
                    backbone_10_block_0_1: bn eps 1e-3;
                    hardswish;
                    backbone_10_block_1_0: dwconv 3x3 pad 1 nobias;
                    backbone_10_block_1_1: bn eps 1e-3;
                    hardswish;
                    backbone_10_block_2_0: conv 1x1x80 nobias;
                    backbone_10_block_2_1: bn eps 1e-3;
                }
                backbone_11_block_0_0: conv 1x1x480 nobias;
                backbone_11_block_0_1: bn eps 1e-3;
                hardswish;
                backbone_11_block_1_0: dwconv 3x3 pad 1 nobias;
                backbone_11_block_1_1: bn eps 1e-3;
                hardswish;
                mul {
                    {
                        gap;
                        backbone_11_block_2_fc1: conv 1x1x120;
                        relu;
                        backbone_11_block_2_fc2: conv 1x1x480;
                        hardsigmoid;
                    }
                    {}
                }
                backbone_11_block_3_0: conv 1x1x112 nobias;
                backbone_11_block_3_1: bn eps 1e-3;
                residual {
                    backbone_12_block_0_0: conv 1x1x672 nobias;
                    backbone_12_block_0_1: bn eps 1e-3;
                    hardswish;
                    backbone_12_block_1_0: dwconv 3x3 pad 1 nobias;
                    backbone_12_block_1_1: bn eps 1e-3;
                    hardswish;
                    mul {
                        {
                            gap;
                            backbone_12_block_2_fc1: conv 1x1x168;
                            relu;
                            backbone_12_block_2_fc2: conv 1x1x672;
                            hardsigmoid;
                        }
                        {}
                    }
                    backbone_12_block_3_0: conv 1x1x112 nobias;
                    backbone_12_block_3_1: bn eps 1e-3;
                }
                backbone_13_block_0_0: conv 1x1x672 nobias;
                backbone_13_block_0_1: bn eps 1e-3;
                hardswish;
                backbone_13_block_1_0: dwconv 5x5 pad 4 dilation 2 nobias;
                backbone_13_block_1_1: bn eps 1e-3;
                hardswish;
                mul {
                    {
                        gap;
                        backbone_13_block_2_fc1: conv 1x1x168;
                        relu;
                        backbone_13_block_2_fc2: conv 1x1x672;
                        hardsigmoid;
                    }
                    {}
                }
                backbone_13_block_3_0: conv 1x1x160 nobias;
                backbone_13_block_3_1: bn eps 1e-3;
                residual {
                    backbone_14_block_0_0: conv 1x1x960 nobias;
                    backbone_14_block_0_1: bn eps 1e-3;
                    hardswish;
                    backbone_14_block_1_0: dwconv 5x5 pad 4 dilation 2 nobias;
                    backbone_14_block_1_1: bn eps 1e-3;
                    hardswish;
                    mul {
                        {
                            gap;
                            backbone_14_block_2_fc1: conv 1x1x240;
                            relu;
                            backbone_14_block_2_fc2: conv 1x1x960;
                            hardsigmoid;
                        }
                        {}
                    }
                    backbone_14_block_3_0: conv 1x1x160 nobias;
                    backbone_14_block_3_1: bn eps 1e-3;
                }
                residual {
                    backbone_15_block_0_0: conv 1x1x960 nobias;
                    backbone_15_block_0_1: bn eps 1e-3;
                    hardswish;
                    backbone_15_block_1_0: dwconv 5x5 pad 4 dilation 2 nobias;
                    backbone_15_block_1_1: bn eps 1e-3;
                    hardswish;
                    mul {
                        {
                            gap;
                            backbone_15_block_2_fc1: conv 1x1x240;
                            relu;
                            backbone_15_block_2_fc2: conv 1x1x960;
                            hardsigmoid;
                        }
                        {}
                    }
                    backbone_15_block_3_0: conv 1x1x160 nobias;
                    backbone_15_block_3_1: bn eps 1e-3;
                }
                backbone_16_0: conv 1x1x960 nobias;
                backbone_16_1: bn eps 1e-3;
                hardswish;
                mul {
                    {
                        classifier_cbr_0: conv 1x1x128 nobias;
                        classifier_cbr_1: bn;
                        relu;
                    }
                    {
                        gap;
                        classifier_scale_1: conv 1x1x128 nobias;
                        sigmoid;
                    }
                }
                resize 65x65 bilinear;
                classifier_high_classifier: conv 1x1x21;
            }
        }
        resize 520x520 bilinear;
    }
}
