cnn! {
    // Imported from tv_shufflenet_v2_x1_0.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvShufflenetV2X10Preserve {
        input 224x224x3;
        conv1: {
            0: conv 3x3x24 stride 2 pad 1 nobias;
            1: bn;
        }
        relu;
        maxpool 3 stride 2 pad 1;
        stage2: {
            0: {
                concat {
                    {
                        branch1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn;
                            2: conv 1x1x58 nobias;
                            3: bn;
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: conv 1x1x58 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 stride 2 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x58 nobias;
                            6: bn;
                        }
                        relu;
                    }
                }
            }
            shuffle 2;
            1: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x58 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x58 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            2: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x58 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x58 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            3: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x58 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x58 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
        }
        shuffle 2;
        stage3: {
            0: {
                concat {
                    {
                        branch1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn;
                            2: conv 1x1x116 nobias;
                            3: bn;
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 stride 2 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                        }
                        relu;
                    }
                }
            }
            shuffle 2;
            1: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            2: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            3: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            4: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            5: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            6: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            7: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x116 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x116 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
        }
        shuffle 2;
        stage4: {
            0: {
                concat {
                    {
                        branch1: {
                            0: dwconv 3x3 stride 2 pad 1 nobias;
                            1: bn;
                            2: conv 1x1x232 nobias;
                            3: bn;
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: conv 1x1x232 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 stride 2 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x232 nobias;
                            6: bn;
                        }
                        relu;
                    }
                }
            }
            shuffle 2;
            1: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x232 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x232 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            2: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x232 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x232 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
            shuffle 2;
            3: {
                branch2: {
                    split {
                        {}
                        {
                            0: conv 1x1x232 nobias;
                            1: bn;
                            relu;
                            3: dwconv 3x3 pad 1 nobias;
                            4: bn;
                            5: conv 1x1x232 nobias;
                            6: bn;
                            relu;
                        }
                    }
                }
            }
        }
        shuffle 2;
        conv5: {
            0: conv 1x1x1024 nobias;
            1: bn;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
