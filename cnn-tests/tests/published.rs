//! Published parameter counts, each with its source, checked by the
//! compiler. Networks are declared here (not taken from the examples) so the
//! tests stand on their own. Where a count is not printed by its source but
//! follows from the framework's documented formula, the arithmetic is
//! written out by hand in a comment.

use cnn::{cnn, Shape};

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

// ---------------------------------------------------------------------------
// LeNet-5 as in PyTorch's "Neural Networks" tutorial (the `Net` of the
// 60-minute blitz: Conv2d(1,6,5), Conv2d(6,16,5), Linear(16*5*5,120),
// Linear(120,84), Linear(84,10)): sum(p.numel()) = 61,706.
// By hand: (5*5*1+1)*6 = 156; (5*5*6+1)*16 = 2,416; 400*120+120 = 48,120;
// 120*84+84 = 10,164; 84*10+10 = 850; 156+2416+48120+10164+850 = 61,706.
cnn! {
    pub struct LeNet5 {
        input 32x32x1;
        conv1: conv 5x5x6;
        pool 2;
        conv2: conv 5x5x16;
        pool 2;
        fc1: fc 120;
        fc2: fc 84;
        fc3: fc 10;
    }
}
const _: () = assert!(LeNet5::CONV1.params == 156);
const _: () = assert!(LeNet5::CONV2.params == 2_416);
const _: () = assert!(LeNet5::FC1.params == 48_120);
const _: () = assert!(LeNet5::PARAMS == 61_706);
const _: () = assert!(LeNet5::TOTAL_PARAMS == 61_706);
const _: () = assert!(LeNet5::OUTPUT.same_as(&Shape::Flat(10)));

// ---------------------------------------------------------------------------
// torchvision AlexNet: AlexNet_Weights.IMAGENET1K_V1, "num_params":
// 61,100,840 (torchvision model documentation / weights meta).
// By hand: conv1 11*11*3*64+64 = 23,296; conv2 5*5*64*192+192 = 307,392;
// conv3 3*3*192*384+384 = 663,936; conv4 3*3*384*256+256 = 884,992;
// conv5 3*3*256*256+256 = 590,080; fc6 9216*4096+4096 = 37,752,832;
// fc7 4096*4096+4096 = 16,781,312; fc8 4096*1000+1000 = 4,097,000.
// Shapes: (224+2*2-11)/4+1 = 55; (55-3)/2+1 = 27; (27-3)/2+1 = 13;
// (13-3)/2+1 = 6.
cnn! {
    pub struct AlexNet {
        input 224x224x3;
        conv1: conv 11x11x64 stride 4 pad 2;
        relu;
        pool1: maxpool 3 stride 2;
        conv2: conv 5x5x192 pad 2;
        relu;
        pool2: maxpool 3 stride 2;
        conv3: conv 3x3x384 pad 1;
        relu;
        conv4: conv 3x3x256 pad 1;
        relu;
        conv5: conv 3x3x256 pad 1;
        relu;
        pool5: maxpool 3 stride 2;
        adaptivepool 6x6;
        flatten;
        dropout 0.5;
        fc6: fc 4096;
        relu;
        dropout 0.5;
        fc7: fc 4096;
        relu;
        fc8: fc 1000;
    }
}
const _: () = assert!(AlexNet::CONV1.output.same_as(&spatial(55, 55, 64)));
const _: () = assert!(AlexNet::POOL1.output.same_as(&spatial(27, 27, 64)));
const _: () = assert!(AlexNet::POOL2.output.same_as(&spatial(13, 13, 192)));
const _: () = assert!(AlexNet::POOL5.output.same_as(&spatial(6, 6, 256)));
const _: () = assert!(AlexNet::CONV1.params == 23_296);
const _: () = assert!(AlexNet::CONV2.params == 307_392);
const _: () = assert!(AlexNet::CONV3.params == 663_936);
const _: () = assert!(AlexNet::CONV4.params == 884_992);
const _: () = assert!(AlexNet::CONV5.params == 590_080);
const _: () = assert!(AlexNet::FC6.params == 37_752_832);
const _: () = assert!(AlexNet::FC7.params == 16_781_312);
const _: () = assert!(AlexNet::FC8.params == 4_097_000);
const _: () = assert!(AlexNet::PARAMS == 61_100_840);
const _: () = assert!(AlexNet::NON_TRAINABLE_PARAMS == 0);

