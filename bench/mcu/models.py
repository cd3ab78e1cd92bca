"""Two models MicroFlow accepts, for bench/mcu.sh: tests/int8's DS-CNN and person
detection with the one change each that MicroFlow 0.1.3 needs, so that both engines run
the same file (MicroFlow refuses all three of tests/int8: LeNet's MAX_POOL_2D, person
detection's MEAN, and DS-CNN's per-channel FULLY_CONNECTED, which its fully_connected
takes only per tensor).

    /path/to/venv-with-tensorflow-and-tflite-micro/bin/python bench/mcu/models.py

writes bench/mcu/models/{ds_cnn,person_detect}.{tflite,in,out,json} through
scripts/int8/make_int8.py's `make` (same seeds, same inputs, TFLM's outputs, same JSON
format as tests/int8), with:

- ds_cnn: the FULLY_CONNECTED's weights quantised per tensor (the converter's
  `_experimental_disable_per_channel_quantization_for_dense_layers`);
- person_detect: Keras's MobileNet v1 0.25 without its top, then a 3x3 average pool
  (AVERAGE_POOL_2D, as TFLM's own person-detection model ends) in place of the global
  average pool (MEAN), then the same 1x1 convolution to 2 classes, reshape and softmax.

Not CI: the files are committed; the script needs tensorflow-cpu and tflite-micro.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts", "int8"))

import make_int8  # noqa: E402  (sets TensorFlow's determinism first)
import convert  # noqa: E402
import models  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
from keras import layers  # noqa: E402

OUT = os.path.join(HERE, "models")


def to_int8_dense_per_tensor(model, input_specs, seed, structured=False):
    """convert.to_int8, with dense layers' weights quantised per tensor."""
    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    names = [t.name for t in model.inputs]
    conv.representative_dataset = convert.representative(names, input_specs, seed,
                                                         structured=structured)
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    conv.inference_input_type = tf.int8
    conv.inference_output_type = tf.int8
    conv._experimental_disable_per_channel_quantization_for_dense_layers = True
    return conv.convert()


def person_detect_avgpool():
    x = keras.Input(batch_shape=(1, 96, 96, 1), name="input")
    base = keras.applications.MobileNet(input_tensor=x, alpha=0.25, weights=None,
                                        include_top=False)
    y = layers.AveragePooling2D(3, name="pool")(base.output)
    y = layers.Conv2D(2, 1, padding="same", name="conv_preds")(y)
    y = layers.Reshape((2,), name="reshape")(y)
    y = layers.Softmax(name="softmax")(y)
    return keras.Model(x, y, name="person_detect"), [((1, 96, 96, 1), -1.0, 1.0)]


def main():
    source = "bench/mcu/models.py: {} (MicroFlow's variant of tests/int8's)"
    plain = convert.to_int8
    convert.to_int8 = to_int8_dense_per_tensor
    make_int8.make("ds_cnn", models.ds_cnn, OUT, 4, source.format("ds_cnn"), structured=True)
    convert.to_int8 = plain
    make_int8.make("person_detect", person_detect_avgpool, OUT, 4,
                   source.format("person_detect"), structured=True, with_data=False)


if __name__ == "__main__":
    main()
