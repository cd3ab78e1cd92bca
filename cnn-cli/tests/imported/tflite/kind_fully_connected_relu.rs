cnn! {
    // Imported from tests/int8/kinds/fully_connected_relu.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindFullyConnectedRelu {
        input 24;
        fc 10;
        relu;
    }
}
