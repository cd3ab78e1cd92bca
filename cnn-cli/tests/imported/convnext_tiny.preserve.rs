cnn! {
    // Imported from convnext_tiny.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct ConvnextTinyPreserve {
        input 224x224x3;
        features_0_0: conv 4x4x96 stride 4;
        features_0_1: layernorm;
        residual {
            features_1_0_block_0: dwconv 7x7 pad 3;
            features_1_0_block_2: layernorm;
            features_1_0_block_3: conv 1x1x384;
            gelu;
            features_1_0_block_5: conv 1x1x96;
            features_1_0: scale;
        }
        residual {
            features_1_1_block_0: dwconv 7x7 pad 3;
            features_1_1_block_2: layernorm;
            features_1_1_block_3: conv 1x1x384;
            gelu;
            features_1_1_block_5: conv 1x1x96;
            features_1_1: scale;
        }
        residual {
            features_1_2_block_0: dwconv 7x7 pad 3;
            features_1_2_block_2: layernorm;
            features_1_2_block_3: conv 1x1x384;
            gelu;
            features_1_2_block_5: conv 1x1x96;
            features_1_2: scale;
        }
        features_2_0: layernorm;
        features_2_1: conv 2x2x192 stride 2;
        residual {
            features_3_0_block_0: dwconv 7x7 pad 3;
            features_3_0_block_2: layernorm;
            features_3_0_block_3: conv 1x1x768;
            gelu;
            features_3_0_block_5: conv 1x1x192;
            features_3_0: scale;
        }
        residual {
            features_3_1_block_0: dwconv 7x7 pad 3;
            features_3_1_block_2: layernorm;
            features_3_1_block_3: conv 1x1x768;
            gelu;
            features_3_1_block_5: conv 1x1x192;
            features_3_1: scale;
        }
        residual {
            features_3_2_block_0: dwconv 7x7 pad 3;
            features_3_2_block_2: layernorm;
            features_3_2_block_3: conv 1x1x768;
            gelu;
            features_3_2_block_5: conv 1x1x192;
            features_3_2: scale;
        }
        features_4_0: layernorm;
        features_4_1: conv 2x2x384 stride 2;
        residual {
            features_5_0_block_0: dwconv 7x7 pad 3;
            features_5_0_block_2: layernorm;
            features_5_0_block_3: conv 1x1x1536;
            gelu;
            features_5_0_block_5: conv 1x1x384;
            features_5_0: scale;
        }
        residual {
            features_5_1_block_0: dwconv 7x7 pad 3;
            features_5_1_block_2: layernorm;
            features_5_1_block_3: conv 1x1x1536;
            gelu;
            features_5_1_block_5: conv 1x1x384;
            features_5_1: scale;
        }
        residual {
            features_5_2_block_0: dwconv 7x7 pad 3;
            features_5_2_block_2: layernorm;
            features_5_2_block_3: conv 1x1x1536;
            gelu;
            features_5_2_block_5: conv 1x1x384;
            features_5_2: scale;
        }
        residual {
            features_5_3_block_0: dwconv 7x7 pad 3;
            features_5_3_block_2: layernorm;
            features_5_3_block_3: conv 1x1x1536;
            gelu;
            features_5_3_block_5: conv 1x1x384;
            features_5_3: scale;
        }
        residual {
            features_5_4_block_0: dwconv 7x7 pad 3;
            features_5_4_block_2: layernorm;
            features_5_4_block_3: conv 1x1x1536;
            gelu;
            features_5_4_block_5: conv 1x1x384;
            features_5_4: scale;
        }
        residual {
            features_5_5_block_0: dwconv 7x7 pad 3;
            features_5_5_block_2: layernorm;
            features_5_5_block_3: conv 1x1x1536;
            gelu;
            features_5_5_block_5: conv 1x1x384;
            features_5_5: scale;
        }
        residual {
            features_5_6_block_0: dwconv 7x7 pad 3;
            features_5_6_block_2: layernorm;
            features_5_6_block_3: conv 1x1x1536;
            gelu;
            features_5_6_block_5: conv 1x1x384;
            features_5_6: scale;
        }
        residual {
            features_5_7_block_0: dwconv 7x7 pad 3;
            features_5_7_block_2: layernorm;
            features_5_7_block_3: conv 1x1x1536;
            gelu;
            features_5_7_block_5: conv 1x1x384;
            features_5_7: scale;
        }
        residual {
            features_5_8_block_0: dwconv 7x7 pad 3;
            features_5_8_block_2: layernorm;
            features_5_8_block_3: conv 1x1x1536;
            gelu;
            features_5_8_block_5: conv 1x1x384;
            features_5_8: scale;
        }
        features_6_0: layernorm;
        features_6_1: conv 2x2x768 stride 2;
        residual {
            features_7_0_block_0: dwconv 7x7 pad 3;
            features_7_0_block_2: layernorm;
            features_7_0_block_3: conv 1x1x3072;
            gelu;
            features_7_0_block_5: conv 1x1x768;
            features_7_0: scale;
        }
        residual {
            features_7_1_block_0: dwconv 7x7 pad 3;
            features_7_1_block_2: layernorm;
            features_7_1_block_3: conv 1x1x3072;
            gelu;
            features_7_1_block_5: conv 1x1x768;
            features_7_1: scale;
        }
        residual {
            features_7_2_block_0: dwconv 7x7 pad 3;
            features_7_2_block_2: layernorm;
            features_7_2_block_3: conv 1x1x3072;
            gelu;
            features_7_2_block_5: conv 1x1x768;
            features_7_2: scale;
        }
        gap;
        classifier_0: layernorm;
        flatten;
        classifier_2: fc 1000;
    }
}
