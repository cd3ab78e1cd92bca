cnn! {
    // Imported from shufflenet_v2_x1_0.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct ShufflenetV2X10Preserve {
        input 224x224x3;
        conv1_0: conv 3x3x24 stride 2 pad 1 nobias;
        conv1_1: bn;
        relu;
        maxpool 3 stride 2 pad 1;
        concat {
            {
                stage2_0_branch1_0: dwconv 3x3 stride 2 pad 1 nobias;
                stage2_0_branch1_1: bn;
                stage2_0_branch1_2: conv 1x1x58 nobias;
                stage2_0_branch1_3: bn;
                relu;
            }
            {
                stage2_0_branch2_0: conv 1x1x58 nobias;
                stage2_0_branch2_1: bn;
                relu;
                stage2_0_branch2_3: dwconv 3x3 stride 2 pad 1 nobias;
                stage2_0_branch2_4: bn;
                stage2_0_branch2_5: conv 1x1x58 nobias;
                stage2_0_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage2_1_branch2_0: conv 1x1x58 nobias;
                stage2_1_branch2_1: bn;
                relu;
                stage2_1_branch2_3: dwconv 3x3 pad 1 nobias;
                stage2_1_branch2_4: bn;
                stage2_1_branch2_5: conv 1x1x58 nobias;
                stage2_1_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage2_2_branch2_0: conv 1x1x58 nobias;
                stage2_2_branch2_1: bn;
                relu;
                stage2_2_branch2_3: dwconv 3x3 pad 1 nobias;
                stage2_2_branch2_4: bn;
                stage2_2_branch2_5: conv 1x1x58 nobias;
                stage2_2_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage2_3_branch2_0: conv 1x1x58 nobias;
                stage2_3_branch2_1: bn;
                relu;
                stage2_3_branch2_3: dwconv 3x3 pad 1 nobias;
                stage2_3_branch2_4: bn;
                stage2_3_branch2_5: conv 1x1x58 nobias;
                stage2_3_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        concat {
            {
                stage3_0_branch1_0: dwconv 3x3 stride 2 pad 1 nobias;
                stage3_0_branch1_1: bn;
                stage3_0_branch1_2: conv 1x1x116 nobias;
                stage3_0_branch1_3: bn;
                relu;
            }
            {
                stage3_0_branch2_0: conv 1x1x116 nobias;
                stage3_0_branch2_1: bn;
                relu;
                stage3_0_branch2_3: dwconv 3x3 stride 2 pad 1 nobias;
                stage3_0_branch2_4: bn;
                stage3_0_branch2_5: conv 1x1x116 nobias;
                stage3_0_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_1_branch2_0: conv 1x1x116 nobias;
                stage3_1_branch2_1: bn;
                relu;
                stage3_1_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_1_branch2_4: bn;
                stage3_1_branch2_5: conv 1x1x116 nobias;
                stage3_1_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_2_branch2_0: conv 1x1x116 nobias;
                stage3_2_branch2_1: bn;
                relu;
                stage3_2_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_2_branch2_4: bn;
                stage3_2_branch2_5: conv 1x1x116 nobias;
                stage3_2_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_3_branch2_0: conv 1x1x116 nobias;
                stage3_3_branch2_1: bn;
                relu;
                stage3_3_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_3_branch2_4: bn;
                stage3_3_branch2_5: conv 1x1x116 nobias;
                stage3_3_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_4_branch2_0: conv 1x1x116 nobias;
                stage3_4_branch2_1: bn;
                relu;
                stage3_4_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_4_branch2_4: bn;
                stage3_4_branch2_5: conv 1x1x116 nobias;
                stage3_4_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_5_branch2_0: conv 1x1x116 nobias;
                stage3_5_branch2_1: bn;
                relu;
                stage3_5_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_5_branch2_4: bn;
                stage3_5_branch2_5: conv 1x1x116 nobias;
                stage3_5_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_6_branch2_0: conv 1x1x116 nobias;
                stage3_6_branch2_1: bn;
                relu;
                stage3_6_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_6_branch2_4: bn;
                stage3_6_branch2_5: conv 1x1x116 nobias;
                stage3_6_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage3_7_branch2_0: conv 1x1x116 nobias;
                stage3_7_branch2_1: bn;
                relu;
                stage3_7_branch2_3: dwconv 3x3 pad 1 nobias;
                stage3_7_branch2_4: bn;
                stage3_7_branch2_5: conv 1x1x116 nobias;
                stage3_7_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        concat {
            {
                stage4_0_branch1_0: dwconv 3x3 stride 2 pad 1 nobias;
                stage4_0_branch1_1: bn;
                stage4_0_branch1_2: conv 1x1x232 nobias;
                stage4_0_branch1_3: bn;
                relu;
            }
            {
                stage4_0_branch2_0: conv 1x1x232 nobias;
                stage4_0_branch2_1: bn;
                relu;
                stage4_0_branch2_3: dwconv 3x3 stride 2 pad 1 nobias;
                stage4_0_branch2_4: bn;
                stage4_0_branch2_5: conv 1x1x232 nobias;
                stage4_0_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage4_1_branch2_0: conv 1x1x232 nobias;
                stage4_1_branch2_1: bn;
                relu;
                stage4_1_branch2_3: dwconv 3x3 pad 1 nobias;
                stage4_1_branch2_4: bn;
                stage4_1_branch2_5: conv 1x1x232 nobias;
                stage4_1_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage4_2_branch2_0: conv 1x1x232 nobias;
                stage4_2_branch2_1: bn;
                relu;
                stage4_2_branch2_3: dwconv 3x3 pad 1 nobias;
                stage4_2_branch2_4: bn;
                stage4_2_branch2_5: conv 1x1x232 nobias;
                stage4_2_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        split {
            {}
            {
                stage4_3_branch2_0: conv 1x1x232 nobias;
                stage4_3_branch2_1: bn;
                relu;
                stage4_3_branch2_3: dwconv 3x3 pad 1 nobias;
                stage4_3_branch2_4: bn;
                stage4_3_branch2_5: conv 1x1x232 nobias;
                stage4_3_branch2_6: bn;
                relu;
            }
        }
        shuffle 2;
        conv5_0: conv 1x1x1024 nobias;
        conv5_1: bn;
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
