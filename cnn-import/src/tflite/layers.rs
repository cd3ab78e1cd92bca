//! One TFLite operator as a statement of the language, or the reason it
//! has none. Shapes are TFLite's, NHWC; a statement's options are read
//! from the operator's options and its constant inputs (a filter's
//! shape, a pad's amounts, a resize's size).

use cnn_tflite::{Activation, Code, Model, Operator, Options, Padding, Tensor, Type};

use crate::spelling::{axes, uniform};

/// What an operator is in the declaration.
pub enum Lowered {
    /// A layer on the tensor `input`: its text (`None` for an operator
    /// that is no statement, a RESHAPE that `fc` does itself), and its
    /// fused activation's text.
    Layer {
        input: usize,
        text: Option<String>,
        activation: Option<&'static str>,
    },
    /// A join of the tensors `inputs`, in the operator's order: `add`,
    /// `mul` or `concat` of one branch per input.
    Join {
        kind: &'static str,
        inputs: Vec<usize>,
        activation: Option<&'static str>,
    },
    /// QUANTIZE or DEQUANTIZE: a change of number type, not a layer; the
    /// declaration is the float model's.
    Pass { input: usize },
}

/// The operator `index` of `model` and what reads its output (the
/// operators, by index), lowered.
pub fn lower(
    model: &Model,
    index: usize,
    op: &Operator,
    readers: &[usize],
) -> Result<Lowered, String> {
    let at = Where {
        index,
        code: op.code,
    };
    let runtime = runtime_inputs(model, op)?;
    let single = || match runtime.as_slice() {
        [input] => Ok(*input),
        other => Err(at.says(format!(
            "reads {} tensors computed at run time: the language's layers read one",
            other.len()
        ))),
    };
    let layer = |text: String, activation| -> Result<Lowered, String> {
        Ok(Lowered::Layer {
            input: single()?,
            text: Some(text),
            activation,
        })
    };
    let plain = |text: &str| layer(text.to_string(), None);
    match (op.code, op.options) {
        (
            Code::Conv2d,
            Options::Conv {
                padding,
                stride_h,
                stride_w,
                dilation_h,
                dilation_w,
                activation,
            },
        ) => {
            let input = tensor(model, single()?, &at)?;
            let weights = constant(model, op, 1, &at, "filter")?;
            let [filters, kh, kw, per_group] = dims::<4>(&weights, &at, "filter")?;
            let channels = last(&input);
            if per_group == 0 || !channels.is_multiple_of(per_group) {
                return Err(at.says(format!(
                    "has a filter of {per_group} channels for an input of {channels}: \
                     a grouped convolution's filter has a whole fraction of them"
                )));
            }
            let groups = channels / per_group;
            let mut text = format!("conv {kh}x{kw}x{filters}");
            text += &window(
                padding,
                [stride_h, stride_w],
                [dilation_h, dilation_w],
                None,
            );
            if groups > 1 {
                text += &format!(" groups {groups}");
            }
            text += bias(model, op, 2, &at)?;
            layer(text, fused(activation, &at)?)
        }
        (
            Code::DepthwiseConv2d,
            Options::DepthwiseConv {
                padding,
                stride_h,
                stride_w,
                dilation_h,
                dilation_w,
                activation,
                ..
            },
        ) => {
            let input = tensor(model, single()?, &at)?;
            let weights = constant(model, op, 1, &at, "filter")?;
            let [_, kh, kw, outputs] = dims::<4>(&weights, &at, "filter")?;
            let channels = last(&input);
            if channels == 0 || !outputs.is_multiple_of(channels) {
                return Err(at.says(format!(
                    "makes {outputs} channels of {channels}: a depthwise convolution \
                     makes a whole number per input channel"
                )));
            }
            let mut text = format!("dwconv {kh}x{kw}");
            if outputs / channels > 1 {
                text += &format!(" multiplier {}", outputs / channels);
            }
            text += &window(
                padding,
                [stride_h, stride_w],
                [dilation_h, dilation_w],
                None,
            );
            text += bias(model, op, 2, &at)?;
            layer(text, fused(activation, &at)?)
        }
        (
            Code::FullyConnected,
            Options::FullyConnected {
                activation,
                keep_num_dims,
            },
        ) => {
            let input = tensor(model, single()?, &at)?;
            if keep_num_dims && input.shape.len() > 2 {
                return Err(at.says(
                    "keeps its input's leading axes (keep_num_dims): the language's fc \
                     flattens a map first"
                        .to_string(),
                ));
            }
            let weights = constant(model, op, 1, &at, "weights")?;
            let [units, _] = dims::<2>(&weights, &at, "weights")?;
            layer(
                format!("fc {units}{}", bias(model, op, 2, &at)?),
                fused(activation, &at)?,
            )
        }
        (
            Code::AveragePool2d | Code::MaxPool2d,
            Options::Pool {
                padding,
                stride_h,
                stride_w,
                filter_h,
                filter_w,
                activation,
            },
        ) => {
            let kind = if op.code == Code::MaxPool2d {
                "maxpool"
            } else {
                "avgpool"
            };
            let window_text = uniform(&[u64::from(filter_h), u64::from(filter_w)]);
            let text = format!(
                "{kind} {window_text}{}",
                window(
                    padding,
                    [stride_h, stride_w],
                    [1, 1],
                    Some([filter_h, filter_w])
                )
            );
            layer(text, fused(activation, &at)?)
        }
        (Code::Add | Code::Mul, Options::Add { activation } | Options::Mul { activation }) => {
            let kind = if op.code == Code::Add { "add" } else { "mul" };
            join(op, &at, kind, runtime, activation)
        }
        (Code::Concatenation, Options::Concatenation { axis, activation }) => {
            let output = tensor(model, output_of(op, &at)?, &at)?;
            let rank = output.shape.len() as i32;
            if axis != -1 && axis != rank - 1 {
                return Err(at.says(format!(
                    "joins along axis {axis} of {rank}: the language's concat joins the \
                     channels, the last axis"
                )));
            }
            join(op, &at, "concat", runtime, activation)
        }
        (Code::Mean, Options::Mean { .. }) => {
            let input = tensor(model, single()?, &at)?;
            let reduced = constant_ints(model, op, 1, &at, "axes")?;
            let mut reduced: Vec<i64> = reduced
                .iter()
                .map(|&a| {
                    if a < 0 {
                        a + input.shape.len() as i64
                    } else {
                        a
                    }
                })
                .collect();
            reduced.sort_unstable();
            if input.shape.len() != 4 || reduced != [1, 2] {
                return Err(at.says(format!(
                    "averages axes {reduced:?} of a {}-axis tensor: the language's gap \
                     averages the height and width of a map, axes [1, 2]",
                    input.shape.len()
                )));
            }
            plain("gap")
        }
        (Code::Pad | Code::Padv2, Options::None) => pad(model, op, &at, single()?),
        (Code::Reshape, Options::None) => {
            let input = tensor(model, single()?, &at)?;
            let output = tensor(model, output_of(op, &at)?, &at)?;
            let same = input.shape.iter().eq(output.shape.iter());
            let flat = output.shape.len() == 2 && output.shape.get(0) == Some(1);
            // `fc` flattens a map itself; a flat vector needs nothing.
            let fc_next = readers.len() == 1
                && model
                    .operator(readers[0])
                    .is_ok_and(|next| next.code == Code::FullyConnected);
            match (same || (flat && input.shape.len() == 2), flat) {
                (true, _) => Ok(Lowered::Layer {
                    input: single()?,
                    text: None,
                    activation: None,
                }),
                (false, true) if fc_next => Ok(Lowered::Layer {
                    input: single()?,
                    text: None,
                    activation: None,
                }),
                (false, true) => plain("flatten"),
                (false, false) => Err(at.says(format!(
                    "reshapes {} to {}: the language reshapes only to a flat vector \
                     (`flatten`, or the one `fc` does)",
                    input.shape, output.shape
                ))),
            }
        }
        (Code::Softmax, Options::Softmax { beta }) => match beta == 1.0 {
            true => plain("softmax"),
            false => Err(at.says(format!(
                "has beta {beta}: the language's softmax is exp(x) over its sum, beta 1"
            ))),
        },
        (Code::Logistic, Options::None) => plain("sigmoid"),
        (Code::Tanh, Options::None) => plain("tanh"),
        (Code::Relu, Options::None) => plain("relu"),
        (Code::Relu6, Options::None) => plain("relu6"),
        (Code::HardSwish, Options::None) => plain("hardswish"),
        (Code::LeakyRelu, Options::LeakyRelu { alpha }) => match alpha {
            0.01 => plain("leakyrelu"),
            alpha if alpha > 0.0 && alpha.is_finite() => {
                layer(format!("leakyrelu slope {alpha:e}"), None)
            }
            alpha => Err(at.says(format!(
                "has alpha {alpha}: the language's leakyrelu slope is a positive number"
            ))),
        },
        (
            Code::ResizeNearestNeighbor | Code::ResizeBilinear,
            Options::Resize { align_corners, .. },
        ) => {
            if align_corners {
                return Err(at.says(
                    "aligns the corners (align_corners): the language's resize maps \
                     pixel centres, as PyTorch's align_corners=False"
                        .to_string(),
                ));
            }
            let size = constant_ints(model, op, 1, &at, "size")?;
            let [h, w] = size[..] else {
                return Err(at.says(format!(
                    "has size {size:?}: a resize has a height and width"
                )));
            };
            let bilinear = if op.code == Code::ResizeBilinear {
                " bilinear"
            } else {
                ""
            };
            plain(&format!("resize {h}x{w}{bilinear}"))
        }
        (
            Code::TransposeConv,
            Options::TransposeConv {
                padding,
                stride_h,
                stride_w,
                activation,
            },
        ) => {
            let weights = constant(model, op, 1, &at, "filter")?;
            let [filters, kh, kw, _] = dims::<4>(&weights, &at, "filter")?;
            let mut text = format!("convtranspose {kh}x{kw}x{filters}");
            text += &window(padding, [stride_h, stride_w], [1, 1], None);
            text += bias(model, op, 3, &at)?;
            layer(text, fused(activation, &at)?)
        }
        (Code::Quantize | Code::Dequantize, Options::None) => {
            Ok(Lowered::Pass { input: single()? })
        }
        _ => Err(at.says(
            "has no statement in the language (`cnn import` reads CONV_2D, \
             DEPTHWISE_CONV_2D, FULLY_CONNECTED, AVERAGE_POOL_2D, MAX_POOL_2D, ADD, MUL, \
             CONCATENATION, MEAN, PAD, PADV2, RESHAPE, SOFTMAX, LOGISTIC, TANH, RELU, RELU6, \
             HARD_SWISH, LEAKY_RELU, RESIZE_NEAREST_NEIGHBOR, RESIZE_BILINEAR, TRANSPOSE_CONV, \
             QUANTIZE and DEQUANTIZE)"
                .to_string(),
        )),
    }
}

