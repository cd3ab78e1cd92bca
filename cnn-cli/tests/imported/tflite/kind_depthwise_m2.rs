cnn! {
    // Imported from tests/int8/kinds/depthwise_m2.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindDepthwiseM2 {
        input 9x9x4;
        dwconv 3x3 multiplier 2 stride 2;
    }
}
