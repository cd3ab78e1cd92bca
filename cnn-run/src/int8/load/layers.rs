//! The steps of layers without weights: pools, `gap`, `zeropad`, resizes
//! and activations of their own.

use cnn_core::plan::int8::kernel;
use cnn_core::{Activation, Kind};
use cnn_tflite::{Code, Options, Padding};

use super::{fixed_output, same_quant, softmax_output, wrong_options, Layer, Sliding, Walk};
use crate::int8::check::Slot;
use crate::int8::entry::Entry;
use crate::int8::error::{Error, Role};
use crate::quant;

impl<'a, const KINDS: u32> Walk<'_, '_, 'a, KINDS> {
    /// `maxpool`, `avgpool`: `MAX_POOL_2D`, `AVERAGE_POOL_2D`.
    pub(super) fn pool(&mut self, l: &Layer<'_>) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            sliding,
            h,
            w,
            quant_padding,
            ..
        } = *l;
        let kind = spec.kind;
        let entry = {
            let code = if kind == Kind::MaxPool {
                Code::MaxPool2d
            } else {
                Code::AveragePool2d
            };
            let at = self.operator(step, kind, code)?;
            let Options::Pool {
                padding,
                stride_h,
                stride_w,
                filter_h,
                filter_w,
                activation,
            } = at.op.options
            else {
                return Err(wrong_options(&at));
            };
            let qin = self.input(&at, Slot::In(0), x, input)?;
            self.window(
                &at,
                &sliding,
                (
                    padding,
                    [stride_h, stride_w],
                    [1, 1],
                    Some([filter_h, filter_w]),
                ),
            )?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            same_quant(&at, tensor, qin, qout)?;
            let fused = self.fuse(&at, activation)?;
            let [kh, kw] = sliding.window;
            let (window, _) =
                quant::Window::new(quant_padding, h, w, kh, kw, sliding.stride, [1, 1]);
            let params = quant::pool::Params::new(window, qout.scale, qout.zero_point, fused);
            self.wrote(y, tensor);
            if kind == Kind::MaxPool {
                Entry::MaxPool(params)
            } else {
                Entry::AvgPool(params)
            }
        };
        Ok(entry)
    }

    /// `softmax` of a vector: `SOFTMAX`.
    pub(super) fn softmax(&mut self, l: &Layer<'_>) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            ..
        } = *l;
        let kind = spec.kind;
        let entry = {
            let at = self.operator(step, kind, Code::Softmax)?;
            let Options::Softmax { beta } = at.op.options else {
                return Err(wrong_options(&at));
            };
            let qin = self.input(&at, Slot::In(0), x, input)?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            softmax_output(&at, tensor, qout)?;
            self.wrote(y, tensor);
            Entry::Softmax(quant::softmax::Params::new(qin.scale, beta))
        };
        Ok(entry)
    }

    /// `gap`: `MEAN` over rows and columns, or Keras's `AVERAGE_POOL_2D` over the whole map.
    pub(super) fn gap(&mut self, l: &Layer<'_>) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            h,
            w,
            ..
        } = *l;
        let kind = spec.kind;
        let entry = {
            let code = match self.peek() {
                Some(Code::AveragePool2d) => Code::AveragePool2d,
                _ => Code::Mean,
            };
            let at = self.operator(step, kind, code)?;
            let qin = self.input(&at, Slot::In(0), x, input)?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            self.wrote(y, tensor);
            if code == Code::AveragePool2d {
                // Keras's AveragePooling2D over the whole map.
                let Options::Pool {
                    padding,
                    stride_h,
                    stride_w,
                    filter_h,
                    filter_w,
                    activation,
                } = at.op.options
                else {
                    return Err(wrong_options(&at));
                };
                let whole = Sliding {
                    padding: Padding::Valid,
                    stride: [stride_h as usize, stride_w as usize],
                    dilation: [1, 1],
                    window: [h, w],
                };
                self.window(
                    &at,
                    &whole,
                    (
                        padding,
                        [stride_h, stride_w],
                        [1, 1],
                        Some([filter_h, filter_w]),
                    ),
                )?;
                same_quant(&at, tensor, qin, qout)?;
                let fused = self.fuse(&at, activation)?;
                let (window, _) =
                    quant::Window::new(quant::Padding::Valid, h, w, h, w, whole.stride, [1, 1]);
                Entry::AvgPool(quant::pool::Params::new(
                    window,
                    qout.scale,
                    qout.zero_point,
                    fused,
                ))
            } else {
                at.constant(Slot::In(1), Role::Axis, &[1, 2])?;
                Entry::Mean(quant::mean::Params::new(
                    qin.scale,
                    qin.zero_point,
                    qout.scale,
                    qout.zero_point,
                    h * w,
                ))
            }
        };
        Ok(entry)
    }

    /// `zeropad`: `PAD`.
    pub(super) fn pad(&mut self, l: &Layer<'_>) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            sliding,
            h,
            w,
            ..
        } = *l;
        let kind = spec.kind;
        let entry = {
            let at = self.operator(step, kind, Code::Pad)?;
            let qin = self.input(&at, Slot::In(0), x, input)?;
            let [oh, ow, _] = output.axes().map(|a| a as usize);
            let (top, left) = (sliding.window[0], sliding.window[1]);
            let pads = [0, 0, top, oh - h - top, left, ow - w - left, 0, 0].map(|p| p as i64);
            at.constant(Slot::In(1), Role::Paddings, &pads)?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            same_quant(&at, tensor, qin, qout)?;
            self.wrote(y, tensor);
            Entry::Pad {
                before: [0, top, left, 0],
                value: qout.zero_point as i8,
            }
        };
        Ok(entry)
    }

    /// `upsample`, `resize`: `RESIZE_NEAREST_NEIGHBOR` or `RESIZE_BILINEAR`.
    pub(super) fn resize(&mut self, l: &Layer<'_>) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            ..
        } = *l;
        let kind = spec.kind;
        let entry = {
            let code = if spec.bilinear {
                Code::ResizeBilinear
            } else {
                Code::ResizeNearestNeighbor
            };
            let at = self.operator(step, kind, code)?;
            let Options::Resize {
                align_corners,
                half_pixel_centers,
            } = at.op.options
            else {
                return Err(wrong_options(&at));
            };
            let qin = self.input(&at, Slot::In(0), x, input)?;
            let [oh, ow, _] = output.axes().map(|a| a as i64);
            at.constant(Slot::In(1), Role::Size, &[oh, ow])?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            same_quant(&at, tensor, qin, qout)?;
            self.wrote(y, tensor);
            Entry::Resize {
                params: quant::resize::Params {
                    align_corners,
                    half_pixel_centers,
                },
                bilinear: spec.bilinear,
            }
        };
        Ok(entry)
    }

    /// An activation of its own: `RELU`, `RELU6`, `LEAKY_RELU`, `LOGISTIC`, `TANH`, `HARD_SWISH`.
    pub(super) fn activation(
        &mut self,
        l: &Layer<'_>,
        activation: Activation,
    ) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            ..
        } = *l;
        let kind = spec.kind;
        let entry = {
            let (code, bit) = match activation {
                Activation::Relu => (Code::Relu, kernel::RELU),
                Activation::Relu6 => (Code::Relu6, kernel::RELU6),
                Activation::LeakyRelu => (Code::LeakyRelu, kernel::LEAKY_RELU),
                Activation::Sigmoid => (Code::Logistic, kernel::LOGISTIC),
                Activation::Tanh => (Code::Tanh, kernel::TANH),
                Activation::HardSwish => (Code::HardSwish, kernel::HARD_SWISH),
                Activation::Softmax
                | Activation::Elu
                | Activation::Gelu
                | Activation::GeluTanh
                | Activation::Silu
                | Activation::HardSigmoid
                | Activation::LogSoftmax => return Err(Error::Unsupported { step }),
            };
            if KINDS & bit == 0 {
                return Err(Error::Unsupported { step });
            }
            let at = self.operator(step, kind, code)?;
            let qin = self.input(&at, Slot::In(0), x, input)?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            self.wrote(y, tensor);
            // Each arm tests its kernel's bit again, a constant there, so
            // that the others' code goes.
            let has = |bit: u32| KINDS & bit != 0;
            match activation {
                Activation::Relu if has(kernel::RELU) => Entry::Relu(quant::relu::Relu::new(
                    qin.scale,
                    qin.zero_point,
                    qout.scale,
                    qout.zero_point,
                )),
                Activation::Relu6 if has(kernel::RELU6) => {
                    Entry::Relu6(quant::relu::Relu6::new(qin.scale, qin.zero_point))
                }
                Activation::LeakyRelu if has(kernel::LEAKY_RELU) => {
                    let Options::LeakyRelu { alpha } = at.op.options else {
                        return Err(wrong_options(&at));
                    };
                    Entry::LeakyRelu(quant::relu::LeakyRelu::new(
                        qin.scale,
                        qin.zero_point,
                        qout.scale,
                        qout.zero_point,
                        alpha,
                    ))
                }
                Activation::Sigmoid if has(kernel::LOGISTIC) => {
                    fixed_output(&at, tensor, qout, 1.0 / 256.0, -128)?;
                    Entry::Logistic(quant::logistic::Params::new(qin.scale, qin.zero_point))
                }
                Activation::Tanh if has(kernel::TANH) => {
                    fixed_output(&at, tensor, qout, 1.0 / 128.0, 0)?;
                    Entry::Tanh(quant::logistic::Params::new(qin.scale, qin.zero_point))
                }
                Activation::HardSwish if has(kernel::HARD_SWISH) => {
                    Entry::HardSwish(quant::hardswish::Params::new(
                        qin.scale,
                        qin.zero_point,
                        qout.scale,
                        qout.zero_point,
                    ))
                }
                // Refused with their code above, or a kernel this network
                // was built without.
                Activation::Relu
                | Activation::Relu6
                | Activation::LeakyRelu
                | Activation::Sigmoid
                | Activation::Tanh
                | Activation::HardSwish
                | Activation::Softmax
                | Activation::Elu
                | Activation::Gelu
                | Activation::GeluTanh
                | Activation::Silu
                | Activation::HardSigmoid
                | Activation::LogSoftmax => return Err(Error::Unsupported { step }),
            }
        };
        Ok(entry)
    }
}
