cnn! {
    // Imported from regnety_002.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Regnety002Dynamo {
        input 224x224x3;
        stem_conv: conv 3x3x32 stride 2 pad 1;
        relu;
        add {
            {
                s1_b1_conv1_conv: conv 1x1x24;
                relu;
                s1_b1_conv2_conv: conv 3x3x24 groups 3 stride 2 pad 1;
                relu;
                mul {
                    {}
                    {
                        gap;
                        s1_b1_se_fc1: conv 1x1x8;
                        relu;
                        s1_b1_se_fc2: conv 1x1x24;
                        sigmoid;
                    }
                }
                s1_b1_conv3_conv: conv 1x1x24;
            }
            {
                s1_b1_downsample_conv: conv 1x1x24 stride 2;
            }
        }
        relu;
        add {
            {
                s2_b1_conv1_conv: conv 1x1x56;
                relu;
                s2_b1_conv2_conv: conv 3x3x56 groups 7 stride 2 pad 1;
                relu;
                mul {
                    {}
                    {
                        gap;
                        s2_b1_se_fc1: conv 1x1x6;
                        relu;
                        s2_b1_se_fc2: conv 1x1x56;
                        sigmoid;
                    }
                }
                s2_b1_conv3_conv: conv 1x1x56;
            }
            {
                s2_b1_downsample_conv: conv 1x1x56 stride 2;
            }
        }
        relu;
        add {
            {
                s3_b1_conv1_conv: conv 1x1x152;
                relu;
                s3_b1_conv2_conv: conv 3x3x152 groups 19 stride 2 pad 1;
                relu;
                mul {
                    {}
                    {
                        gap;
                        s3_b1_se_fc1: conv 1x1x14;
                        relu;
                        s3_b1_se_fc2: conv 1x1x152;
                        sigmoid;
                    }
                }
                s3_b1_conv3_conv: conv 1x1x152;
            }
            {
                s3_b1_downsample_conv: conv 1x1x152 stride 2;
            }
        }
        relu;
        residual {
            s3_b2_conv1_conv: conv 1x1x152;
            relu;
            s3_b2_conv2_conv: conv 3x3x152 groups 19 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s3_b2_se_fc1: conv 1x1x38;
                    relu;
                    s3_b2_se_fc2: conv 1x1x152;
                    sigmoid;
                }
            }
            s3_b2_conv3_conv: conv 1x1x152;
        }
        relu;
        residual {
            s3_b3_conv1_conv: conv 1x1x152;
            relu;
            s3_b3_conv2_conv: conv 3x3x152 groups 19 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s3_b3_se_fc1: conv 1x1x38;
                    relu;
                    s3_b3_se_fc2: conv 1x1x152;
                    sigmoid;
                }
            }
            s3_b3_conv3_conv: conv 1x1x152;
        }
        relu;
        residual {
            s3_b4_conv1_conv: conv 1x1x152;
            relu;
            s3_b4_conv2_conv: conv 3x3x152 groups 19 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s3_b4_se_fc1: conv 1x1x38;
                    relu;
                    s3_b4_se_fc2: conv 1x1x152;
                    sigmoid;
                }
            }
            s3_b4_conv3_conv: conv 1x1x152;
        }
        relu;
        add {
            {
                s4_b1_conv1_conv: conv 1x1x368;
                relu;
                s4_b1_conv2_conv: conv 3x3x368 groups 46 stride 2 pad 1;
                relu;
                mul {
                    {}
                    {
                        gap;
                        s4_b1_se_fc1: conv 1x1x38;
                        relu;
                        s4_b1_se_fc2: conv 1x1x368;
                        sigmoid;
                    }
                }
                s4_b1_conv3_conv: conv 1x1x368;
            }
            {
                s4_b1_downsample_conv: conv 1x1x368 stride 2;
            }
        }
        relu;
        residual {
            s4_b2_conv1_conv: conv 1x1x368;
            relu;
            s4_b2_conv2_conv: conv 3x3x368 groups 46 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s4_b2_se_fc1: conv 1x1x92;
                    relu;
                    s4_b2_se_fc2: conv 1x1x368;
                    sigmoid;
                }
            }
            s4_b2_conv3_conv: conv 1x1x368;
        }
        relu;
        residual {
            s4_b3_conv1_conv: conv 1x1x368;
            relu;
            s4_b3_conv2_conv: conv 3x3x368 groups 46 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s4_b3_se_fc1: conv 1x1x92;
                    relu;
                    s4_b3_se_fc2: conv 1x1x368;
                    sigmoid;
                }
            }
            s4_b3_conv3_conv: conv 1x1x368;
        }
        relu;
        residual {
            s4_b4_conv1_conv: conv 1x1x368;
            relu;
            s4_b4_conv2_conv: conv 3x3x368 groups 46 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s4_b4_se_fc1: conv 1x1x92;
                    relu;
                    s4_b4_se_fc2: conv 1x1x368;
                    sigmoid;
                }
            }
            s4_b4_conv3_conv: conv 1x1x368;
        }
        relu;
        residual {
            s4_b5_conv1_conv: conv 1x1x368;
            relu;
            s4_b5_conv2_conv: conv 3x3x368 groups 46 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s4_b5_se_fc1: conv 1x1x92;
                    relu;
                    s4_b5_se_fc2: conv 1x1x368;
                    sigmoid;
                }
            }
            s4_b5_conv3_conv: conv 1x1x368;
        }
        relu;
        residual {
            s4_b6_conv1_conv: conv 1x1x368;
            relu;
            s4_b6_conv2_conv: conv 3x3x368 groups 46 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s4_b6_se_fc1: conv 1x1x92;
                    relu;
                    s4_b6_se_fc2: conv 1x1x368;
                    sigmoid;
                }
            }
            s4_b6_conv3_conv: conv 1x1x368;
        }
        relu;
        residual {
            s4_b7_conv1_conv: conv 1x1x368;
            relu;
            s4_b7_conv2_conv: conv 3x3x368 groups 46 pad 1;
            relu;
            mul {
                {}
                {
                    gap;
                    s4_b7_se_fc1: conv 1x1x92;
                    relu;
                    s4_b7_se_fc2: conv 1x1x368;
                    sigmoid;
                }
            }
            s4_b7_conv3_conv: conv 1x1x368;
        }
        relu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
