cnn! {
    // Imported from tests/int8/kinds/relu6.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindRelu6 {
        input 8x8x4;
        relu6;
    }
}
