cnn! {
    // Imported from tv_regnet_y_400mf.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvRegnetY400mfPreserve {
        input 224x224x3;
        stem: {
            0: conv 3x3x32 stride 2 pad 1 nobias;
            1: bn;
        }
        relu;
        add {
            {
                conv 1x1x48 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x48 nobias;
                bn;
                relu;
                conv 3x3x48 groups 6 stride 2 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x8;
                        relu;
                        conv 1x1x48;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x48 nobias;
                bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x104 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x104 nobias;
                bn;
                relu;
                conv 3x3x104 groups 13 stride 2 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x12;
                        relu;
                        conv 1x1x104;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x104 nobias;
                bn;
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 1x1x104 nobias;
                bn;
                relu;
                conv 3x3x104 groups 13 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x26;
                        relu;
                        conv 1x1x104;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x104 nobias;
                bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x208 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x208 nobias;
                bn;
                relu;
                conv 3x3x208 groups 26 stride 2 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x26;
                        relu;
                        conv 1x1x208;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x208 nobias;
                bn;
            }
        }
        repeat 5 {
            relu;
            residual {
                conv 1x1x208 nobias;
                bn;
                relu;
                conv 3x3x208 groups 26 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x52;
                        relu;
                        conv 1x1x208;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x208 nobias;
                bn;
            }
        }
        relu;
        add {
            {
                conv 1x1x440 stride 2 nobias;
                bn;
            }
            {
                conv 1x1x440 nobias;
                bn;
                relu;
                conv 3x3x440 groups 55 stride 2 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x52;
                        relu;
                        conv 1x1x440;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x440 nobias;
                bn;
            }
        }
        repeat 5 {
            relu;
            residual {
                conv 1x1x440 nobias;
                bn;
                relu;
                conv 3x3x440 groups 55 pad 1 nobias;
                bn;
                relu;
                mul {
                    {
                        gap;
                        conv 1x1x110;
                        relu;
                        conv 1x1x440;
                        sigmoid;
                    }
                    {}
                }
                conv 1x1x440 nobias;
                bn;
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
