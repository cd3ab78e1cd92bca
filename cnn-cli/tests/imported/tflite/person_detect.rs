cnn! {
    // Imported from tests/int8/person_detect.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct PersonDetect {
        input 96x96x1;
        conv 3x3x8 stride 2 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x16 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x32 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x32 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x64 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x64 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        repeat 5 {
            relu6;
            conv 1x1x128 pad same;
            relu6;
            dwconv 3x3 pad same;
        }
        relu6;
        conv 1x1x128 pad same;
        relu6;
        dwconv 3x3 stride 2 pad same;
        relu6;
        conv 1x1x256 pad same;
        relu6;
        dwconv 3x3 pad same;
        relu6;
        conv 1x1x256 pad same;
        relu6;
        gap;
        conv 1x1x2 pad same;
        flatten;
        softmax;
    }
}
