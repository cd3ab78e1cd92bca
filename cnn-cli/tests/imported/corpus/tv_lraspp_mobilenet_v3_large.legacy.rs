cnn! {
    // Imported from tv_lraspp_mobilenet_v3_large.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvLrasppMobilenetV3LargeLegacy {
        input 520x520x3;
        conv 3x3x16 stride 2 pad 1;
        hardswish;
        residual {
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x16;
        }
        conv 1x1x64;
        relu;
        dwconv 3x3 stride 2 pad 1;
        relu;
        conv 1x1x24;
        residual {
            conv 1x1x72;
            relu;
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x24;
        }
        conv 1x1x72;
        relu;
        dwconv 5x5 stride 2 pad 2;
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
        conv 1x1x40;
        add {
            {
                classifier_low_classifier: conv 1x1x21;
            }
            {
                residual {
                    conv 1x1x120;
                    relu;
                    dwconv 5x5 pad 2;
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
                    conv 1x1x40;
                }
                residual {
                    conv 1x1x120;
                    relu;
                    dwconv 5x5 pad 2;
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
                    conv 1x1x40;
                }
                conv 1x1x240;
                hardswish;
                dwconv 3x3 stride 2 pad 1;
                hardswish;
                conv 1x1x80;
                residual {
                    conv 1x1x200;
                    hardswish;
                    dwconv 3x3 pad 1;
                    hardswish;
                    conv 1x1x80;
                }
                repeat 2 {
                    residual {
                        conv 1x1x184;
                        hardswish;
                        dwconv 3x3 pad 1;
                        hardswish;
                        conv 1x1x80;
                    }
                }
                conv 1x1x480;
                hardswish;
                dwconv 3x3 pad 1;
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
                conv 1x1x112;
                residual {
                    conv 1x1x672;
                    hardswish;
                    dwconv 3x3 pad 1;
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
                    conv 1x1x112;
                }
                conv 1x1x672;
                hardswish;
                dwconv 5x5 pad 4 dilation 2;
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
                conv 1x1x160;
                residual {
                    conv 1x1x960;
                    hardswish;
                    dwconv 5x5 pad 4 dilation 2;
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
                    conv 1x1x160;
                }
                residual {
                    conv 1x1x960;
                    hardswish;
                    dwconv 5x5 pad 4 dilation 2;
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
                    conv 1x1x160;
                }
                conv 1x1x960;
                hardswish;
                mul {
                    {
                        conv 1x1x128;
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
