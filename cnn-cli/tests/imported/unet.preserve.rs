cnn! {
    // Imported from unet.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct UnetPreserve {
        input 64x64x3;
        down1: {
            0: conv 3x3x16 pad 1 nobias;
            1: bn;
            relu;
            3: conv 3x3x16 pad 1 nobias;
            4: bn;
        }
        relu;
        concat {
            {}
            {
                maxpool 2;
                down2: {
                    0: conv 3x3x32 pad 1 nobias;
                    1: bn;
                    relu;
                    3: conv 3x3x32 pad 1 nobias;
                    4: bn;
                }
                relu;
                concat {
                    {}
                    {
                        maxpool 2;
                        bottom: {
                            0: conv 3x3x64 pad 1 nobias;
                            1: bn;
                            relu;
                            3: conv 3x3x64 pad 1 nobias;
                            4: bn;
                        }
                        relu;
                        up2: convtranspose 2x2x32 stride 2;
                    }
                }
                dec2: {
                    0: conv 3x3x32 pad 1 nobias;
                    1: bn;
                    relu;
                    3: conv 3x3x32 pad 1 nobias;
                    4: bn;
                }
                relu;
                up1: convtranspose 2x2x16 stride 2;
            }
        }
        dec1: {
            0: conv 3x3x16 pad 1 nobias;
            1: bn;
            relu;
            3: conv 3x3x16 pad 1 nobias;
            4: bn;
        }
        relu;
        head: conv 1x1x2;
    }
}
