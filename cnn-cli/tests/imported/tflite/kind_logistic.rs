cnn! {
    // Imported from tests/int8/kinds/logistic.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindLogistic {
        input 8x8x4;
        sigmoid;
    }
}
