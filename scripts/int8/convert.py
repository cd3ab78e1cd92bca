"""Keras models with fixed random weights, converted to full-integer int8 .tflite (and f32)."""

import numpy as np
import tensorflow as tf


def randomize(model, seed):
    """Overwrite every weight with values from a seeded numpy generator, so a model's
    weights depend on the seed alone (not on Keras's RNG state): kernels Glorot-uniform,
    biases small non-zero, batch-norm statistics non-trivial (so folding matters)."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        for var in layer.weights:
            name = var.path.split("/")[-1]
            shape = tuple(var.shape)
            if name in ("kernel", "depthwise_kernel", "pointwise_kernel"):
                if len(shape) == 4:
                    kh, kw, a, b = shape
                    fan_in, fan_out = kh * kw * a, kh * kw * b
                else:
                    fan_in, fan_out = shape[0], shape[-1]
                limit = np.sqrt(6.0 / (fan_in + fan_out))
                value = rng.uniform(-limit, limit, shape)
            elif name == "bias":
                value = rng.normal(0.0, 0.1, shape)
            elif name == "gamma":
                value = rng.uniform(0.5, 1.5, shape)
            elif name == "beta":
                value = rng.normal(0.0, 0.2, shape)
            elif name == "moving_mean":
                value = rng.normal(0.0, 0.2, shape)
            elif name == "moving_variance":
                value = rng.uniform(0.5, 2.0, shape)
            else:
                raise ValueError("unexpected weight %s" % var.path)
            var.assign(value.astype(np.float32))


def representative(names, input_specs, seed, count=32):
    """A representative dataset: `count` samples of uniform random inputs per (shape, lo, hi),
    keyed by the model's input names (the converter's input order is its own)."""
    def gen():
        rng = np.random.default_rng(seed)
        for _ in range(count):
            yield {name: rng.uniform(lo, hi, shape).astype(np.float32)
                   for name, (shape, lo, hi) in zip(names, input_specs)}
    return gen


def to_int8(model, input_specs, seed):
    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    names = [t.name for t in model.inputs]
    conv.representative_dataset = representative(names, input_specs, seed)
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    conv.inference_input_type = tf.int8
    conv.inference_output_type = tf.int8
    return conv.convert()


def to_f32(model):
    return tf.lite.TFLiteConverter.from_keras_model(model).convert()
