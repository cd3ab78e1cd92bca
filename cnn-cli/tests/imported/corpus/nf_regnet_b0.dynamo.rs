cnn! {
    // Imported from nf_regnet_b0.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct NfRegnetB0Dynamo {
        input 224x224x3;
        conv 3x3x40 stride 2 pad 1;
        silu;
        stages: {
            0: {
                0: {
                    attn: {
                        add {
                            {
                                conv 1x1x40;
                                silu;
                                conv 3x3x40 groups 5 stride 2 pad 1;
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x24;
                                        relu;
                                        fc2: conv 1x1x40;
                                        sigmoid;
                                    }
                                }
                                times 2;
                                silu;
                                conv 1x1x40;
                                times 0.2;
                            }
                            {
                                avgpool 2 ceil;
                                conv 1x1x40;
                            }
                        }
                    }
                }
            }
            silu;
            times 0.9805807;
            1: {
                0: {
                    attn: {
                        add {
                            {
                                conv 1x1x88;
                                silu;
                                conv 3x3x88 groups 11 stride 2 pad 1;
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x48;
                                        relu;
                                        fc2: conv 1x1x88;
                                        sigmoid;
                                    }
                                }
                                times 2;
                                silu;
                                conv 1x1x80;
                                times 0.2;
                            }
                            {
                                avgpool 2 ceil;
                                conv 1x1x80;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9805807;
                        conv1: conv 1x1x184 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x184 groups 23 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x96;
                                    relu;
                                    fc2: conv 1x1x184;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x80 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                2: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9622505;
                        conv1: conv 1x1x184 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x184 groups 23 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x96;
                                    relu;
                                    fc2: conv 1x1x184;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x80 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
            silu;
            times 0.9449112;
            2: {
                0: {
                    add {
                        {
                            conv1: conv 1x1x184 scaledws eps 1e-5;
                            silu;
                            conv2: conv 3x3x184 groups 23 stride 2 pad 1 scaledws eps 1e-5;
                            attn: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x96;
                                        relu;
                                        fc2: conv 1x1x184;
                                        sigmoid;
                                    }
                                }
                            }
                            times 2;
                            silu;
                            conv3: conv 1x1x160 scaledws eps 1e-5;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                conv: conv 1x1x160 scaledws eps 1e-5;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9805807;
                        conv1: conv 1x1x360 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x360 groups 45 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x184;
                                    relu;
                                    fc2: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x160 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                2: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9622505;
                        conv1: conv 1x1x360 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x360 groups 45 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x184;
                                    relu;
                                    fc2: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x160 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                3: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9449112;
                        conv1: conv 1x1x360 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x360 groups 45 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x184;
                                    relu;
                                    fc2: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x160 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                4: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9284767;
                        conv1: conv 1x1x360 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x360 groups 45 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x184;
                                    relu;
                                    fc2: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x160 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                5: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.91287094;
                        conv1: conv 1x1x360 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x360 groups 45 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x184;
                                    relu;
                                    fc2: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x160 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
            silu;
            times 0.8980265;
            3: {
                0: {
                    add {
                        {
                            conv1: conv 1x1x360 scaledws eps 1e-5;
                            silu;
                            conv2: conv 3x3x360 groups 45 stride 2 pad 1 scaledws eps 1e-5;
                            attn: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x184;
                                        relu;
                                        fc2: conv 1x1x360;
                                        sigmoid;
                                    }
                                }
                            }
                            times 2;
                            silu;
                            conv3: conv 1x1x328 scaledws eps 1e-5;
                            times 0.2;
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                conv: conv 1x1x328 scaledws eps 1e-5;
                            }
                        }
                    }
                }
                1: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9805807;
                        conv1: conv 1x1x736 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x736 groups 92 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x368;
                                    relu;
                                    fc2: conv 1x1x736;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x328 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                2: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9622505;
                        conv1: conv 1x1x736 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x736 groups 92 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x368;
                                    relu;
                                    fc2: conv 1x1x736;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x328 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                3: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9449112;
                        conv1: conv 1x1x736 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x736 groups 92 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x368;
                                    relu;
                                    fc2: conv 1x1x736;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x328 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                4: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.9284767;
                        conv1: conv 1x1x736 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x736 groups 92 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x368;
                                    relu;
                                    fc2: conv 1x1x736;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x328 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
                5: {
                    residual {
                        mul {
                            {}
                            {
                                sigmoid;
                            }
                        }
                        times 0.91287094;
                        conv1: conv 1x1x736 scaledws eps 1e-5;
                        silu;
                        conv2: conv 3x3x736 groups 92 pad 1 scaledws eps 1e-5;
                        attn: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x368;
                                    relu;
                                    fc2: conv 1x1x736;
                                    sigmoid;
                                }
                            }
                        }
                        times 2;
                        silu;
                        conv3: conv 1x1x328 scaledws eps 1e-5;
                        times 0.2;
                    }
                }
            }
        }
        final_conv: conv 1x1x960 scaledws eps 1e-5;
        silu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
