cnn! {
    // Imported from resnet50_gn.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Resnet50GnLegacy {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3 nobias;
        groupnorm 32;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                layer1_0_conv1: conv 1x1x64 nobias;
                groupnorm 32;
                relu;
                layer1_0_conv2: conv 3x3x64 pad 1 nobias;
                groupnorm 32;
                relu;
                layer1_0_conv3: conv 1x1x256 nobias;
                groupnorm 32;
            }
            {
                layer1_0_downsample_0: conv 1x1x256 nobias;
                groupnorm 32;
            }
        }
        relu;
        residual {
            layer1_1_conv1: conv 1x1x64 nobias;
            groupnorm 32;
            relu;
            layer1_1_conv2: conv 3x3x64 pad 1 nobias;
            groupnorm 32;
            relu;
            layer1_1_conv3: conv 1x1x256 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer1_2_conv1: conv 1x1x64 nobias;
            groupnorm 32;
            relu;
            layer1_2_conv2: conv 3x3x64 pad 1 nobias;
            groupnorm 32;
            relu;
            layer1_2_conv3: conv 1x1x256 nobias;
            groupnorm 32;
        }
        relu;
        add {
            {
                layer2_0_conv1: conv 1x1x128 nobias;
                groupnorm 32;
                relu;
                layer2_0_conv2: conv 3x3x128 stride 2 pad 1 nobias;
                groupnorm 32;
                relu;
                layer2_0_conv3: conv 1x1x512 nobias;
                groupnorm 32;
            }
            {
                layer2_0_downsample_0: conv 1x1x512 stride 2 nobias;
                groupnorm 32;
            }
        }
        relu;
        residual {
            layer2_1_conv1: conv 1x1x128 nobias;
            groupnorm 32;
            relu;
            layer2_1_conv2: conv 3x3x128 pad 1 nobias;
            groupnorm 32;
            relu;
            layer2_1_conv3: conv 1x1x512 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer2_2_conv1: conv 1x1x128 nobias;
            groupnorm 32;
            relu;
            layer2_2_conv2: conv 3x3x128 pad 1 nobias;
            groupnorm 32;
            relu;
            layer2_2_conv3: conv 1x1x512 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer2_3_conv1: conv 1x1x128 nobias;
            groupnorm 32;
            relu;
            layer2_3_conv2: conv 3x3x128 pad 1 nobias;
            groupnorm 32;
            relu;
            layer2_3_conv3: conv 1x1x512 nobias;
            groupnorm 32;
        }
        relu;
        add {
            {
                layer3_0_conv1: conv 1x1x256 nobias;
                groupnorm 32;
                relu;
                layer3_0_conv2: conv 3x3x256 stride 2 pad 1 nobias;
                groupnorm 32;
                relu;
                layer3_0_conv3: conv 1x1x1024 nobias;
                groupnorm 32;
            }
            {
                layer3_0_downsample_0: conv 1x1x1024 stride 2 nobias;
                groupnorm 32;
            }
        }
        relu;
        residual {
            layer3_1_conv1: conv 1x1x256 nobias;
            groupnorm 32;
            relu;
            layer3_1_conv2: conv 3x3x256 pad 1 nobias;
            groupnorm 32;
            relu;
            layer3_1_conv3: conv 1x1x1024 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer3_2_conv1: conv 1x1x256 nobias;
            groupnorm 32;
            relu;
            layer3_2_conv2: conv 3x3x256 pad 1 nobias;
            groupnorm 32;
            relu;
            layer3_2_conv3: conv 1x1x1024 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer3_3_conv1: conv 1x1x256 nobias;
            groupnorm 32;
            relu;
            layer3_3_conv2: conv 3x3x256 pad 1 nobias;
            groupnorm 32;
            relu;
            layer3_3_conv3: conv 1x1x1024 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer3_4_conv1: conv 1x1x256 nobias;
            groupnorm 32;
            relu;
            layer3_4_conv2: conv 3x3x256 pad 1 nobias;
            groupnorm 32;
            relu;
            layer3_4_conv3: conv 1x1x1024 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer3_5_conv1: conv 1x1x256 nobias;
            groupnorm 32;
            relu;
            layer3_5_conv2: conv 3x3x256 pad 1 nobias;
            groupnorm 32;
            relu;
            layer3_5_conv3: conv 1x1x1024 nobias;
            groupnorm 32;
        }
        relu;
        add {
            {
                layer4_0_conv1: conv 1x1x512 nobias;
                groupnorm 32;
                relu;
                layer4_0_conv2: conv 3x3x512 stride 2 pad 1 nobias;
                groupnorm 32;
                relu;
                layer4_0_conv3: conv 1x1x2048 nobias;
                groupnorm 32;
            }
            {
                layer4_0_downsample_0: conv 1x1x2048 stride 2 nobias;
                groupnorm 32;
            }
        }
        relu;
        residual {
            layer4_1_conv1: conv 1x1x512 nobias;
            groupnorm 32;
            relu;
            layer4_1_conv2: conv 3x3x512 pad 1 nobias;
            groupnorm 32;
            relu;
            layer4_1_conv3: conv 1x1x2048 nobias;
            groupnorm 32;
        }
        relu;
        residual {
            layer4_2_conv1: conv 1x1x512 nobias;
            groupnorm 32;
            relu;
            layer4_2_conv2: conv 3x3x512 pad 1 nobias;
            groupnorm 32;
            relu;
            layer4_2_conv3: conv 1x1x2048 nobias;
            groupnorm 32;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