/// An operator, as errors name it: `operator 3 (CONV_2D)`.
pub struct Where {
    pub index: usize,
    pub code: Code,
}

impl Where {
    /// `why`, said of the operator.
    pub fn says(&self, why: String) -> String {
        format!("operator {} ({}) {why}", self.index, self.code)
    }
}

/// The operator's inputs computed at run time (not constants, not left
/// out), in its order.
fn runtime_inputs(model: &Model, op: &Operator) -> Result<Vec<usize>, String> {
    let mut inputs = Vec::new();
    for i in 0..op.inputs.len() {
        let Some(index) = op.input(i) else { continue };
        let t = model.tensor(index).map_err(|e| e.to_string())?;
        if t.data.is_empty() {
            inputs.push(index);
        }
    }
    Ok(inputs)
}

/// A join of the runtime inputs `inputs`; a constant among its inputs
/// has no branch to be.
fn join(
    op: &Operator,
    at: &Where,
    kind: &'static str,
    inputs: Vec<usize>,
    activation: Activation,
) -> Result<Lowered, String> {
    let constants = op.inputs.len() - inputs.len();
    if constants > 0 || inputs.len() < 2 {
        return Err(at.says(format!(
            "joins {} tensors computed at run time and {constants} constants: the \
             language's {kind} joins branches of the network, two or more",
            inputs.len()
        )));
    }
    Ok(Lowered::Join {
        kind,
        inputs,
        activation: fused(activation, at)?,
    })
}

