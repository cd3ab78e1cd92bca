//! What a PyTorch or Keras user types, and what the language says instead.
//! Looked up before the nearest-spelling guess, which would otherwise
//! offer a misleading neighbour (`deconv` is one letter from `dwconv`).

/// Layer words from other frameworks, and the advice for each.
const LAYERS: &[(&str, &str)] = &[
    ("conv2d", "a 2-D convolution is `conv KxKxF`, like `conv 3x3x64` (the input channels come from the layer before)"),
    ("conv1d", "a 1-D convolution is `conv KxF` on an `LxC` input, like `conv 9x64` after `input 16000x1`"),
    ("conv3d", "a 3-D convolution is `conv KxKxKxF` on a `DxHxWxC` input, like `conv 3x3x3x64` after `input 16x112x112x3`"),
    ("convtranspose1d", "a transposed convolution is `convtranspose KxF` on a sequence, like `convtranspose 4x32 stride 2`"),
    ("convtranspose3d", "a transposed convolution is `convtranspose KxKxKxF` on a volume, like `convtranspose 2x2x2x32 stride 2`"),
    ("maxpool1d", "max pooling is `maxpool K` on any rank, like `maxpool 4`"),
    ("maxpool3d", "max pooling is `maxpool K` or `maxpool KDxKHxKW`, like `maxpool 1x2x2`"),
    ("avgpool3d", "average pooling is `avgpool K` or `avgpool KDxKHxKW`, like `avgpool 2`"),
    ("adaptiveavgpool3d", "adaptive average pooling is `adaptivepool DxHxW`, like `adaptivepool 1x1x1`; `gap` pools to one position"),
    ("batchnorm1d", "batch normalization is `batchnorm` (or `bn`) on any rank"),
    ("batchnorm3d", "batch normalization is `batchnorm` (or `bn`) on any rank"),
    ("convolution", "a convolution is `conv KxKxF`, like `conv 3x3x64`"),
    ("convolution2d", "a convolution is `conv KxKxF`, like `conv 3x3x64`"),
    ("deconv", "a transposed convolution (a \"deconvolution\", PyTorch's `ConvTranspose2d`) is `convtranspose KxKxF`, like `convtranspose 2x2x64 stride 2`; `dwconv` is not one, it is a depthwise convolution"),
    ("convtranspose2d", "a transposed convolution (PyTorch's `ConvTranspose2d`) is `convtranspose KxKxF`, like `convtranspose 2x2x64 stride 2`"),
    ("conv2dtranspose", "a transposed convolution (Keras's `Conv2DTranspose`) is `convtranspose KxKxF`, like `convtranspose 2x2x64 stride 2`"),
    ("upsampling2d", "upsampling is `upsample S`, like `upsample 2` (add `bilinear` to interpolate)"),
    ("interpolate", "`F.interpolate` is `upsample S` for a scale factor or `resize HxW` for a size; add `bilinear` to interpolate"),
    ("layernorm2d", "layer norm over the channels is `layernorm`; torchvision's `LayerNorm2d` has eps 1e-6, `layernorm eps 1e-6`"),
    ("groupnorm2d", "group normalization is `groupnorm G`, like `groupnorm 32`"),
    ("channelshuffle", "a channel shuffle is `shuffle G`, like `shuffle 2`"),
    ("pixelunshuffle", "`spacetodepth B` moves each BxB block of positions into the channels in ONNX SpaceToDepth's order, offset first (TResNet's); PyTorch's `PixelUnshuffle` puts the channel first, an order the language does not have"),
    ("space_to_depth", "space to depth is `spacetodepth B`, like `spacetodepth 4` (TResNet's stem)"),
    ("depthwiseconv2d", "a depthwise convolution is `dwconv KxK`, like `dwconv 3x3 pad 1`"),
    ("separableconv2d", "a separable convolution is `sepconv KxKxF`, like `sepconv 3x3x64`"),
    ("maxpool2d", "max pooling is `maxpool K`, like `maxpool 2` (the stride defaults to the window)"),
    ("maxpooling2d", "max pooling is `maxpool K`, like `maxpool 2` (the stride defaults to the window)"),
    ("avgpool2d", "average pooling is `avgpool K`, like `avgpool 2`"),
    ("averagepooling2d", "average pooling is `avgpool K`, like `avgpool 2`"),
    ("adaptiveavgpool2d", "adaptive average pooling is `adaptivepool HxW`, like `adaptivepool 7x7`; `gap` pools to 1x1"),
    ("globalaveragepooling2d", "global average pooling is `gap`"),
    ("globalmaxpooling2d", "global max pooling is `gmp`"),
    ("batchnorm2d", "batch normalization is `batchnorm` (or `bn`); its channels come from the layer before"),
    ("batchnormalization", "batch normalization is `batchnorm` (or `bn`)"),
    ("dropout2d", "dropout is `dropout` or `dropout P`, like `dropout 0.5`"),
    ("zeropadding2d", "zero padding is `zeropad P`, like `zeropad 1`"),
    ("leaky_relu", "the leaky ReLU is `leakyrelu`"),
    ("relu_", "ReLU is `relu`"),
    ("hardtanh", "the activations are `relu`, `relu6`, `leakyrelu`, `elu`, `gelu`, `silu`, `sigmoid`, `hardsigmoid`, `hardswish`, `tanh`, `softmax` and `logsoftmax`, and `gelu tanh` for GELU's tanh approximation"),
    ("sequential", "a network is its statements in order; `{ ... }` groups them into a stage, like `layer1: { conv 3x3x64 pad 1; relu; }`"),
];

