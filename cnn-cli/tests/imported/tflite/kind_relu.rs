cnn! {
    // Imported from tests/int8/kinds/relu.tflite (MLIR Converted.) by `cnn import`.
    pub struct KindRelu {
        input 8x8x4;
        relu;
    }
}
