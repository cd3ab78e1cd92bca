cnn! {
    // Imported from vgg11_bn.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Vgg11BnDynamo {
        input 224x224x3;
        features: {
            0: conv 3x3x64 pad 1;
            relu;
            maxpool 2;
            4: conv 3x3x128 pad 1;
            relu;
            maxpool 2;
            8: conv 3x3x256 pad 1;
            relu;
            11: conv 3x3x256 pad 1;
            relu;
            maxpool 2;
            15: conv 3x3x512 pad 1;
            relu;
            18: conv 3x3x512 pad 1;
            relu;
            maxpool 2;
            22: conv 3x3x512 pad 1;
            relu;
            25: conv 3x3x512 pad 1;
        }
        relu;
        maxpool 2;
        pre_logits: {
            fc1: conv 7x7x4096;
            relu;
            fc2: conv 1x1x4096;
        }
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
