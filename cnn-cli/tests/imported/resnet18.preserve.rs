cnn! {
    // Imported from resnet18.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Resnet18Preserve {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3 nobias;
        bn1: bn;
        relu;
        maxpool 3 stride 2 pad 1;
        residual {
            layer1_0_conv1: conv 3x3x64 pad 1 nobias;
            layer1_0_bn1: bn;
            relu;
            layer1_0_conv2: conv 3x3x64 pad 1 nobias;
            layer1_0_bn2: bn;
        }
        relu;
        residual {
            layer1_1_conv1: conv 3x3x64 pad 1 nobias;
            layer1_1_bn1: bn;
            relu;
            layer1_1_conv2: conv 3x3x64 pad 1 nobias;
            layer1_1_bn2: bn;
        }
        relu;
        add {
            {
                layer2_0_conv1: conv 3x3x128 stride 2 pad 1 nobias;
                layer2_0_bn1: bn;
                relu;
                layer2_0_conv2: conv 3x3x128 pad 1 nobias;
                layer2_0_bn2: bn;
            }
            {
                layer2_0_downsample_0: conv 1x1x128 stride 2 nobias;
                layer2_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            layer2_1_conv1: conv 3x3x128 pad 1 nobias;
            layer2_1_bn1: bn;
            relu;
            layer2_1_conv2: conv 3x3x128 pad 1 nobias;
            layer2_1_bn2: bn;
        }
        relu;
        add {
            {
                layer3_0_conv1: conv 3x3x256 stride 2 pad 1 nobias;
                layer3_0_bn1: bn;
                relu;
                layer3_0_conv2: conv 3x3x256 pad 1 nobias;
                layer3_0_bn2: bn;
            }
            {
                layer3_0_downsample_0: conv 1x1x256 stride 2 nobias;
                layer3_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            layer3_1_conv1: conv 3x3x256 pad 1 nobias;
            layer3_1_bn1: bn;
            relu;
            layer3_1_conv2: conv 3x3x256 pad 1 nobias;
            layer3_1_bn2: bn;
        }
        relu;
        add {
            {
                layer4_0_conv1: conv 3x3x512 stride 2 pad 1 nobias;
                layer4_0_bn1: bn;
                relu;
                layer4_0_conv2: conv 3x3x512 pad 1 nobias;
                layer4_0_bn2: bn;
            }
            {
                layer4_0_downsample_0: conv 1x1x512 stride 2 nobias;
                layer4_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            layer4_1_conv1: conv 3x3x512 pad 1 nobias;
            layer4_1_bn1: bn;
            relu;
            layer4_1_conv2: conv 3x3x512 pad 1 nobias;
            layer4_1_bn2: bn;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
