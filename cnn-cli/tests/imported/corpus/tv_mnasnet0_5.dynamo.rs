cnn! {
    // Imported from tv_mnasnet0_5.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvMnasnet05Dynamo {
        input 224x224x3;
        layers_0: conv 3x3x16 stride 2 pad 1;
        relu;
        layers_3: dwconv 3x3 pad 1;
        relu;
        layers_6: conv 1x1x8;
        layers_8_0_layers_0: conv 1x1x24;
        relu;
        layers_8_0_layers_3: dwconv 3x3 stride 2 pad 1;
        relu;
        layers_8_0_layers_6: conv 1x1x16;
        residual {
            layers_8_1_layers_0: conv 1x1x48;
            relu;
            layers_8_1_layers_3: dwconv 3x3 pad 1;
            relu;
            layers_8_1_layers_6: conv 1x1x16;
        }
        residual {
            layers_8_2_layers_0: conv 1x1x48;
            relu;
            layers_8_2_layers_3: dwconv 3x3 pad 1;
            relu;
            layers_8_2_layers_6: conv 1x1x16;
        }
        layers_9_0_layers_0: conv 1x1x48;
        relu;
        layers_9_0_layers_3: dwconv 5x5 stride 2 pad 2;
        relu;
        layers_9_0_layers_6: conv 1x1x24;
        residual {
            layers_9_1_layers_0: conv 1x1x72;
            relu;
            layers_9_1_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_9_1_layers_6: conv 1x1x24;
        }
        residual {
            layers_9_2_layers_0: conv 1x1x72;
            relu;
            layers_9_2_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_9_2_layers_6: conv 1x1x24;
        }
        layers_10_0_layers_0: conv 1x1x144;
        relu;
        layers_10_0_layers_3: dwconv 5x5 stride 2 pad 2;
        relu;
        layers_10_0_layers_6: conv 1x1x40;
        residual {
            layers_10_1_layers_0: conv 1x1x240;
            relu;
            layers_10_1_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_10_1_layers_6: conv 1x1x40;
        }
        residual {
            layers_10_2_layers_0: conv 1x1x240;
            relu;
            layers_10_2_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_10_2_layers_6: conv 1x1x40;
        }
        layers_11_0_layers_0: conv 1x1x240;
        relu;
        layers_11_0_layers_3: dwconv 3x3 pad 1;
        relu;
        layers_11_0_layers_6: conv 1x1x48;
        residual {
            layers_11_1_layers_0: conv 1x1x288;
            relu;
            layers_11_1_layers_3: dwconv 3x3 pad 1;
            relu;
            layers_11_1_layers_6: conv 1x1x48;
        }
        layers_12_0_layers_0: conv 1x1x288;
        relu;
        layers_12_0_layers_3: dwconv 5x5 stride 2 pad 2;
        relu;
        layers_12_0_layers_6: conv 1x1x96;
        residual {
            layers_12_1_layers_0: conv 1x1x576;
            relu;
            layers_12_1_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_12_1_layers_6: conv 1x1x96;
        }
        residual {
            layers_12_2_layers_0: conv 1x1x576;
            relu;
            layers_12_2_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_12_2_layers_6: conv 1x1x96;
        }
        residual {
            layers_12_3_layers_0: conv 1x1x576;
            relu;
            layers_12_3_layers_3: dwconv 5x5 pad 2;
            relu;
            layers_12_3_layers_6: conv 1x1x96;
        }
        layers_13_0_layers_0: conv 1x1x576;
        relu;
        layers_13_0_layers_3: dwconv 3x3 pad 1;
        relu;
        layers_13_0_layers_6: conv 1x1x160;
        layers_14: conv 1x1x1280;
        relu;
        gap;
        flatten;
        classifier_1: fc 1000;
    }
}