/// PAD and PADV2 as `zeropad`: spatial amounts only, zeros only.
fn pad(model: &Model, op: &Operator, at: &Where, input: usize) -> Result<Lowered, String> {
    let amounts = constant_ints(model, op, 1, at, "paddings")?;
    let [0, 0, top, bottom, left, right, 0, 0] = amounts[..] else {
        return Err(at.says(format!(
            "has paddings {amounts:?}: the language's zeropad pads the height and width \
             of a map, never the batch or the channels"
        )));
    };
    if [top, bottom, left, right].iter().any(|&p| p < 0) {
        return Err(at.says(format!(
            "has paddings {amounts:?}: the language never crops"
        )));
    }
    if op.code == Code::Padv2 {
        let value = op
            .input(2)
            .map(|i| model.tensor(i).map_err(|e| e.to_string()))
            .transpose()?;
        if let Some(value) = value {
            if !pads_zero(&value) {
                return Err(at.says(
                    "pads with a value other than zero: the language's zeropad pads with zeros"
                        .to_string(),
                ));
            }
        }
    }
    let before = uniform(&[top as u64, left as u64]);
    let after = uniform(&[bottom as u64, right as u64]);
    let text = match before == after {
        true => format!("zeropad {before}"),
        false => format!("zeropad {before} end {after}"),
    };
    Ok(Lowered::Layer {
        input,
        text: Some(text),
        activation: None,
    })
}