// ---------------------------------------------------------------------------
// torchvision VGG: "num_params" of the IMAGENET1K_V1 weights:
//   vgg11 132,863,336   vgg16 138,357,544   vgg19 143,667,240
//   vgg11_bn 132,868,840 learnable   vgg16_bn 138,365,992 learnable
// The BN variants' running mean and variance are buffers (non-trainable):
// 2 * (sum of BN channels). VGG-16: 2*(64*2+128*2+256*3+512*6) = 2*4224 = 8,448,
// which is also vgg16_bn - vgg16 = 138,365,992 - 138,357,544 = 8,448 learnable
// (gamma and beta). VGG-11: 2*(64+128+256*2+512*4) = 2*2752 = 5,504 =
// 132,868,840 - 132,863,336.
// Keras's keras.applications.VGG16(include_top=True) reports the same
// 138,357,544 (Flatten instead of the adaptive pool, which is the identity
// at 7x7).
cnn! {
    /// torchvision `vgg11()` (configuration "A").
    pub struct Vgg11 {
        input 224x224x3;
        conv 3x3x64 pad 1; relu; maxpool 2;
        conv 3x3x128 pad 1; relu; maxpool 2;
        conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu; maxpool 2;
        conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; maxpool 2;
        conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; maxpool 2;
        adaptivepool 7x7;
        flatten;
        fc 4096; relu; dropout;
        fc 4096; relu; dropout;
        fc 1000;
    }

    /// torchvision `vgg11_bn()`.
    pub struct Vgg11Bn {
        input 224x224x3;
        conv 3x3x64 pad 1; bn; relu; maxpool 2;
        conv 3x3x128 pad 1; bn; relu; maxpool 2;
        conv 3x3x256 pad 1; bn; relu; conv 3x3x256 pad 1; bn; relu; maxpool 2;
        conv 3x3x512 pad 1; bn; relu; conv 3x3x512 pad 1; bn; relu; maxpool 2;
        conv 3x3x512 pad 1; bn; relu; conv 3x3x512 pad 1; bn; relu; maxpool 2;
        adaptivepool 7x7;
        flatten;
        fc 4096; relu; dropout;
        fc 4096; relu; dropout;
        fc 1000;
    }

    /// torchvision `vgg16()` (configuration "D").
    pub struct Vgg16 {
        input 224x224x3;
        conv1_1: conv 3x3x64 pad 1; relu; conv1_2: conv 3x3x64 pad 1; relu;
        pool1: maxpool 2;
        conv2_1: conv 3x3x128 pad 1; relu; conv2_2: conv 3x3x128 pad 1; relu;
        pool2: maxpool 2;
        conv3_1: conv 3x3x256 pad 1; relu; conv3_2: conv 3x3x256 pad 1; relu;
        conv3_3: conv 3x3x256 pad 1; relu;
        pool3: maxpool 2;
        conv4_1: conv 3x3x512 pad 1; relu; conv4_2: conv 3x3x512 pad 1; relu;
        conv4_3: conv 3x3x512 pad 1; relu;
        pool4: maxpool 2;
        conv5_1: conv 3x3x512 pad 1; relu; conv5_2: conv 3x3x512 pad 1; relu;
        conv5_3: conv 3x3x512 pad 1; relu;
        pool5: maxpool 2;
        avgpool: adaptivepool 7x7;
        flatten;
        fc6: fc 4096; relu; dropout 0.5;
        fc7: fc 4096; relu; dropout 0.5;
        fc8: fc 1000;
    }

    /// torchvision `vgg16_bn()`: each conv keeps its bias, then BatchNorm2d.
    pub struct Vgg16Bn {
        input 224x224x3;
        conv 3x3x64 pad 1; bn; relu; conv 3x3x64 pad 1; bn; relu; maxpool 2;
        conv 3x3x128 pad 1; bn; relu; conv 3x3x128 pad 1; bn; relu; maxpool 2;
        conv 3x3x256 pad 1; bn; relu; conv 3x3x256 pad 1; bn; relu;
        conv 3x3x256 pad 1; bn; relu; maxpool 2;
        conv 3x3x512 pad 1; bn; relu; conv 3x3x512 pad 1; bn; relu;
        conv 3x3x512 pad 1; bn; relu; maxpool 2;
        conv 3x3x512 pad 1; bn; relu; conv 3x3x512 pad 1; bn; relu;
        conv 3x3x512 pad 1; bn; relu; maxpool 2;
        adaptivepool 7x7;
        flatten;
        fc 4096; relu; dropout 0.5;
        fc 4096; relu; dropout 0.5;
        fc 1000;
    }

    /// torchvision `vgg19()` (configuration "E").
    pub struct Vgg19 {
        input 224x224x3;
        conv 3x3x64 pad 1; relu; conv 3x3x64 pad 1; relu; maxpool 2;
        conv 3x3x128 pad 1; relu; conv 3x3x128 pad 1; relu; maxpool 2;
        conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu;
        conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu; maxpool 2;
        conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu;
        conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; maxpool 2;
        conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu;
        conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; maxpool 2;
        adaptivepool 7x7;
        flatten;
        fc 4096; relu; dropout;
        fc 4096; relu; dropout;
        fc 1000;
    }

    /// keras.applications.VGG16(include_top=True): `padding="same"`
    /// convolutions, Flatten, Dense 4096 / 4096 / 1000 softmax.
    pub struct KerasVgg16 {
        input 224x224x3;
        conv 3x3x64 pad same; relu; conv 3x3x64 pad same; relu; maxpool 2;
        conv 3x3x128 pad same; relu; conv 3x3x128 pad same; relu; maxpool 2;
        conv 3x3x256 pad same; relu; conv 3x3x256 pad same; relu;
        conv 3x3x256 pad same; relu; maxpool 2;
        conv 3x3x512 pad same; relu; conv 3x3x512 pad same; relu;
        conv 3x3x512 pad same; relu; maxpool 2;
        conv 3x3x512 pad same; relu; conv 3x3x512 pad same; relu;
        conv 3x3x512 pad same; relu; maxpool 2;
        flatten -> 25088;
        dense 4096; relu;
        dense 4096; relu;
        predictions: softmax 1000;
    }
}
// Per-layer, by hand: 3*3*3*64+64 = 1,792; 3*3*64*64+64 = 36,928;
// 3*3*512*512+512 = 2,359,808; 25088*4096+4096 = 102,764,544.
const _: () = assert!(Vgg16::CONV1_1.params == 1_792);
const _: () = assert!(Vgg16::CONV1_2.params == 36_928);
const _: () = assert!(Vgg16::CONV5_3.params == 2_359_808);
const _: () = assert!(Vgg16::FC6.params == 102_764_544);
const _: () = assert!(Vgg16::POOL5.output.same_as(&spatial(7, 7, 512)));
const _: () = assert!(Vgg16::AVGPOOL.output.same_as(&spatial(7, 7, 512)));
const _: () = assert!(Vgg11::PARAMS == 132_863_336);
const _: () = assert!(Vgg11Bn::PARAMS == 132_868_840);
const _: () = assert!(Vgg11Bn::NON_TRAINABLE_PARAMS == 5_504);
const _: () = assert!(Vgg16::PARAMS == 138_357_544);
const _: () = assert!(Vgg16::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(Vgg16::TOTAL_PARAMS == 138_357_544);
const _: () = assert!(Vgg16Bn::PARAMS == 138_365_992);
const _: () = assert!(Vgg16Bn::NON_TRAINABLE_PARAMS == 8_448);
// Keras-style total: 138,365,992 + 8,448 = 138,374,440.
const _: () = assert!(Vgg16Bn::TOTAL_PARAMS == 138_374_440);
const _: () = assert!(Vgg19::PARAMS == 143_667_240);
const _: () = assert!(KerasVgg16::PARAMS == 138_357_544);
const _: () = assert!(KerasVgg16::OUTPUT.same_as(&Shape::Flat(1000)));

// ---------------------------------------------------------------------------
// Keras MobileNet v1, keras.applications.MobileNet(alpha=1.0,
// depth_multiplier=1, include_top=True): model.summary() reports
//   Total params: 4,253,864  Trainable params: 4,231,976
//   Non-trainable params: 21,888
// Conv2D and DepthwiseConv2D use use_bias=False, each followed by
// BatchNormalization and ReLU6. Keras pads the stride-2 depthwise convs with
// ZeroPadding2D(((0,1),(0,1))) and "valid"; `pad same` gives the same sizes
// (ceil(112/2) = 56 = (113-3)/2+1) and padding has no parameters. The top is
// GlobalAveragePooling2D(keepdims) -> Dropout(1e-3) -> Conv2D(1000, 1x1) with
// bias -> Reshape((1000,)) -> softmax.
// By hand, weights: 3*3*3*32 = 864; per block dw 9*C + pw C*F:
//   32->64: 288+2048; 64->128: 576+8192; 128->128: 1152+16384;
//   128->256: 1152+32768; 256->256: 2304+65536; 256->512: 2304+131072;
//   512->512 (x5): 5*(4608+262144) = 1,333,760; 512->1024: 4608+524288;
//   1024->1024: 9216+1048576; preds 1024*1000+1000 = 1,025,000.
//   Sum = 4,210,088.
// BN channels: 32 + (32+64) + (64+128) + (128+128) + (128+256) + (256+256)
//   + (256+512) + 5*(512+512) + (512+1024) + (1024+1024) = 10,944;
//   gamma+beta = 21,888 learnable, moving mean+variance = 21,888 frozen.
// Trainable 4,210,088 + 21,888 = 4,231,976; total + 21,888 = 4,253,864.
cnn! {
    pub struct KerasMobileNet {
        input 224x224x3;
        conv1: conv 3x3x32 stride 2 pad same nobias; bn; relu6;
        conv_dw_1: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_1: conv 1x1x64 nobias; bn; relu6;
        conv_dw_2: dwconv 3x3 stride 2 pad same nobias; bn; relu6;
        conv_pw_2: conv 1x1x128 nobias; bn; relu6;
        conv_dw_3: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_3: conv 1x1x128 nobias; bn; relu6;
        conv_dw_4: dwconv 3x3 stride 2 pad same nobias; bn; relu6;
        conv_pw_4: conv 1x1x256 nobias; bn; relu6;
        conv_dw_5: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_5: conv 1x1x256 nobias; bn; relu6;
        conv_dw_6: dwconv 3x3 stride 2 pad same nobias; bn; relu6;
        conv_pw_6: conv 1x1x512 nobias; bn; relu6;
        conv_dw_7: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_7: conv 1x1x512 nobias; bn; relu6;
        conv_dw_8: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_8: conv 1x1x512 nobias; bn; relu6;
        conv_dw_9: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_9: conv 1x1x512 nobias; bn; relu6;
        conv_dw_10: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_10: conv 1x1x512 nobias; bn; relu6;
        conv_dw_11: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_11: conv 1x1x512 nobias; bn; relu6;
        conv_dw_12: dwconv 3x3 stride 2 pad same nobias; bn; relu6;
        conv_pw_12: conv 1x1x1024 nobias; bn; relu6;
        conv_dw_13: dwconv 3x3 pad same nobias; bn; relu6;
        conv_pw_13: conv 1x1x1024 nobias; bn; relu6 -> 7x7x1024;
        gap -> 1x1x1024;
        dropout 0.001;
        conv_preds: conv 1x1x1000 pad same -> 1x1x1000;
        flatten -> 1000;
        softmax;
    }
}
const _: () = assert!(KerasMobileNet::CONV1.params == 864);
const _: () = assert!(KerasMobileNet::CONV1.output.same_as(&spatial(112, 112, 32)));
const _: () = assert!(KerasMobileNet::CONV_DW_1.params == 288);
const _: () = assert!(KerasMobileNet::CONV_DW_2
    .output
    .same_as(&spatial(56, 56, 64)));
const _: () = assert!(KerasMobileNet::CONV_PW_13.params == 1_048_576);
const _: () = assert!(KerasMobileNet::CONV_PREDS.params == 1_025_000);
const _: () = assert!(KerasMobileNet::PARAMS == 4_231_976);
const _: () = assert!(KerasMobileNet::NON_TRAINABLE_PARAMS == 21_888);
const _: () = assert!(KerasMobileNet::TOTAL_PARAMS == 4_253_864);

// ---------------------------------------------------------------------------
// Keras code example "Simple MNIST convnet" (keras.io/examples/vision/
// mnist_convnet): model.summary() reports Total params: 34,826.
// By hand: (3*3*1+1)*32 = 320; 28-2 = 26, /2 = 13; (3*3*32+1)*64 = 18,496;
// 13-2 = 11, floor(11/2) = 5; 5*5*64 = 1,600; 1600*10+10 = 16,010.
cnn! {
    pub struct KerasMnistConvnet {
        input 28x28x1;
        conv 3x3x32; relu;
        maxpool 2;
        conv 3x3x64; relu;
        maxpool 2 -> 5x5x64;
        flatten -> 1600;
        dropout 0.5;
        dense: dense 10;
        softmax;
    }
}
const _: () = assert!(KerasMnistConvnet::DENSE.params == 16_010);
const _: () = assert!(KerasMnistConvnet::PARAMS == 34_826);
const _: () = assert!(KerasMnistConvnet::TOTAL_PARAMS == 34_826);

// ---------------------------------------------------------------------------
// Keras "mnist_mlp" example (Dense 512 relu, Dropout, Dense 512 relu,
// Dropout, Dense 10 softmax on 784 inputs): Total params: 669,706.
// By hand: 784*512+512 = 401,920; 512*512+512 = 262,656; 512*10+10 = 5,130.
cnn! {
    pub struct KerasMnistMlp {
        input 784;
        dense 512; relu; dropout 0.2;
        dense 512; relu; dropout 0.2;
        dense 10; softmax;
    }
}
const _: () = assert!(KerasMnistMlp::PARAMS == 669_706);

// ---------------------------------------------------------------------------
// Single Keras layers, from the documented weight shapes:
// SeparableConv2D(64, 3) on 32 channels: depthwise kernel (3,3,32,1),
// pointwise kernel (1,1,32,64), bias (64,): 3*3*32 + 32*64 + 64 = 2,400.
const _: () = assert!(cnn!(input 32x32x32; sepconv 3x3x64).params == 2_400);
// Same with depth_multiplier=2: (3,3,32,2) + (1,1,64,64) + (64,):
// 576 + 4096 + 64 = 4,736.
const _: () = assert!(cnn!(input 32x32x32; sepconv 3x3x64 multiplier 2).params == 4_736);
// DepthwiseConv2D(3) on 32 channels: kernel (3,3,32,1) + bias (32,) = 320.
const _: () = assert!(cnn!(input 32x32x32; dwconv 3x3).params == 320);
// DepthwiseConv2D(3, depth_multiplier=2): (3,3,32,2) + (64,) = 576+64 = 640.
const _: () = assert!(cnn!(input 32x32x32; dwconv 3x3 multiplier 2).params == 640);
// Conv2D(64, 3) on 32 channels: (3,3,32,64) + (64,) = 18,432+64 = 18,496.
const _: () = assert!(cnn!(input 32x32x32; conv 3x3x64).params == 18_496);
// BatchNormalization on 64 channels: gamma, beta trainable (128);
// moving_mean, moving_variance non-trainable (128).
const _: () = assert!(cnn!(input 8x8x64; bn).params == 128);
const _: () = assert!(cnn!(input 8x8x64; bn).non_trainable_params == 128);
const _: () = assert!(cnn!(input 8x8x64; bn).total_params == 256);
// PReLU(shared_axes=[1,2]) / torch.nn.PReLU(num_parameters=64): 64.
const _: () = assert!(cnn!(input 8x8x64; prelu).params == 64);

#[test]
fn summaries_state_the_published_totals() {
    let alexnet = AlexNet::summary().to_string();
    assert!(alexnet.contains("Total params: 61,100,840"), "{alexnet}");
    let vgg16 = Vgg16::summary().to_string();
    assert!(vgg16.contains("Total params: 138,357,544"), "{vgg16}");
    let vgg16_bn = Vgg16Bn::summary().to_string();
    assert!(
        vgg16_bn.contains("Trainable params: 138,365,992"),
        "{vgg16_bn}"
    );
    assert!(
        vgg16_bn.contains("Non-trainable params: 8,448"),
        "{vgg16_bn}"
    );
    let mobilenet = KerasMobileNet::summary().to_string();
    assert!(mobilenet.contains("Total params: 4,253,864"), "{mobilenet}");
    assert!(
        mobilenet.contains("Trainable params: 4,231,976"),
        "{mobilenet}"
    );
    assert!(
        mobilenet.contains("Non-trainable params: 21,888"),
        "{mobilenet}"
    );
}
