cnn! {
    // Imported from hgnet_tiny.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct HgnetTinyLegacy {
        input 224x224x3;
        conv 3x3x48 stride 2 pad 1;
        relu;
        conv 3x3x48 pad 1;
        relu;
        conv 3x3x96 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        concat {
            {}
            {
                conv 3x3x96 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 3x3x96 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                conv 3x3x96 pad 1;
                                relu;
                                concat {
                                    {}
                                    {
                                        conv 3x3x96 pad 1;
                                        relu;
                                        concat {
                                            {}
                                            {
                                                conv 3x3x96 pad 1;
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
        conv 1x1x224;
        relu;
        stages: {
            0: {
                blocks: {
                    0: {
                        aggregation: {
                            1: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv: conv 1x1x224;
                                        sigmoid;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            dwconv 3x3 stride 2 pad 1;
            concat {
                {}
                {
                    conv 3x3x128 pad 1;
                    relu;
                    concat {
                        {}
                        {
                            conv 3x3x128 pad 1;
                            relu;
                            concat {
                                {}
                                {
                                    conv 3x3x128 pad 1;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            conv 3x3x128 pad 1;
                                            relu;
                                            concat {
                                                {}
                                                {
                                                    conv 3x3x128 pad 1;
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
            conv 1x1x448;
            relu;
            1: {
                blocks: {
                    0: {
                        aggregation: {
                            1: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv: conv 1x1x448;
                                        sigmoid;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            dwconv 3x3 stride 2 pad 1;
            concat {
                {}
                {
                    conv 3x3x160 pad 1;
                    relu;
                    concat {
                        {}
                        {
                            conv 3x3x160 pad 1;
                            relu;
                            concat {
                                {}
                                {
                                    conv 3x3x160 pad 1;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            conv 3x3x160 pad 1;
                                            relu;
                                            concat {
                                                {}
                                                {
                                                    conv 3x3x160 pad 1;
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
            conv 1x1x512;
            relu;
            2: {
                blocks: {
                    0: {
                        aggregation: {
                            1: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv: conv 1x1x512;
                                        sigmoid;
                                    }
                                }
                            }
                        }
                    }
                    1: {
                        aggregation: {
                            1: {
                                residual {
                                    concat {
                                        {}
                                        {
                                            conv 3x3x160 pad 1;
                                            relu;
                                            concat {
                                                {}
                                                {
                                                    conv 3x3x160 pad 1;
                                                    relu;
                                                    concat {
                                                        {}
                                                        {
                                                            conv 3x3x160 pad 1;
                                                            relu;
                                                            concat {
                                                                {}
                                                                {
                                                                    conv 3x3x160 pad 1;
                                                                    relu;
                                                                    concat {
                                                                        {}
                                                                        {
                                                                            conv 3x3x160 pad 1;
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
                                    conv 1x1x512;
                                    relu;
                                    mul {
                                        {}
                                        {
                                            gap;
                                            conv: conv 1x1x512;
                                            sigmoid;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            dwconv 3x3 stride 2 pad 1;
            concat {
                {}
                {
                    conv 3x3x192 pad 1;
                    relu;
                    concat {
                        {}
                        {
                            conv 3x3x192 pad 1;
                            relu;
                            concat {
                                {}
                                {
                                    conv 3x3x192 pad 1;
                                    relu;
                                    concat {
                                        {}
                                        {
                                            conv 3x3x192 pad 1;
                                            relu;
                                            concat {
                                                {}
                                                {
                                                    conv 3x3x192 pad 1;
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
            conv 1x1x768;
            relu;
            3: {
                blocks: {
                    0: {
                        aggregation: {
                            1: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        conv: conv 1x1x768;
                                        sigmoid;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        gap;
        head: {
            last_conv: {
                0: conv 1x1x2048 nobias;
            }
            relu;
            flatten;
            fc: fc 1000;
        }
    }
}