/// Whether PADV2's value is zero in real terms: 0.0, or the zero point.
fn pads_zero(value: &Tensor) -> bool {
    let zero_point = value
        .quantization
        .and_then(|q| q.zero_point(0))
        .unwrap_or(0);
    match (value.dtype, value.data) {
        (Type::Float32, [a, b, c, d]) => f32::from_le_bytes([*a, *b, *c, *d]) == 0.0,
        (Type::Int8, [q]) => i64::from(*q as i8) == zero_point,
        (Type::Uint8, [q]) => i64::from(*q) == zero_point,
        _ => false,
    }
}

/// The fused activation's statement.
fn fused(activation: Activation, at: &Where) -> Result<Option<&'static str>, String> {
    match activation {
        Activation::None => Ok(None),
        Activation::Relu => Ok(Some("relu")),
        Activation::Relu6 => Ok(Some("relu6")),
        Activation::Tanh => Ok(Some("tanh")),
        Activation::ReluN1To1 | Activation::SignBit => Err(at.says(format!(
            "fuses the activation {}: the language has relu, relu6 and tanh to fuse",
            activation.name()
        ))),
    }
}

/// A window's options: ` stride S` (left out where it is `window`, a
/// pool's default, or 1), ` pad same`, ` dilation D`.
fn window(
    padding: Padding,
    stride: [u32; 2],
    dilation: [u32; 2],
    window: Option<[u32; 2]>,
) -> String {
    let mut text = String::new();
    if stride != window.unwrap_or([1, 1]) {
        text += &format!(" stride {}", uniform(&stride.map(u64::from)));
    }
    if padding == Padding::Same {
        text += " pad same";
    }
    if dilation != [1, 1] {
        text += &format!(" dilation {}", uniform(&dilation.map(u64::from)));
    }
    text
}

/// ` nobias` when the operator's input `index`, its bias, is left out.
fn bias(model: &Model, op: &Operator, index: usize, at: &Where) -> Result<&'static str, String> {
    match op.input(index) {
        Some(t) => tensor(model, t, at).map(|_| ""),
        None => Ok(" nobias"),
    }
}

/// Tensor `index`.
fn tensor<'a>(model: &Model<'a>, index: usize, at: &Where) -> Result<Tensor<'a>, String> {
    model
        .tensor(index)
        .map_err(|e| at.says(format!("reads a tensor that cannot be read: {e}")))
}

/// The operator's one output.
fn output_of(op: &Operator, at: &Where) -> Result<usize, String> {
    match (op.outputs.len(), op.output(0)) {
        (1, Some(output)) => Ok(output),
        (count, _) => Err(at.says(format!(
            "writes {count} tensors: the language's layers write one"
        ))),
    }
}

/// The operator's input `index`, a constant (its `what`).
fn constant<'a>(
    model: &Model<'a>,
    op: &Operator,
    index: usize,
    at: &Where,
    what: &str,
) -> Result<Tensor<'a>, String> {
    let t = op.input(index).map(|i| tensor(model, i, at)).transpose()?;
    match t {
        Some(t) if !t.data.is_empty() => Ok(t),
        _ => Err(at.says(format!(
            "has a {what} computed at run time: the language's layers have constant ones"
        ))),
    }
}

/// The values of the operator's constant integer input `index`.
fn constant_ints(
    model: &Model,
    op: &Operator,
    index: usize,
    at: &Where,
    what: &str,
) -> Result<Vec<i64>, String> {
    let t = constant(model, op, index, at, what)?;
    match t.dtype {
        Type::Int32 => Ok(t
            .data
            .chunks_exact(4)
            .map(|c| i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            .collect()),
        Type::Int64 => Ok(t
            .data
            .chunks_exact(8)
            .map(|c| i64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect()),
        other => Err(at.says(format!(
            "has {what} of type {other}: integers were expected"
        ))),
    }
}

/// The `N` dims of a constant, as sizes.
fn dims<const N: usize>(t: &Tensor, at: &Where, what: &str) -> Result<[u64; N], String> {
    let mut out = [0; N];
    if t.shape.len() != N {
        return Err(at.says(format!(
            "has a {what} of shape {}: {N} axes were expected",
            t.shape
        )));
    }
    for (slot, dim) in out.iter_mut().zip(t.shape.iter()) {
        *slot = dim as u64;
    }
    Ok(out)
}

/// A tensor's last axis (its channels).
fn last(t: &Tensor) -> u64 {
    t.shape
        .get(t.shape.len().wrapping_sub(1))
        .map_or(0, |c| c as u64)
}

/// `HxWxC` for `[1, H, W, C]`, `N` for `[1, N]`: a shape less its batch,
/// as the language writes it.
pub fn channels_last(t: &Tensor) -> String {
    let dims: Vec<u64> = t.shape.iter().skip(1).map(|d| d as u64).collect();
    axes(&dims)
}
