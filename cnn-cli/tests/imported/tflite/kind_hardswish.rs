cnn! {
    // Imported from tests/int8/kinds/hardswish.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindHardswish {
        input 8x8x4;
        hardswish;
    }
}
