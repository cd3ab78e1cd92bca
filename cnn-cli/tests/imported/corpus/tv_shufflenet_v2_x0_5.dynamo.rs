cnn! {
    // Imported from tv_shufflenet_v2_x0_5.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvShufflenetV2X05Dynamo {
        input 224x224x3;
        conv1: {
            0: conv 3x3x24 stride 2 pad 1;
        }
        relu;
        maxpool 3 stride 2 pad 1;
        stage2: {
            0: {
                concat {
                    {
                        branch1: {
                            0: dwconv 3x3 stride 2 pad 1;
                            2: conv 1x1x24;
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: conv 1x1x24;
                            relu;
                            3: dwconv 3x3 stride 2 pad 1;
                            5: conv 1x1x24;
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
                            0: conv 1x1x24;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x24;
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
                            0: conv 1x1x24;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x24;
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
                            0: conv 1x1x24;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x24;
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
                            0: dwconv 3x3 stride 2 pad 1;
                            2: conv 1x1x48;
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 stride 2 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: conv 1x1x48;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x48;
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
                            0: dwconv 3x3 stride 2 pad 1;
                            2: conv 1x1x96;
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: conv 1x1x96;
                            relu;
                            3: dwconv 3x3 stride 2 pad 1;
                            5: conv 1x1x96;
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
                            0: conv 1x1x96;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x96;
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
                            0: conv 1x1x96;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x96;
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
                            0: conv 1x1x96;
                            relu;
                            3: dwconv 3x3 pad 1;
                            5: conv 1x1x96;
                            relu;
                        }
                    }
                }
            }
        }
        shuffle 2;
        conv5: {
            0: conv 1x1x1024;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
