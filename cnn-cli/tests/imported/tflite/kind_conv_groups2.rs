cnn! {
    // Imported from tests/int8/kinds/conv_groups2.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindConvGroups2 {
        input 8x8x4;
        conv 3x3x6 pad same groups 2;
    }
}
