cnn! {
    // Imported from resnest14d.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Resnest14dLegacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        relu;
        conv 3x3x32 pad 1;
        relu;
        conv 3x3x64 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                conv2: {
                    add {
                        {
                            conv 1x1x64;
                            relu;
                            conv 3x3x128 groups 2 pad 1;
                            relu;
                            mix {
                                {
                                    slice 0..64;
                                }
                                {
                                    slice 64..128;
                                }
                                {
                                    gap;
                                    conv 1x1x32;
                                    relu;
                                    fc2: conv 1x1x128;
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
        layer2: {
            0: {
                conv2: {
                    add {
                        {
                            conv 1x1x128;
                            relu;
                            conv 3x3x256 groups 2 pad 1;
                            relu;
                            mix {
                                {
                                    slice 0..128;
                                }
                                {
                                    slice 128..256;
                                }
                                {
                                    gap;
                                    conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x256;
                                }
                            }
                            avgpool 3 stride 2 pad 1;
                            conv 1x1x512;
                        }
                        {
                            avgpool 2 ceil;
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
                    add {
                        {
                            conv 1x1x256;
                            relu;
                            conv 3x3x512 groups 2 pad 1;
                            relu;
                            mix {
                                {
                                    slice 0..256;
                                }
                                {
                                    slice 256..512;
                                }
                                {
                                    gap;
                                    conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x512;
                                }
                            }
                            avgpool 3 stride 2 pad 1;
                            conv 1x1x1024;
                        }
                        {
                            avgpool 2 ceil;
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
                    add {
                        {
                            conv 1x1x512;
                            relu;
                            conv 3x3x1024 groups 2 pad 1;
                            relu;
                            mix {
                                {
                                    slice 0..512;
                                }
                                {
                                    slice 512..1024;
                                }
                                {
                                    gap;
                                    conv 1x1x256;
                                    relu;
                                    fc2: conv 1x1x1024;
                                }
                            }
                            avgpool 3 stride 2 pad 1;
                            conv 1x1x2048;
                        }
                        {
                            avgpool 2 ceil;
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
