cnn! {
    // Imported from tests/int8/kinds/transpose_conv.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindTransposeConv {
        input 5x5x4;
        convtranspose 3x3x6 stride 2 pad same;
    }
}
