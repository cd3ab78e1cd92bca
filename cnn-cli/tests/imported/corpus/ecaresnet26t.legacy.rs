cnn! {
    // Imported from ecaresnet26t.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Ecaresnet26tLegacy {
        input 224x224x3;
        conv 3x3x24 stride 2 pad 1;
        relu;
        conv 3x3x32 pad 1;
        relu;
        conv 3x3x64 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                conv 1x1x64;
                relu;
                conv 3x3x64 pad 1;
                relu;
                conv 1x1x256;
                mul {
                    {}
                    {
                        gap;
                        layer1_0_se_conv: eca 5;
                        sigmoid;
                    }
                }
            }
            {
                conv 1x1x256;
            }
        }
        relu;
        residual {
            conv 1x1x64;
            relu;
            conv 3x3x64 pad 1;
            relu;
            conv 1x1x256;
            mul {
                {}
                {
                    gap;
                    layer1_1_se_conv: eca 5;
                    sigmoid;
                }
            }
        }
        relu;
        add {
            {
                conv 1x1x128;
                relu;
                conv 3x3x128 stride 2 pad 1;
                relu;
                conv 1x1x512;
                mul {
                    {}
                    {
                        gap;
                        layer2_0_se_conv: eca 5;
                        sigmoid;
                    }
                }
            }
            {
                avgpool 2 ceil;
                conv 1x1x512;
            }
        }
        relu;
        residual {
            conv 1x1x128;
            relu;
            conv 3x3x128 pad 1;
            relu;
            conv 1x1x512;
            mul {
                {}
                {
                    gap;
                    layer2_1_se_conv: eca 5;
                    sigmoid;
                }
            }
        }
        relu;
        add {
            {
                conv 1x1x256;
                relu;
                conv 3x3x256 stride 2 pad 1;
                relu;
                conv 1x1x1024;
                mul {
                    {}
                    {
                        gap;
                        layer3_0_se_conv: eca 5;
                        sigmoid;
                    }
                }
            }
            {
                avgpool 2 ceil;
                conv 1x1x1024;
            }
        }
        relu;
        residual {
            conv 1x1x256;
            relu;
            conv 3x3x256 pad 1;
            relu;
            conv 1x1x1024;
            mul {
                {}
                {
                    gap;
                    layer3_1_se_conv: eca 5;
                    sigmoid;
                }
            }
        }
        relu;
        add {
            {
                conv 1x1x512;
                relu;
                conv 3x3x512 stride 2 pad 1;
                relu;
                conv 1x1x2048;
                mul {
                    {}
                    {
                        gap;
                        layer4_0_se_conv: eca 7;
                        sigmoid;
                    }
                }
            }
            {
                avgpool 2 ceil;
                conv 1x1x2048;
            }
        }
        relu;
        residual {
            conv 1x1x512;
            relu;
            conv 3x3x512 pad 1;
            relu;
            conv 1x1x2048;
            mul {
                {}
                {
                    gap;
                    layer4_1_se_conv: eca 7;
                    sigmoid;
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
