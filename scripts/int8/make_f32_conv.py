"""cnn-cli/tests/tflite/f32-conv.tflite: a float TFLite model (one 3x3
convolution, TFLite's converter without quantisation), which `cnn import`
declares and `cnn import --image` refuses (an image holds int8 tables).

    /path/to/venv-with-tensorflow/bin/python scripts/int8/make_f32_conv.py
"""
import os

import tensorflow as tf

tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [tf.keras.Input((8, 8, 1), batch_size=1), tf.keras.layers.Conv2D(4, 3)]
)
out = os.path.join(os.path.dirname(__file__), "../../cnn-cli/tests/tflite/f32-conv.tflite")
with open(out, "wb") as f:
    f.write(tf.lite.TFLiteConverter.from_keras_model(model).convert())
