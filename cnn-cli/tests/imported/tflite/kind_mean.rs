cnn! {
    // Imported from tests/int8/kinds/mean.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindMean {
        input 8x8x4;
        gap;
    }
}
