"""The per-kind models: one TFLite operator each where the converter allows, small shapes.

Each entry: name -> a function returning (keras model, input specs), an input spec being
(shape with batch 1, low, high) of the representative dataset's uniform floats. Inputs
of a two-input kind get different ranges so the op's requantisation is not trivial.
"""

import keras
import tensorflow as tf
from keras import layers

S = (1, 8, 8, 4)


def _one(shape, layer, lo=-2.0, hi=2.0):
    x = keras.Input(batch_shape=shape, name="x")
    return keras.Model(x, layer(x)), [(shape, lo, hi)]


def _two(shape_a, shape_b, layer, ranges=((-2.0, 2.0), (-0.5, 3.0))):
    a = keras.Input(batch_shape=shape_a, name="a")
    b = keras.Input(batch_shape=shape_b, name="b")
    return keras.Model([a, b], layer([a, b])), [(shape_a,) + ranges[0], (shape_b,) + ranges[1]]


def _lam(fn, name):
    return layers.Lambda(fn, name=name)


KINDS = {
    "conv": lambda: _one((1, 8, 8, 4), layers.Conv2D(6, 3, padding="valid", name="conv")),
    "conv_s2_same_relu6": lambda: _one(
        (1, 9, 9, 4), layers.Conv2D(6, 3, strides=2, padding="same", activation="relu6",
                                    name="conv")),
    "conv_relu": lambda: _one(
        (1, 8, 8, 4), layers.Conv2D(6, 3, padding="same", activation="relu", name="conv")),
    "conv_groups2": lambda: _one(
        (1, 8, 8, 4), layers.Conv2D(6, 3, padding="same", groups=2, name="conv")),
    "depthwise": lambda: _one(
        S, layers.DepthwiseConv2D(3, padding="same", name="dw")),
    "depthwise_m2": lambda: _one(
        (1, 9, 9, 4), layers.DepthwiseConv2D(3, strides=2, padding="valid", depth_multiplier=2,
                                            name="dw")),
    "fully_connected": lambda: _one((1, 24), layers.Dense(10, name="fc")),
    # Wide enough that some output falls on a near-tie where TFLM's double rounding and
    # TFLite-REF's single rounding part (tflite_ref_equal false).
    "fully_connected_wide": lambda: _one((1, 16), layers.Dense(1000, name="fc")),
    "fully_connected_relu": lambda: _one(
        (1, 24), layers.Dense(10, activation="relu", name="fc")),
    "avgpool": lambda: _one(S, layers.AveragePooling2D(2, name="pool")),
    "avgpool_same": lambda: _one(
        (1, 7, 7, 4), layers.AveragePooling2D(3, strides=2, padding="same", name="pool")),
    "maxpool": lambda: _one(S, layers.MaxPooling2D(2, name="pool")),
    "maxpool_same": lambda: _one(
        (1, 7, 7, 4), layers.MaxPooling2D(3, strides=2, padding="same", name="pool")),
    "add": lambda: _two(S, S, layers.Add(name="add")),
    # Keras's Add squeezes the 1x1xC operand first (a RESHAPE): tf.add keeps one ADD.
    "add_broadcast": lambda: _two(S, (1, 1, 1, 4), _lam(lambda ab: tf.add(ab[0], ab[1]), "add")),
    # The converter fuses the ReLU into the ADD (fused_activation_function RELU).
    "add_relu": lambda: _two(S, S, lambda ab: layers.ReLU(name="relu")(
        layers.Add(name="add")(ab))),
    "mul": lambda: _two(S, S, layers.Multiply(name="mul")),
    "concatenation": lambda: _two(S, (1, 8, 8, 3), layers.Concatenate(name="concat")),
    "mean_keepdims": lambda: _one(S, layers.GlobalAveragePooling2D(keepdims=True, name="gap")),
    "mean": lambda: _one(S, layers.GlobalAveragePooling2D(name="gap")),
    "pad": lambda: _one(S, layers.ZeroPadding2D(((1, 2), (0, 1)), name="pad")),
    "reshape": lambda: _one(S, layers.Reshape((16, 16), name="reshape")),
    "softmax": lambda: _one((1, 10), layers.Softmax(name="softmax"), -4.0, 4.0),
    "logistic": lambda: _one(S, layers.Activation("sigmoid", name="act"), -6.0, 6.0),
    "tanh": lambda: _one(S, layers.Activation("tanh", name="act"), -3.0, 3.0),
    "relu": lambda: _one(S, layers.ReLU(name="act")),
    "relu6": lambda: _one(S, layers.ReLU(6.0, name="act"), -3.0, 8.0),
    "hardswish": lambda: _one(S, layers.Activation("hard_swish", name="act"), -5.0, 5.0),
    "leakyrelu": lambda: _one(S, layers.LeakyReLU(negative_slope=0.2, name="act")),
    "resize_nearest": lambda: _one(
        S, _lam(lambda x: tf.compat.v1.image.resize_nearest_neighbor(x, (16, 16)),
                "resize")),
    "resize_bilinear": lambda: _one(
        S, _lam(lambda x: tf.compat.v1.image.resize_bilinear(
            x, (16, 16), align_corners=False, half_pixel_centers=False), "resize")),
    "resize_bilinear_half_pixel": lambda: _one(
        S, _lam(lambda x: tf.compat.v1.image.resize_bilinear(
            x, (13, 13), align_corners=False, half_pixel_centers=True), "resize")),
    "transpose_conv": lambda: _one(
        (1, 5, 5, 4), layers.Conv2DTranspose(6, 3, strides=2, padding="same", name="tconv")),
}

# What a kind's fixture shows beyond its op (written into its JSON as "note").
NOTES = {
    "relu6": "TFLM's RELU6 (int8) clamps to [input zero point, quantised 6] in the input's "
             "quantisation and ignores the output's (its Relu6Prepare/Relu6Int8); TFLite's "
             "reference kernel requantises to the output scale, hence tflite_ref_equal false. "
             "Bit-exact with TFLM means: clamp only.",
    "fully_connected_wide": "Per-channel FULLY_CONNECTED, 1000 outputs, so that near-ties "
                            "occur: TFLM rounds twice (a saturating rounding doubling high "
                            "multiply, then a rounding divide by a power of two), TFLite's "
                            "REF once, hence tflite_ref_equal false; TFLM's bytes are the "
                            "oracle.",
    "conv_groups2": "The converter keeps the grouped convolution as one CONV_2D whose filter "
                    "has Cin/groups input channels ([6,3,3,2] for Cin 4); TFLM runs it.",
    "add_broadcast": "Keras's Add layer would first squeeze the 1x1xC operand with a RESHAPE; "
                     "tf.add keeps a single broadcasting ADD.",
    "concatenation": "The converter gives both inputs the output's scale and zero point "
                     "(TFLM's int8 CONCATENATION only copies).",
    "mean": "GlobalAveragePooling2D: MEAN over axes [1,2], keep_dims false.",
    "mean_keepdims": "GlobalAveragePooling2D(keepdims=True): MEAN over axes [1,2], keep_dims true.",
}
