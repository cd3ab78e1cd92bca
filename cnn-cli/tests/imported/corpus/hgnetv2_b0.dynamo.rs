cnn! {
    // Imported from hgnetv2_b0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Hgnetv2B0Dynamo {
        input 224x224x3;
        stem_stem1_conv: conv 3x3x16 stride 2 pad 1;
        relu;
        stem_stem1_lab: affine;
        concat {
            {
                zeropad 0 end 1;
                maxpool 2 stride 1 ceil;
            }
            {
                stem_stem2a_conv: conv 2x2x8 pad same;
                relu;
                stem_stem2a_lab: affine;
                stem_stem2b_conv: conv 2x2x16 pad same;
                relu;
                stem_stem2b_lab: affine;
            }
        }
        stem_stem3_conv: conv 3x3x16 stride 2 pad 1;
        relu;
        stem_stem3_lab: affine;
        stem_stem4_conv: conv 1x1x16;
        relu;
        stem_stem4_lab: affine;
        concat {
            {}
            {
                stages_0_blocks_0_layers_0_conv: conv 3x3x16 pad 1;
                relu;
                stages_0_blocks_0_layers_0_lab: affine;
                concat {
                    {}
                    {
                        stages_0_blocks_0_layers_1_conv: conv 3x3x16 pad 1;
                        relu;
                        stages_0_blocks_0_layers_1_lab: affine;
                        concat {
                            {}
                            {
                                stages_0_blocks_0_layers_2_conv: conv 3x3x16 pad 1;
                                relu;
                                stages_0_blocks_0_layers_2_lab: affine;
                            }
                        }
                    }
                }
            }
        }
        stages_0_blocks_0_aggregation_0_conv: conv 1x1x32;
        relu;
        stages_0_blocks_0_aggregation_0_lab: affine;
        stages_0_blocks_0_aggregation_1_conv: conv 1x1x64;
        relu;
        stages_0_blocks_0_aggregation_1_lab: affine;
        stages_1_downsample_conv: dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                stages_1_blocks_0_layers_0_conv: conv 3x3x32 pad 1;
                relu;
                stages_1_blocks_0_layers_0_lab: affine;
                concat {
                    {}
                    {
                        stages_1_blocks_0_layers_1_conv: conv 3x3x32 pad 1;
                        relu;
                        stages_1_blocks_0_layers_1_lab: affine;
                        concat {
                            {}
                            {
                                stages_1_blocks_0_layers_2_conv: conv 3x3x32 pad 1;
                                relu;
                                stages_1_blocks_0_layers_2_lab: affine;
                            }
                        }
                    }
                }
            }
        }
        stages_1_blocks_0_aggregation_0_conv: conv 1x1x128;
        relu;
        stages_1_blocks_0_aggregation_0_lab: affine;
        stages_1_blocks_0_aggregation_1_conv: conv 1x1x256;
        relu;
        stages_1_blocks_0_aggregation_1_lab: affine;
        stages_2_downsample_conv: dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                stages_2_blocks_0_layers_0_conv1_conv: conv 1x1x64;
                stages_2_blocks_0_layers_0_conv2_conv: dwconv 5x5 pad 2;
                relu;
                stages_2_blocks_0_layers_0_conv2_lab: affine;
                concat {
                    {}
                    {
                        stages_2_blocks_0_layers_1_conv1_conv: conv 1x1x64;
                        stages_2_blocks_0_layers_1_conv2_conv: dwconv 5x5 pad 2;
                        relu;
                        stages_2_blocks_0_layers_1_conv2_lab: affine;
                        concat {
                            {}
                            {
                                stages_2_blocks_0_layers_2_conv1_conv: conv 1x1x64;
                                stages_2_blocks_0_layers_2_conv2_conv: dwconv 5x5 pad 2;
                                relu;
                                stages_2_blocks_0_layers_2_conv2_lab: affine;
                            }
                        }
                    }
                }
            }
        }
        stages_2_blocks_0_aggregation_0_conv: conv 1x1x256;
        relu;
        stages_2_blocks_0_aggregation_0_lab: affine;
        stages_2_blocks_0_aggregation_1_conv: conv 1x1x512;
        relu;
        stages_2_blocks_0_aggregation_1_lab: affine;
        residual {
            concat {
                {}
                {
                    stages_2_blocks_1_layers_0_conv1_conv: conv 1x1x64;
                    stages_2_blocks_1_layers_0_conv2_conv: dwconv 5x5 pad 2;
                    relu;
                    stages_2_blocks_1_layers_0_conv2_lab: affine;
                    concat {
                        {}
                        {
                            stages_2_blocks_1_layers_1_conv1_conv: conv 1x1x64;
                            stages_2_blocks_1_layers_1_conv2_conv: dwconv 5x5 pad 2;
                            relu;
                            stages_2_blocks_1_layers_1_conv2_lab: affine;
                            concat {
                                {}
                                {
                                    stages_2_blocks_1_layers_2_conv1_conv: conv 1x1x64;
                                    stages_2_blocks_1_layers_2_conv2_conv: dwconv 5x5 pad 2;
                                    relu;
                                    stages_2_blocks_1_layers_2_conv2_lab: affine;
                                }
                            }
                        }
                    }
                }
            }
            stages_2_blocks_1_aggregation_0_conv: conv 1x1x256;
            relu;
            stages_2_blocks_1_aggregation_0_lab: affine;
            stages_2_blocks_1_aggregation_1_conv: conv 1x1x512;
            relu;
            stages_2_blocks_1_aggregation_1_lab: affine;
        }
        stages_3_downsample_conv: dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                stages_3_blocks_0_layers_0_conv1_conv: conv 1x1x128;
                stages_3_blocks_0_layers_0_conv2_conv: dwconv 5x5 pad 2;
                relu;
                stages_3_blocks_0_layers_0_conv2_lab: affine;
                concat {
                    {}
                    {
                        stages_3_blocks_0_layers_1_conv1_conv: conv 1x1x128;
                        stages_3_blocks_0_layers_1_conv2_conv: dwconv 5x5 pad 2;
                        relu;
                        stages_3_blocks_0_layers_1_conv2_lab: affine;
                        concat {
                            {}
                            {
                                stages_3_blocks_0_layers_2_conv1_conv: conv 1x1x128;
                                stages_3_blocks_0_layers_2_conv2_conv: dwconv 5x5 pad 2;
                                relu;
                                stages_3_blocks_0_layers_2_conv2_lab: affine;
                            }
                        }
                    }
                }
            }
        }
        stages_3_blocks_0_aggregation_0_conv: conv 1x1x512;
        relu;
        stages_3_blocks_0_aggregation_0_lab: affine;
        stages_3_blocks_0_aggregation_1_conv: conv 1x1x1024;
        relu;
        stages_3_blocks_0_aggregation_1_lab: affine;
        gap;
        head_last_conv_0: conv 1x1x2048 nobias;
        relu;
        head_last_conv_2: affine;
        flatten;
        head_fc: fc 1000;
    }
}
