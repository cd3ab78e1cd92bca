cnn! {
    // Imported from hrnet_w18_small.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct HrnetW18SmallDynamo {
        input 224x224x3;
        conv1: conv 3x3x64 stride 2 pad 1;
        relu;
        conv2: conv 3x3x64 stride 2 pad 1;
        relu;
        add {
            {
                layer1_0_downsample_0: conv 1x1x128;
            }
            {
                layer1_0_conv1: conv 1x1x32;
                relu;
                layer1_0_conv2: conv 3x3x32 pad 1;
                relu;
                layer1_0_conv3: conv 1x1x128;
            }
        }
        v2: relu;
        transition1_0_0: conv 3x3x16 pad 1;
        relu;
        residual {
            stage2_0_branches_0_0_conv1: conv 3x3x16 pad 1;
            relu;
            stage2_0_branches_0_0_conv2: conv 3x3x16 pad 1;
        }
        relu;
        residual {
            stage2_0_branches_0_1_conv1: conv 3x3x16 pad 1;
            relu;
            stage2_0_branches_0_1_conv2: conv 3x3x16 pad 1;
        }
        v5: relu;
        stage2_0_fuse_layers_1_0_0_0: conv 3x3x32 stride 2 pad 1;
        from v2;
        transition1_1_0_0: conv 3x3x32 stride 2 pad 1;
        relu;
        residual {
            stage2_0_branches_1_0_conv1: conv 3x3x32 pad 1;
            relu;
            stage2_0_branches_1_0_conv2: conv 3x3x32 pad 1;
        }
        relu;
        residual {
            stage2_0_branches_1_1_conv1: conv 3x3x32 pad 1;
            relu;
            stage2_0_branches_1_1_conv2: conv 3x3x32 pad 1;
        }
        v8: relu;
        stage2_0_fuse_layers_0_1_0: conv 1x1x16;
        resize 56x56;
        residual {
            from v5;
        }
        relu;
        residual {
            stage3_0_branches_0_0_conv1: conv 3x3x16 pad 1;
            relu;
            stage3_0_branches_0_0_conv2: conv 3x3x16 pad 1;
        }
        relu;
        residual {
            stage3_0_branches_0_1_conv1: conv 3x3x16 pad 1;
            relu;
            stage3_0_branches_0_1_conv2: conv 3x3x16 pad 1;
        }
        v11: relu;
        stage3_0_fuse_layers_1_0_0_0: conv 3x3x32 stride 2 pad 1;
        add {
            {
                from stage2_0_fuse_layers_1_0_0_0;
            }
            {
                from v8;
            }
        }
        v12: relu;
        add {
            {
                stage3_0_branches_1_0_conv1: conv 3x3x32 pad 1;
                relu;
                stage3_0_branches_1_0_conv2: conv 3x3x32 pad 1;
                residual {
                    from v12;
                }
                relu;
                residual {
                    stage3_0_branches_1_1_conv1: conv 3x3x32 pad 1;
                    relu;
                    stage3_0_branches_1_1_conv2: conv 3x3x32 pad 1;
                }
                v18: relu;
                stage3_0_fuse_layers_0_1_0: conv 1x1x16;
                resize 56x56;
                residual {
                    from v11;
                }
            }
            {
                transition2_2_0_0: conv 3x3x64 stride 2 pad 1;
                relu;
                residual {
                    stage3_0_branches_2_0_conv1: conv 3x3x64 pad 1;
                    relu;
                    stage3_0_branches_2_0_conv2: conv 3x3x64 pad 1;
                }
                relu;
                residual {
                    stage3_0_branches_2_1_conv1: conv 3x3x64 pad 1;
                    relu;
                    stage3_0_branches_2_1_conv2: conv 3x3x64 pad 1;
                }
                v15: relu;
                stage3_0_fuse_layers_0_2_0: conv 1x1x16;
                resize 56x56;
            }
        }
        relu;
        residual {
            stage4_0_branches_0_0_conv1: conv 3x3x16 pad 1;
            relu;
            stage4_0_branches_0_0_conv2: conv 3x3x16 pad 1;
        }
        relu;
        residual {
            stage4_0_branches_0_1_conv1: conv 3x3x16 pad 1;
            relu;
            stage4_0_branches_0_1_conv2: conv 3x3x16 pad 1;
        }
        v21: relu;
        stage4_0_fuse_layers_1_0_0_0: conv 3x3x32 stride 2 pad 1;
        v22: add {
            {
                from stage3_0_fuse_layers_1_0_0_0;
            }
            {
                from v18;
            }
        }
        from v15;
        stage3_0_fuse_layers_1_2_0: conv 1x1x32;
        resize 28x28;
        residual {
            from v22;
        }
        relu;
        residual {
            stage4_0_branches_1_0_conv1: conv 3x3x32 pad 1;
            relu;
            stage4_0_branches_1_0_conv2: conv 3x3x32 pad 1;
        }
        relu;
        residual {
            stage4_0_branches_1_1_conv1: conv 3x3x32 pad 1;
            relu;
            stage4_0_branches_1_1_conv2: conv 3x3x32 pad 1;
        }
        v25: relu;
        stage4_0_fuse_layers_0_1_0: conv 1x1x16;
        resize 56x56;
        v26: residual {
            from v21;
        }
        from v11;
        stage3_0_fuse_layers_2_0_0_0: conv 3x3x16 stride 2 pad 1;
        relu;
        stage3_0_fuse_layers_2_0_1_0: conv 3x3x64 stride 2 pad 1;
        from v18;
        stage3_0_fuse_layers_2_1_0_0: conv 3x3x64 stride 2 pad 1;
        residual {
            from stage3_0_fuse_layers_2_0_1_0;
        }
        residual {
            from v15;
        }
        v27: relu;
        add {
            {
                stage4_0_branches_2_0_conv1: conv 3x3x64 pad 1;
                relu;
                stage4_0_branches_2_0_conv2: conv 3x3x64 pad 1;
                residual {
                    from v27;
                }
                relu;
                residual {
                    stage4_0_branches_2_1_conv1: conv 3x3x64 pad 1;
                    relu;
                    stage4_0_branches_2_1_conv2: conv 3x3x64 pad 1;
                }
                v33: relu;
                stage4_0_fuse_layers_0_2_0: conv 1x1x16;
                resize 56x56;
                residual {
                    from v26;
                }
            }
            {
                transition3_3_0_0: conv 3x3x128 stride 2 pad 1;
                relu;
                residual {
                    stage4_0_branches_3_0_conv1: conv 3x3x128 pad 1;
                    relu;
                    stage4_0_branches_3_0_conv2: conv 3x3x128 pad 1;
                }
                relu;
                residual {
                    stage4_0_branches_3_1_conv1: conv 3x3x128 pad 1;
                    relu;
                    stage4_0_branches_3_1_conv2: conv 3x3x128 pad 1;
                }
                v30: relu;
                stage4_0_fuse_layers_0_3_0: conv 1x1x16;
                resize 56x56;
            }
        }
        v34: relu;
        incre_modules_0_0_conv1: conv 1x1x32;
        relu;
        incre_modules_0_0_conv2: conv 3x3x32 pad 1;
        relu;
        incre_modules_0_0_conv3: conv 1x1x128;
        v35: add {
            {
                from stage4_0_fuse_layers_1_0_0_0;
            }
            {
                from v25;
            }
        }
        from v33;
        stage4_0_fuse_layers_1_2_0: conv 1x1x32;
        resize 28x28;
        v36: residual {
            from v35;
        }
        from v30;
        stage4_0_fuse_layers_1_3_0: conv 1x1x32;
        resize 28x28;
        residual {
            from v36;
        }
        v37: relu;
        incre_modules_1_0_conv1: conv 1x1x64;
        relu;
        incre_modules_1_0_conv2: conv 3x3x64 pad 1;
        relu;
        incre_modules_1_0_conv3: conv 1x1x256;
        from v21;
        stage4_0_fuse_layers_2_0_0_0: conv 3x3x16 stride 2 pad 1;
        relu;
        stage4_0_fuse_layers_2_0_1_0: conv 3x3x64 stride 2 pad 1;
        from v25;
        stage4_0_fuse_layers_2_1_0_0: conv 3x3x64 stride 2 pad 1;
        residual {
            from stage4_0_fuse_layers_2_0_1_0;
        }
        v38: residual {
            from v33;
        }
        from v30;
        stage4_0_fuse_layers_2_3_0: conv 1x1x64;
        resize 14x14;
        residual {
            from v38;
        }
        v39: relu;
        incre_modules_2_0_conv1: conv 1x1x128;
        relu;
        incre_modules_2_0_conv2: conv 3x3x128 pad 1;
        relu;
        incre_modules_2_0_conv3: conv 1x1x512;
        from v21;
        stage4_0_fuse_layers_3_0_0_0: conv 3x3x16 stride 2 pad 1;
        relu;
        stage4_0_fuse_layers_3_0_1_0: conv 3x3x16 stride 2 pad 1;
        relu;
        stage4_0_fuse_layers_3_0_2_0: conv 3x3x128 stride 2 pad 1;
        from v25;
        stage4_0_fuse_layers_3_1_0_0: conv 3x3x32 stride 2 pad 1;
        relu;
        stage4_0_fuse_layers_3_1_1_0: conv 3x3x128 stride 2 pad 1;
        v40: residual {
            from stage4_0_fuse_layers_3_0_2_0;
        }
        from v33;
        stage4_0_fuse_layers_3_2_0_0: conv 3x3x128 stride 2 pad 1;
        residual {
            from v40;
        }
        residual {
            from v30;
        }
        v41: relu;
        incre_modules_3_0_conv1: conv 1x1x256;
        relu;
        incre_modules_3_0_conv2: conv 3x3x256 pad 1;
        relu;
        incre_modules_3_0_conv3: conv 1x1x1024;
        from v34;
        incre_modules_0_0_downsample_0: conv 1x1x128;
        residual {
            from incre_modules_0_0_conv3;
        }
        relu;
        downsamp_modules_0_0: conv 3x3x256 stride 2 pad 1;
        v42: relu;
        from v37;
        incre_modules_1_0_downsample_0: conv 1x1x256;
        residual {
            from incre_modules_1_0_conv3;
        }
        relu;
        residual {
            from v42;
        }
        downsamp_modules_1_0: conv 3x3x512 stride 2 pad 1;
        v43: relu;
        from v39;
        incre_modules_2_0_downsample_0: conv 1x1x512;
        residual {
            from incre_modules_2_0_conv3;
        }
        relu;
        residual {
            from v43;
        }
        downsamp_modules_2_0: conv 3x3x1024 stride 2 pad 1;
        v44: relu;
        from v41;
        incre_modules_3_0_downsample_0: conv 1x1x1024;
        residual {
            from incre_modules_3_0_conv3;
        }
        relu;
        residual {
            from v44;
        }
        final_layer_0: conv 1x1x2048;
        relu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
