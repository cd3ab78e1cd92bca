cnn! {
    // Imported from tv_mnasnet0_5.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMnasnet05Preserve {
        input 224x224x3;
        layers_0: conv 3x3x16 stride 2 pad 1 nobias;
        layers_1: bn;
        relu;
        layers_3: dwconv 3x3 pad 1 nobias;
        layers_4: bn;
        relu;
        layers_6: conv 1x1x8 nobias;
        layers_7: bn;
        layers_8_0_layers_0: conv 1x1x24 nobias;
        layers_8_0_layers_1: bn;
        relu;
        layers_8_0_layers_3: dwconv 3x3 stride 2 pad 1 nobias;
        layers_8_0_layers_4: bn;
        relu;
        layers_8_0_layers_6: conv 1x1x16 nobias;
        layers_8_0_layers_7: bn;
        residual {
            layers_8_1_layers_0: conv 1x1x48 nobias;
            layers_8_1_layers_1: bn;
            relu;
            layers_8_1_layers_3: dwconv 3x3 pad 1 nobias;
            layers_8_1_layers_4: bn;
            relu;
            layers_8_1_layers_6: conv 1x1x16 nobias;
            layers_8_1_layers_7: bn;
        }
        residual {
            layers_8_2_layers_0: conv 1x1x48 nobias;
            layers_8_2_layers_1: bn;
            relu;
            layers_8_2_layers_3: dwconv 3x3 pad 1 nobias;
            layers_8_2_layers_4: bn;
            relu;
            layers_8_2_layers_6: conv 1x1x16 nobias;
            layers_8_2_layers_7: bn;
        }
        layers_9_0_layers_0: conv 1x1x48 nobias;
        layers_9_0_layers_1: bn;
        relu;
        layers_9_0_layers_3: dwconv 5x5 stride 2 pad 2 nobias;
        layers_9_0_layers_4: bn;
        relu;
        layers_9_0_layers_6: conv 1x1x24 nobias;
        layers_9_0_layers_7: bn;
        residual {
            layers_9_1_layers_0: conv 1x1x72 nobias;
            layers_9_1_layers_1: bn;
            relu;
            layers_9_1_layers_3: dwconv 5x5 pad 2 nobias;
            layers_9_1_layers_4: bn;
            relu;
            layers_9_1_layers_6: conv 1x1x24 nobias;
            layers_9_1_layers_7: bn;
        }
        residual {
            layers_9_2_layers_0: conv 1x1x72 nobias;
            layers_9_2_layers_1: bn;
            relu;
            layers_9_2_layers_3: dwconv 5x5 pad 2 nobias;
            layers_9_2_layers_4: bn;
            relu;
            layers_9_2_layers_6: conv 1x1x24 nobias;
            layers_9_2_layers_7: bn;
        }
        layers_10_0_layers_0: conv 1x1x144 nobias;
        layers_10_0_layers_1: bn;
        relu;
        layers_10_0_layers_3: dwconv 5x5 stride 2 pad 2 nobias;
        layers_10_0_layers_4: bn;
        relu;
        layers_10_0_layers_6: conv 1x1x40 nobias;
        layers_10_0_layers_7: bn;
        residual {
            layers_10_1_layers_0: conv 1x1x240 nobias;
            layers_10_1_layers_1: bn;
            relu;
            layers_10_1_layers_3: dwconv 5x5 pad 2 nobias;
            layers_10_1_layers_4: bn;
            relu;
            layers_10_1_layers_6: conv 1x1x40 nobias;
            layers_10_1_layers_7: bn;
        }
        residual {
            layers_10_2_layers_0: conv 1x1x240 nobias;
            layers_10_2_layers_1: bn;
            relu;
            layers_10_2_layers_3: dwconv 5x5 pad 2 nobias;
            layers_10_2_layers_4: bn;
            relu;
            layers_10_2_layers_6: conv 1x1x40 nobias;
            layers_10_2_layers_7: bn;
        }
        layers_11_0_layers_0: conv 1x1x240 nobias;
        layers_11_0_layers_1: bn;
        relu;
        layers_11_0_layers_3: dwconv 3x3 pad 1 nobias;
        layers_11_0_layers_4: bn;
        relu;
        layers_11_0_layers_6: conv 1x1x48 nobias;
        layers_11_0_layers_7: bn;
        residual {
            layers_11_1_layers_0: conv 1x1x288 nobias;
            layers_11_1_layers_1: bn;
            relu;
            layers_11_1_layers_3: dwconv 3x3 pad 1 nobias;
            layers_11_1_layers_4: bn;
            relu;
            layers_11_1_layers_6: conv 1x1x48 nobias;
            layers_11_1_layers_7: bn;
        }
        layers_12_0_layers_0: conv 1x1x288 nobias;
        layers_12_0_layers_1: bn;
        relu;
        layers_12_0_layers_3: dwconv 5x5 stride 2 pad 2 nobias;
        layers_12_0_layers_4: bn;
        relu;
        layers_12_0_layers_6: conv 1x1x96 nobias;
        layers_12_0_layers_7: bn;
        residual {
            layers_12_1_layers_0: conv 1x1x576 nobias;
            layers_12_1_layers_1: bn;
            relu;
            layers_12_1_layers_3: dwconv 5x5 pad 2 nobias;
            layers_12_1_layers_4: bn;
            relu;
            layers_12_1_layers_6: conv 1x1x96 nobias;
            layers_12_1_layers_7: bn;
        }
        residual {
            layers_12_2_layers_0: conv 1x1x576 nobias;
            layers_12_2_layers_1: bn;
            relu;
            layers_12_2_layers_3: dwconv 5x5 pad 2 nobias;
            layers_12_2_layers_4: bn;
            relu;
            layers_12_2_layers_6: conv 1x1x96 nobias;
            layers_12_2_layers_7: bn;
        }
        residual {
            layers_12_3_layers_0: conv 1x1x576 nobias;
            layers_12_3_layers_1: bn;
            relu;
            layers_12_3_layers_3: dwconv 5x5 pad 2 nobias;
            layers_12_3_layers_4: bn;
            relu;
            layers_12_3_layers_6: conv 1x1x96 nobias;
            layers_12_3_layers_7: bn;
        }
        layers_13_0_layers_0: conv 1x1x576 nobias;
        layers_13_0_layers_1: bn;
        relu;
        layers_13_0_layers_3: dwconv 3x3 pad 1 nobias;
        layers_13_0_layers_4: bn;
        relu;
        layers_13_0_layers_6: conv 1x1x160 nobias;
        layers_13_0_layers_7: bn;
        layers_14: conv 1x1x1280 nobias;
        layers_15: bn;
        relu;
        gap;
        flatten;
        classifier_1: fc 1000;
    }
}
