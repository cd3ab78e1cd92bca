cnn! {
    // Imported from tresnet_m.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TresnetMLegacy {
        input 224x224x3;
        spacetodepth 4;
        conv 3x3x64 pad 1;
        leakyrelu;
        body: {
            layer1: {
                0: {
                    se: {
                        residual {
                            conv 3x3x64 pad 1;
                            leakyrelu slope 1e-3;
                            conv 3x3x64 pad 1;
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
                    se: {
                        residual {
                            conv 3x3x64 pad 1;
                            leakyrelu slope 1e-3;
                            conv 3x3x64 pad 1;
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
                    se: {
                        residual {
                            conv 3x3x64 pad 1;
                            leakyrelu slope 1e-3;
                            conv 3x3x64 pad 1;
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
                    se: {
                        add {
                            {
                                conv 3x3x128 pad 1;
                                leakyrelu slope 1e-3;
                                blurpool 3 stride 2;
                                conv 3x3x128 pad 1;
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
                            {
                                avgpool 2 ceil;
                                conv 1x1x128;
                            }
                        }
                    }
                }
                relu;
                1: {
                    se: {
                        residual {
                            conv 3x3x128 pad 1;
                            leakyrelu slope 1e-3;
                            conv 3x3x128 pad 1;
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
                    se: {
                        residual {
                            conv 3x3x128 pad 1;
                            leakyrelu slope 1e-3;
                            conv 3x3x128 pad 1;
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
                    se: {
                        residual {
                            conv 3x3x128 pad 1;
                            leakyrelu slope 1e-3;
                            conv 3x3x128 pad 1;
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
                    se: {
                        add {
                            {
                                conv 1x1x256;
                                leakyrelu slope 1e-3;
                                conv 3x3x256 pad 1;
                                leakyrelu slope 1e-3;
                                blurpool 3 stride 2;
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
                                conv 1x1x1024;
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
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                2: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                3: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                4: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                5: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                6: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                7: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                8: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                9: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
                relu;
                10: {
                    se: {
                        residual {
                            conv 1x1x256;
                            leakyrelu slope 1e-3;
                            conv 3x3x256 pad 1;
                            leakyrelu slope 1e-3;
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
                            conv 1x1x1024;
                        }
                    }
                }
            }
        }
        relu;
        add {
            {
                conv 1x1x512;
                leakyrelu slope 1e-3;
                conv 3x3x512 pad 1;
                leakyrelu slope 1e-3;
                blurpool 3 stride 2;
                conv 1x1x2048;
            }
            {
                avgpool 2 ceil;
                conv 1x1x2048;
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 1x1x512;
                leakyrelu slope 1e-3;
                conv 3x3x512 pad 1;
                leakyrelu slope 1e-3;
                conv 1x1x2048;
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
