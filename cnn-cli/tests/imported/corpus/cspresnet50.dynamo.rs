cnn! {
    // Imported from cspresnet50.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Cspresnet50Dynamo {
        input 224x224x3;
        stem_conv1_conv: conv 7x7x64 stride 2 pad 3;
        leakyrelu;
        maxpool 3 stride 2 pad 1;
        stages_0_conv_exp_conv: conv 1x1x256;
        split {
            {}
            {
                residual {
                    stages_0_blocks_0_conv1_conv: conv 1x1x64;
                    leakyrelu;
                    stages_0_blocks_0_conv2_conv: conv 3x3x64 pad 1;
                    leakyrelu;
                    stages_0_blocks_0_conv3_conv: conv 1x1x128;
                }
                leakyrelu;
                residual {
                    stages_0_blocks_1_conv1_conv: conv 1x1x64;
                    leakyrelu;
                    stages_0_blocks_1_conv2_conv: conv 3x3x64 pad 1;
                    leakyrelu;
                    stages_0_blocks_1_conv3_conv: conv 1x1x128;
                }
                leakyrelu;
                residual {
                    stages_0_blocks_2_conv1_conv: conv 1x1x64;
                    leakyrelu;
                    stages_0_blocks_2_conv2_conv: conv 3x3x64 pad 1;
                    leakyrelu;
                    stages_0_blocks_2_conv3_conv: conv 1x1x128;
                }
                leakyrelu;
                stages_0_conv_transition_b_conv: conv 1x1x128;
                leakyrelu;
            }
        }
        stages_0_conv_transition_conv: conv 1x1x128;
        leakyrelu;
        stages_1_conv_down_conv: conv 3x3x128 stride 2 pad 1;
        leakyrelu;
        stages_1_conv_exp_conv: conv 1x1x512;
        split {
            {}
            {
                residual {
                    stages_1_blocks_0_conv1_conv: conv 1x1x128;
                    leakyrelu;
                    stages_1_blocks_0_conv2_conv: conv 3x3x128 pad 1;
                    leakyrelu;
                    stages_1_blocks_0_conv3_conv: conv 1x1x256;
                }
                leakyrelu;
                residual {
                    stages_1_blocks_1_conv1_conv: conv 1x1x128;
                    leakyrelu;
                    stages_1_blocks_1_conv2_conv: conv 3x3x128 pad 1;
                    leakyrelu;
                    stages_1_blocks_1_conv3_conv: conv 1x1x256;
                }
                leakyrelu;
                residual {
                    stages_1_blocks_2_conv1_conv: conv 1x1x128;
                    leakyrelu;
                    stages_1_blocks_2_conv2_conv: conv 3x3x128 pad 1;
                    leakyrelu;
                    stages_1_blocks_2_conv3_conv: conv 1x1x256;
                }
                leakyrelu;
                stages_1_conv_transition_b_conv: conv 1x1x256;
                leakyrelu;
            }
        }
        stages_1_conv_transition_conv: conv 1x1x256;
        leakyrelu;
        stages_2_conv_down_conv: conv 3x3x256 stride 2 pad 1;
        leakyrelu;
        stages_2_conv_exp_conv: conv 1x1x1024;
        split {
            {}
            {
                residual {
                    stages_2_blocks_0_conv1_conv: conv 1x1x256;
                    leakyrelu;
                    stages_2_blocks_0_conv2_conv: conv 3x3x256 pad 1;
                    leakyrelu;
                    stages_2_blocks_0_conv3_conv: conv 1x1x512;
                }
                leakyrelu;
                residual {
                    stages_2_blocks_1_conv1_conv: conv 1x1x256;
                    leakyrelu;
                    stages_2_blocks_1_conv2_conv: conv 3x3x256 pad 1;
                    leakyrelu;
                    stages_2_blocks_1_conv3_conv: conv 1x1x512;
                }
                leakyrelu;
                residual {
                    stages_2_blocks_2_conv1_conv: conv 1x1x256;
                    leakyrelu;
                    stages_2_blocks_2_conv2_conv: conv 3x3x256 pad 1;
                    leakyrelu;
                    stages_2_blocks_2_conv3_conv: conv 1x1x512;
                }
                leakyrelu;
                residual {
                    stages_2_blocks_3_conv1_conv: conv 1x1x256;
                    leakyrelu;
                    stages_2_blocks_3_conv2_conv: conv 3x3x256 pad 1;
                    leakyrelu;
                    stages_2_blocks_3_conv3_conv: conv 1x1x512;
                }
                leakyrelu;
                residual {
                    stages_2_blocks_4_conv1_conv: conv 1x1x256;
                    leakyrelu;
                    stages_2_blocks_4_conv2_conv: conv 3x3x256 pad 1;
                    leakyrelu;
                    stages_2_blocks_4_conv3_conv: conv 1x1x512;
                }
                leakyrelu;
                stages_2_conv_transition_b_conv: conv 1x1x512;
                leakyrelu;
            }
        }
        stages_2_conv_transition_conv: conv 1x1x512;
        leakyrelu;
        stages_3_conv_down_conv: conv 3x3x512 stride 2 pad 1;
        leakyrelu;
        stages_3_conv_exp_conv: conv 1x1x2048;
        split {
            {}
            {
                residual {
                    stages_3_blocks_0_conv1_conv: conv 1x1x512;
                    leakyrelu;
                    stages_3_blocks_0_conv2_conv: conv 3x3x512 pad 1;
                    leakyrelu;
                    stages_3_blocks_0_conv3_conv: conv 1x1x1024;
                }
                leakyrelu;
                residual {
                    stages_3_blocks_1_conv1_conv: conv 1x1x512;
                    leakyrelu;
                    stages_3_blocks_1_conv2_conv: conv 3x3x512 pad 1;
                    leakyrelu;
                    stages_3_blocks_1_conv3_conv: conv 1x1x1024;
                }
                leakyrelu;
                stages_3_conv_transition_b_conv: conv 1x1x1024;
                leakyrelu;
            }
        }
        stages_3_conv_transition_conv: conv 1x1x1024;
        leakyrelu;
        gap;
        flatten;
        head_fc: fc 1000;
    }
}
