cnn! {
    // Imported from m5.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct M5Legacy {
        input 8000x1;
        conv 80x32 stride 16;
        relu;
        maxpool 4;
        conv 3x32;
        repeat 2 {
            relu;
            maxpool 4;
            conv 3x64;
        }
        relu;
        maxpool 4;
        avgpool 1;
        conv 1x35;
        logsoftmax;
    }
}
