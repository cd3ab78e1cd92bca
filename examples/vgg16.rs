//! torchvision's VGG-16 (configuration "D") and VGG-16 with batch
//! normalization, layer for layer: every shape and parameter count worked
//! out at compile time.
//!
//! ```text
//! cargo run --example vgg16
//! ```

use cnn::cnn;

cnn! {
    /// VGG-16 as torchvision's `vgg16()` builds it, for a 224x224 RGB image
    /// and 1000 classes.
    pub struct Vgg16 {
        input 224x224x3;
        // features, block 1
        conv1_1: conv 3x3x64 pad 1;
        relu1_1: relu;
        conv1_2: conv 3x3x64 pad 1;
        relu1_2: relu;
        pool1: maxpool 2 -> 112x112x64;
        // block 2
        conv2_1: conv 3x3x128 pad 1;
        relu2_1: relu;
        conv2_2: conv 3x3x128 pad 1;
        relu2_2: relu;
        pool2: maxpool 2 -> 56x56x128;
        // block 3
        conv3_1: conv 3x3x256 pad 1;
        relu3_1: relu;
        conv3_2: conv 3x3x256 pad 1;
        relu3_2: relu;
        conv3_3: conv 3x3x256 pad 1;
        relu3_3: relu;
        pool3: maxpool 2 -> 28x28x256;
        // block 4
        conv4_1: conv 3x3x512 pad 1;
        relu4_1: relu;
        conv4_2: conv 3x3x512 pad 1;
        relu4_2: relu;
        conv4_3: conv 3x3x512 pad 1;
        relu4_3: relu;
        pool4: maxpool 2 -> 14x14x512;
        // block 5
        conv5_1: conv 3x3x512 pad 1;
        relu5_1: relu;
        conv5_2: conv 3x3x512 pad 1;
        relu5_2: relu;
        conv5_3: conv 3x3x512 pad 1;
        relu5_3: relu;
        pool5: maxpool 2 -> 7x7x512;
        // avgpool
        avgpool: adaptivepool 7x7 -> 7x7x512;
        // classifier (torch.flatten(x, 1) happens in forward)
        flatten -> 25088;
        fc6: fc 4096;
        relu6: relu;
        drop6: dropout 0.5;
        fc7: fc 4096;
        relu7: relu;
        drop7: dropout 0.5;
        fc8: fc 1000 -> 1000;
    }

    /// VGG-16 with batch normalization, as torchvision's `vgg16_bn()` builds
    /// it: each convolution keeps its bias and is followed by `BatchNorm2d`.
    pub struct Vgg16Bn {
        input 224x224x3;
        // features, block 1
        conv1_1: conv 3x3x64 pad 1;
        bn1_1: bn;
        relu1_1: relu;
        conv1_2: conv 3x3x64 pad 1;
        bn1_2: bn;
        relu1_2: relu;
        pool1: maxpool 2 -> 112x112x64;
        // block 2
        conv2_1: conv 3x3x128 pad 1;
        bn2_1: bn;
        relu2_1: relu;
        conv2_2: conv 3x3x128 pad 1;
        bn2_2: bn;
        relu2_2: relu;
        pool2: maxpool 2 -> 56x56x128;
        // block 3
        conv3_1: conv 3x3x256 pad 1;
        bn3_1: bn;
        relu3_1: relu;
        conv3_2: conv 3x3x256 pad 1;
        bn3_2: bn;
        relu3_2: relu;
        conv3_3: conv 3x3x256 pad 1;
        bn3_3: bn;
        relu3_3: relu;
        pool3: maxpool 2 -> 28x28x256;
        // block 4
        conv4_1: conv 3x3x512 pad 1;
        bn4_1: bn;
        relu4_1: relu;
        conv4_2: conv 3x3x512 pad 1;
        bn4_2: bn;
        relu4_2: relu;
        conv4_3: conv 3x3x512 pad 1;
        bn4_3: bn;
        relu4_3: relu;
        pool4: maxpool 2 -> 14x14x512;
        // block 5
        conv5_1: conv 3x3x512 pad 1;
        bn5_1: bn;
        relu5_1: relu;
        conv5_2: conv 3x3x512 pad 1;
        bn5_2: bn;
        relu5_2: relu;
        conv5_3: conv 3x3x512 pad 1;
        bn5_3: bn;
        relu5_3: relu;
        pool5: maxpool 2 -> 7x7x512;
        // avgpool
        avgpool: adaptivepool 7x7 -> 7x7x512;
        // classifier (torch.flatten(x, 1) happens in forward)
        flatten -> 25088;
        fc6: fc 4096;
        relu6: relu;
        drop6: dropout 0.5;
        fc7: fc 4096;
        relu7: relu;
        drop7: dropout 0.5;
        fc8: fc 1000 -> 1000;
    }
}

// torchvision's documented counts for VGG16_Weights.IMAGENET1K_V1 and
// VGG16_BN_Weights.IMAGENET1K_V1 (learnable parameters).
const _: () = assert!(Vgg16::PARAMS == 138_357_544);
const _: () = assert!(Vgg16Bn::PARAMS == 138_365_992);

fn main() {
    println!("{}", Vgg16::summary());
    println!();
    println!("{}", Vgg16Bn::summary());
}
