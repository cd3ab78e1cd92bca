cnn! {
    // Imported from tv_vgg11.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvVgg11Legacy {
        input 224x224x3;
        features: {
            0: conv 3x3x64 pad 1;
            relu;
            maxpool 2;
            3: conv 3x3x128 pad 1;
            relu;
            maxpool 2;
            6: conv 3x3x256 pad 1;
            relu;
            8: conv 3x3x256 pad 1;
            relu;
            maxpool 2;
            11: conv 3x3x512 pad 1;
            relu;
            13: conv 3x3x512 pad 1;
            relu;
            maxpool 2;
            16: conv 3x3x512 pad 1;
            relu;
            18: conv 3x3x512 pad 1;
        }
        relu;
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
