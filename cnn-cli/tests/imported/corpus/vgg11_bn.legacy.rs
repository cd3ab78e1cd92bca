cnn! {
    // Imported from vgg11_bn.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Vgg11BnLegacy {
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
