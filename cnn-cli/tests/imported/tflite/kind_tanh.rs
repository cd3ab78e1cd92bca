cnn! {
    // Imported from tests/int8/kinds/tanh.tflite (MLIR Converted.) by `cnn import`.
    pub struct KindTanh {
        input 8x8x4;
        tanh;
    }
}
