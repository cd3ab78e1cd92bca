cnn! {
    // Imported from tests/int8/kinds/conv_s2_same_relu6.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindConvS2SameRelu6 {
        input 9x9x4;
        conv 3x3x6 stride 2 pad same;
        relu6;
    }
}
