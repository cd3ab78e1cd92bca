cnn! {
    // Imported from tests/int8/kinds/logistic.tflite (MLIR Converted.) by `cnn import`.
    pub struct KindLogistic {
        input 8x8x4;
        sigmoid;
    }
}
