//! Inception v3 (Szegedy et al., "Rethinking the Inception Architecture for
//! Computer Vision") as torchvision builds it, at its own input size,
//! 299x299 (torchvision's weights are evaluated, and their `_ops` counted,
//! at a 299 crop; at 224 the auxiliary head would not even fit). Every conv
//! is torchvision's `BasicConv2d`: conv without bias, batch norm, ReLU. The
//! 7x7 and 3x3 convolutions of the later modules are factorized into 1x7
//! and 7x1 (or 1x3 and 3x1) pairs, with padding only along the long side.
//! The pooling branches average with a 3x3 window, stride 1, padding 1.
//!
//! The auxiliary classifier, a side head on `Mixed_6e` used only in
//! training, cannot be written inside the network: the language has one
//! output, and a branch must join the trunk again. It is `InceptionV3Aux`,
//! a network of its own fed `Mixed_6e`'s 17x17x768; torchvision's published
//! parameter count includes it.

use cnn::cnn;

cnn! {
    /// Inception v3 for a 299x299 RGB image and 1000 classes, without the
    /// auxiliary classifier (it does not run at inference).
    #[cnn(weights)]
    pub struct InceptionV3 {
        input 299x299x3;
        conv2d_1a: { conv 3x3x32 stride 2 nobias; bn eps 1e-3; relu; } -> 149x149x32
        conv2d_2a: { conv 3x3x32 nobias; bn eps 1e-3; relu; } -> 147x147x32
        conv2d_2b: { conv 3x3x64 pad 1 nobias; bn eps 1e-3; relu; } -> 147x147x64
        maxpool 3 stride 2 -> 73x73x64;
        conv2d_3b: { conv 1x1x80 nobias; bn eps 1e-3; relu; } -> 73x73x80
        conv2d_4a: { conv 3x3x192 nobias; bn eps 1e-3; relu; } -> 71x71x192
        maxpool 3 stride 2 -> 35x35x192;
        // InceptionA (Figure 5), pool features 32, then 64 twice.
        mixed_5b: concat {
            { conv 1x1x64 nobias; bn eps 1e-3; relu; }
            { conv 1x1x48 nobias; bn eps 1e-3; relu; conv 5x5x64 pad 2 nobias; bn eps 1e-3; relu; }
            { conv 1x1x64 nobias; bn eps 1e-3; relu; conv 3x3x96 pad 1 nobias; bn eps 1e-3; relu; conv 3x3x96 pad 1 nobias; bn eps 1e-3; relu; }
            { avgpool 3 stride 1 pad 1; conv 1x1x32 nobias; bn eps 1e-3; relu; }
        } -> 35x35x256
        mixed_5c: repeat 2 {
            concat {
                { conv 1x1x64 nobias; bn eps 1e-3; relu; }
                { conv 1x1x48 nobias; bn eps 1e-3; relu; conv 5x5x64 pad 2 nobias; bn eps 1e-3; relu; }
                { conv 1x1x64 nobias; bn eps 1e-3; relu; conv 3x3x96 pad 1 nobias; bn eps 1e-3; relu; conv 3x3x96 pad 1 nobias; bn eps 1e-3; relu; }
                { avgpool 3 stride 1 pad 1; conv 1x1x64 nobias; bn eps 1e-3; relu; }
            }
        } -> 35x35x288
        // InceptionB: grid reduction to 17x17.
        mixed_6a: concat {
            { conv 3x3x384 stride 2 nobias; bn eps 1e-3; relu; }
            { conv 1x1x64 nobias; bn eps 1e-3; relu; conv 3x3x96 pad 1 nobias; bn eps 1e-3; relu; conv 3x3x96 stride 2 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 2; }
        } -> 17x17x768
        // InceptionC (Figure 6), 7x7 factorized, 128, 160, 160 and 192
        // channels inside.
        mixed_6b: concat {
            { conv 1x1x192 nobias; bn eps 1e-3; relu; }
            { conv 1x1x128 nobias; bn eps 1e-3; relu; conv 1x7x128 pad 0x3 nobias; bn eps 1e-3; relu; conv 7x1x192 pad 3x0 nobias; bn eps 1e-3; relu; }
            {
                conv 1x1x128 nobias; bn eps 1e-3; relu;
                conv 7x1x128 pad 3x0 nobias; bn eps 1e-3; relu; conv 1x7x128 pad 0x3 nobias; bn eps 1e-3; relu;
                conv 7x1x128 pad 3x0 nobias; bn eps 1e-3; relu; conv 1x7x192 pad 0x3 nobias; bn eps 1e-3; relu;
            }
            { avgpool 3 stride 1 pad 1; conv 1x1x192 nobias; bn eps 1e-3; relu; }
        } -> 17x17x768
        mixed_6c: repeat 2 {
            concat {
                { conv 1x1x192 nobias; bn eps 1e-3; relu; }
                { conv 1x1x160 nobias; bn eps 1e-3; relu; conv 1x7x160 pad 0x3 nobias; bn eps 1e-3; relu; conv 7x1x192 pad 3x0 nobias; bn eps 1e-3; relu; }
                {
                    conv 1x1x160 nobias; bn eps 1e-3; relu;
                    conv 7x1x160 pad 3x0 nobias; bn eps 1e-3; relu; conv 1x7x160 pad 0x3 nobias; bn eps 1e-3; relu;
                    conv 7x1x160 pad 3x0 nobias; bn eps 1e-3; relu; conv 1x7x192 pad 0x3 nobias; bn eps 1e-3; relu;
                }
                { avgpool 3 stride 1 pad 1; conv 1x1x192 nobias; bn eps 1e-3; relu; }
            }
        } -> 17x17x768
        mixed_6e: concat {
            { conv 1x1x192 nobias; bn eps 1e-3; relu; }
            { conv 1x1x192 nobias; bn eps 1e-3; relu; conv 1x7x192 pad 0x3 nobias; bn eps 1e-3; relu; conv 7x1x192 pad 3x0 nobias; bn eps 1e-3; relu; }
            {
                conv 1x1x192 nobias; bn eps 1e-3; relu;
                conv 7x1x192 pad 3x0 nobias; bn eps 1e-3; relu; conv 1x7x192 pad 0x3 nobias; bn eps 1e-3; relu;
                conv 7x1x192 pad 3x0 nobias; bn eps 1e-3; relu; conv 1x7x192 pad 0x3 nobias; bn eps 1e-3; relu;
            }
            { avgpool 3 stride 1 pad 1; conv 1x1x192 nobias; bn eps 1e-3; relu; }
        } -> 17x17x768
        // InceptionD: grid reduction to 8x8.
        mixed_7a: concat {
            { conv 1x1x192 nobias; bn eps 1e-3; relu; conv 3x3x320 stride 2 nobias; bn eps 1e-3; relu; }
            {
                conv 1x1x192 nobias; bn eps 1e-3; relu;
                conv 1x7x192 pad 0x3 nobias; bn eps 1e-3; relu; conv 7x1x192 pad 3x0 nobias; bn eps 1e-3; relu;
                conv 3x3x192 stride 2 nobias; bn eps 1e-3; relu;
            }
            { maxpool 3 stride 2; }
        } -> 8x8x1280
        // InceptionE (Figure 7), twice: the 3x3 branches end in a 1x3 and a
        // 3x1 conv side by side.
        mixed_7b: repeat 2 {
            concat {
                { conv 1x1x320 nobias; bn eps 1e-3; relu; }
                {
                    conv 1x1x384 nobias; bn eps 1e-3; relu;
                    concat {
                        { conv 1x3x384 pad 0x1 nobias; bn eps 1e-3; relu; }
                        { conv 3x1x384 pad 1x0 nobias; bn eps 1e-3; relu; }
                    }
                }
                {
                    conv 1x1x448 nobias; bn eps 1e-3; relu; conv 3x3x384 pad 1 nobias; bn eps 1e-3; relu;
                    concat {
                        { conv 1x3x384 pad 0x1 nobias; bn eps 1e-3; relu; }
                        { conv 3x1x384 pad 1x0 nobias; bn eps 1e-3; relu; }
                    }
                }
                { avgpool 3 stride 1 pad 1; conv 1x1x192 nobias; bn eps 1e-3; relu; }
            }
        } -> 8x8x2048
        gap;
        classifier: { dropout 0.5; fc 1000; }
    }

    /// Inception v3's auxiliary classifier (torchvision's `InceptionAux`),
    /// fed `Mixed_6e`'s output: a 5x5 average pool with stride 3, a 1x1
    /// conv to 128 and a 5x5 conv to 768 (both `BasicConv2d`), and a fully
    /// connected layer.
    #[cnn(weights)]
    pub struct InceptionV3Aux {
        input 17x17x768;
        avgpool 5 stride 3 -> 5x5x768;
        conv0: { conv 1x1x128 nobias; bn eps 1e-3; relu; }
        conv1: { conv 5x5x768 nobias; bn eps 1e-3; relu; } -> 1x1x768
        gap;
        fc: fc 1000;
    }
}
