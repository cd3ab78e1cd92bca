cnn! {
    // Imported from tv_vgg11_bn.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvVgg11BnPreserve {
        input 224x224x3;
        features: {
            0: conv 3x3x64 pad 1;
            1: bn;
            relu;
            maxpool 2;
            4: conv 3x3x128 pad 1;
            5: bn;
            relu;
            maxpool 2;
            8: conv 3x3x256 pad 1;
            9: bn;
            relu;
            11: conv 3x3x256 pad 1;
            12: bn;
            relu;
            maxpool 2;
            15: conv 3x3x512 pad 1;
            16: bn;
            relu;
            18: conv 3x3x512 pad 1;
            19: bn;
            relu;
            maxpool 2;
            22: conv 3x3x512 pad 1;
            23: bn;
            relu;
            25: conv 3x3x512 pad 1;
            26: bn;
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
