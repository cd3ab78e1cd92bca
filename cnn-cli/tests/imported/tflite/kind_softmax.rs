cnn! {
    // Imported from tests/int8/kinds/softmax.tflite (MLIR Converted.) by `cnn import`.
    pub struct KindSoftmax {
        input 10;
        softmax;
    }
}
