cnn! {
    // Imported from tests/int8/kinds/resize_bilinear_half_pixel.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindResizeBilinearHalfPixel {
        input 8x8x4;
        resize 13x13 bilinear;
    }
}