/// Option words from other frameworks, and the advice for each.
const OPTIONS: &[(&str, &str)] = &[
    ("padding", "padding is `pad`: `pad 1`, `pad 1x2`, `pad same` or `pad valid`"),
    ("bias", "write `nobias` for PyTorch's `bias=False` (a layer has a bias unless it says `nobias`)"),
    ("use_bias", "a layer has a bias unless it says `nobias`; write `nobias` for Keras's `use_bias=False`"),
    ("kernel_size", "the kernel is the number right after the layer: `conv 3x3x64` is a 3x3 kernel with 64 filters"),
    ("kernel", "the kernel is the number right after the layer: `conv 3x3x64` is a 3x3 kernel with 64 filters"),
    ("out_channels", "the filters are the last number of the kernel: `conv 3x3x64` has 64"),
    ("filters", "the filters are the last number of the kernel: `conv 3x3x64` has 64"),
    ("in_channels", "the input channels come from the layer before; they are not written"),
    ("in_features", "the inputs come from the layer before; `fc N` gives only the outputs"),
    ("out_features", "the outputs are the number after the layer: `fc 10`"),
    ("units", "the units are the number after the layer: `fc 10`"),
    ("dilation_rate", "dilation is `dilation D`, like `dilation 2`"),
    ("ceil_mode", "PyTorch's `ceil_mode=True` is `ceil`"),
    ("depth_multiplier", "the depth multiplier is `multiplier M`, like `multiplier 2`"),
    ("output_padding", "a transposed convolution's `output_padding` is `outpad P`, like `outpad 1`"),
    ("scale_factor", "upsampling by a factor is `upsample S`, like `upsample 2`"),
    ("mode", "nearest-neighbour is the default of `upsample` and `resize`; write `bilinear` for `mode='bilinear'`"),
    ("activation", "an activation is a layer of its own: `conv 3x3x64; relu`"),
    ("negative_slope", "a leaky ReLU's `negative_slope` is `slope A`, like `leakyrelu slope 1e-3` (0.01 when left out)"),
    ("epsilon", "a norm's epsilon is `eps E`, as PyTorch prints it: `bn eps 1e-3`, `layernorm eps 1e-6` (1e-5 when left out)"),
];

fn find(table: &'static [(&str, &str)], word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    table
        .iter()
        .find(|(known, _)| *known == word)
        .map(|(_, advice)| *advice)
}

/// The advice for a layer word from another framework, if it is one.
pub fn layer(word: &str) -> Option<&'static str> {
    find(LAYERS, word)
}

/// The advice for an option word from another framework, if it is one.
pub fn option(word: &str) -> Option<&'static str> {
    find(OPTIONS, word)
}
