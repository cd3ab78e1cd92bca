cnn! {
    // Imported from tests/int8/kinds/fully_connected.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindFullyConnected {
        input 24;
        fc 10;
    }
}
