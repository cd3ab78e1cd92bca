cnn! {
    // Imported from tests/int8/kinds/fully_connected_relu.tflite (MLIR Converted.) by `cnn import`.
    pub struct KindFullyConnectedRelu {
        input 24;
        fc 10;
        relu;
    }
}
