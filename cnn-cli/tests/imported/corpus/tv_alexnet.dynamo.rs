cnn! {
    // Imported from tv_alexnet.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct TvAlexnetDynamo {
        input 224x224x3;
        features: {
            0: conv 11x11x64 stride 4 pad 2;
            relu;
            maxpool 3 stride 2;
            3: conv 5x5x192 pad 2;
            relu;
            maxpool 3 stride 2;
            6: conv 3x3x384 pad 1;
            relu;
            8: conv 3x3x256 pad 1;
            relu;
            10: conv 3x3x256 pad 1;
        }
        relu;
        maxpool 3 stride 2;
        avgpool 1;
        flatten;
        classifier: {
            1: fc 4096;
            relu;
            4: fc 4096;
            relu;
            6: fc 1000;
        }
    }
}
