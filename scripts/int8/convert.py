"""Keras models with fixed random weights, converted to full-integer int8 .tflite (and f32)."""

import keras
import numpy as np
import tensorflow as tf


def randomize(model, seed, deep=False):
    """Overwrite every weight with values from a seeded numpy generator, so a model's
    weights depend on the seed alone (not on Keras's RNG state): kernels Glorot-uniform,
    biases small non-zero, batch-norm statistics non-trivial (so folding matters).

    `deep` (the big models): kernels He-uniform, a depthwise kernel's fan-in its taps, so
    the signal neither dies nor explodes through dozens of layers (else every input gives
    the same output); batch-norm statistics are then set by `calibrate_bn`."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        depthwise = isinstance(layer, keras.layers.DepthwiseConv2D)
        for var in layer.weights:
            name = var.path.split("/")[-1]
            shape = tuple(var.shape)
            if name in ("kernel", "depthwise_kernel", "pointwise_kernel") and deep:
                fan_in = int(np.prod(shape[:2])) if depthwise else int(np.prod(shape[:-1]))
                limit = np.sqrt(6.0 / fan_in)
                value = rng.uniform(-limit, limit, shape)
            elif name in ("kernel", "depthwise_kernel", "pointwise_kernel"):
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


def calibrate_bn(model, input_specs, seed, count=8):
    """Set each batch norm's running statistics from the statistics of its input on random
    inputs (layer by layer, in order), then perturb them (mean off by up to a fifth of a
    standard deviation, variance scaled by 0.5 to 2) and round to 3 significant digits
    (so float noise in the forward pass cannot change a weight): the folded weights are
    non-trivial and every layer's output stays near unit scale, as in a trained network."""
    rng = np.random.default_rng(seed)
    samples = [
        [np.concatenate([(smooth(rng, shape, lo, hi) if k % 2 else
                          rng.uniform(lo, hi, shape)).astype(np.float32)
                         for k in range(count)])
         for shape, lo, hi in input_specs]]
    for layer in model.layers:
        if not isinstance(layer, keras.layers.BatchNormalization):
            continue
        probe = keras.Model(model.inputs, layer.input)
        x = np.asarray(probe(samples[0], training=False), dtype=np.float64)
        axes = tuple(range(x.ndim - 1))
        mean, std = x.mean(axis=axes), x.std(axis=axes) + 1e-3
        c = mean.shape[0]
        layer.gamma.assign(_round3(rng.uniform(0.5, 1.5, c)))
        layer.beta.assign(_round3(rng.normal(0.0, 0.2, c)))
        layer.moving_mean.assign(_round3(mean + rng.uniform(-0.2, 0.2, c) * std))
        layer.moving_variance.assign(_round3(std * std * rng.uniform(0.5, 2.0, c)))


def _round3(x):
    x = np.asarray(x, dtype=np.float64)
    out = np.zeros_like(x)
    nz = x != 0
    digits = 2 - np.floor(np.log10(np.abs(x[nz])))
    out[nz] = np.round(x[nz] * 10.0 ** digits) / 10.0 ** digits
    return out.astype(np.float32)


def smooth(rng, shape, lo, hi):
    """A random image with structure: a coarse random pattern (blocks of about an eighth
    of the side), a random offset and a little noise, within [lo, hi]. Global pooling of
    independent noise is the same for every sample; this is not, so a deep model's output
    depends on its input."""
    if len(shape) != 4:
        return rng.uniform(lo, hi, shape)
    _, h, w, c = shape
    bh, bw = max(1, h // 8), max(1, w // 8)
    coarse = rng.uniform(-1.0, 1.0, (1, -(-h // bh), -(-w // bw), c))
    x = np.repeat(np.repeat(coarse, bh, axis=1), bw, axis=2)[:, :h, :w, :]
    x = 0.6 * x + rng.uniform(-0.4, 0.4) + rng.normal(0.0, 0.1, shape)
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    return np.clip(mid + half * x, lo, hi)


def representative(names, input_specs, seed, count=32, structured=False):
    """A representative dataset: `count` samples per (shape, lo, hi), keyed by the model's
    input names (the converter's input order is its own): uniform random inputs, and with
    `structured` every other sample `smooth`."""
    def gen():
        rng = np.random.default_rng(seed)
        for k in range(count):
            yield {name: (smooth(rng, shape, lo, hi) if structured and k % 2
                          else rng.uniform(lo, hi, shape)).astype(np.float32)
                   for name, (shape, lo, hi) in zip(names, input_specs)}
    return gen


def to_int8(model, input_specs, seed, structured=False):
    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    names = [t.name for t in model.inputs]
    conv.representative_dataset = representative(names, input_specs, seed,
                                                 structured=structured)
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    conv.inference_input_type = tf.int8
    conv.inference_output_type = tf.int8
    return conv.convert()


def to_f32(model):
    return tf.lite.TFLiteConverter.from_keras_model(model).convert()
