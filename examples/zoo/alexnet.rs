//! torchvision's AlexNet (`torchvision.models.alexnet`), layer for layer.

use cnn::cnn;

cnn! {
    /// AlexNet as torchvision builds it ("One weird trick" variant: 64, 192,
    /// 384, 256, 256 filters), for a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct AlexNet {
        input 224x224x3;
        // features
        conv1: conv 11x11x64 stride 4 pad 2 -> 55x55x64;
        relu1: relu;
        pool1: maxpool 3 stride 2 -> 27x27x64;
        conv2: conv 5x5x192 pad 2 -> 27x27x192;
        relu2: relu;
        pool2: maxpool 3 stride 2 -> 13x13x192;
        conv3: conv 3x3x384 pad 1 -> 13x13x384;
        relu3: relu;
        conv4: conv 3x3x256 pad 1 -> 13x13x256;
        relu4: relu;
        conv5: conv 3x3x256 pad 1 -> 13x13x256;
        relu5: relu;
        pool5: maxpool 3 stride 2 -> 6x6x256;
        // avgpool
        avgpool: adaptivepool 6x6 -> 6x6x256;
        // classifier (torch.flatten(x, 1) happens in forward)
        flatten;
        drop6: dropout 0.5;
        fc6: fc 4096;
        relu6: relu;
        drop7: dropout 0.5;
        fc7: fc 4096;
        relu7: relu;
        fc8: fc 1000 -> 1000;
    }
}
