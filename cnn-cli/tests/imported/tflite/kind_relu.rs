cnn! {
    // Imported from tests/int8/kinds/relu.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindRelu {
        input 8x8x4;
        relu;
    }
}
