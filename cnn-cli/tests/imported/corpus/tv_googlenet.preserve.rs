cnn! {
    // Imported from tv_googlenet.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvGooglenetPreserve {
        input 224x224x3;
        conv1: {
            conv: conv 7x7x64 stride 2 pad 3 nobias;
            bn: bn eps 1e-3;
        }
        relu;
        maxpool 3 stride 2 ceil;
        conv2: {
            conv: conv 1x1x64 nobias;
            bn: bn eps 1e-3;
        }
        relu;
        conv3: {
            conv: conv 3x3x192 pad 1 nobias;
            bn: bn eps 1e-3;
        }
        relu;
        maxpool 3 stride 2 ceil;
        inception3a: {
            concat {
                {
                    branch1: {
                        conv: conv 1x1x64 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x96 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x16 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x32 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x32 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x128 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x128 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x192 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x96 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x192 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x96 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x208 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x16 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x48 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x160 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x112 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x224 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x24 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x64 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x128 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x128 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x256 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x24 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x64 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x112 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x144 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x288 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x64 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x64 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x256 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x160 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x320 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x128 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x256 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x160 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x320 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x32 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x128 nobias;
                            bn: bn eps 1e-3;
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
                        conv: conv 1x1x384 nobias;
                        bn: bn eps 1e-3;
                    }
                    relu;
                }
                {
                    branch2: {
                        0: {
                            conv: conv 1x1x192 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x384 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    branch3: {
                        0: {
                            conv: conv 1x1x48 nobias;
                            bn: bn eps 1e-3;
                        }
                        relu;
                        1: {
                            conv: conv 3x3x128 pad 1 nobias;
                            bn: bn eps 1e-3;
                        }
                    }
                    relu;
                }
                {
                    maxpool 3 stride 1 pad 1 ceil;
                    branch4: {
                        1: {
                            conv: conv 1x1x128 nobias;
                            bn: bn eps 1e-3;
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
