cnn! {
    // Imported from tests/int8/kinds/conv.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindConv {
        input 8x8x4;
        conv 3x3x6;
    }
}
