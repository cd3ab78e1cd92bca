cnn! {
    // Imported from tests/int8/kinds/resize_nearest.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindResizeNearest {
        input 8x8x4;
        resize 16x16;
    }
}
