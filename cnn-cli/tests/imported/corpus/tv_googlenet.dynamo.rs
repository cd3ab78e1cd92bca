cnn! {
    // Imported from tv_googlenet.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvGooglenetDynamo {
        input 224x224x3;
        conv1: {
            conv: conv 7x7x64 stride 2 pad 3;
        }
        relu;
        maxpool 3 stride 2 ceil;
        conv2: {
            conv: conv 1x1x64;
        }
        relu;
        conv3: {
            conv: conv 3x3x192 pad 1;
        }
        relu;
        maxpool 3 stride 2 ceil;
        inception3a: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x16;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x32 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x32;
                        }
                    }
                    relu;
                }
            }
        }
        inception3b: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x128;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x128;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x192 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x96 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64;
                        }
                    }
                    relu;
                }
            }
        }
        maxpool 3 stride 2 ceil;
        inception4a: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x96;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x208 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x16;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x48 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64;
                        }
                    }
                    relu;
                }
            }
        }
        inception4b: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x160;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x112;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x224 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x24;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x64 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64;
                        }
                    }
                    relu;
                }
            }
        }
        inception4c: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x128;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x128;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x256 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x24;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x64 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64;
                        }
                    }
                    relu;
                }
            }
        }
        inception4d: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x112;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x144;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x288 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x64 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64;
                        }
                    }
                    relu;
                }
            }
        }
        inception4e: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x256;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x160;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x320 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x128;
                        }
                    }
                    relu;
                }
            }
        }
        maxpool 2 ceil;
        inception5a: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x256;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x160;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x320 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x128;
                        }
                    }
                    relu;
                }
            }
        }
        inception5b: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x384;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x192;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x384 pad 1;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x48;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x128;
                        }
                    }
                    relu;
                }
            }
        }
        gap;
        flatten;
        fc: fc 1000;
    }
}
