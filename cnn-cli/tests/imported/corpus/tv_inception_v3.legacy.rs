cnn! {
    // Imported from tv_inception_v3.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvInceptionV3Legacy {
        input 299x299x3;
        conv 3x3x32 stride 2;
        relu;
        conv 3x3x32;
        relu;
        conv 3x3x64 pad 1;
        relu;
        maxpool 3 stride 2;
        conv 1x1x80;
        relu;
        conv 3x3x192;
        relu;
        maxpool 3 stride 2;
        concat {
            {
                conv 1x1x64;
                relu;
            }
            {
                conv 1x1x48;
                relu;
                conv 5x5x64 pad 2;
                relu;
            }
            {
                conv 1x1x64;
                repeat 2 {
                    relu;
                    conv 3x3x96 pad 1;
                }
                relu;
            }
            {
                avgpool 3 stride 1 pad 1;
                conv 1x1x32;
                relu;
            }
        }
        repeat 2 {
            concat {
                {
                    conv 1x1x64;
                    relu;
                }
                {
                    conv 1x1x48;
                    relu;
                    conv 5x5x64 pad 2;
                    relu;
                }
                {
                    conv 1x1x64;
                    repeat 2 {
                        relu;
                        conv 3x3x96 pad 1;
                    }
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    conv 1x1x64;
                    relu;
                }
            }
        }
        concat {
            {
                conv 3x3x384 stride 2;
                relu;
            }
            {
                conv 1x1x64;
                relu;
                conv 3x3x96 pad 1;
                relu;
                conv 3x3x96 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        concat {
            {
                conv 1x1x192;
                relu;
            }
            {
                conv 1x1x128;
                relu;
                conv 1x7x128 pad 0x3;
                relu;
                conv 7x1x192 pad 3x0;
                relu;
            }
            {
                conv 1x1x128;
                relu;
                conv 7x1x128 pad 3x0;
                relu;
                conv 1x7x128 pad 0x3;
                relu;
                conv 7x1x128 pad 3x0;
                relu;
                conv 1x7x192 pad 0x3;
                relu;
            }
            {
                avgpool 3 stride 1 pad 1;
                conv 1x1x192;
                relu;
            }
        }
        repeat 2 {
            concat {
                {
                    conv 1x1x192;
                    relu;
                }
                {
                    conv 1x1x160;
                    relu;
                    conv 1x7x160 pad 0x3;
                    relu;
                    conv 7x1x192 pad 3x0;
                    relu;
                }
                {
                    conv 1x1x160;
                    relu;
                    conv 7x1x160 pad 3x0;
                    relu;
                    conv 1x7x160 pad 0x3;
                    relu;
                    conv 7x1x160 pad 3x0;
                    relu;
                    conv 1x7x192 pad 0x3;
                    relu;
                }
                {
                    avgpool 3 stride 1 pad 1;
                    conv 1x1x192;
                    relu;
                }
            }
        }
        concat {
            {
                conv 1x1x192;
                relu;
            }
            {
                conv 1x1x192;
                relu;
                conv 1x7x192 pad 0x3;
                relu;
                conv 7x1x192 pad 3x0;
                relu;
            }
            {
                conv 1x1x192;
                repeat 2 {
                    relu;
                    conv 7x1x192 pad 3x0;
                    relu;
                    conv 1x7x192 pad 0x3;
                }
                relu;
            }
            {
                avgpool 3 stride 1 pad 1;
                conv 1x1x192;
                relu;
            }
        }
        concat {
            {
                conv 1x1x192;
                relu;
                conv 3x3x320 stride 2;
                relu;
            }
            {
                conv 1x1x192;
                relu;
                conv 1x7x192 pad 0x3;
                relu;
                conv 7x1x192 pad 3x0;
                relu;
                conv 3x3x192 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        repeat 2 {
            concat {
                {
                    conv 1x1x320;
                    relu;
                }
                {
                    conv 1x1x384;
                    relu;
                    concat {
                        {
                            conv 1x3x384 pad 0x1;
                            relu;
                        }
                        {
                            conv 3x1x384 pad 1x0;
                            relu;
                        }
                    }
                }
                {
                    conv 1x1x448;
                    relu;
                    conv 3x3x384 pad 1;
                    relu;
                    concat {
                        {
                            conv 1x3x384 pad 0x1;
                            relu;
                        }
                        {
                            conv 3x1x384 pad 1x0;
                            relu;
                        }
                    }
                }
                {
                    avgpool 3 stride 1 pad 1;
                    conv 1x1x192;
                    relu;
                }
            }
        }
        gap;
        flatten;
        fc: fc 1000;
    }
}
