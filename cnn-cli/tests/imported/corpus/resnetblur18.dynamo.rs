cnn! {
    // Imported from resnetblur18.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Resnetblur18Dynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 1 pad 1;
        blurpool 3 stride 2;
        residual {
            layer1_0_conv1: conv 3x3x64 pad 1;
            relu;
            layer1_0_conv2: conv 3x3x64 pad 1;
        }
        relu;
        residual {
            layer1_1_conv1: conv 3x3x64 pad 1;
            relu;
            layer1_1_conv2: conv 3x3x64 pad 1;
        }
        relu;
        add {
            {
                layer2_0_conv1: conv 3x3x128 pad 1;
                relu;
                blurpool 3 stride 2;
                layer2_0_conv2: conv 3x3x128 pad 1;
            }
            {
                layer2_0_downsample_0: conv 1x1x128 stride 2;
            }
        }
        relu;
        residual {
            layer2_1_conv1: conv 3x3x128 pad 1;
            relu;
            layer2_1_conv2: conv 3x3x128 pad 1;
        }
        relu;
        add {
            {
                layer3_0_conv1: conv 3x3x256 pad 1;
                relu;
                blurpool 3 stride 2;
                layer3_0_conv2: conv 3x3x256 pad 1;
            }
            {
                layer3_0_downsample_0: conv 1x1x256 stride 2;
            }
        }
        relu;
        residual {
            layer3_1_conv1: conv 3x3x256 pad 1;
            relu;
            layer3_1_conv2: conv 3x3x256 pad 1;
        }
        relu;
        add {
            {
                layer4_0_conv1: conv 3x3x512 pad 1;
                relu;
                blurpool 3 stride 2;
                layer4_0_conv2: conv 3x3x512 pad 1;
            }
            {
                layer4_0_downsample_0: conv 1x1x512 stride 2;
            }
        }
        relu;
        residual {
            layer4_1_conv1: conv 3x3x512 pad 1;
            relu;
            layer4_1_conv2: conv 3x3x512 pad 1;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
