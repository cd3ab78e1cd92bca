cnn! {
    // Imported from poolformer_s12.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct PoolformerS12Dynamo {
        input 224x224x3;
        stem: {
            conv: conv 7x7x64 stride 4 pad 2;
        }
        residual {
            groupnorm 1;
            sub {
                {
                    avgpool 3 stride 1 pad same;
                }
                {}
            }
            scale;
        }
        stages: {
            0: {
                blocks: {
                    0: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x256;
                                gelu;
                                fc2: conv 1x1x64;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    1: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x256;
                                gelu;
                                fc2: conv 1x1x64;
                                scale;
                            }
                        }
                    }
                }
            }
            1: {
                downsample: {
                    conv: conv 3x3x128 stride 2 pad 1;
                }
                residual {
                    groupnorm 1;
                    sub {
                        {
                            avgpool 3 stride 1 pad same;
                        }
                        {}
                    }
                    scale;
                }
                blocks: {
                    0: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x512;
                                gelu;
                                fc2: conv 1x1x128;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    1: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x512;
                                gelu;
                                fc2: conv 1x1x128;
                                scale;
                            }
                        }
                    }
                }
            }
            2: {
                downsample: {
                    conv: conv 3x3x320 stride 2 pad 1;
                }
                residual {
                    groupnorm 1;
                    sub {
                        {
                            avgpool 3 stride 1 pad same;
                        }
                        {}
                    }
                    scale;
                }
                blocks: {
                    0: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    1: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    2: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    3: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    4: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    5: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x1280;
                                gelu;
                                fc2: conv 1x1x320;
                                scale;
                            }
                        }
                    }
                }
            }
            3: {
                downsample: {
                    conv: conv 3x3x512 stride 2 pad 1;
                }
                residual {
                    groupnorm 1;
                    sub {
                        {
                            avgpool 3 stride 1 pad same;
                        }
                        {}
                    }
                    scale;
                }
                blocks: {
                    0: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x2048;
                                gelu;
                                fc2: conv 1x1x512;
                                scale;
                            }
                        }
                    }
                    residual {
                        groupnorm 1;
                        sub {
                            {
                                avgpool 3 stride 1 pad same;
                            }
                            {}
                        }
                        scale;
                    }
                    1: {
                        mlp: {
                            residual {
                                groupnorm 1;
                                fc1: conv 1x1x2048;
                                gelu;
                                fc2: conv 1x1x512;
                                scale;
                            }
                        }
                    }
                }
            }
        }
        gap;
        head: {
            norm: layernorm eps 1e-6;
            flatten;
            fc: fc 1000;
        }
    }
}
