cnn! {
    // Imported from skresnext50_32x4d.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Skresnext5032x4dDynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        add {
            {
                layer1_0_conv1_conv: conv 1x1x128;
                relu;
                mix {
                    {
                        layer1_0_conv2_paths_0_conv: conv 3x3x128 groups 32 pad 1;
                        relu;
                    }
                    {
                        layer1_0_conv2_paths_1_conv: conv 3x3x128 groups 32 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer1_0_conv2_attn_fc_reduce: conv 1x1x32;
                        relu;
                        layer1_0_conv2_attn_fc_select: conv 1x1x256 nobias;
                    }
                }
                layer1_0_conv3_conv: conv 1x1x256;
            }
            {
                layer1_0_downsample_0: conv 1x1x256;
            }
        }
        relu;
        residual {
            layer1_1_conv1_conv: conv 1x1x128;
            relu;
            mix {
                {
                    layer1_1_conv2_paths_0_conv: conv 3x3x128 groups 32 pad 1;
                    relu;
                }
                {
                    layer1_1_conv2_paths_1_conv: conv 3x3x128 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer1_1_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer1_1_conv2_attn_fc_select: conv 1x1x256 nobias;
                }
            }
            layer1_1_conv3_conv: conv 1x1x256;
        }
        relu;
        residual {
            layer1_2_conv1_conv: conv 1x1x128;
            relu;
            mix {
                {
                    layer1_2_conv2_paths_0_conv: conv 3x3x128 groups 32 pad 1;
                    relu;
                }
                {
                    layer1_2_conv2_paths_1_conv: conv 3x3x128 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer1_2_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer1_2_conv2_attn_fc_select: conv 1x1x256 nobias;
                }
            }
            layer1_2_conv3_conv: conv 1x1x256;
        }
        relu;
        add {
            {
                layer2_0_conv1_conv: conv 1x1x256;
                relu;
                mix {
                    {
                        layer2_0_conv2_paths_0_conv: conv 3x3x256 groups 32 stride 2 pad 1;
                        relu;
                    }
                    {
                        layer2_0_conv2_paths_1_conv: conv 3x3x256 groups 32 stride 2 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer2_0_conv2_attn_fc_reduce: conv 1x1x32;
                        relu;
                        layer2_0_conv2_attn_fc_select: conv 1x1x512 nobias;
                    }
                }
                layer2_0_conv3_conv: conv 1x1x512;
            }
            {
                layer2_0_downsample_0: conv 1x1x512 stride 2;
            }
        }
        relu;
        residual {
            layer2_1_conv1_conv: conv 1x1x256;
            relu;
            mix {
                {
                    layer2_1_conv2_paths_0_conv: conv 3x3x256 groups 32 pad 1;
                    relu;
                }
                {
                    layer2_1_conv2_paths_1_conv: conv 3x3x256 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer2_1_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer2_1_conv2_attn_fc_select: conv 1x1x512 nobias;
                }
            }
            layer2_1_conv3_conv: conv 1x1x512;
        }
        relu;
        residual {
            layer2_2_conv1_conv: conv 1x1x256;
            relu;
            mix {
                {
                    layer2_2_conv2_paths_0_conv: conv 3x3x256 groups 32 pad 1;
                    relu;
                }
                {
                    layer2_2_conv2_paths_1_conv: conv 3x3x256 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer2_2_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer2_2_conv2_attn_fc_select: conv 1x1x512 nobias;
                }
            }
            layer2_2_conv3_conv: conv 1x1x512;
        }
        relu;
        residual {
            layer2_3_conv1_conv: conv 1x1x256;
            relu;
            mix {
                {
                    layer2_3_conv2_paths_0_conv: conv 3x3x256 groups 32 pad 1;
                    relu;
                }
                {
                    layer2_3_conv2_paths_1_conv: conv 3x3x256 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer2_3_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer2_3_conv2_attn_fc_select: conv 1x1x512 nobias;
                }
            }
            layer2_3_conv3_conv: conv 1x1x512;
        }
        relu;
        add {
            {
                layer3_0_conv1_conv: conv 1x1x512;
                relu;
                mix {
                    {
                        layer3_0_conv2_paths_0_conv: conv 3x3x512 groups 32 stride 2 pad 1;
                        relu;
                    }
                    {
                        layer3_0_conv2_paths_1_conv: conv 3x3x512 groups 32 stride 2 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer3_0_conv2_attn_fc_reduce: conv 1x1x32;
                        relu;
                        layer3_0_conv2_attn_fc_select: conv 1x1x1024 nobias;
                    }
                }
                layer3_0_conv3_conv: conv 1x1x1024;
            }
            {
                layer3_0_downsample_0: conv 1x1x1024 stride 2;
            }
        }
        relu;
        residual {
            layer3_1_conv1_conv: conv 1x1x512;
            relu;
            mix {
                {
                    layer3_1_conv2_paths_0_conv: conv 3x3x512 groups 32 pad 1;
                    relu;
                }
                {
                    layer3_1_conv2_paths_1_conv: conv 3x3x512 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer3_1_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer3_1_conv2_attn_fc_select: conv 1x1x1024 nobias;
                }
            }
            layer3_1_conv3_conv: conv 1x1x1024;
        }
        relu;
        residual {
            layer3_2_conv1_conv: conv 1x1x512;
            relu;
            mix {
                {
                    layer3_2_conv2_paths_0_conv: conv 3x3x512 groups 32 pad 1;
                    relu;
                }
                {
                    layer3_2_conv2_paths_1_conv: conv 3x3x512 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer3_2_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer3_2_conv2_attn_fc_select: conv 1x1x1024 nobias;
                }
            }
            layer3_2_conv3_conv: conv 1x1x1024;
        }
        relu;
        residual {
            layer3_3_conv1_conv: conv 1x1x512;
            relu;
            mix {
                {
                    layer3_3_conv2_paths_0_conv: conv 3x3x512 groups 32 pad 1;
                    relu;
                }
                {
                    layer3_3_conv2_paths_1_conv: conv 3x3x512 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer3_3_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer3_3_conv2_attn_fc_select: conv 1x1x1024 nobias;
                }
            }
            layer3_3_conv3_conv: conv 1x1x1024;
        }
        relu;
        residual {
            layer3_4_conv1_conv: conv 1x1x512;
            relu;
            mix {
                {
                    layer3_4_conv2_paths_0_conv: conv 3x3x512 groups 32 pad 1;
                    relu;
                }
                {
                    layer3_4_conv2_paths_1_conv: conv 3x3x512 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer3_4_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer3_4_conv2_attn_fc_select: conv 1x1x1024 nobias;
                }
            }
            layer3_4_conv3_conv: conv 1x1x1024;
        }
        relu;
        residual {
            layer3_5_conv1_conv: conv 1x1x512;
            relu;
            mix {
                {
                    layer3_5_conv2_paths_0_conv: conv 3x3x512 groups 32 pad 1;
                    relu;
                }
                {
                    layer3_5_conv2_paths_1_conv: conv 3x3x512 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer3_5_conv2_attn_fc_reduce: conv 1x1x32;
                    relu;
                    layer3_5_conv2_attn_fc_select: conv 1x1x1024 nobias;
                }
            }
            layer3_5_conv3_conv: conv 1x1x1024;
        }
        relu;
        add {
            {
                layer4_0_conv1_conv: conv 1x1x1024;
                relu;
                mix {
                    {
                        layer4_0_conv2_paths_0_conv: conv 3x3x1024 groups 32 stride 2 pad 1;
                        relu;
                    }
                    {
                        layer4_0_conv2_paths_1_conv: conv 3x3x1024 groups 32 stride 2 pad 2 dilation 2;
                        relu;
                    }
                    {
                        gap;
                        layer4_0_conv2_attn_fc_reduce: conv 1x1x64;
                        relu;
                        layer4_0_conv2_attn_fc_select: conv 1x1x2048 nobias;
                    }
                }
                layer4_0_conv3_conv: conv 1x1x2048;
            }
            {
                layer4_0_downsample_0: conv 1x1x2048 stride 2;
            }
        }
        relu;
        residual {
            layer4_1_conv1_conv: conv 1x1x1024;
            relu;
            mix {
                {
                    layer4_1_conv2_paths_0_conv: conv 3x3x1024 groups 32 pad 1;
                    relu;
                }
                {
                    layer4_1_conv2_paths_1_conv: conv 3x3x1024 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer4_1_conv2_attn_fc_reduce: conv 1x1x64;
                    relu;
                    layer4_1_conv2_attn_fc_select: conv 1x1x2048 nobias;
                }
            }
            layer4_1_conv3_conv: conv 1x1x2048;
        }
        relu;
        residual {
            layer4_2_conv1_conv: conv 1x1x1024;
            relu;
            mix {
                {
                    layer4_2_conv2_paths_0_conv: conv 3x3x1024 groups 32 pad 1;
                    relu;
                }
                {
                    layer4_2_conv2_paths_1_conv: conv 3x3x1024 groups 32 pad 2 dilation 2;
                    relu;
                }
                {
                    gap;
                    layer4_2_conv2_attn_fc_reduce: conv 1x1x64;
                    relu;
                    layer4_2_conv2_attn_fc_select: conv 1x1x2048 nobias;
                }
            }
            layer4_2_conv3_conv: conv 1x1x2048;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
