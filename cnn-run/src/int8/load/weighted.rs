//! The steps of layers with weights: their operators' filters and
//! biases borrowed, their per-channel multipliers computed.

use cnn_core::{Kind, Shape};
use cnn_tflite::{Activation as Fusion, Code, Options, Padding};

use super::{
    fusion_name, per_channel, softmax_output, too_large, wrong_options, Layer, Sliding, Walk,
};
use crate::int8::check::Slot;
use crate::int8::entry::{Entry, Weighted};
use crate::int8::error::{Dims, Error, Mismatch, Role, Value};
use crate::int8::ChannelsMut;
use crate::quant;

impl<'a, const KINDS: u32> Walk<'_, '_, 'a, KINDS> {
    /// `conv` or `dwconv`: `CONV_2D` or `DEPTHWISE_CONV_2D`.
    pub(super) fn conv(
        &mut self,
        l: &Layer<'_>,
        requants: &mut ChannelsMut<'_>,
    ) -> Result<Entry<'a>, Error<'a>> {
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
            c,
            out_c,
            quant_padding,
            ..
        } = *l;
        let (kind, program) = (spec.kind, Error::Program { step });
        let entry = {
            let depthwise = kind == Kind::DepthwiseConv;
            let code = if depthwise {
                Code::DepthwiseConv2d
            } else {
                Code::Conv2d
            };
            let at = self.operator(step, kind, code)?;
            let (found, fusion) = match at.op.options {
                Options::Conv {
                    padding,
                    stride_h,
                    stride_w,
                    dilation_h,
                    dilation_w,
                    activation,
                } if !depthwise => (
                    (
                        padding,
                        [stride_h, stride_w],
                        [dilation_h, dilation_w],
                        None,
                    ),
                    activation,
                ),
                Options::DepthwiseConv {
                    padding,
                    stride_h,
                    stride_w,
                    dilation_h,
                    dilation_w,
                    depth_multiplier,
                    activation,
                } if depthwise => {
                    let multiplier = out_c / c.max(1);
                    if depth_multiplier != 0 && depth_multiplier as usize != multiplier {
                        return Err(Error::Option {
                            operator: at.index,
                            code: at.op.code,
                            option: "depth_multiplier",
                            expected: Value::Number(multiplier as i64),
                            found: Value::Number(i64::from(depth_multiplier)),
                        });
                    }
                    (
                        (
                            padding,
                            [stride_h, stride_w],
                            [dilation_h, dilation_w],
                            None,
                        ),
                        activation,
                    )
                }
                _ => return Err(wrong_options(&at)),
            };
            let qin = self.input(&at, Slot::In(0), x, input)?;
            self.window(&at, &sliding, found)?;
            let [kh, kw] = sliding.window;
            let filter_dims = if depthwise {
                Dims::new([1, kh as i64, kw as i64, out_c as i64])
            } else {
                let groups = spec.groups.max(1) as usize;
                Dims::new([out_c as i64, kh as i64, kw as i64, (c / groups) as i64])
            };
            let axis = if depthwise { 3 } else { 0 };
            let (filter, scales) = at.weights(Slot::In(1), filter_dims, out_c, axis)?;
            let bias = at.bias(Slot::In(2), out_c, spec.bias)?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            let fused = self.fuse(&at, fusion)?;
            let (window, _) = quant::Window::new(
                quant_padding,
                h,
                w,
                kh,
                kw,
                sliding.stride,
                sliding.dilation,
            );
            let params = quant::conv::Params::new(
                window,
                qin.zero_point,
                qout.scale,
                qout.zero_point,
                fused,
            );
            let first = self.channel;
            let table = requants.part(first, out_c).ok_or(program)?;
            if !per_channel(qin.scale, scales, qout.scale, table) {
                return Err(too_large(&at));
            }
            self.channel += out_c;
            self.wrote(y, tensor);
            let weighted = Weighted {
                filter,
                bias,
                first,
            };
            if depthwise {
                Entry::Depthwise { params, weighted }
            } else {
                Entry::Conv { params, weighted }
            }
        };
        Ok(entry)
    }

    /// `fc`, or `softmax N`: `FULLY_CONNECTED` (then `SOFTMAX`).
    pub(super) fn dense(
        &mut self,
        l: &Layer<'_>,
        requants: &mut ChannelsMut<'_>,
    ) -> Result<Entry<'a>, Error<'a>> {
        let Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            out_c,
            ..
        } = *l;
        let (kind, program) = (spec.kind, Error::Program { step });
        let entry = {
            let at = self.operator(step, kind, Code::FullyConnected)?;
            let Options::FullyConnected { activation, .. } = at.op.options else {
                return Err(wrong_options(&at));
            };
            let qin = self.input(&at, Slot::In(0), x, input)?;
            let depth = input.elements().unwrap_or(0) as usize;
            let filter_dims = Dims::new([out_c as i64, depth as i64]);
            let (filter, scales) = at.weights(Slot::In(1), filter_dims, out_c, 0)?;
            let bias = at.bias(Slot::In(2), out_c, spec.bias)?;
            let (tensor, qout) =
                at.activation(Slot::Out(0), Role::Output, Shape::Flat(out_c as u64))?;
            if kind == Kind::Softmax && activation != Fusion::None {
                return Err(Error::Option {
                    operator: at.index,
                    code: at.op.code,
                    option: "fused_activation_function",
                    expected: Value::Word("NONE (a SOFTMAX follows)"),
                    found: Value::Word(fusion_name(activation)),
                });
            }
            let fused = self.fuse(&at, activation)?;
            let params = quant::fully_connected::Params::new(
                qin.zero_point,
                qout.scale,
                qout.zero_point,
                fused,
            );
            let first = self.channel;
            let mut table = requants.part(first, out_c).ok_or(program)?;
            let count = if scales.len() == 1 {
                // TFLM's per-tensor multiplier, its own rounding.
                let requant = quant::fully_connected::per_tensor(
                    qin.scale,
                    scales.get(0).unwrap_or(0.0),
                    qout.scale,
                );
                if !table.set(0, requant) {
                    return Err(too_large(&at));
                }
                1
            } else {
                if !per_channel(qin.scale, scales, qout.scale, table) {
                    return Err(too_large(&at));
                }
                out_c
            };
            self.channel += out_c;
            let weighted = Weighted {
                filter,
                bias,
                first,
            };
            let softmax = if kind == Kind::Softmax {
                let at = self.operator(step, kind, Code::Softmax)?;
                let Options::Softmax { beta } = at.op.options else {
                    return Err(wrong_options(&at));
                };
                let (index, fc) = at.tensor(Slot::In(0), Role::Input)?;
                if index != tensor {
                    return Err(at.error(index, &fc, Role::Input, Mismatch::Flow));
                }
                let (tensor, qsoft) = at.activation(Slot::Out(0), Role::Output, output)?;
                softmax_output(&at, tensor, qsoft)?;
                self.wrote(y, tensor);
                Some(quant::softmax::Params::new(qout.scale, beta))
            } else {
                self.wrote(y, tensor);
                None
            };
            Entry::Dense {
                params,
                weighted,
                softmax,
                per_tensor: count == 1,
            }
        };
        Ok(entry)
    }

    /// `convtranspose`: `TRANSPOSE_CONV`.
    pub(super) fn transposed(
        &mut self,
        l: &Layer<'_>,
        requants: &mut ChannelsMut<'_>,
    ) -> Result<Entry<'a>, Error<'a>> {
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
            c,
            out_c,
            ..
        } = *l;
        let (kind, program) = (spec.kind, Error::Program { step });
        let entry = {
            let at = self.operator(step, kind, Code::TransposeConv)?;
            let Options::TransposeConv {
                padding,
                stride_h,
                stride_w,
                activation,
            } = at.op.options
            else {
                return Err(wrong_options(&at));
            };
            let [kh, kw] = sliding.window;
            let [oh, ow, _] = output.axes().map(|a| a as usize);
            // TFLite's SAME gives `I * S`, VALID `(I - 1) * S + K`:
            // the declaration's output says which.
            let declared = if oh == h * sliding.stride[0] && ow == w * sliding.stride[1] {
                Padding::Same
            } else {
                Padding::Valid
            };
            let transposed = Sliding {
                padding: declared,
                ..sliding
            };
            self.window(
                &at,
                &transposed,
                (padding, [stride_h, stride_w], [1, 1], None),
            )?;
            at.constant(
                Slot::In(0),
                Role::OutputShape,
                &[1, oh as i64, ow as i64, out_c as i64],
            )?;
            let qin = self.input(&at, Slot::In(2), x, input)?;
            let filter_dims = Dims::new([out_c as i64, kh as i64, kw as i64, c as i64]);
            let (filter, scales) = at.weights(Slot::In(1), filter_dims, out_c, 0)?;
            let bias = at.bias(Slot::In(3), out_c, spec.bias)?;
            let (tensor, qout) = at.activation(Slot::Out(0), Role::Output, output)?;
            let fused = self.fuse(&at, activation)?;
            let quant_padding = match declared {
                Padding::Same => quant::Padding::Same,
                Padding::Valid => quant::Padding::Valid,
            };
            let window =
                quant::transpose_conv::window(quant_padding, oh, ow, kh, kw, transposed.stride);
            let params = quant::conv::Params::new(
                window,
                qin.zero_point,
                qout.scale,
                qout.zero_point,
                fused,
            );
            let first = self.channel;
            let table = requants.part(first, out_c).ok_or(program)?;
            if !per_channel(qin.scale, scales, qout.scale, table) {
                return Err(too_large(&at));
            }
            self.channel += out_c;
            self.wrote(y, tensor);
            let weighted = Weighted {
                filter,
                bias,
                first,
            };
            Entry::TransposeConv { params, weighted }
        };
        Ok(entry)
    }
}
