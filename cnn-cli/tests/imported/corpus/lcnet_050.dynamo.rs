cnn! {
    // Imported from lcnet_050.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Lcnet050Dynamo {
        input 224x224x3;
        conv_stem: conv 3x3x8 stride 2 pad 1;
        hardswish;
        blocks_0_0_conv_dw: dwconv 3x3 pad 1;
        hardswish;
        blocks_0_0_conv_pw: conv 1x1x16;
        hardswish;
        blocks_1_0_conv_dw: dwconv 3x3 stride 2 pad 1;
        hardswish;
        blocks_1_0_conv_pw: conv 1x1x32;
        hardswish;
        blocks_1_1_conv_dw: dwconv 3x3 pad 1;
        hardswish;
        blocks_1_1_conv_pw: conv 1x1x32;
        hardswish;
        blocks_2_0_conv_dw: dwconv 3x3 stride 2 pad 1;
        hardswish;
        blocks_2_0_conv_pw: conv 1x1x64;
        hardswish;
        blocks_2_1_conv_dw: dwconv 3x3 pad 1;
        hardswish;
        blocks_2_1_conv_pw: conv 1x1x64;
        hardswish;
        blocks_3_0_conv_dw: dwconv 3x3 stride 2 pad 1;
        hardswish;
        blocks_3_0_conv_pw: conv 1x1x128;
        hardswish;
        blocks_3_1_conv_dw: dwconv 5x5 pad 2;
        hardswish;
        blocks_3_1_conv_pw: conv 1x1x128;
        hardswish;
        blocks_4_0_conv_dw: dwconv 5x5 pad 2;
        hardswish;
        blocks_4_0_conv_pw: conv 1x1x128;
        hardswish;
        blocks_4_1_conv_dw: dwconv 5x5 pad 2;
        hardswish;
        blocks_4_1_conv_pw: conv 1x1x128;
        hardswish;
        blocks_4_2_conv_dw: dwconv 5x5 pad 2;
        hardswish;
        blocks_4_2_conv_pw: conv 1x1x128;
        hardswish;
        blocks_4_3_conv_dw: dwconv 5x5 pad 2;
        hardswish;
        blocks_4_3_conv_pw: conv 1x1x128;
        hardswish;
        blocks_5_0_conv_dw: dwconv 5x5 stride 2 pad 2;
        hardswish;
        mul {
            {}
            {
                gap;
                blocks_5_0_se_conv_reduce: conv 1x1x32;
                relu;
                blocks_5_0_se_conv_expand: conv 1x1x128;
                hardsigmoid;
            }
        }
        blocks_5_0_conv_pw: conv 1x1x256;
        hardswish;
        blocks_5_1_conv_dw: dwconv 5x5 pad 2;
        hardswish;
        mul {
            {}
            {
                gap;
                blocks_5_1_se_conv_reduce: conv 1x1x64;
                relu;
                blocks_5_1_se_conv_expand: conv 1x1x256;
                hardsigmoid;
            }
        }
        blocks_5_1_conv_pw: conv 1x1x256;
        hardswish;
        gap;
        conv_head: conv 1x1x1280;
        hardswish;
        flatten;
        classifier: fc 1000;
    }
}
