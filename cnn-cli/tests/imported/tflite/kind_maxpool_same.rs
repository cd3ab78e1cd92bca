cnn! {
    // Imported from tests/int8/kinds/maxpool_same.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindMaxpoolSame {
        input 7x7x4;
        maxpool 3 stride 2 pad same;
    }
}
