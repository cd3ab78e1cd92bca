cnn! {
    // Imported from inception_v3.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct InceptionV3Dynamo {
        input 224x224x3;
        Conv2d_1a_3x3: {
            conv: conv 3x3x32 stride 2;
        }
        relu;
        Conv2d_2a_3x3: {
            conv: conv 3x3x32;
        }
        relu;
        Conv2d_2b_3x3: {
            conv: conv 3x3x64 pad 1;
        }
        relu;
        maxpool 3 stride 2;
        Conv2d_3b_1x1: {
            conv: conv 1x1x80;
        }
        relu;
        Conv2d_4a_3x3: {
            conv: conv 3x3x192;
        }
        relu;
        maxpool 3 stride 2;
        Mixed_5b: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                }
                {
                    branch5x5_1: {
                        conv: conv 1x1x48;
                    }
                    relu;
                    branch5x5_2: {
                        conv: conv 5x5x64 pad 2;
                    }
                    relu;
                }
                {
                    branch3x3dbl_1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                    branch3x3dbl_2: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                    branch3x3dbl_3: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x32;
                    }
                    relu;
                }
            }
        }
        Mixed_5c: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                }
                {
                    branch5x5_1: {
                        conv: conv 1x1x48;
                    }
                    relu;
                    branch5x5_2: {
                        conv: conv 5x5x64 pad 2;
                    }
                    relu;
                }
                {
                    branch3x3dbl_1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                    branch3x3dbl_2: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                    branch3x3dbl_3: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x64;
                    }
                    relu;
                }
            }
        }
        Mixed_5d: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                }
                {
                    branch5x5_1: {
                        conv: conv 1x1x48;
                    }
                    relu;
                    branch5x5_2: {
                        conv: conv 5x5x64 pad 2;
                    }
                    relu;
                }
                {
                    branch3x3dbl_1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                    branch3x3dbl_2: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                    branch3x3dbl_3: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x64;
                    }
                    relu;
                }
            }
        }
        Mixed_6a: {
            concat {
                {
                    branch3x3: {
                        conv: conv 3x3x384 stride 2;
                    }
                    relu;
                }
                {
                    branch3x3dbl_1: {
                        conv: conv 1x1x64;
                    }
                    relu;
                    branch3x3dbl_2: {
                        conv: conv 3x3x96 pad 1;
                    }
                    relu;
                    branch3x3dbl_3: {
                        conv: conv 3x3x96 stride 2;
                    }
                    relu;
                }
                {
                    maxpool 3 stride 2;
                }
            }
        }
        Mixed_6b: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
                {
                    branch7x7_1: {
                        conv: conv 1x1x128;
                    }
                    relu;
                    branch7x7_2: {
                        conv: conv 1x7x128 pad 0x3;
                    }
                    relu;
                    branch7x7_3: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                }
                {
                    branch7x7dbl_1: {
                        conv: conv 1x1x128;
                    }
                    relu;
                    branch7x7dbl_2: {
                        conv: conv 7x1x128 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_3: {
                        conv: conv 1x7x128 pad 0x3;
                    }
                    relu;
                    branch7x7dbl_4: {
                        conv: conv 7x1x128 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_5: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
            }
        }
        Mixed_6c: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
                {
                    branch7x7_1: {
                        conv: conv 1x1x160;
                    }
                    relu;
                    branch7x7_2: {
                        conv: conv 1x7x160 pad 0x3;
                    }
                    relu;
                    branch7x7_3: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                }
                {
                    branch7x7dbl_1: {
                        conv: conv 1x1x160;
                    }
                    relu;
                    branch7x7dbl_2: {
                        conv: conv 7x1x160 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_3: {
                        conv: conv 1x7x160 pad 0x3;
                    }
                    relu;
                    branch7x7dbl_4: {
                        conv: conv 7x1x160 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_5: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
            }
        }
        Mixed_6d: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
                {
                    branch7x7_1: {
                        conv: conv 1x1x160;
                    }
                    relu;
                    branch7x7_2: {
                        conv: conv 1x7x160 pad 0x3;
                    }
                    relu;
                    branch7x7_3: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                }
                {
                    branch7x7dbl_1: {
                        conv: conv 1x1x160;
                    }
                    relu;
                    branch7x7dbl_2: {
                        conv: conv 7x1x160 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_3: {
                        conv: conv 1x7x160 pad 0x3;
                    }
                    relu;
                    branch7x7dbl_4: {
                        conv: conv 7x1x160 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_5: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
            }
        }
        Mixed_6e: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
                {
                    branch7x7_1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                    branch7x7_2: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                    branch7x7_3: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                }
                {
                    branch7x7dbl_1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                    branch7x7dbl_2: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_3: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                    branch7x7dbl_4: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                    branch7x7dbl_5: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
            }
        }
        Mixed_7a: {
            concat {
                {
                    branch3x3_1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                    branch3x3_2: {
                        conv: conv 3x3x320 stride 2;
                    }
                    relu;
                }
                {
                    branch7x7x3_1: {
                        conv: conv 1x1x192;
                    }
                    relu;
                    branch7x7x3_2: {
                        conv: conv 1x7x192 pad 0x3;
                    }
                    relu;
                    branch7x7x3_3: {
                        conv: conv 7x1x192 pad 3x0;
                    }
                    relu;
                    branch7x7x3_4: {
                        conv: conv 3x3x192 stride 2;
                    }
                    relu;
                }
                {
                    maxpool 3 stride 2;
                }
            }
        }
        Mixed_7b: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x320;
                    }
                    relu;
                }
                {
                    branch3x3_1: {
                        conv: conv 1x1x384;
                    }
                    relu;
                    concat {
                        {
                            branch3x3_2a: {
                                conv: conv 1x3x384 pad 0x1;
                            }
                            relu;
                        }
                        {
                            branch3x3_2b: {
                                conv: conv 3x1x384 pad 1x0;
                            }
                            relu;
                        }
                    }
                }
                {
                    branch3x3dbl_1: {
                        conv: conv 1x1x448;
                    }
                    relu;
                    branch3x3dbl_2: {
                        conv: conv 3x3x384 pad 1;
                    }
                    relu;
                    concat {
                        {
                            branch3x3dbl_3a: {
                                conv: conv 1x3x384 pad 0x1;
                            }
                            relu;
                        }
                        {
                            branch3x3dbl_3b: {
                                conv: conv 3x1x384 pad 1x0;
                            }
                            relu;
                        }
                    }
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x192;
                    }
                    relu;
                }
            }
        }
        Mixed_7c: {
            concat {
                {
                    branch1x1: {
                        conv: conv 1x1x320;
                    }
                    relu;
                }
                {
                    branch3x3_1: {
                        conv: conv 1x1x384;
                    }
                    relu;
                    concat {
                        {
                            branch3x3_2a: {
                                conv: conv 1x3x384 pad 0x1;
                            }
                            relu;
                        }
                        {
                            branch3x3_2b: {
                                conv: conv 3x1x384 pad 1x0;
                            }
                            relu;
                        }
                    }
                }
                {
                    branch3x3dbl_1: {
                        conv: conv 1x1x448;
                    }
                    relu;
                    branch3x3dbl_2: {
                        conv: conv 3x3x384 pad 1;
                    }
                    relu;
                    concat {
                        {
                            branch3x3dbl_3a: {
                                conv: conv 1x3x384 pad 0x1;
                            }
                            relu;
                        }
                        {
                            branch3x3dbl_3b: {
                                conv: conv 3x1x384 pad 1x0;
                            }
                            relu;
                        }
                    }
                }
                {
                    avgpool 3 stride 1 pad 1;
                    branch_pool: {
                        conv: conv 1x1x192;
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
