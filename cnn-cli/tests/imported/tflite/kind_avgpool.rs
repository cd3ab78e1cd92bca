cnn! {
    // Imported from tests/int8/kinds/avgpool.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindAvgpool {
        input 8x8x4;
        avgpool 2;
    }
}
