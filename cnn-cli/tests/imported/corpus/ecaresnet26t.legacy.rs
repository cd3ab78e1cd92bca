cnn! {
    // Imported from ecaresnet26t.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Ecaresnet26tLegacy {
        input 224x224x3;
        conv 3x3x24 stride 2 pad 1;
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
                            conv 1x1x64;
                            relu;
                            conv 3x3x64 pad 1;
                            relu;
                            conv 1x1x256;
                            mul {
                                {}
                                {
                                    gap;
                                    conv: eca 5;
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
                        conv 1x1x64;
                        relu;
                        conv 3x3x64 pad 1;
                        relu;
                        conv 1x1x256;
                        mul {
                            {}
                            {
                                gap;
                                conv: eca 5;
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
                            conv 1x1x128;
                            relu;
                            conv 3x3x128 stride 2 pad 1;
                            relu;
                            conv 1x1x512;
                            mul {
                                {}
                                {
                                    gap;
                                    conv: eca 5;
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
                        conv 1x1x128;
                        relu;
                        conv 3x3x128 pad 1;
                        relu;
                        conv 1x1x512;
                        mul {
                            {}
                            {
                                gap;
                                conv: eca 5;
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
                            conv 1x1x256;
                            relu;
                            conv 3x3x256 stride 2 pad 1;
                            relu;
                            conv 1x1x1024;
                            mul {
                                {}
                                {
                                    gap;
                                    conv: eca 5;
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
                        conv 1x1x256;
                        relu;
                        conv 3x3x256 pad 1;
                        relu;
                        conv 1x1x1024;
                        mul {
                            {}
                            {
                                gap;
                                conv: eca 5;
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
                            conv 1x1x512;
                            relu;
                            conv 3x3x512 stride 2 pad 1;
                            relu;
                            conv 1x1x2048;
                            mul {
                                {}
                                {
                                    gap;
                                    conv: eca 7;
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
                        conv 1x1x512;
                        relu;
                        conv 3x3x512 pad 1;
                        relu;
                        conv 1x1x2048;
                        mul {
                            {}
                            {
                                gap;
                                conv: eca 7;
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
