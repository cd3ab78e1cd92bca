cnn! {
    // Imported from inception_v4.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct InceptionV4Dynamo {
        input 224x224x3;
        features: {
            0: {
                conv: conv 3x3x32 stride 2;
            }
            relu;
            1: {
                conv: conv 3x3x32;
            }
            relu;
            2: {
                conv: conv 3x3x64 pad 1;
            }
            relu;
            3: {
                conv: {
                    concat {
                        {
                            maxpool 3 stride 2;
                        }
                        {
                            conv: conv 3x3x96 stride 2;
                            relu;
                        }
                    }
                }
            }
            4: {
                concat {
                    {
                        branch0: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96;
                            }
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x64 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x64 pad 3x0;
                            }
                            relu;
                            3: {
                                conv: conv 3x3x96;
                            }
                        }
                        relu;
                    }
                }
            }
            5: {
                conv: {
                    concat {
                        {
                            conv: conv 3x3x192 stride 2;
                            relu;
                        }
                        {
                            maxpool 3 stride 2;
                        }
                    }
                }
            }
            6: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x96;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                            relu;
                            2: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x96;
                            }
                        }
                        relu;
                    }
                }
            }
            7: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x96;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                            relu;
                            2: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x96;
                            }
                        }
                        relu;
                    }
                }
            }
            8: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x96;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                            relu;
                            2: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x96;
                            }
                        }
                        relu;
                    }
                }
            }
            9: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x96;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        branch2: {
                            0: {
                                conv: conv 1x1x64;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x96 pad 1;
                            }
                            relu;
                            2: {
                                conv: conv 3x3x96 pad 1;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x96;
                            }
                        }
                        relu;
                    }
                }
            }
            10: {
                concat {
                    {
                        branch0: {
                            conv: conv 3x3x384 stride 2;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x224 pad 1;
                            }
                            relu;
                            2: {
                                conv: conv 3x3x256 stride 2;
                            }
                        }
                        relu;
                    }
                    {
                        maxpool 3 stride 2;
                    }
                }
            }
            11: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            12: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            13: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            14: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            15: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            16: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            17: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x256 pad 3x0;
                            }
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
                                conv: conv 7x1x192 pad 3x0;
                            }
                            relu;
                            2: {
                                conv: conv 1x7x224 pad 0x3;
                            }
                            relu;
                            3: {
                                conv: conv 7x1x224 pad 3x0;
                            }
                            relu;
                            4: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                        }
                        relu;
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x128;
                            }
                        }
                        relu;
                    }
                }
            }
            18: {
                concat {
                    {
                        branch0: {
                            0: {
                                conv: conv 1x1x192;
                            }
                            relu;
                            1: {
                                conv: conv 3x3x192 stride 2;
                            }
                        }
                        relu;
                    }
                    {
                        branch1: {
                            0: {
                                conv: conv 1x1x256;
                            }
                            relu;
                            1: {
                                conv: conv 1x7x256 pad 0x3;
                            }
                            relu;
                            2: {
                                conv: conv 7x1x320 pad 3x0;
                            }
                            relu;
                            3: {
                                conv: conv 3x3x320 stride 2;
                            }
                        }
                        relu;
                    }
                    {
                        maxpool 3 stride 2;
                    }
                }
            }
            19: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x256;
                        }
                        relu;
                    }
                    {
                        branch1_0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        concat {
                            {
                                branch1_1a: {
                                    conv: conv 1x3x256 pad 0x1;
                                }
                                relu;
                            }
                            {
                                branch1_1b: {
                                    conv: conv 3x1x256 pad 1x0;
                                }
                                relu;
                            }
                        }
                    }
                    {
                        branch2_0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        branch2_1: {
                            conv: conv 3x1x448 pad 1x0;
                        }
                        relu;
                        branch2_2: {
                            conv: conv 1x3x512 pad 0x1;
                        }
                        relu;
                        concat {
                            {
                                branch2_3a: {
                                    conv: conv 1x3x256 pad 0x1;
                                }
                                relu;
                            }
                            {
                                branch2_3b: {
                                    conv: conv 3x1x256 pad 1x0;
                                }
                                relu;
                            }
                        }
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x256;
                            }
                        }
                        relu;
                    }
                }
            }
            20: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x256;
                        }
                        relu;
                    }
                    {
                        branch1_0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        concat {
                            {
                                branch1_1a: {
                                    conv: conv 1x3x256 pad 0x1;
                                }
                                relu;
                            }
                            {
                                branch1_1b: {
                                    conv: conv 3x1x256 pad 1x0;
                                }
                                relu;
                            }
                        }
                    }
                    {
                        branch2_0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        branch2_1: {
                            conv: conv 3x1x448 pad 1x0;
                        }
                        relu;
                        branch2_2: {
                            conv: conv 1x3x512 pad 0x1;
                        }
                        relu;
                        concat {
                            {
                                branch2_3a: {
                                    conv: conv 1x3x256 pad 0x1;
                                }
                                relu;
                            }
                            {
                                branch2_3b: {
                                    conv: conv 3x1x256 pad 1x0;
                                }
                                relu;
                            }
                        }
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x256;
                            }
                        }
                        relu;
                    }
                }
            }
            21: {
                concat {
                    {
                        branch0: {
                            conv: conv 1x1x256;
                        }
                        relu;
                    }
                    {
                        branch1_0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        concat {
                            {
                                branch1_1a: {
                                    conv: conv 1x3x256 pad 0x1;
                                }
                                relu;
                            }
                            {
                                branch1_1b: {
                                    conv: conv 3x1x256 pad 1x0;
                                }
                                relu;
                            }
                        }
                    }
                    {
                        branch2_0: {
                            conv: conv 1x1x384;
                        }
                        relu;
                        branch2_1: {
                            conv: conv 3x1x448 pad 1x0;
                        }
                        relu;
                        branch2_2: {
                            conv: conv 1x3x512 pad 0x1;
                        }
                        relu;
                        concat {
                            {
                                branch2_3a: {
                                    conv: conv 1x3x256 pad 0x1;
                                }
                                relu;
                            }
                            {
                                branch2_3b: {
                                    conv: conv 3x1x256 pad 1x0;
                                }
                                relu;
                            }
                        }
                    }
                    {
                        avgpool 3 stride 1 pad same;
                        branch3: {
                            1: {
                                conv: conv 1x1x256;
                            }
                        }
                        relu;
                    }
                }
            }
        }
        gap;
        flatten;
        last_linear: fc 1000;
    }
}
