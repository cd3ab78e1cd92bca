cnn! {
    // Imported from inception_v4.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct InceptionV4Dynamo {
        input 224x224x3;
        features_0_conv: conv 3x3x32 stride 2;
        relu;
        features_1_conv: conv 3x3x32;
        relu;
        features_2_conv: conv 3x3x64 pad 1;
        relu;
        concat {
            {
                maxpool 3 stride 2;
            }
            {
                features_3_conv_conv: conv 3x3x96 stride 2;
                relu;
            }
        }
        concat {
            {
                features_4_branch0_0_conv: conv 1x1x64;
                relu;
                features_4_branch0_1_conv: conv 3x3x96;
                relu;
            }
            {
                features_4_branch1_0_conv: conv 1x1x64;
                relu;
                features_4_branch1_1_conv: conv 1x7x64 pad 0x3;
                relu;
                features_4_branch1_2_conv: conv 7x1x64 pad 3x0;
                relu;
                features_4_branch1_3_conv: conv 3x3x96;
                relu;
            }
        }
        concat {
            {
                features_5_conv_conv: conv 3x3x192 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        concat {
            {
                features_6_branch0_conv: conv 1x1x96;
                relu;
            }
            {
                features_6_branch1_0_conv: conv 1x1x64;
                relu;
                features_6_branch1_1_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                features_6_branch2_0_conv: conv 1x1x64;
                relu;
                features_6_branch2_1_conv: conv 3x3x96 pad 1;
                relu;
                features_6_branch2_2_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_6_branch3_1_conv: conv 1x1x96;
                relu;
            }
        }
        concat {
            {
                features_7_branch0_conv: conv 1x1x96;
                relu;
            }
            {
                features_7_branch1_0_conv: conv 1x1x64;
                relu;
                features_7_branch1_1_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                features_7_branch2_0_conv: conv 1x1x64;
                relu;
                features_7_branch2_1_conv: conv 3x3x96 pad 1;
                relu;
                features_7_branch2_2_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_7_branch3_1_conv: conv 1x1x96;
                relu;
            }
        }
        concat {
            {
                features_8_branch0_conv: conv 1x1x96;
                relu;
            }
            {
                features_8_branch1_0_conv: conv 1x1x64;
                relu;
                features_8_branch1_1_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                features_8_branch2_0_conv: conv 1x1x64;
                relu;
                features_8_branch2_1_conv: conv 3x3x96 pad 1;
                relu;
                features_8_branch2_2_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_8_branch3_1_conv: conv 1x1x96;
                relu;
            }
        }
        concat {
            {
                features_9_branch0_conv: conv 1x1x96;
                relu;
            }
            {
                features_9_branch1_0_conv: conv 1x1x64;
                relu;
                features_9_branch1_1_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                features_9_branch2_0_conv: conv 1x1x64;
                relu;
                features_9_branch2_1_conv: conv 3x3x96 pad 1;
                relu;
                features_9_branch2_2_conv: conv 3x3x96 pad 1;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_9_branch3_1_conv: conv 1x1x96;
                relu;
            }
        }
        concat {
            {
                features_10_branch0_conv: conv 3x3x384 stride 2;
                relu;
            }
            {
                features_10_branch1_0_conv: conv 1x1x192;
                relu;
                features_10_branch1_1_conv: conv 3x3x224 pad 1;
                relu;
                features_10_branch1_2_conv: conv 3x3x256 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        concat {
            {
                features_11_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_11_branch1_0_conv: conv 1x1x192;
                relu;
                features_11_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_11_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_11_branch2_0_conv: conv 1x1x192;
                relu;
                features_11_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_11_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_11_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_11_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_11_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_12_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_12_branch1_0_conv: conv 1x1x192;
                relu;
                features_12_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_12_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_12_branch2_0_conv: conv 1x1x192;
                relu;
                features_12_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_12_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_12_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_12_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_12_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_13_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_13_branch1_0_conv: conv 1x1x192;
                relu;
                features_13_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_13_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_13_branch2_0_conv: conv 1x1x192;
                relu;
                features_13_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_13_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_13_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_13_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_13_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_14_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_14_branch1_0_conv: conv 1x1x192;
                relu;
                features_14_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_14_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_14_branch2_0_conv: conv 1x1x192;
                relu;
                features_14_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_14_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_14_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_14_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_14_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_15_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_15_branch1_0_conv: conv 1x1x192;
                relu;
                features_15_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_15_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_15_branch2_0_conv: conv 1x1x192;
                relu;
                features_15_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_15_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_15_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_15_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_15_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_16_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_16_branch1_0_conv: conv 1x1x192;
                relu;
                features_16_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_16_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_16_branch2_0_conv: conv 1x1x192;
                relu;
                features_16_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_16_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_16_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_16_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_16_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_17_branch0_conv: conv 1x1x384;
                relu;
            }
            {
                features_17_branch1_0_conv: conv 1x1x192;
                relu;
                features_17_branch1_1_conv: conv 1x7x224 pad 0x3;
                relu;
                features_17_branch1_2_conv: conv 7x1x256 pad 3x0;
                relu;
            }
            {
                features_17_branch2_0_conv: conv 1x1x192;
                relu;
                features_17_branch2_1_conv: conv 7x1x192 pad 3x0;
                relu;
                features_17_branch2_2_conv: conv 1x7x224 pad 0x3;
                relu;
                features_17_branch2_3_conv: conv 7x1x224 pad 3x0;
                relu;
                features_17_branch2_4_conv: conv 1x7x256 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad same;
                features_17_branch3_1_conv: conv 1x1x128;
                relu;
            }
        }
        concat {
            {
                features_18_branch0_0_conv: conv 1x1x192;
                relu;
                features_18_branch0_1_conv: conv 3x3x192 stride 2;
                relu;
            }
            {
                features_18_branch1_0_conv: conv 1x1x256;
                relu;
                features_18_branch1_1_conv: conv 1x7x256 pad 0x3;
                relu;
                features_18_branch1_2_conv: conv 7x1x320 pad 3x0;
                relu;
                features_18_branch1_3_conv: conv 3x3x320 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        concat {
            {
                features_19_branch0_conv: conv 1x1x256;
                relu;
            }
            {
                features_19_branch1_0_conv: conv 1x1x384;
                relu;
                concat {
                    {
                        features_19_branch1_1a_conv: conv 1x3x256 pad 0x1;
                        relu;
                    }
                    {
                        features_19_branch1_1b_conv: conv 3x1x256 pad 1x0;
                        relu;
                    }
                }
            }
            {
                features_19_branch2_0_conv: conv 1x1x384;
                relu;
                features_19_branch2_1_conv: conv 3x1x448 pad 1x0;
                relu;
                features_19_branch2_2_conv: conv 1x3x512 pad 0x1;
                relu;
                concat {
                    {
                        features_19_branch2_3a_conv: conv 1x3x256 pad 0x1;
                        relu;
                    }
                    {
                        features_19_branch2_3b_conv: conv 3x1x256 pad 1x0;
                        relu;
                    }
                }
            }
            {
                avgpool 3 stride 1 pad same;
                features_19_branch3_1_conv: conv 1x1x256;
                relu;
            }
        }
        concat {
            {
                features_20_branch0_conv: conv 1x1x256;
                relu;
            }
            {
                features_20_branch1_0_conv: conv 1x1x384;
                relu;
                concat {
                    {
                        features_20_branch1_1a_conv: conv 1x3x256 pad 0x1;
                        relu;
                    }
                    {
                        features_20_branch1_1b_conv: conv 3x1x256 pad 1x0;
                        relu;
                    }
                }
            }
            {
                features_20_branch2_0_conv: conv 1x1x384;
                relu;
                features_20_branch2_1_conv: conv 3x1x448 pad 1x0;
                relu;
                features_20_branch2_2_conv: conv 1x3x512 pad 0x1;
                relu;
                concat {
                    {
                        features_20_branch2_3a_conv: conv 1x3x256 pad 0x1;
                        relu;
                    }
                    {
                        features_20_branch2_3b_conv: conv 3x1x256 pad 1x0;
                        relu;
                    }
                }
            }
            {
                avgpool 3 stride 1 pad same;
                features_20_branch3_1_conv: conv 1x1x256;
                relu;
            }
        }
        concat {
            {
                features_21_branch0_conv: conv 1x1x256;
                relu;
            }
            {
                features_21_branch1_0_conv: conv 1x1x384;
                relu;
                concat {
                    {
                        features_21_branch1_1a_conv: conv 1x3x256 pad 0x1;
                        relu;
                    }
                    {
                        features_21_branch1_1b_conv: conv 3x1x256 pad 1x0;
                        relu;
                    }
                }
            }
            {
                features_21_branch2_0_conv: conv 1x1x384;
                relu;
                features_21_branch2_1_conv: conv 3x1x448 pad 1x0;
                relu;
                features_21_branch2_2_conv: conv 1x3x512 pad 0x1;
                relu;
                concat {
                    {
                        features_21_branch2_3a_conv: conv 1x3x256 pad 0x1;
                        relu;
                    }
                    {
                        features_21_branch2_3b_conv: conv 3x1x256 pad 1x0;
                        relu;
                    }
                }
            }
            {
                avgpool 3 stride 1 pad same;
                features_21_branch3_1_conv: conv 1x1x256;
                relu;
            }
        }
        gap;
        flatten;
        last_linear: fc 1000;
    }
}
