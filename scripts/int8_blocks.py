"""Make tests/int8/blocks.*: one int8 model whose operators join branches, for
`forward_int8` against TFLM where the per-kind models cannot (theirs of two inputs have
no one-input declaration): a residual ADD, a CONCATENATION of two branches, a
squeeze-excite MUL broadcast over the map, and activations the converter does not fuse
(LEAKY_RELU, HARD_SWISH), which `cnn`'s plan runs in place.

Run with tensorflow-cpu 2.21, tflite-micro and numpy (as scripts/int8/make_int8.py,
whose `make` this calls: the same conversion, inputs, TFLM run and JSON):

    python scripts/int8_blocks.py

Seeded: re-running reproduces the files byte for byte.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "int8"))

import keras  # noqa: E402
from keras import layers  # noqa: E402

import make_int8  # noqa: E402


def blocks():
    """The model; its declaration is in cnn-tests/tests/int8_blocks.rs."""
    x = keras.Input(batch_shape=(1, 8, 8, 4), name="input")
    y = layers.Conv2D(8, 3, padding="same", activation="relu", name="stem")(x)
    r = layers.Conv2D(8, 3, padding="same", name="body")(y)
    y = layers.Add(name="residual")([r, y])
    y = layers.LeakyReLU(negative_slope=0.1, name="leaky")(y)
    a = layers.DepthwiseConv2D(3, padding="same", name="dw")(y)
    b = layers.Conv2D(4, 1, name="pw")(y)
    y = layers.Concatenate(name="concat")([a, b])
    s = layers.GlobalAveragePooling2D(keepdims=True, name="squeeze")(y)
    s = layers.Conv2D(12, 1, activation="sigmoid", name="excite")(s)
    y = layers.Multiply(name="scale")([y, s])
    y = layers.Activation("hard_swish", name="hswish")(y)
    y = layers.MaxPooling2D(2, name="pool")(y)
    y = layers.Flatten(name="flatten")(y)
    y = layers.Dense(10, name="fc")(y)
    y = layers.Softmax(name="softmax")(y)
    return keras.Model(x, y, name="blocks"), [((1, 8, 8, 4), -1.0, 1.0)]


if __name__ == "__main__":
    root = os.path.dirname(HERE)
    make_int8.make("blocks", blocks, os.path.join(root, "tests", "int8"), 4,
                   "scripts/int8_blocks.py")
