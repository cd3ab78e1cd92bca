cnn! {
    // Imported from tests/int8/kinds/leakyrelu.tflite (MLIR Converted.) by `cnn import`.
    pub struct KindLeakyrelu {
        input 8x8x4;
        leakyrelu slope 2e-1;
    }
}
