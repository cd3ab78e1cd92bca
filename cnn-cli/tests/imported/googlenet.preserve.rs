cnn! {
    // Imported from googlenet.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct GooglenetPreserve {
        input 224x224x3;
        conv1_conv: conv 7x7x64 stride 2 pad 3 nobias;
        conv1_bn: bn;
        relu;
        maxpool 3 stride 2 ceil;
        conv2_conv: conv 1x1x64 nobias;
        conv2_bn: bn;
        relu;
        conv3_conv: conv 3x3x192 pad 1 nobias;
        conv3_bn: bn;
        relu;
        maxpool 3 stride 2 ceil;
        concat {
            {
                inception3a_branch1_conv: conv 1x1x64 nobias;
                inception3a_branch1_bn: bn;
                relu;
            }
            {
                inception3a_branch2_0_conv: conv 1x1x96 nobias;
                inception3a_branch2_0_bn: bn;
                relu;
                inception3a_branch2_1_conv: conv 3x3x128 pad 1 nobias;
                inception3a_branch2_1_bn: bn;
                relu;
            }
            {
                inception3a_branch3_0_conv: conv 1x1x16 nobias;
                inception3a_branch3_0_bn: bn;
                relu;
                inception3a_branch3_1_conv: conv 3x3x32 pad 1 nobias;
                inception3a_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception3a_branch4_1_conv: conv 1x1x32 nobias;
                inception3a_branch4_1_bn: bn;
                relu;
            }
        }
        concat {
            {
                inception3b_branch1_conv: conv 1x1x128 nobias;
                inception3b_branch1_bn: bn;
                relu;
            }
            {
                inception3b_branch2_0_conv: conv 1x1x128 nobias;
                inception3b_branch2_0_bn: bn;
                relu;
                inception3b_branch2_1_conv: conv 3x3x192 pad 1 nobias;
                inception3b_branch2_1_bn: bn;
                relu;
            }
            {
                inception3b_branch3_0_conv: conv 1x1x32 nobias;
                inception3b_branch3_0_bn: bn;
                relu;
                inception3b_branch3_1_conv: conv 3x3x96 pad 1 nobias;
                inception3b_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception3b_branch4_1_conv: conv 1x1x64 nobias;
                inception3b_branch4_1_bn: bn;
                relu;
            }
        }
        maxpool 3 stride 2 ceil;
        concat {
            {
                inception4a_branch1_conv: conv 1x1x192 nobias;
                inception4a_branch1_bn: bn;
                relu;
            }
            {
                inception4a_branch2_0_conv: conv 1x1x96 nobias;
                inception4a_branch2_0_bn: bn;
                relu;
                inception4a_branch2_1_conv: conv 3x3x208 pad 1 nobias;
                inception4a_branch2_1_bn: bn;
                relu;
            }
            {
                inception4a_branch3_0_conv: conv 1x1x16 nobias;
                inception4a_branch3_0_bn: bn;
                relu;
                inception4a_branch3_1_conv: conv 3x3x48 pad 1 nobias;
                inception4a_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception4a_branch4_1_conv: conv 1x1x64 nobias;
                inception4a_branch4_1_bn: bn;
                relu;
            }
        }
        concat {
            {
                inception4b_branch1_conv: conv 1x1x160 nobias;
                inception4b_branch1_bn: bn;
                relu;
            }
            {
                inception4b_branch2_0_conv: conv 1x1x112 nobias;
                inception4b_branch2_0_bn: bn;
                relu;
                inception4b_branch2_1_conv: conv 3x3x224 pad 1 nobias;
                inception4b_branch2_1_bn: bn;
                relu;
            }
            {
                inception4b_branch3_0_conv: conv 1x1x24 nobias;
                inception4b_branch3_0_bn: bn;
                relu;
                inception4b_branch3_1_conv: conv 3x3x64 pad 1 nobias;
                inception4b_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception4b_branch4_1_conv: conv 1x1x64 nobias;
                inception4b_branch4_1_bn: bn;
                relu;
            }
        }
        concat {
            {
                inception4c_branch1_conv: conv 1x1x128 nobias;
                inception4c_branch1_bn: bn;
                relu;
            }
            {
                inception4c_branch2_0_conv: conv 1x1x128 nobias;
                inception4c_branch2_0_bn: bn;
                relu;
                inception4c_branch2_1_conv: conv 3x3x256 pad 1 nobias;
                inception4c_branch2_1_bn: bn;
                relu;
            }
            {
                inception4c_branch3_0_conv: conv 1x1x24 nobias;
                inception4c_branch3_0_bn: bn;
                relu;
                inception4c_branch3_1_conv: conv 3x3x64 pad 1 nobias;
                inception4c_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception4c_branch4_1_conv: conv 1x1x64 nobias;
                inception4c_branch4_1_bn: bn;
                relu;
            }
        }
        concat {
            {
                inception4d_branch1_conv: conv 1x1x112 nobias;
                inception4d_branch1_bn: bn;
                relu;
            }
            {
                inception4d_branch2_0_conv: conv 1x1x144 nobias;
                inception4d_branch2_0_bn: bn;
                relu;
                inception4d_branch2_1_conv: conv 3x3x288 pad 1 nobias;
                inception4d_branch2_1_bn: bn;
                relu;
            }
            {
                inception4d_branch3_0_conv: conv 1x1x32 nobias;
                inception4d_branch3_0_bn: bn;
                relu;
                inception4d_branch3_1_conv: conv 3x3x64 pad 1 nobias;
                inception4d_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception4d_branch4_1_conv: conv 1x1x64 nobias;
                inception4d_branch4_1_bn: bn;
                relu;
            }
        }
        concat {
            {
                inception4e_branch1_conv: conv 1x1x256 nobias;
                inception4e_branch1_bn: bn;
                relu;
            }
            {
                inception4e_branch2_0_conv: conv 1x1x160 nobias;
                inception4e_branch2_0_bn: bn;
                relu;
                inception4e_branch2_1_conv: conv 3x3x320 pad 1 nobias;
                inception4e_branch2_1_bn: bn;
                relu;
            }
            {
                inception4e_branch3_0_conv: conv 1x1x32 nobias;
                inception4e_branch3_0_bn: bn;
                relu;
                inception4e_branch3_1_conv: conv 3x3x128 pad 1 nobias;
                inception4e_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception4e_branch4_1_conv: conv 1x1x128 nobias;
                inception4e_branch4_1_bn: bn;
                relu;
            }
        }
        maxpool 2 ceil;
        concat {
            {
                inception5a_branch1_conv: conv 1x1x256 nobias;
                inception5a_branch1_bn: bn;
                relu;
            }
            {
                inception5a_branch2_0_conv: conv 1x1x160 nobias;
                inception5a_branch2_0_bn: bn;
                relu;
                inception5a_branch2_1_conv: conv 3x3x320 pad 1 nobias;
                inception5a_branch2_1_bn: bn;
                relu;
            }
            {
                inception5a_branch3_0_conv: conv 1x1x32 nobias;
                inception5a_branch3_0_bn: bn;
                relu;
                inception5a_branch3_1_conv: conv 3x3x128 pad 1 nobias;
                inception5a_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception5a_branch4_1_conv: conv 1x1x128 nobias;
                inception5a_branch4_1_bn: bn;
                relu;
            }
        }
        concat {
            {
                inception5b_branch1_conv: conv 1x1x384 nobias;
                inception5b_branch1_bn: bn;
                relu;
            }
            {
                inception5b_branch2_0_conv: conv 1x1x192 nobias;
                inception5b_branch2_0_bn: bn;
                relu;
                inception5b_branch2_1_conv: conv 3x3x384 pad 1 nobias;
                inception5b_branch2_1_bn: bn;
                relu;
            }
            {
                inception5b_branch3_0_conv: conv 1x1x48 nobias;
                inception5b_branch3_0_bn: bn;
                relu;
                inception5b_branch3_1_conv: conv 3x3x128 pad 1 nobias;
                inception5b_branch3_1_bn: bn;
                relu;
            }
            {
                maxpool 3 stride 1 pad 1 ceil;
                inception5b_branch4_1_conv: conv 1x1x128 nobias;
                inception5b_branch4_1_bn: bn;
                relu;
            }
        }
        gap;
        flatten;
        fc: fc 1000;
    }
}
