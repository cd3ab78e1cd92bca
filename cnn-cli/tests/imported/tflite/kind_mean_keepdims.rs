cnn! {
    // Imported from tests/int8/kinds/mean_keepdims.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindMeanKeepdims {
        input 8x8x4;
        gap;
    }
}
