cnn! {
    // Imported from skresnet18.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Skresnet18Legacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                conv1: {
                    attn: {
                        residual {
                            mix {
                                {
                                    slice 0..32;
                                    conv 3x3x64 pad 1;
                                    relu;
                                }
                                {
                                    slice 32..64;
                                    conv 3x3x64 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x16;
                                    relu;
                                    fc_select: conv 1x1x128 nobias;
                                }
                            }
                            conv 3x3x64 pad 1;
                        }
                    }
                }
            }
            relu;
            1: {
                conv1: {
                    attn: {
                        residual {
                            mix {
                                {
                                    slice 0..32;
                                    conv 3x3x64 pad 1;
                                    relu;
                                }
                                {
                                    slice 32..64;
                                    conv 3x3x64 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x16;
                                    relu;
                                    fc_select: conv 1x1x128 nobias;
                                }
                            }
                            conv 3x3x64 pad 1;
                        }
                    }
                }
            }
        }
        relu;
        layer2: {
            0: {
                conv1: {
                    attn: {
                        add {
                            {
                                mix {
                                    {
                                        slice 0..32;
                                        conv 3x3x128 stride 2 pad 1;
                                        relu;
                                    }
                                    {
                                        slice 32..64;
                                        conv 3x3x128 stride 2 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x16;
                                        relu;
                                        fc_select: conv 1x1x256 nobias;
                                    }
                                }
                                conv 3x3x128 pad 1;
                            }
                            {
                                conv 1x1x128 stride 2;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                conv1: {
                    attn: {
                        residual {
                            mix {
                                {
                                    slice 0..64;
                                    conv 3x3x128 pad 1;
                                    relu;
                                }
                                {
                                    slice 64..128;
                                    conv 3x3x128 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x16;
                                    relu;
                                    fc_select: conv 1x1x256 nobias;
                                }
                            }
                            conv 3x3x128 pad 1;
                        }
                    }
                }
            }
        }
        relu;
        layer3: {
            0: {
                conv1: {
                    attn: {
                        add {
                            {
                                mix {
                                    {
                                        slice 0..64;
                                        conv 3x3x256 stride 2 pad 1;
                                        relu;
                                    }
                                    {
                                        slice 64..128;
                                        conv 3x3x256 stride 2 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x32;
                                        relu;
                                        fc_select: conv 1x1x512 nobias;
                                    }
                                }
                                conv 3x3x256 pad 1;
                            }
                            {
                                conv 1x1x256 stride 2;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                conv1: {
                    attn: {
                        residual {
                            mix {
                                {
                                    slice 0..128;
                                    conv 3x3x256 pad 1;
                                    relu;
                                }
                                {
                                    slice 128..256;
                                    conv 3x3x256 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc_select: conv 1x1x512 nobias;
                                }
                            }
                            conv 3x3x256 pad 1;
                        }
                    }
                }
            }
        }
        relu;
        layer4: {
            0: {
                conv1: {
                    attn: {
                        add {
                            {
                                mix {
                                    {
                                        slice 0..128;
                                        conv 3x3x512 stride 2 pad 1;
                                        relu;
                                    }
                                    {
                                        slice 128..256;
                                        conv 3x3x512 stride 2 pad 2 dilation 2;
                                        relu;
                                    }
                                    {
                                        gap;
                                        conv 1x1x64;
                                        relu;
                                        fc_select: conv 1x1x1024 nobias;
                                    }
                                }
                                conv 3x3x512 pad 1;
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
                conv1: {
                    attn: {
                        residual {
                            mix {
                                {
                                    slice 0..256;
                                    conv 3x3x512 pad 1;
                                    relu;
                                }
                                {
                                    slice 256..512;
                                    conv 3x3x512 pad 2 dilation 2;
                                    relu;
                                }
                                {
                                    gap;
                                    conv 1x1x64;
                                    relu;
                                    fc_select: conv 1x1x1024 nobias;
                                }
                            }
                            conv 3x3x512 pad 1;
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
