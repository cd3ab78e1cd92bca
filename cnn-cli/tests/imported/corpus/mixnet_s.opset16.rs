cnn! {
    // Imported from mixnet_s.opset16.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct MixnetSOpset16 {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        relu;
        residual {
            dwconv 3x3 pad 1;
            relu;
            conv 1x1x16;
        }
        blocks: {
            1: {
                0: {
                    conv_pw: {
                        split {
                            {
                                0: conv 1x1x48 nobias;
                            }
                            {
                                1: conv 1x1x48 nobias;
                            }
                        }
                    }
                    bn1: bn;
                    relu;
                    dwconv 3x3 stride 2 pad 1;
                    relu;
                    conv_pwl: {
                        split {
                            {
                                0: conv 1x1x12 nobias;
                            }
                            {
                                1: conv 1x1x12 nobias;
                            }
                        }
                    }
                    bn3: bn;
                }
                1: {
                    residual {
                        conv_pw: {
                            split {
                                {
                                    0: conv 1x1x36 nobias;
                                }
                                {
                                    1: conv 1x1x36 nobias;
                                }
                            }
                        }
                        bn1: bn;
                        relu;
                        dwconv 3x3 pad 1;
                        relu;
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x12 nobias;
                                }
                                {
                                    1: conv 1x1x12 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
            }
            conv 1x1x144;
            silu;
            2: {
                0: {
                    conv_dw: {
                        split {
                            {
                                0: dwconv 3x3 stride 2 pad 1 nobias;
                            }
                            {
                                1: dwconv 5x5 stride 2 pad 2 nobias;
                            }
                            {
                                2: dwconv 7x7 stride 2 pad 3 nobias;
                            }
                        }
                    }
                    bn2: bn;
                    silu;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x12;
                                silu;
                                conv_expand: conv 1x1x144;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x40;
                1: {
                    residual {
                        conv_pw: {
                            split {
                                {
                                    0: conv 1x1x120 nobias;
                                }
                                {
                                    1: conv 1x1x120 nobias;
                                }
                            }
                        }
                        bn1: bn;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x240;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x20 nobias;
                                }
                                {
                                    1: conv 1x1x20 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
                2: {
                    residual {
                        conv_pw: {
                            split {
                                {
                                    0: conv 1x1x120 nobias;
                                }
                                {
                                    1: conv 1x1x120 nobias;
                                }
                            }
                        }
                        bn1: bn;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x240;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x20 nobias;
                                }
                                {
                                    1: conv 1x1x20 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
                3: {
                    residual {
                        conv_pw: {
                            split {
                                {
                                    0: conv 1x1x120 nobias;
                                }
                                {
                                    1: conv 1x1x120 nobias;
                                }
                            }
                        }
                        bn1: bn;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x240;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x20 nobias;
                                }
                                {
                                    1: conv 1x1x20 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
            }
            conv 1x1x240;
            silu;
            3: {
                0: {
                    conv_dw: {
                        split {
                            {
                                0: dwconv 3x3 stride 2 pad 1 nobias;
                            }
                            {
                                1: dwconv 5x5 stride 2 pad 2 nobias;
                            }
                            {
                                2: dwconv 7x7 stride 2 pad 3 nobias;
                            }
                        }
                    }
                    bn2: bn;
                    silu;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x10;
                                silu;
                                conv_expand: conv 1x1x240;
                                sigmoid;
                            }
                        }
                    }
                    conv_pwl: {
                        split {
                            {
                                0: conv 1x1x40 nobias;
                            }
                            {
                                1: conv 1x1x40 nobias;
                            }
                        }
                    }
                    bn3: bn;
                }
                1: {
                    residual {
                        conv 1x1x480;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x480;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x40 nobias;
                                }
                                {
                                    1: conv 1x1x40 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
                2: {
                    residual {
                        conv 1x1x480;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x20;
                                    silu;
                                    conv_expand: conv 1x1x480;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x40 nobias;
                                }
                                {
                                    1: conv 1x1x40 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
            }
            4: {
                0: {
                    conv_pw: {
                        split {
                            {
                                0: conv 1x1x240 nobias;
                            }
                            {
                                1: conv 1x1x240 nobias;
                            }
                        }
                    }
                    bn1: bn;
                    silu;
                    conv_dw: {
                        split {
                            {
                                0: dwconv 3x3 pad 1 nobias;
                            }
                            {
                                1: dwconv 5x5 pad 2 nobias;
                            }
                            {
                                2: dwconv 7x7 pad 3 nobias;
                            }
                        }
                    }
                    bn2: bn;
                    silu;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x40;
                                silu;
                                conv_expand: conv 1x1x480;
                                sigmoid;
                            }
                        }
                    }
                    conv_pwl: {
                        split {
                            {
                                0: conv 1x1x60 nobias;
                            }
                            {
                                1: conv 1x1x60 nobias;
                            }
                        }
                    }
                    bn3: bn;
                }
                1: {
                    residual {
                        conv_pw: {
                            split {
                                {
                                    0: conv 1x1x180 nobias;
                                }
                                {
                                    1: conv 1x1x180 nobias;
                                }
                            }
                        }
                        bn1: bn;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                                {
                                    2: dwconv 7x7 pad 3 nobias;
                                }
                                {
                                    3: dwconv 9x9 pad 4 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x60;
                                    silu;
                                    conv_expand: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x60 nobias;
                                }
                                {
                                    1: conv 1x1x60 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
                2: {
                    residual {
                        conv_pw: {
                            split {
                                {
                                    0: conv 1x1x180 nobias;
                                }
                                {
                                    1: conv 1x1x180 nobias;
                                }
                            }
                        }
                        bn1: bn;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                                {
                                    2: dwconv 7x7 pad 3 nobias;
                                }
                                {
                                    3: dwconv 9x9 pad 4 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x60;
                                    silu;
                                    conv_expand: conv 1x1x360;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x60 nobias;
                                }
                                {
                                    1: conv 1x1x60 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
            }
            conv 1x1x720;
            silu;
            5: {
                0: {
                    conv_dw: {
                        split {
                            {
                                0: dwconv 3x3 stride 2 pad 1 nobias;
                            }
                            {
                                1: dwconv 5x5 stride 2 pad 2 nobias;
                            }
                            {
                                2: dwconv 7x7 stride 2 pad 3 nobias;
                            }
                            {
                                3: dwconv 9x9 stride 2 pad 4 nobias;
                            }
                            {
                                4: dwconv 11x11 stride 2 pad 5 nobias;
                            }
                        }
                    }
                    bn2: bn;
                    silu;
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x60;
                                silu;
                                conv_expand: conv 1x1x720;
                                sigmoid;
                            }
                        }
                    }
                }
                conv 1x1x200;
                1: {
                    residual {
                        conv 1x1x1200;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                                {
                                    2: dwconv 7x7 pad 3 nobias;
                                }
                                {
                                    3: dwconv 9x9 pad 4 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x100;
                                    silu;
                                    conv_expand: conv 1x1x1200;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x100 nobias;
                                }
                                {
                                    1: conv 1x1x100 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
                2: {
                    residual {
                        conv 1x1x1200;
                        silu;
                        conv_dw: {
                            split {
                                {
                                    0: dwconv 3x3 pad 1 nobias;
                                }
                                {
                                    1: dwconv 5x5 pad 2 nobias;
                                }
                                {
                                    2: dwconv 7x7 pad 3 nobias;
                                }
                                {
                                    3: dwconv 9x9 pad 4 nobias;
                                }
                            }
                        }
                        bn2: bn;
                        silu;
                        se: {
                            mul {
                                {}
                                {
                                    gap;
                                    conv_reduce: conv 1x1x100;
                                    silu;
                                    conv_expand: conv 1x1x1200;
                                    sigmoid;
                                }
                            }
                        }
                        conv_pwl: {
                            split {
                                {
                                    0: conv 1x1x100 nobias;
                                }
                                {
                                    1: conv 1x1x100 nobias;
                                }
                            }
                        }
                        bn3: bn;
                    }
                }
            }
        }
        conv 1x1x1536;
        relu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
