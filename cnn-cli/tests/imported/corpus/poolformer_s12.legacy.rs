cnn! {
    // Imported from poolformer_s12.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct PoolformerS12Legacy {
        input 224x224x3;
        stem_conv: conv 7x7x64 stride 4 pad 2;
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_0_blocks_0_mlp_fc1: conv 1x1x256;
            gelu;
            stages_0_blocks_0_mlp_fc2: conv 1x1x64;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_0_blocks_1_mlp_fc1: conv 1x1x256;
            gelu;
            stages_0_blocks_1_mlp_fc2: conv 1x1x64;
            scale;
        }
        stages_1_downsample_conv: conv 3x3x128 stride 2 pad 1;
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_1_blocks_0_mlp_fc1: conv 1x1x512;
            gelu;
            stages_1_blocks_0_mlp_fc2: conv 1x1x128;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_1_blocks_1_mlp_fc1: conv 1x1x512;
            gelu;
            stages_1_blocks_1_mlp_fc2: conv 1x1x128;
            scale;
        }
        stages_2_downsample_conv: conv 3x3x320 stride 2 pad 1;
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_2_blocks_0_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_2_blocks_0_mlp_fc2: conv 1x1x320;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_2_blocks_1_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_2_blocks_1_mlp_fc2: conv 1x1x320;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_2_blocks_2_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_2_blocks_2_mlp_fc2: conv 1x1x320;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_2_blocks_3_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_2_blocks_3_mlp_fc2: conv 1x1x320;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_2_blocks_4_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_2_blocks_4_mlp_fc2: conv 1x1x320;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_2_blocks_5_mlp_fc1: conv 1x1x1280;
            gelu;
            stages_2_blocks_5_mlp_fc2: conv 1x1x320;
            scale;
        }
        stages_3_downsample_conv: conv 3x3x512 stride 2 pad 1;
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_3_blocks_0_mlp_fc1: conv 1x1x2048;
            gelu;
            stages_3_blocks_0_mlp_fc2: conv 1x1x512;
            scale;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        residual {
            groupnorm 1;
            stages_3_blocks_1_mlp_fc1: conv 1x1x2048;
            gelu;
            stages_3_blocks_1_mlp_fc2: conv 1x1x512;
            scale;
        }
        gap;
        head_norm: layernorm;
        flatten;
        head_fc: fc 1000;
    }
}
