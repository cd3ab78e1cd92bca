cnn! {
    // Imported from ecaresnet26t.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Ecaresnet26tDynamo {
        input 224x224x3;
        conv1_0: conv 3x3x24 stride 2 pad 1;
        relu;
        conv1_3: conv 3x3x32 pad 1;
        relu;
        conv1_6: conv 3x3x64 pad 1;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                layer1_0_conv1: conv 1x1x64;
                relu;
                layer1_0_conv2: conv 3x3x64 pad 1;
                relu;
                layer1_0_conv3: conv 1x1x256;
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
                layer1_0_downsample_1: conv 1x1x256;
            }
        }
        relu;
        residual {
            layer1_1_conv1: conv 1x1x64;
            relu;
            layer1_1_conv2: conv 3x3x64 pad 1;
            relu;
            layer1_1_conv3: conv 1x1x256;
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
                layer2_0_conv1: conv 1x1x128;
                relu;
                layer2_0_conv2: conv 3x3x128 stride 2 pad 1;
                relu;
                layer2_0_conv3: conv 1x1x512;
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
                layer2_0_downsample_1: conv 1x1x512;
            }
        }
        relu;
        residual {
            layer2_1_conv1: conv 1x1x128;
            relu;
            layer2_1_conv2: conv 3x3x128 pad 1;
            relu;
            layer2_1_conv3: conv 1x1x512;
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
                layer3_0_conv1: conv 1x1x256;
                relu;
                layer3_0_conv2: conv 3x3x256 stride 2 pad 1;
                relu;
                layer3_0_conv3: conv 1x1x1024;
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
                layer3_0_downsample_1: conv 1x1x1024;
            }
        }
        relu;
        residual {
            layer3_1_conv1: conv 1x1x256;
            relu;
            layer3_1_conv2: conv 3x3x256 pad 1;
            relu;
            layer3_1_conv3: conv 1x1x1024;
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
                layer4_0_conv1: conv 1x1x512;
                relu;
                layer4_0_conv2: conv 3x3x512 stride 2 pad 1;
                relu;
                layer4_0_conv3: conv 1x1x2048;
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
                layer4_0_downsample_1: conv 1x1x2048;
            }
        }
        relu;
        residual {
            layer4_1_conv1: conv 1x1x512;
            relu;
            layer4_1_conv2: conv 3x3x512 pad 1;
            relu;
            layer4_1_conv3: conv 1x1x2048;
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
