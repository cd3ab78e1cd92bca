cnn! {
    // Imported from legacy_seresnet18.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct LegacySeresnet18Legacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 ceil;
        layer1: {
            0: {
                se_module: {
                    residual {
                        repeat 2 {
                            conv 3x3x64 pad 1;
                            relu;
                        }
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x4;
                                relu;
                                fc2: conv 1x1x64;
                                sigmoid;
                            }
                        }
                    }
                }
            }
            relu;
            1: {
                se_module: {
                    residual {
                        repeat 2 {
                            conv 3x3x64 pad 1;
                            relu;
                        }
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x4;
                                relu;
                                fc2: conv 1x1x64;
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
                se_module: {
                    add {
                        {
                            conv 3x3x128 stride 2 pad 1;
                            relu;
                            conv 3x3x128 pad 1;
                            relu;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x8;
                                    relu;
                                    fc2: conv 1x1x128;
                                    sigmoid;
                                }
                            }
                        }
                        {
                            conv 1x1x128 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                se_module: {
                    residual {
                        repeat 2 {
                            conv 3x3x128 pad 1;
                            relu;
                        }
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x8;
                                relu;
                                fc2: conv 1x1x128;
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
                se_module: {
                    add {
                        {
                            conv 3x3x256 stride 2 pad 1;
                            relu;
                            conv 3x3x256 pad 1;
                            relu;
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
                            conv 1x1x256 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                se_module: {
                    residual {
                        repeat 2 {
                            conv 3x3x256 pad 1;
                            relu;
                        }
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
        layer4: {
            0: {
                se_module: {
                    add {
                        {
                            conv 3x3x512 stride 2 pad 1;
                            relu;
                            conv 3x3x512 pad 1;
                            relu;
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
                            conv 1x1x512 stride 2;
                        }
                    }
                }
            }
            relu;
            1: {
                se_module: {
                    residual {
                        repeat 2 {
                            conv 3x3x512 pad 1;
                            relu;
                        }
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
        gap;
        flatten;
        last_linear: fc 1000;
    }
}
