cnn! {
    // Imported from hgnet_tiny.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct HgnetTinyDynamo {
        input 224x224x3;
        stem_stem_0_conv: conv 3x3x48 stride 2 pad 1;
        relu;
        stem_stem_1_conv: conv 3x3x48 pad 1;
        relu;
        stem_stem_2_conv: conv 3x3x96 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        concat {
            {}
            {
                stages_0_blocks_0_layers_0_conv: conv 3x3x96 pad 1;
                relu;
                concat {
                    {}
                    {
                        stages_0_blocks_0_layers_1_conv: conv 3x3x96 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                stages_0_blocks_0_layers_2_conv: conv 3x3x96 pad 1;
                                relu;
                                concat {
                                    {}
                                    {
                                        stages_0_blocks_0_layers_3_conv: conv 3x3x96 pad 1;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                stages_0_blocks_0_layers_4_conv: conv 3x3x96 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        stages_0_blocks_0_aggregation_0_conv: conv 1x1x224;
        relu;
        mul {
            {}
            {
                gap;
                stages_0_blocks_0_aggregation_1_conv: conv 1x1x224;
                sigmoid;
            }
        }
        stages_1_downsample_conv: dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                stages_1_blocks_0_layers_0_conv: conv 3x3x128 pad 1;
                relu;
                concat {
                    {}
                    {
                        stages_1_blocks_0_layers_1_conv: conv 3x3x128 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                stages_1_blocks_0_layers_2_conv: conv 3x3x128 pad 1;
                                relu;
                                concat {
                                    {}
                                    {
                                        stages_1_blocks_0_layers_3_conv: conv 3x3x128 pad 1;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                stages_1_blocks_0_layers_4_conv: conv 3x3x128 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        stages_1_blocks_0_aggregation_0_conv: conv 1x1x448;
        relu;
        mul {
            {}
            {
                gap;
                stages_1_blocks_0_aggregation_1_conv: conv 1x1x448;
                sigmoid;
            }
        }
        stages_2_downsample_conv: dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                stages_2_blocks_0_layers_0_conv: conv 3x3x160 pad 1;
                relu;
                concat {
                    {}
                    {
                        stages_2_blocks_0_layers_1_conv: conv 3x3x160 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                stages_2_blocks_0_layers_2_conv: conv 3x3x160 pad 1;
                                relu;
                                concat {
                                    {}
                                    {
                                        stages_2_blocks_0_layers_3_conv: conv 3x3x160 pad 1;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                stages_2_blocks_0_layers_4_conv: conv 3x3x160 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        stages_2_blocks_0_aggregation_0_conv: conv 1x1x512;
        relu;
        mul {
            {}
            {
                gap;
                stages_2_blocks_0_aggregation_1_conv: conv 1x1x512;
                sigmoid;
            }
        }
        residual {
            concat {
                {}
                {
                    stages_2_blocks_1_layers_0_conv: conv 3x3x160 pad 1;
                    relu;
                    concat {
                        {}
                        {
                            stages_2_blocks_1_layers_1_conv: conv 3x3x160 pad 1;
                            relu;
                            concat {
                                {}
                                {
                                    stages_2_blocks_1_layers_2_conv: conv 3x3x160 pad 1;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            stages_2_blocks_1_layers_3_conv: conv 3x3x160 pad 1;
                                            relu;
                                            concat {
                                                {}
                                                {
                                                    stages_2_blocks_1_layers_4_conv: conv 3x3x160 pad 1;
                                                    relu;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            stages_2_blocks_1_aggregation_0_conv: conv 1x1x512;
            relu;
            mul {
                {}
                {
                    gap;
                    stages_2_blocks_1_aggregation_1_conv: conv 1x1x512;
                    sigmoid;
                }
            }
        }
        stages_3_downsample_conv: dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                stages_3_blocks_0_layers_0_conv: conv 3x3x192 pad 1;
                relu;
                concat {
                    {}
                    {
                        stages_3_blocks_0_layers_1_conv: conv 3x3x192 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                stages_3_blocks_0_layers_2_conv: conv 3x3x192 pad 1;
                                relu;
                                concat {
                                    {}
                                    {
                                        stages_3_blocks_0_layers_3_conv: conv 3x3x192 pad 1;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                stages_3_blocks_0_layers_4_conv: conv 3x3x192 pad 1;
                                                relu;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        stages_3_blocks_0_aggregation_0_conv: conv 1x1x768;
        relu;
        mul {
            {}
            {
                gap;
                stages_3_blocks_0_aggregation_1_conv: conv 1x1x768;
                sigmoid;
            }
        }
        gap;
        head_last_conv_0: conv 1x1x2048 nobias;
        relu;
        flatten;
        head_fc: fc 1000;
    }
}
