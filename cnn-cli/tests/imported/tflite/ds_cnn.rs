cnn! {
    // Imported from tests/int8/ds_cnn.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct DsCnn {
        input 49x10x1;
        conv 10x4x64 stride 2 pad same;
        repeat 4 {
            relu;
            dwconv 3x3 pad same;
            relu;
            conv 1x1x64;
        }
        relu;
        avgpool 25x5;
        fc 12;
        softmax;
    }
}
