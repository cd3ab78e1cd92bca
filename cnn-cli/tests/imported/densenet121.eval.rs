cnn! {
    // Imported from densenet121.eval.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Densenet121Eval {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        concat {
            {}
            {
                features_denseblock1_denselayer1_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock1_denselayer1_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock1_denselayer2_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock1_denselayer2_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock1_denselayer3_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock1_denselayer3_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock1_denselayer4_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock1_denselayer4_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock1_denselayer5_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock1_denselayer5_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock1_denselayer6_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock1_denselayer6_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        features_transition1_norm: bn;
        relu;
        features_transition1_conv: conv 1x1x128 nobias;
        avgpool 2;
        concat {
            {}
            {
                features_denseblock2_denselayer1_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer1_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer2_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer2_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer3_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer3_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer4_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer4_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer5_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer5_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer6_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer6_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer7_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer7_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer8_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer8_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer9_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer9_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer10_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer10_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer11_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer11_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock2_denselayer12_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock2_denselayer12_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        features_transition2_norm: bn;
        relu;
        features_transition2_conv: conv 1x1x256 nobias;
        avgpool 2;
        concat {
            {}
            {
                features_denseblock3_denselayer1_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer1_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer2_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer2_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer3_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer3_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer4_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer4_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer5_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer5_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer6_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer6_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer7_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer7_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer8_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer8_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer9_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer9_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer10_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer10_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer11_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer11_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer12_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer12_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer13_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer13_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer14_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer14_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer15_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer15_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer16_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer16_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer17_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer17_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer18_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer18_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer19_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer19_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer20_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer20_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer21_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer21_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer22_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer22_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer23_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer23_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock3_denselayer24_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock3_denselayer24_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        features_transition3_norm: bn;
        relu;
        features_transition3_conv: conv 1x1x512 nobias;
        avgpool 2;
        concat {
            {}
            {
                features_denseblock4_denselayer1_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer1_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer2_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer2_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer3_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer3_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer4_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer4_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer5_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer5_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer6_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer6_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer7_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer7_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer8_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer8_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer9_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer9_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer10_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer10_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer11_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer11_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer12_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer12_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer13_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer13_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer14_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer14_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer15_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer15_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        concat {
            {}
            {
                features_denseblock4_denselayer16_norm1: bn;
                relu;
                conv 1x1x128;
                relu;
                features_denseblock4_denselayer16_conv2: conv 3x3x32 pad 1 nobias;
            }
        }
        features_norm5: bn;
        relu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
