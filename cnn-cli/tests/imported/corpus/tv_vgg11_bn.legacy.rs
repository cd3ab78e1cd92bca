cnn! {
    // Imported from tv_vgg11_bn.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvVgg11BnLegacy {
        input 224x224x3;
        conv 3x3x64 pad 1;
        relu;
        maxpool 2;
        conv 3x3x128 pad 1;
        relu;
        maxpool 2;
        repeat 2 {
            conv 3x3x256 pad 1;
            relu;
        }
        repeat 2 {
            maxpool 2;
            conv 3x3x512 pad 1;
            relu;
            conv 3x3x512 pad 1;
            relu;
        }
        maxpool 2;
        avgpool 1;
        flatten;
        classifier: {
            0: fc 4096;
            relu;
            3: fc 4096;
            relu;
            6: fc 1000;
        }
    }
}
