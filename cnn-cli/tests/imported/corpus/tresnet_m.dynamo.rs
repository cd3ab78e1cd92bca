cnn! {
    // Imported from tresnet_m.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TresnetMDynamo {
        input 224x224x3;
        spacetodepth 4;
        body: {
            conv1: {
                conv: conv 3x3x64 pad 1;
            }
            leakyrelu;
            layer1: {
                0: {
                    residual {
                        conv1: {
                            conv: conv 3x3x64 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x64 pad 1;
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
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
                    residual {
                        conv1: {
                            conv: conv 3x3x64 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x64 pad 1;
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x64;
                                    sigmoid;
                                }
                            }
                        }
                    }
                }
                relu;
                2: {
                    residual {
                        conv1: {
                            conv: conv 3x3x64 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x64 pad 1;
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
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
                    add {
                        {
                            conv1: {
                                conv: conv 3x3x128 pad 1;
                            }
                            leakyrelu slope 1e-3;
                            blurpool 3 stride 2;
                            conv2: {
                                conv: conv 3x3x128 pad 1;
                            }
                            se: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x64;
                                        relu;
                                        fc2: conv 1x1x128;
                                        sigmoid;
                                    }
                                }
                            }
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                1: {
                                    conv: conv 1x1x128;
                                }
                            }
                        }
                    }
                }
                relu;
                1: {
                    residual {
                        conv1: {
                            conv: conv 3x3x128 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x128 pad 1;
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x128;
                                    sigmoid;
                                }
                            }
                        }
                    }
                }
                relu;
                2: {
                    residual {
                        conv1: {
                            conv: conv 3x3x128 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x128 pad 1;
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x128;
                                    sigmoid;
                                }
                            }
                        }
                    }
                }
                relu;
                3: {
                    residual {
                        conv1: {
                            conv: conv 3x3x128 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x128 pad 1;
                        }
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x64;
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
                    add {
                        {
                            conv1: {
                                conv: conv 1x1x256;
                            }
                            leakyrelu slope 1e-3;
                            conv2: {
                                conv: conv 3x3x256 pad 1;
                            }
                            leakyrelu slope 1e-3;
                            blurpool 3 stride 2;
                            se: {
                                mul {
                                    {}
                                    {
                                        gap;
                                        fc1: conv 1x1x128;
                                        relu;
                                        fc2: conv 1x1x256;
                                        sigmoid;
                                    }
                                }
                            }
                            conv3: {
                                conv: conv 1x1x1024;
                            }
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                1: {
                                    conv: conv 1x1x1024;
                                }
                            }
                        }
                    }
                }
                relu;
                1: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                2: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                3: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                4: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                5: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                6: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                7: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                8: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                9: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
                relu;
                10: {
                    residual {
                        conv1: {
                            conv: conv 1x1x256;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x256 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x128;
                                    relu;
                                    fc2: conv 1x1x256;
                                    sigmoid;
                                }
                            }
                        }
                        conv3: {
                            conv: conv 1x1x1024;
                        }
                    }
                }
            }
            relu;
            layer4: {
                0: {
                    add {
                        {
                            conv1: {
                                conv: conv 1x1x512;
                            }
                            leakyrelu slope 1e-3;
                            conv2: {
                                conv: conv 3x3x512 pad 1;
                            }
                            leakyrelu slope 1e-3;
                            blurpool 3 stride 2;
                            conv3: {
                                conv: conv 1x1x2048;
                            }
                        }
                        {
                            avgpool 2 ceil;
                            downsample: {
                                1: {
                                    conv: conv 1x1x2048;
                                }
                            }
                        }
                    }
                }
                relu;
                1: {
                    residual {
                        conv1: {
                            conv: conv 1x1x512;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x512 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv3: {
                            conv: conv 1x1x2048;
                        }
                    }
                }
                relu;
                2: {
                    residual {
                        conv1: {
                            conv: conv 1x1x512;
                        }
                        leakyrelu slope 1e-3;
                        conv2: {
                            conv: conv 3x3x512 pad 1;
                        }
                        leakyrelu slope 1e-3;
                        conv3: {
                            conv: conv 1x1x2048;
                        }
                    }
                }
            }
        }
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
