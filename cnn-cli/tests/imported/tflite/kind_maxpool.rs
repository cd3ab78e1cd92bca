cnn! {
    // Imported from tests/int8/kinds/maxpool.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindMaxpool {
        input 8x8x4;
        maxpool 2;
    }
}
