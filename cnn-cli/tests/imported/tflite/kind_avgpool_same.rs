cnn! {
    // Imported from tests/int8/kinds/avgpool_same.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindAvgpoolSame {
        input 7x7x4;
        avgpool 3 stride 2 pad same;
    }
}
