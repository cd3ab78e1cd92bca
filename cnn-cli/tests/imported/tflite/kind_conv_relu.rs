cnn! {
    // Imported from tests/int8/kinds/conv_relu.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindConvRelu {
        input 8x8x4;
        conv 3x3x6 pad same;
        relu;
    }
}
