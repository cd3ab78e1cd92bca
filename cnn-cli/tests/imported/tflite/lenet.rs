cnn! {
    // Imported from tests/int8/lenet.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct Lenet {
        input 32x32x3;
        conv 5x5x8;
        maxpool 2;
        conv 5x5x16;
        maxpool 2;
        fc 120;
        fc 84 nobias;
        fc 10;
        softmax;
    }
}
