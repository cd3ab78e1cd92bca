cnn! {
    // Imported from dla34.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Dla34Dynamo {
        input 224x224x3;
        base_layer_0: conv 7x7x16 pad 3;
        relu;
        level0_0: conv 3x3x16 pad 1;
        relu;
        level1_0: conv 3x3x32 stride 2 pad 1;
        relu;
        add {
            {
                level2_tree1_conv1: conv 3x3x64 stride 2 pad 1;
                relu;
                level2_tree1_conv2: conv 3x3x64 pad 1;
            }
            {
                maxpool 2;
                level2_project_0: conv 1x1x64;
            }
        }
        relu;
        concat {
            {
                residual {
                    level2_tree2_conv1: conv 3x3x64 pad 1;
                    relu;
                    level2_tree2_conv2: conv 3x3x64 pad 1;
                }
                relu;
            }
            {}
        }
        level2_root_conv: conv 1x1x64;
        relu;
        add {
            {
                level3_tree1_tree1_conv1: conv 3x3x128 stride 2 pad 1;
                relu;
                level3_tree1_tree1_conv2: conv 3x3x128 pad 1;
            }
            {
                v4: maxpool 2;
                level3_tree1_project_0: conv 1x1x128;
            }
        }
        relu;
        concat {
            {
                residual {
                    level3_tree1_tree2_conv1: conv 3x3x128 pad 1;
                    relu;
                    level3_tree1_tree2_conv2: conv 3x3x128 pad 1;
                }
                relu;
            }
            {}
        }
        level3_tree1_root_conv: conv 1x1x128;
        v6: relu;
        residual {
            level3_tree2_tree1_conv1: conv 3x3x128 pad 1;
            relu;
            level3_tree2_tree1_conv2: conv 3x3x128 pad 1;
        }
        v7: relu;
        residual {
            level3_tree2_tree2_conv1: conv 3x3x128 pad 1;
            relu;
            level3_tree2_tree2_conv2: conv 3x3x128 pad 1;
        }
        relu;
        concat {
            {}
            {
                from v7;
            }
            {
                from v4;
            }
            {
                from v6;
            }
        }
        level3_tree2_root_conv: conv 1x1x128;
        relu;
        add {
            {
                level4_tree1_tree1_conv1: conv 3x3x256 stride 2 pad 1;
                relu;
                level4_tree1_tree1_conv2: conv 3x3x256 pad 1;
            }
            {
                v9: maxpool 2;
                level4_tree1_project_0: conv 1x1x256;
            }
        }
        relu;
        concat {
            {
                residual {
                    level4_tree1_tree2_conv1: conv 3x3x256 pad 1;
                    relu;
                    level4_tree1_tree2_conv2: conv 3x3x256 pad 1;
                }
                relu;
            }
            {}
        }
        level4_tree1_root_conv: conv 1x1x256;
        v11: relu;
        residual {
            level4_tree2_tree1_conv1: conv 3x3x256 pad 1;
            relu;
            level4_tree2_tree1_conv2: conv 3x3x256 pad 1;
        }
        v12: relu;
        residual {
            level4_tree2_tree2_conv1: conv 3x3x256 pad 1;
            relu;
            level4_tree2_tree2_conv2: conv 3x3x256 pad 1;
        }
        relu;
        concat {
            {}
            {
                from v12;
            }
            {
                from v9;
            }
            {
                from v11;
            }
        }
        level4_tree2_root_conv: conv 1x1x256;
        relu;
        add {
            {
                level5_tree1_conv1: conv 3x3x512 stride 2 pad 1;
                relu;
                level5_tree1_conv2: conv 3x3x512 pad 1;
            }
            {
                v14: maxpool 2;
                level5_project_0: conv 1x1x512;
            }
        }
        v15: relu;
        residual {
            level5_tree2_conv1: conv 3x3x512 pad 1;
            relu;
            level5_tree2_conv2: conv 3x3x512 pad 1;
        }
        relu;
        concat {
            {}
            {
                from v15;
            }
            {
                from v14;
            }
        }
        level5_root_conv: conv 1x1x512;
        relu;
        gap;
        fc: conv 1x1x1000;
        flatten;
    }
}
