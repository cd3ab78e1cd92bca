cnn! {
    // Imported from tests/int8/kinds/resize_bilinear.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindResizeBilinear {
        input 8x8x4;
        resize 16x16 bilinear;
    }
}
