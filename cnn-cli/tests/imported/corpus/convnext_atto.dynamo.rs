cnn! {
    // Imported from convnext_atto.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct ConvnextAttoDynamo {
        input 224x224x3;
        stem_0: conv 4x4x40 stride 4;
        stem_1: layernorm;
        residual {
            stages_0_blocks_0_conv_dw: dwconv 7x7 pad 3;
            stages_0_blocks_0_norm: layernorm;
            stages_0_blocks_0_mlp_fc1: conv 1x1x160;
            gelu;
            stages_0_blocks_0_mlp_fc2: conv 1x1x40;
            scale;
        }
        residual {
            stages_0_blocks_1_conv_dw: dwconv 7x7 pad 3;
            stages_0_blocks_1_norm: layernorm;
            stages_0_blocks_1_mlp_fc1: conv 1x1x160;
            gelu;
            stages_0_blocks_1_mlp_fc2: conv 1x1x40;
            scale;
        }
        stages_1_downsample_0: layernorm;
        stages_1_downsample_1: conv 2x2x80 stride 2;
        residual {
            stages_1_blocks_0_conv_dw: dwconv 7x7 pad 3;
            stages_1_blocks_0_norm: layernorm;
            stages_1_blocks_0_mlp_fc1: conv 1x1x320;
            gelu;
            stages_1_blocks_0_mlp_fc2: conv 1x1x80;
            scale;
        }
        residual {
            stages_1_blocks_1_conv_dw: dwconv 7x7 pad 3;
            stages_1_blocks_1_norm: layernorm;
            stages_1_blocks_1_mlp_fc1: conv 1x1x320;
            gelu;
            stages_1_blocks_1_mlp_fc2: conv 1x1x80;
            scale;
        }
        stages_2_downsample_0: layernorm;
        stages_2_downsample_1: conv 2x2x160 stride 2;
        residual {
            stages_2_blocks_0_conv_dw: dwconv 7x7 pad 3;
            stages_2_blocks_0_norm: layernorm;
            stages_2_blocks_0_mlp_fc1: conv 1x1x640;
            gelu;
            stages_2_blocks_0_mlp_fc2: conv 1x1x160;
            scale;
        }
        residual {
            stages_2_blocks_1_conv_dw: dwconv 7x7 pad 3;
            stages_2_blocks_1_norm: layernorm;
            stages_2_blocks_1_mlp_fc1: conv 1x1x640;
            gelu;
            stages_2_blocks_1_mlp_fc2: conv 1x1x160;
            scale;
        }
        residual {
            stages_2_blocks_2_conv_dw: dwconv 7x7 pad 3;
            stages_2_blocks_2_norm: layernorm;
            stages_2_blocks_2_mlp_fc1: conv 1x1x640;
            gelu;
            stages_2_blocks_2_mlp_fc2: conv 1x1x160;
            scale;
        }
        residual {
            stages_2_blocks_3_conv_dw: dwconv 7x7 pad 3;
            stages_2_blocks_3_norm: layernorm;
            stages_2_blocks_3_mlp_fc1: conv 1x1x640;
            gelu;
            stages_2_blocks_3_mlp_fc2: conv 1x1x160;
            scale;
        }
        residual {
            stages_2_blocks_4_conv_dw: dwconv 7x7 pad 3;
            stages_2_blocks_4_norm: layernorm;
            stages_2_blocks_4_mlp_fc1: conv 1x1x640;
            gelu;
            stages_2_blocks_4_mlp_fc2: conv 1x1x160;
            scale;
        }
        residual {
            stages_2_blocks_5_conv_dw: dwconv 7x7 pad 3;
            stages_2_blocks_5_norm: layernorm;
            stages_2_blocks_5_mlp_fc1: conv 1x1x640;
            gelu;
            stages_2_blocks_5_mlp_fc2: conv 1x1x160;
            scale;
        }
        stages_3_downsample_0: layernorm;
        stages_3_downsample_1: conv 2x2x320 stride 2;
        residual {
            stages_3_blocks_0_conv_dw: dwconv 7x7 pad 3;
            stages_3_blocks_0_norm: layernorm;
            stages_3_blocks_0_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_3_blocks_0_mlp_fc2: conv 1x1x320;
            scale;
        }
        residual {
            stages_3_blocks_1_conv_dw: dwconv 7x7 pad 3;
            stages_3_blocks_1_norm: layernorm;
            stages_3_blocks_1_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_3_blocks_1_mlp_fc2: conv 1x1x320;
            scale;
        }
        gap;
        head_norm: layernorm;
        flatten;
        head_fc: fc 1000;
    }
}
