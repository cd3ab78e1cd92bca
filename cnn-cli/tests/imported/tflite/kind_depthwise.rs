cnn! {
    // Imported from tests/int8/kinds/depthwise.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindDepthwise {
        input 8x8x4;
        dwconv 3x3 pad same;
    }
}
