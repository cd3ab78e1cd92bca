cnn! {
    // Imported from tests/int8/kinds/pad.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindPad {
        input 8x8x4;
        zeropad 1x0 end 2x1;
    }
}
