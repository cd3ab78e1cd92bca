cnn! {
    // Imported from unet.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct UnetPreserve {
        input 64x64x3;
        down1_0: conv 3x3x16 pad 1 nobias;
        down1_1: bn;
        relu;
        down1_3: conv 3x3x16 pad 1 nobias;
        down1_4: bn;
        relu;
        concat {
            {}
            {
                maxpool 2;
                down2_0: conv 3x3x32 pad 1 nobias;
                down2_1: bn;
                relu;
                down2_3: conv 3x3x32 pad 1 nobias;
                down2_4: bn;
                relu;
                concat {
                    {}
                    {
                        maxpool 2;
                        bottom_0: conv 3x3x64 pad 1 nobias;
                        bottom_1: bn;
                        relu;
                        bottom_3: conv 3x3x64 pad 1 nobias;
                        bottom_4: bn;
                        relu;
                        up2: convtranspose 2x2x32 stride 2;
                    }
                }
                dec2_0: conv 3x3x32 pad 1 nobias;
                dec2_1: bn;
                relu;
                dec2_3: conv 3x3x32 pad 1 nobias;
                dec2_4: bn;
                relu;
                up1: convtranspose 2x2x16 stride 2;
            }
        }
        dec1_0: conv 3x3x16 pad 1 nobias;
        dec1_1: bn;
        relu;
        dec1_3: conv 3x3x16 pad 1 nobias;
        dec1_4: bn;
        relu;
        head: conv 1x1x2;
    }
}
