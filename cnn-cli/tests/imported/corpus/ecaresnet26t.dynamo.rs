cnn! {
    // Imported from ecaresnet26t.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Ecaresnet26tDynamo {
        input 224x224x3;
        conv1: {
            0: conv 3x3x24 stride 2 pad 1;
            relu;
            3: conv 3x3x32 pad 1;
            relu;
            6: conv 3x3x64 pad 1;
        }
        relu;
        maxpool 3 stride 2 pad 1;
        layer1: {
            0: {
                add {
                    {
                        conv1: conv 1x1x64;
                        relu;
                        conv2: conv 3x3x64 pad 1;
                        relu;
                        conv3: conv 1x1x256;
                        se: {
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
                    {
                        downsample: {
                            1: conv 1x1x256;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x64;
                    relu;
                    conv2: conv 3x3x64 pad 1;
                    relu;
                    conv3: conv 1x1x256;
                    se: {
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
                add {
                    {
                        conv1: conv 1x1x128;
                        relu;
                        conv2: conv 3x3x128 stride 2 pad 1;
                        relu;
                        conv3: conv 1x1x512;
                        se: {
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
                    {
                        avgpool 2 ceil;
                        downsample: {
                            1: conv 1x1x512;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x128;
                    relu;
                    conv2: conv 3x3x128 pad 1;
                    relu;
                    conv3: conv 1x1x512;
                    se: {
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
                add {
                    {
                        conv1: conv 1x1x256;
                        relu;
                        conv2: conv 3x3x256 stride 2 pad 1;
                        relu;
                        conv3: conv 1x1x1024;
                        se: {
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
                    {
                        avgpool 2 ceil;
                        downsample: {
                            1: conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x256;
                    relu;
                    conv2: conv 3x3x256 pad 1;
                    relu;
                    conv3: conv 1x1x1024;
                    se: {
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
                add {
                    {
                        conv1: conv 1x1x512;
                        relu;
                        conv2: conv 3x3x512 stride 2 pad 1;
                        relu;
                        conv3: conv 1x1x2048;
                        se: {
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
                    {
                        avgpool 2 ceil;
                        downsample: {
                            1: conv 1x1x2048;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: conv 1x1x512;
                    relu;
                    conv2: conv 3x3x512 pad 1;
                    relu;
                    conv3: conv 1x1x2048;
                    se: {
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
