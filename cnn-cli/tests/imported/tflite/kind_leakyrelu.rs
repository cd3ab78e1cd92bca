cnn! {
    // Imported from tests/int8/kinds/leakyrelu.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindLeakyrelu {
        input 8x8x4;
        leakyrelu slope 2e-1;
    }
}
