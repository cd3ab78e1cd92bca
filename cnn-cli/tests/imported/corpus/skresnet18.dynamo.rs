cnn! {
    // Imported from skresnet18.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Skresnet18Dynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        residual {
            mix {
                {
                    slice 0..32;
                    layer1_0_conv1_paths_0_conv: conv 3x3x64 pad 1;
                    relu;
                }
                {
                    slice 32..64;
                    layer1_0_conv1_paths_1_conv: conv 3x3x64 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer1_0_conv1_attn_fc_reduce: conv 1x1x16;
                    relu;
                    layer1_0_conv1_attn_fc_select: conv 1x1x128 nobias;
                }
            }
            layer1_0_conv2_conv: conv 3x3x64 pad 1;
        }
        relu;
        residual {
            mix {
                {
                    slice 0..32;
                    layer1_1_conv1_paths_0_conv: conv 3x3x64 pad 1;
                    relu;
                }
                {
                    slice 32..64;
                    layer1_1_conv1_paths_1_conv: conv 3x3x64 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer1_1_conv1_attn_fc_reduce: conv 1x1x16;
                    relu;
                    layer1_1_conv1_attn_fc_select: conv 1x1x128 nobias;
                }
            }
            layer1_1_conv2_conv: conv 3x3x64 pad 1;
        }
        relu;
        add {
            {
                mix {
                    {
                        slice 0..32;
                        layer2_0_conv1_paths_0_conv: conv 3x3x128 stride 2 pad 1;
                        relu;
                    }
                    {
                        slice 32..64;
                        layer2_0_conv1_paths_1_conv: conv 3x3x128 stride 2 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer2_0_conv1_attn_fc_reduce: conv 1x1x16;
                        relu;
                        layer2_0_conv1_attn_fc_select: conv 1x1x256 nobias;
                    }
                }
                layer2_0_conv2_conv: conv 3x3x128 pad 1;
            }
            {
                layer2_0_downsample_0: conv 1x1x128 stride 2;
            }
        }
        relu;
        residual {
            mix {
                {
                    slice 0..64;
                    layer2_1_conv1_paths_0_conv: conv 3x3x128 pad 1;
                    relu;
                }
                {
                    slice 64..128;
                    layer2_1_conv1_paths_1_conv: conv 3x3x128 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer2_1_conv1_attn_fc_reduce: conv 1x1x16;
                    relu;
                    layer2_1_conv1_attn_fc_select: conv 1x1x256 nobias;
                }
            }
            layer2_1_conv2_conv: conv 3x3x128 pad 1;
        }
        relu;
        add {
            {
                mix {
                    {
                        slice 0..64;
                        layer3_0_conv1_paths_0_conv: conv 3x3x256 stride 2 pad 1;
                        relu;
                    }
                    {
                        slice 64..128;
                        layer3_0_conv1_paths_1_conv: conv 3x3x256 stride 2 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer3_0_conv1_attn_fc_reduce: conv 1x1x32;
                        relu;
                        layer3_0_conv1_attn_fc_select: conv 1x1x512 nobias;
                    }
                }
                layer3_0_conv2_conv: conv 3x3x256 pad 1;
            }
            {
                layer3_0_downsample_0: conv 1x1x256 stride 2;
            }
        }
        relu;
        residual {
            mix {
                {
                    slice 0..128;
                    layer3_1_conv1_paths_0_conv: conv 3x3x256 pad 1;
                    relu;
                }
                {
                    slice 128..256;
                    layer3_1_conv1_paths_1_conv: conv 3x3x256 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer3_1_conv1_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer3_1_conv1_attn_fc_select: conv 1x1x512 nobias;
                }
            }
            layer3_1_conv2_conv: conv 3x3x256 pad 1;
        }
        relu;
        add {
            {
                mix {
                    {
                        slice 0..128;
                        layer4_0_conv1_paths_0_conv: conv 3x3x512 stride 2 pad 1;
                        relu;
                    }
                    {
                        slice 128..256;
                        layer4_0_conv1_paths_1_conv: conv 3x3x512 stride 2 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer4_0_conv1_attn_fc_reduce: conv 1x1x64;
                        relu;
                        layer4_0_conv1_attn_fc_select: conv 1x1x1024 nobias;
                    }
                }
                layer4_0_conv2_conv: conv 3x3x512 pad 1;
            }
            {
                layer4_0_downsample_0: conv 1x1x512 stride 2;
            }
        }
        relu;
        residual {
            mix {
                {
                    slice 0..256;
                    layer4_1_conv1_paths_0_conv: conv 3x3x512 pad 1;
                    relu;
                }
                {
                    slice 256..512;
                    layer4_1_conv1_paths_1_conv: conv 3x3x512 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer4_1_conv1_attn_fc_reduce: conv 1x1x64;
                    relu;
                    layer4_1_conv1_attn_fc_select: conv 1x1x1024 nobias;
                }
            }
            layer4_1_conv2_conv: conv 3x3x512 pad 1;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
