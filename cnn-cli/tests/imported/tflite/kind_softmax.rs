cnn! {
    // Imported from tests/int8/kinds/softmax.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindSoftmax {
        input 10;
        softmax;
    }
}
