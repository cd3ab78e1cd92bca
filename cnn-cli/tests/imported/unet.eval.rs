cnn! {
    // Imported from unet.eval.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct UnetEval {
        input 64x64x3;
        repeat 2 {
            conv 3x3x16 pad 1;
            relu;
        }
        concat {
            {}
            {
                maxpool 2;
                repeat 2 {
                    conv 3x3x32 pad 1;
                    relu;
                }
                concat {
                    {}
                    {
                        maxpool 2;
                        repeat 2 {
                            conv 3x3x64 pad 1;
                            relu;
                        }
                        up2: convtranspose 2x2x32 stride 2;
                    }
                }
                repeat 2 {
                    conv 3x3x32 pad 1;
                    relu;
                }
                up1: convtranspose 2x2x16 stride 2;
            }
        }
        repeat 2 {
            conv 3x3x16 pad 1;
            relu;
        }
        head: conv 1x1x2;
    }
}
