cnn! {
    // Imported from mobilenet_v3_small.eval.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct MobilenetV3SmallEval {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        hardswish;
        dwconv 3x3 stride 2 pad 1;
        relu;
        mul {
            {
                gap;
                features_1_block_1_fc1: conv 1x1x8;
                relu;
                features_1_block_1_fc2: conv 1x1x16;
                hardsigmoid;
            }
            {}
        }
        conv 1x1x16;
        conv 1x1x72;
        relu;
        dwconv 3x3 stride 2 pad 1;
        relu;
        conv 1x1x24;
        residual {
            conv 1x1x88;
            relu;
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x24;
        }
        conv 1x1x96;
        hardswish;
        dwconv 5x5 stride 2 pad 2;
        hardswish;
        mul {
            {
                gap;
                features_4_block_2_fc1: conv 1x1x24;
                relu;
                features_4_block_2_fc2: conv 1x1x96;
                hardsigmoid;
            }
            {}
        }
        conv 1x1x40;
        residual {
            conv 1x1x240;
            hardswish;
            dwconv 5x5 pad 2;
            hardswish;
            mul {
                {
                    gap;
                    features_5_block_2_fc1: conv 1x1x64;
                    relu;
                    features_5_block_2_fc2: conv 1x1x240;
                    hardsigmoid;
                }
                {}
            }
            conv 1x1x40;
        }
        residual {
            conv 1x1x240;
            hardswish;
            dwconv 5x5 pad 2;
            hardswish;
            mul {
                {
                    gap;
                    features_6_block_2_fc1: conv 1x1x64;
                    relu;
                    features_6_block_2_fc2: conv 1x1x240;
                    hardsigmoid;
                }
                {}
            }
            conv 1x1x40;
        }
        conv 1x1x120;
        hardswish;
        dwconv 5x5 pad 2;
        hardswish;
        mul {
            {
                gap;
                features_7_block_2_fc1: conv 1x1x32;
                relu;
                features_7_block_2_fc2: conv 1x1x120;
                hardsigmoid;
            }
            {}
        }
        conv 1x1x48;
        residual {
            conv 1x1x144;
            hardswish;
            dwconv 5x5 pad 2;
            hardswish;
            mul {
                {
                    gap;
                    features_8_block_2_fc1: conv 1x1x40;
                    relu;
                    features_8_block_2_fc2: conv 1x1x144;
                    hardsigmoid;
                }
                {}
            }
            conv 1x1x48;
        }
        conv 1x1x288;
        hardswish;
        dwconv 5x5 stride 2 pad 2;
        hardswish;
        mul {
            {
                gap;
                features_9_block_2_fc1: conv 1x1x72;
                relu;
                features_9_block_2_fc2: conv 1x1x288;
                hardsigmoid;
            }
            {}
        }
        conv 1x1x96;
        residual {
            conv 1x1x576;
            hardswish;
            dwconv 5x5 pad 2;
            hardswish;
            mul {
                {
                    gap;
                    features_10_block_2_fc1: conv 1x1x144;
                    relu;
                    features_10_block_2_fc2: conv 1x1x576;
                    hardsigmoid;
                }
                {}
            }
            conv 1x1x96;
        }
        residual {
            conv 1x1x576;
            hardswish;
            dwconv 5x5 pad 2;
            hardswish;
            mul {
                {
                    gap;
                    features_11_block_2_fc1: conv 1x1x144;
                    relu;
                    features_11_block_2_fc2: conv 1x1x576;
                    hardsigmoid;
                }
                {}
            }
            conv 1x1x96;
        }
        conv 1x1x576;
        hardswish;
        gap;
        flatten;
        classifier_0: fc 1024;
        hardswish;
        classifier_3: fc 1000;
    }
}
