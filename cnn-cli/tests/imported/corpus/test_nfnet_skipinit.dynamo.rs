cnn! {
    // Imported from test_nfnet_skipinit.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TestNfnetSkipinitDynamo {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        silu;
        conv 3x3x32 pad 1;
        silu;
        stem: {
            conv3: conv 3x3x64 pad 1 scaledws eps 1e-5;
            silu;
            conv4: conv 3x3x128 stride 2 pad 1 scaledws eps 1e-5;
        }
        silu;
        stages: {
            0: {
                0: {
                    add {
                        {
                            conv 1x1x8;
                            repeat 2 {
                                silu;
                                conv 3x3x8 pad 1;
                            }
                            silu;
                            conv 1x1x32;
                            attn_last: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x8;
                                        relu;
                                        fc2: conv 1x1x32;
                                        sigmoid;
                                    }
                                }
                            }
                            times 2;
                            skipinit_gain: gain;
                            times 0.2;
                        }
                        {
                            conv 1x1x32;
                        }
                    }
                }
            }
            silu;
            times 0.9805807;
            1: {
                0: {
                    add {
                        {
                            conv 1x1x16;
                            silu;
                            conv 3x3x16 groups 2 stride 2 pad 1;
                            silu;
                            conv 3x3x16 groups 2 pad 1;
                            silu;
                            conv 1x1x64;
                            attn_last: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x16;
                                        relu;
                                        fc2: conv 1x1x64;
                                        sigmoid;
                                    }
                                }
                            }
                            times 2;
                            skipinit_gain: gain;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            conv 1x1x64;
                        }
                    }
                }
            }
            silu;
            times 0.9805807;
            2: {
                0: {
                    add {
                        {
                            conv 1x1x24;
                            silu;
                            conv 3x3x24 groups 3 stride 2 pad 1;
                            silu;
                            conv 3x3x24 groups 3 pad 1;
                            silu;
                            conv 1x1x96;
                            attn_last: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x24;
                                        relu;
                                        fc2: conv 1x1x96;
                                        sigmoid;
                                    }
                                }
                            }
                            times 2;
                            skipinit_gain: gain;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            conv 1x1x96;
                        }
                    }
                }
            }
            silu;
            times 0.9805807;
            3: {
                0: {
                    add {
                        {
                            conv 1x1x32;
                            silu;
                            conv 3x3x32 groups 4 stride 2 pad 1;
                            silu;
                            conv 3x3x32 groups 4 pad 1;
                            silu;
                            conv 1x1x128;
                            attn_last: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x32;
                                        relu;
                                        fc2: conv 1x1x128;
                                        sigmoid;
                                    }
                                }
                            }
                            times 2;
                            skipinit_gain: gain;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                conv: conv 1x1x128 scaledws eps 1e-5;
                            }
                        }
                    }
                }
            }
        }
        final_conv: conv 1x1x192 scaledws eps 1e-5;
        silu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
