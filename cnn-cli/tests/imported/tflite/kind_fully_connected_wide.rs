cnn! {
    // Imported from tests/int8/kinds/fully_connected_wide.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct KindFullyConnectedWide {
        input 16;
        fc 1000;
    }
}
