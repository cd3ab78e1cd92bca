cnn! {
    // Imported from mobileone_s0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct MobileoneS0Legacy {
        input 224x224x3;
        add {
            {
                conv 1x1x48 stride 2;
            }
            {
                conv 3x3x48 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                dwconv 1x1 stride 2;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
        }
        relu;
        stages: {
            0: {
                1: {
                    add {
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 1x1x48;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                2: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                3: {
                    add {
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 1x1x48;
                        }
                        {
                            conv 1x1x48;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            add {
                {
                    dwconv 1x1 stride 2;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
            }
            relu;
            add {
                {
                    conv 1x1x128;
                }
                {
                    conv 1x1x128;
                }
                {
                    conv 1x1x128;
                }
                {
                    conv 1x1x128;
                }
            }
            relu;
            1: {
                2: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                3: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                4: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                5: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                6: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                7: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                8: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                9: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                10: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                11: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                12: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                13: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                14: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                15: {
                    add {
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            conv 1x1x128;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
            relu;
            add {
                {
                    dwconv 1x1 stride 2;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
                {
                    dwconv 3x3 stride 2 pad 1;
                }
            }
            relu;
            add {
                {
                    conv 1x1x256;
                }
                {
                    conv 1x1x256;
                }
                {
                    conv 1x1x256;
                }
                {
                    conv 1x1x256;
                }
            }
            relu;
            2: {
                2: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                3: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                4: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                5: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                6: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                7: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                8: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                9: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                10: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                11: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                12: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                13: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                14: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                15: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                16: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                17: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                18: {
                    add {
                        {
                            dwconv 1x1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            dwconv 3x3 pad 1;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
                relu;
                19: {
                    add {
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            conv 1x1x256;
                        }
                        {
                            identity: bn;
                        }
                    }
                }
            }
        }
        relu;
        add {
            {
                dwconv 1x1 stride 2;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
        }
        relu;
        add {
            {
                conv 1x1x1024;
            }
            {
                conv 1x1x1024;
            }
            {
                conv 1x1x1024;
            }
            {
                conv 1x1x1024;
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
