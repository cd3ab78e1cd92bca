cnn! {
    // Imported from tests/int8/kinds/tanh.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindTanh {
        input 8x8x4;
        tanh;
    }
}
