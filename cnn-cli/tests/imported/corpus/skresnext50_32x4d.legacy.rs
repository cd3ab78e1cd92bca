cnn! {
    // Imported from skresnext50_32x4d.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Skresnext5032x4dLegacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                conv2: {
                    attn: {
                        add {
                            {
                                conv 1x1x128;
                                relu;
                                mix {
                                    {
                                        conv 3x3x128 groups 32 pad 1;
                                        relu;
                                    }
                                    {
                                        conv 3x3x128 groups 32 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x32;
                                        relu;
                                        fc_select: conv 1x1x256 nobias;
                                    }
                                }
                                conv 1x1x256;
                            }
                            {
                                conv 1x1x256;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x128;
                            relu;
                            mix {
                                {
                                    conv 3x3x128 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x128 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x256 nobias;
                                }
                            }
                            conv 1x1x256;
                        }
                    }
                }
            }
            relu;
            2: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x128;
                            relu;
                            mix {
                                {
                                    conv 3x3x128 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x128 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x256 nobias;
                                }
                            }
                            conv 1x1x256;
                        }
                    }
                }
            }
        }
        relu;
        layer2: {
            0: {
                conv2: {
                    attn: {
                        add {
                            {
                                conv 1x1x256;
                                relu;
                                mix {
                                    {
                                        conv 3x3x256 groups 32 stride 2 pad 1;
                                        relu;
                                    }
                                    {
                                        conv 3x3x256 groups 32 stride 2 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x32;
                                        relu;
                                        fc_select: conv 1x1x512 nobias;
                                    }
                                }
                                conv 1x1x512;
                            }
                            {
                                conv 1x1x512 stride 2;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x256;
                            relu;
                            mix {
                                {
                                    conv 3x3x256 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x256 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x512 nobias;
                                }
                            }
                            conv 1x1x512;
                        }
                    }
                }
            }
            relu;
            2: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x256;
                            relu;
                            mix {
                                {
                                    conv 3x3x256 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x256 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x512 nobias;
                                }
                            }
                            conv 1x1x512;
                        }
                    }
                }
            }
            relu;
            3: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x256;
                            relu;
                            mix {
                                {
                                    conv 3x3x256 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x256 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x512 nobias;
                                }
                            }
                            conv 1x1x512;
                        }
                    }
                }
            }
        }
        relu;
        layer3: {
            0: {
                conv2: {
                    attn: {
                        add {
                            {
                                conv 1x1x512;
                                relu;
                                mix {
                                    {
                                        conv 3x3x512 groups 32 stride 2 pad 1;
                                        relu;
                                    }
                                    {
                                        conv 3x3x512 groups 32 stride 2 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x32;
                                        relu;
                                        fc_select: conv 1x1x1024 nobias;
                                    }
                                }
                                conv 1x1x1024;
                            }
                            {
                                conv 1x1x1024 stride 2;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x512;
                            relu;
                            mix {
                                {
                                    conv 3x3x512 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x512 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x1024 nobias;
                                }
                            }
                            conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            2: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x512;
                            relu;
                            mix {
                                {
                                    conv 3x3x512 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x512 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x1024 nobias;
                                }
                            }
                            conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            3: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x512;
                            relu;
                            mix {
                                {
                                    conv 3x3x512 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x512 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x1024 nobias;
                                }
                            }
                            conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            4: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x512;
                            relu;
                            mix {
                                {
                                    conv 3x3x512 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x512 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x1024 nobias;
                                }
                            }
                            conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            5: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x512;
                            relu;
                            mix {
                                {
                                    conv 3x3x512 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x512 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x1024 nobias;
                                }
                            }
                            conv 1x1x1024;
                        }
                    }
                }
            }
        }
        relu;
        layer4: {
            0: {
                conv2: {
                    attn: {
                        add {
                            {
                                conv 1x1x1024;
                                relu;
                                mix {
                                    {
                                        conv 3x3x1024 groups 32 stride 2 pad 1;
                                        relu;
                                    }
                                    {
                                        conv 3x3x1024 groups 32 stride 2 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x64;
                                        relu;
                                        fc_select: conv 1x1x2048 nobias;
                                    }
                                }
                                conv 1x1x2048;
                            }
                            {
                                conv 1x1x2048 stride 2;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x1024;
                            relu;
                            mix {
                                {
                                    conv 3x3x1024 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x1024 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x64;
                                    relu;
                                    fc_select: conv 1x1x2048 nobias;
                                }
                            }
                            conv 1x1x2048;
                        }
                    }
                }
            }
            relu;
            2: {
                conv2: {
                    attn: {
                        residual {
                            conv 1x1x1024;
                            relu;
                            mix {
                                {
                                    conv 3x3x1024 groups 32 pad 1;
                                    relu;
                                }
                                {
                                    conv 3x3x1024 groups 32 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x64;
                                    relu;
                                    fc_select: conv 1x1x2048 nobias;
                                }
                            }
                            conv 1x1x2048;
                        }
                    }
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
