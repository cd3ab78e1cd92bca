cnn! {
    // Imported from seresnext26d_32x4d.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Seresnext26d32x4dLegacy {
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
                se: {
                    add {
                        {
                            conv 1x1x128;
                            relu;
                            conv 3x3x128 groups 32 pad 1;
                            relu;
                            conv 1x1x256;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x16;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        {
                            conv 1x1x256;
                        }
                    }
                }
            }
            relu;
            1: {
                se: {
                    residual {
                        conv 1x1x128;
                        relu;
                        conv 3x3x128 groups 32 pad 1;
                        relu;
                        conv 1x1x256;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x16;
                                relu;
                                fc2: conv 1x1x256;
                                sigmoid;
                            }
                        }
                    }
                }
            }
        }
        relu;
        layer2: {
            0: {
                se: {
                    add {
                        {
                            conv 1x1x256;
                            relu;
                            conv 3x3x256 groups 32 stride 2 pad 1;
                            relu;
                            conv 1x1x512;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x32;
                                    relu;
                                    fc2: conv 1x1x512;
                                    sigmoid;
                                }
                            }
                        }
                        {
                            avgpool 2 ceil;
                            conv 1x1x512;
                        }
                    }
                }
            }
            relu;
            1: {
                se: {
                    residual {
                        conv 1x1x256;
                        relu;
                        conv 3x3x256 groups 32 pad 1;
                        relu;
                        conv 1x1x512;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x32;
                                relu;
                                fc2: conv 1x1x512;
                                sigmoid;
                            }
                        }
                    }
                }
            }
        }
        relu;
        layer3: {
            0: {
                se: {
                    add {
                        {
                            conv 1x1x512;
                            relu;
                            conv 3x3x512 groups 32 stride 2 pad 1;
                            relu;
                            conv 1x1x1024;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x1024;
                                    sigmoid;
                                }
                            }
                        }
                        {
                            avgpool 2 ceil;
                            conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            1: {
                se: {
                    residual {
                        conv 1x1x512;
                        relu;
                        conv 3x3x512 groups 32 pad 1;
                        relu;
                        conv 1x1x1024;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x64;
                                relu;
                                fc2: conv 1x1x1024;
                                sigmoid;
                            }
                        }
                    }
                }
            }
        }
        relu;
        layer4: {
            0: {
                se: {
                    add {
                        {
                            conv 1x1x1024;
                            relu;
                            conv 3x3x1024 groups 32 stride 2 pad 1;
                            relu;
                            conv 1x1x2048;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x2048;
                                    sigmoid;
                                }
                            }
                        }
                        {
                            avgpool 2 ceil;
                            conv 1x1x2048;
                        }
                    }
                }
            }
            relu;
            1: {
                se: {
                    residual {
                        conv 1x1x1024;
                        relu;
                        conv 3x3x1024 groups 32 pad 1;
                        relu;
                        conv 1x1x2048;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x128;
                                relu;
                                fc2: conv 1x1x2048;
                                sigmoid;
                            }
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
