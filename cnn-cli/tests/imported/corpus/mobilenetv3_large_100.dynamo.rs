cnn! {
    // Imported from mobilenetv3_large_100.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Mobilenetv3Large100Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x16 stride 2 pad 1;
        hardswish;
        residual {
            blocks_0_0_conv_dw: dwconv 3x3 pad 1;
            relu;
            blocks_0_0_conv_pw: conv 1x1x16;
        }
        blocks_1_0_conv_pw: conv 1x1x64;
        relu;
        blocks_1_0_conv_dw: dwconv 3x3 stride 2 pad 1;
        relu;
        blocks_1_0_conv_pwl: conv 1x1x24;
        residual {
            blocks_1_1_conv_pw: conv 1x1x72;
            relu;
            blocks_1_1_conv_dw: dwconv 3x3 pad 1;
            relu;
            blocks_1_1_conv_pwl: conv 1x1x24;
        }
        blocks_2_0_conv_pw: conv 1x1x72;
        relu;
        blocks_2_0_conv_dw: dwconv 5x5 stride 2 pad 2;
        relu;
        mul {
            {}
            {
                gap;
                blocks_2_0_se_conv_reduce: conv 1x1x24;
                relu;
                blocks_2_0_se_conv_expand: conv 1x1x72;
                hardsigmoid;
            }
        }
        blocks_2_0_conv_pwl: conv 1x1x40;
        residual {
            blocks_2_1_conv_pw: conv 1x1x120;
            relu;
            blocks_2_1_conv_dw: dwconv 5x5 pad 2;
            relu;
            mul {
                {}
                {
                    gap;
                    blocks_2_1_se_conv_reduce: conv 1x1x32;
                    relu;
                    blocks_2_1_se_conv_expand: conv 1x1x120;
                    hardsigmoid;
                }
            }
            blocks_2_1_conv_pwl: conv 1x1x40;
        }
        residual {
            blocks_2_2_conv_pw: conv 1x1x120;
            relu;
            blocks_2_2_conv_dw: dwconv 5x5 pad 2;
            relu;
            mul {
                {}
                {
                    gap;
                    blocks_2_2_se_conv_reduce: conv 1x1x32;
                    relu;
                    blocks_2_2_se_conv_expand: conv 1x1x120;
                    hardsigmoid;
                }
            }
            blocks_2_2_conv_pwl: conv 1x1x40;
        }
        blocks_3_0_conv_pw: conv 1x1x240;
        hardswish;
        blocks_3_0_conv_dw: dwconv 3x3 stride 2 pad 1;
        hardswish;
        blocks_3_0_conv_pwl: conv 1x1x80;
        residual {
            blocks_3_1_conv_pw: conv 1x1x200;
            hardswish;
            blocks_3_1_conv_dw: dwconv 3x3 pad 1;
            hardswish;
            blocks_3_1_conv_pwl: conv 1x1x80;
        }
        residual {
            blocks_3_2_conv_pw: conv 1x1x184;
            hardswish;
            blocks_3_2_conv_dw: dwconv 3x3 pad 1;
            hardswish;
            blocks_3_2_conv_pwl: conv 1x1x80;
        }
        residual {
            blocks_3_3_conv_pw: conv 1x1x184;
            hardswish;
            blocks_3_3_conv_dw: dwconv 3x3 pad 1;
            hardswish;
            blocks_3_3_conv_pwl: conv 1x1x80;
        }
        blocks_4_0_conv_pw: conv 1x1x480;
        hardswish;
        blocks_4_0_conv_dw: dwconv 3x3 pad 1;
        hardswish;
        mul {
            {}
            {
                gap;
                blocks_4_0_se_conv_reduce: conv 1x1x120;
                relu;
                blocks_4_0_se_conv_expand: conv 1x1x480;
                hardsigmoid;
            }
        }
        blocks_4_0_conv_pwl: conv 1x1x112;
        residual {
            blocks_4_1_conv_pw: conv 1x1x672;
            hardswish;
            blocks_4_1_conv_dw: dwconv 3x3 pad 1;
            hardswish;
            mul {
                {}
                {
                    gap;
                    blocks_4_1_se_conv_reduce: conv 1x1x168;
                    relu;
                    blocks_4_1_se_conv_expand: conv 1x1x672;
                    hardsigmoid;
                }
            }
            blocks_4_1_conv_pwl: conv 1x1x112;
        }
        blocks_5_0_conv_pw: conv 1x1x672;
        hardswish;
        blocks_5_0_conv_dw: dwconv 5x5 stride 2 pad 2;
        hardswish;
        mul {
            {}
            {
                gap;
                blocks_5_0_se_conv_reduce: conv 1x1x168;
                relu;
                blocks_5_0_se_conv_expand: conv 1x1x672;
                hardsigmoid;
            }
        }
        blocks_5_0_conv_pwl: conv 1x1x160;
        residual {
            blocks_5_1_conv_pw: conv 1x1x960;
            hardswish;
            blocks_5_1_conv_dw: dwconv 5x5 pad 2;
            hardswish;
            mul {
                {}
                {
                    gap;
                    blocks_5_1_se_conv_reduce: conv 1x1x240;
                    relu;
                    blocks_5_1_se_conv_expand: conv 1x1x960;
                    hardsigmoid;
                }
            }
            blocks_5_1_conv_pwl: conv 1x1x160;
        }
        residual {
            blocks_5_2_conv_pw: conv 1x1x960;
            hardswish;
            blocks_5_2_conv_dw: dwconv 5x5 pad 2;
            hardswish;
            mul {
                {}
                {
                    gap;
                    blocks_5_2_se_conv_reduce: conv 1x1x240;
                    relu;
                    blocks_5_2_se_conv_expand: conv 1x1x960;
                    hardsigmoid;
                }
            }
            blocks_5_2_conv_pwl: conv 1x1x160;
        }
        blocks_6_0_conv: conv 1x1x960;
        hardswish;
        gap;
        conv_head: conv 1x1x1280;
        hardswish;
        flatten;
        classifier: fc 1000;
    }
}
