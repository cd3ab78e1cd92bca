cnn! {
    // Imported from m5.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct M5Dynamo {
        input 8000x1;
        conv1: conv 80x32 stride 16;
        relu;
        maxpool 4;
        conv2: conv 3x32;
        relu;
        maxpool 4;
        conv3: conv 3x64;
        relu;
        maxpool 4;
        conv4: conv 3x64;
        relu;
        maxpool 4;
        avgpool 1;
        conv 1x35;
        logsoftmax;
    }
}
