cnn! {
    // Imported from m5.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct M5Preserve {
        input 8000x1;
        conv1: conv 80x32 stride 16;
        bn1: bn;
        relu;
        maxpool 4;
        conv2: conv 3x32;
        bn2: bn;
        relu;
        maxpool 4;
        conv3: conv 3x64;
        bn3: bn;
        relu;
        maxpool 4;
        conv4: conv 3x64;
        bn4: bn;
        relu;
        maxpool 4;
        avgpool 1;
        fc1: conv 1x35;
        logsoftmax;
    }
}
