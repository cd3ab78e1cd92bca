cnn! {
    // Imported from inception_v4.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct InceptionV4Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2;
        relu;
        conv 3x3x32;
        relu;
        conv 3x3x64 pad 1;
        relu;
        concat {
            {
                maxpool 3 stride 2;
            }
            {
                conv 3x3x96 stride 2;
                relu;
            }
        }
        concat {
            {
                conv 1x1x64;
                relu;
                conv 3x3x96;
                relu;
            }
            {
                conv 1x1x64;
                relu;
                conv 1x7x64 pad 0x3;
                relu;
                conv 7x1x64 pad 3x0;
                relu;
                conv 3x3x96;
                relu;
            }
        }
        concat {
            {
                conv 3x3x192 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        repeat 4 {
            concat {
                {
                    conv 1x1x96;
                    relu;
                }
                {
                    conv 1x1x64;
                    relu;
                    conv 3x3x96 pad 1;
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
                    avgpool 3 stride 1 pad same;
                    conv 1x1x96;
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
                conv 1x1x192;
                relu;
                conv 3x3x224 pad 1;
                relu;
                conv 3x3x256 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        repeat 7 {
            concat {
                {
                    conv 1x1x384;
                    relu;
                }
                {
                    conv 1x1x192;
                    relu;
                    conv 1x7x224 pad 0x3;
                    relu;
                    conv 7x1x256 pad 3x0;
                    relu;
                }
                {
                    conv 1x1x192;
                    relu;
                    conv 7x1x192 pad 3x0;
                    relu;
                    conv 1x7x224 pad 0x3;
                    relu;
                    conv 7x1x224 pad 3x0;
                    relu;
                    conv 1x7x256 pad 0x3;
                    relu;
                }
                {
                    avgpool 3 stride 1 pad same;
                    conv 1x1x128;
                    relu;
                }
            }
        }
        concat {
            {
                conv 1x1x192;
                relu;
                conv 3x3x192 stride 2;
                relu;
            }
            {
                conv 1x1x256;
                relu;
                conv 1x7x256 pad 0x3;
                relu;
                conv 7x1x320 pad 3x0;
                relu;
                conv 3x3x320 stride 2;
                relu;
            }
            {
                maxpool 3 stride 2;
            }
        }
        repeat 3 {
            concat {
                {
                    conv 1x1x256;
                    relu;
                }
                {
                    conv 1x1x384;
                    relu;
                    concat {
                        {
                            conv 1x3x256 pad 0x1;
                            relu;
                        }
                        {
                            conv 3x1x256 pad 1x0;
                            relu;
                        }
                    }
                }
                {
                    conv 1x1x384;
                    relu;
                    conv 3x1x448 pad 1x0;
                    relu;
                    conv 1x3x512 pad 0x1;
                    relu;
                    concat {
                        {
                            conv 1x3x256 pad 0x1;
                            relu;
                        }
                        {
                            conv 3x1x256 pad 1x0;
                            relu;
                        }
                    }
                }
                {
                    avgpool 3 stride 1 pad same;
                    conv 1x1x256;
                    relu;
                }
            }
        }
        gap;
        flatten;
        last_linear: fc 1000;
    }
}
