cnn! {
    // Imported from deeplabv3_resnet50.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Deeplabv3Resnet50Preserve {
        input 520x520x3;
        backbone_conv1: conv 7x7x64 stride 2 pad 3 nobias;
        backbone_bn1: bn;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                backbone_layer1_0_conv1: conv 1x1x64 nobias;
                backbone_layer1_0_bn1: bn;
                relu;
                backbone_layer1_0_conv2: conv 3x3x64 pad 1 nobias;
                backbone_layer1_0_bn2: bn;
                relu;
                backbone_layer1_0_conv3: conv 1x1x256 nobias;
                backbone_layer1_0_bn3: bn;
            }
            {
                backbone_layer1_0_downsample_0: conv 1x1x256 nobias;
                backbone_layer1_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            backbone_layer1_1_conv1: conv 1x1x64 nobias;
            backbone_layer1_1_bn1: bn;
            relu;
            backbone_layer1_1_conv2: conv 3x3x64 pad 1 nobias;
            backbone_layer1_1_bn2: bn;
            relu;
            backbone_layer1_1_conv3: conv 1x1x256 nobias;
            backbone_layer1_1_bn3: bn;
        }
        relu;
        residual {
            backbone_layer1_2_conv1: conv 1x1x64 nobias;
            backbone_layer1_2_bn1: bn;
            relu;
            backbone_layer1_2_conv2: conv 3x3x64 pad 1 nobias;
            backbone_layer1_2_bn2: bn;
            relu;
            backbone_layer1_2_conv3: conv 1x1x256 nobias;
            backbone_layer1_2_bn3: bn;
        }
        relu;
        add {
            {
                backbone_layer2_0_conv1: conv 1x1x128 nobias;
                backbone_layer2_0_bn1: bn;
                relu;
                backbone_layer2_0_conv2: conv 3x3x128 stride 2 pad 1 nobias;
                backbone_layer2_0_bn2: bn;
                relu;
                backbone_layer2_0_conv3: conv 1x1x512 nobias;
                backbone_layer2_0_bn3: bn;
            }
            {
                backbone_layer2_0_downsample_0: conv 1x1x512 stride 2 nobias;
                backbone_layer2_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            backbone_layer2_1_conv1: conv 1x1x128 nobias;
            backbone_layer2_1_bn1: bn;
            relu;
            backbone_layer2_1_conv2: conv 3x3x128 pad 1 nobias;
            backbone_layer2_1_bn2: bn;
            relu;
            backbone_layer2_1_conv3: conv 1x1x512 nobias;
            backbone_layer2_1_bn3: bn;
        }
        relu;
        residual {
            backbone_layer2_2_conv1: conv 1x1x128 nobias;
            backbone_layer2_2_bn1: bn;
            relu;
            backbone_layer2_2_conv2: conv 3x3x128 pad 1 nobias;
            backbone_layer2_2_bn2: bn;
            relu;
            backbone_layer2_2_conv3: conv 1x1x512 nobias;
            backbone_layer2_2_bn3: bn;
        }
        relu;
        residual {
            backbone_layer2_3_conv1: conv 1x1x128 nobias;
            backbone_layer2_3_bn1: bn;
            relu;
            backbone_layer2_3_conv2: conv 3x3x128 pad 1 nobias;
            backbone_layer2_3_bn2: bn;
            relu;
            backbone_layer2_3_conv3: conv 1x1x512 nobias;
            backbone_layer2_3_bn3: bn;
        }
        relu;
        add {
            {
                backbone_layer3_0_conv1: conv 1x1x256 nobias;
                backbone_layer3_0_bn1: bn;
                relu;
                backbone_layer3_0_conv2: conv 3x3x256 pad 1 nobias;
                backbone_layer3_0_bn2: bn;
                relu;
                backbone_layer3_0_conv3: conv 1x1x1024 nobias;
                backbone_layer3_0_bn3: bn;
            }
            {
                backbone_layer3_0_downsample_0: conv 1x1x1024 nobias;
                backbone_layer3_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            backbone_layer3_1_conv1: conv 1x1x256 nobias;
            backbone_layer3_1_bn1: bn;
            relu;
            backbone_layer3_1_conv2: conv 3x3x256 pad 2 dilation 2 nobias;
            backbone_layer3_1_bn2: bn;
            relu;
            backbone_layer3_1_conv3: conv 1x1x1024 nobias;
            backbone_layer3_1_bn3: bn;
        }
        relu;
        residual {
            backbone_layer3_2_conv1: conv 1x1x256 nobias;
            backbone_layer3_2_bn1: bn;
            relu;
            backbone_layer3_2_conv2: conv 3x3x256 pad 2 dilation 2 nobias;
            backbone_layer3_2_bn2: bn;
            relu;
            backbone_layer3_2_conv3: conv 1x1x1024 nobias;
            backbone_layer3_2_bn3: bn;
        }
        relu;
        residual {
            backbone_layer3_3_conv1: conv 1x1x256 nobias;
            backbone_layer3_3_bn1: bn;
            relu;
            backbone_layer3_3_conv2: conv 3x3x256 pad 2 dilation 2 nobias;
            backbone_layer3_3_bn2: bn;
            relu;
            backbone_layer3_3_conv3: conv 1x1x1024 nobias;
            backbone_layer3_3_bn3: bn;
        }
        relu;
        residual {
            backbone_layer3_4_conv1: conv 1x1x256 nobias;
            backbone_layer3_4_bn1: bn;
            relu;
            backbone_layer3_4_conv2: conv 3x3x256 pad 2 dilation 2 nobias;
            backbone_layer3_4_bn2: bn;
            relu;
            backbone_layer3_4_conv3: conv 1x1x1024 nobias;
            backbone_layer3_4_bn3: bn;
        }
        relu;
        residual {
            backbone_layer3_5_conv1: conv 1x1x256 nobias;
            backbone_layer3_5_bn1: bn;
            relu;
            backbone_layer3_5_conv2: conv 3x3x256 pad 2 dilation 2 nobias;
            backbone_layer3_5_bn2: bn;
            relu;
            backbone_layer3_5_conv3: conv 1x1x1024 nobias;
            backbone_layer3_5_bn3: bn;
        }
        relu;
        add {
            {
                backbone_layer4_0_conv1: conv 1x1x512 nobias;
                backbone_layer4_0_bn1: bn;
                relu;
                backbone_layer4_0_conv2: conv 3x3x512 pad 2 dilation 2 nobias;
                backbone_layer4_0_bn2: bn;
                relu;
                backbone_layer4_0_conv3: conv 1x1x2048 nobias;
                backbone_layer4_0_bn3: bn;
            }
            {
                backbone_layer4_0_downsample_0: conv 1x1x2048 nobias;
                backbone_layer4_0_downsample_1: bn;
            }
        }
        relu;
        residual {
            backbone_layer4_1_conv1: conv 1x1x512 nobias;
            backbone_layer4_1_bn1: bn;
            relu;
            backbone_layer4_1_conv2: conv 3x3x512 pad 4 dilation 4 nobias;
            backbone_layer4_1_bn2: bn;
            relu;
            backbone_layer4_1_conv3: conv 1x1x2048 nobias;
            backbone_layer4_1_bn3: bn;
        }
        relu;
        residual {
            backbone_layer4_2_conv1: conv 1x1x512 nobias;
            backbone_layer4_2_bn1: bn;
            relu;
            backbone_layer4_2_conv2: conv 3x3x512 pad 4 dilation 4 nobias;
            backbone_layer4_2_bn2: bn;
            relu;
            backbone_layer4_2_conv3: conv 1x1x2048 nobias;
            backbone_layer4_2_bn3: bn;
        }
        relu;
        concat {
            {
                classifier_0_convs_0_0: conv 1x1x256 nobias;
                classifier_0_convs_0_1: bn;
                relu;
            }
            {
                classifier_0_convs_1_0: conv 3x3x256 pad 12 dilation 12 nobias;
                classifier_0_convs_1_1: bn;
                relu;
            }
            {
                classifier_0_convs_2_0: conv 3x3x256 pad 24 dilation 24 nobias;
                classifier_0_convs_2_1: bn;
                relu;
            }
            {
                classifier_0_convs_3_0: conv 3x3x256 pad 36 dilation 36 nobias;
                classifier_0_convs_3_1: bn;
                relu;
            }
            {
                gap;
                classifier_0_convs_4_1: conv 1x1x256 nobias;
                classifier_0_convs_4_2: bn;
                relu;
                resize 65x65 bilinear;
            }
        }
        classifier_0_project_0: conv 1x1x256 nobias;
        classifier_0_project_1: bn;
        relu;
        classifier_1: conv 3x3x256 pad 1 nobias;
        classifier_2: bn;
        relu;
        classifier_4: conv 1x1x21;
        resize 520x520 bilinear;
    }
}
