//! Shared by the int8 fixture tests: the fixtures' JSON (see
//! `tests/int8/README.md`), each TFLite operator run by its
//! `cnn_run::quant` kernel with parameters from the JSON's float scales
//! through the kernel's own Prepare, and the byte-for-byte comparison
//! with TFLM's outputs.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

use cnn_run::quant::{
    self, add, concat, conv, depthwise, fully_connected, hardswish, logistic, mean, mul, pad, pool,
    relu, resize, softmax, transpose_conv, Fused, Nhwc, Padding, Requant, Window,
};
use serde_json::Value;

/// One tensor of the JSON.
pub struct Tensor {
    pub index: i64,
    pub shape: Vec<usize>,
    pub scale: Vec<f32>,
    pub zero_point: Vec<i32>,
    pub data: Option<Vec<i64>>,
}

impl Tensor {
    pub fn of(value: &Value) -> Tensor {
        let numbers = |key: &str| -> Vec<f64> {
            value[key]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_f64).collect())
                .unwrap_or_default()
        };
        Tensor {
            index: value["index"].as_i64().unwrap_or(-1),
            shape: numbers("shape").iter().map(|&d| d as usize).collect(),
            scale: numbers("scale").iter().map(|&s| s as f32).collect(),
            zero_point: numbers("zero_point").iter().map(|&z| z as i32).collect(),
            data: value["data"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_i64).collect()),
        }
    }

    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn scale(&self) -> f32 {
        self.scale[0]
    }

    pub fn zero_point(&self) -> i32 {
        self.zero_point[0]
    }

    /// The shape extended to 4-D with leading ones (TFLite's `ExtendedShape`).
    pub fn shape4(&self) -> [usize; 4] {
        let mut shape = [1; 4];
        let skip = 4 - self.shape.len();
        shape[skip..].copy_from_slice(&self.shape);
        shape
    }

    pub fn nhwc(&self) -> Nhwc {
        let [n, h, w, c] = self.shape4();
        Nhwc::new(n, h, w, c)
    }

    pub fn weights(&self) -> Vec<i8> {
        self.data
            .as_ref()
            .expect("constant data")
            .iter()
            .map(|&v| v as i8)
            .collect()
    }

    /// An int32 constant as the little-endian bytes a `.tflite` holds.
    pub fn le_bytes(&self) -> Vec<u8> {
        self.data
            .as_ref()
            .expect("constant data")
            .iter()
            .flat_map(|&v| (v as i32).to_le_bytes())
            .collect()
    }
}

/// The fixture's one operator.
pub struct Op {
    pub name: String,
    pub options: Value,
    pub inputs: Vec<Tensor>,
    pub output: Tensor,
}

impl Op {
    pub fn fused(&self) -> Fused {
        match self.options["fused_activation_function"]
            .as_str()
            .unwrap_or("NONE")
        {
            "NONE" => Fused::None,
            "RELU" => Fused::Relu,
            "RELU6" => Fused::Relu6,
            "RELU_N1_TO_1" => Fused::ReluN1To1,
            other => panic!("fused activation {other}"),
        }
    }

    pub fn padding(&self) -> Padding {
        match self.options["padding"].as_str() {
            Some("SAME") => Padding::Same,
            Some("VALID") => Padding::Valid,
            other => panic!("padding {other:?}"),
        }
    }

    pub fn usize(&self, key: &str) -> usize {
        self.options[key].as_u64().unwrap_or(1) as usize
    }

    /// Optional bias bytes (input `i`, absent as index -1).
    pub fn bias(&self, i: usize) -> Option<Vec<u8>> {
        self.inputs
            .get(i)
            .filter(|t| t.index >= 0)
            .map(Tensor::le_bytes)
    }
}

pub fn int8_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/int8")
}

pub fn kinds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/int8/kinds")
}

/// The runtime input `i` of the operator.
pub fn input<'a>(op: &Op, inputs: &HashMap<i64, &'a [i8]>, i: usize) -> &'a [i8] {
    inputs[&op.inputs[i].index]
}

pub fn run_conv(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let (x, f, y) = (&op.inputs[0], &op.inputs[1], &op.output);
    let [o, kh, kw, fi] = f.shape4();
    let xs = x.nhwc();
    let (window, [oh, ow]) = Window::new(
        op.padding(),
        xs.h,
        xs.w,
        kh,
        kw,
        [op.usize("stride_h"), op.usize("stride_w")],
        [op.usize("dilation_h_factor"), op.usize("dilation_w_factor")],
    );
    assert_eq!([oh, ow], [y.nhwc().h, y.nhwc().w], "conv output size");
    let p = conv::Params::new(
        window,
        x.zero_point(),
        y.scale(),
        y.zero_point(),
        op.fused(),
    );
    let mut requant = vec![Requant::default(); o];
    quant::per_channel(x.scale(), &f.scale, y.scale(), &mut requant);
    let bias = op.bias(2);
    conv::conv(
        &p,
        input(op, inputs, 0),
        xs,
        &f.weights(),
        [o, kh, kw, fi],
        bias.as_deref(),
        &requant,
        out,
        y.nhwc(),
    );
}

pub fn run_depthwise(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let (x, f, y) = (&op.inputs[0], &op.inputs[1], &op.output);
    let [_, kh, kw, oc] = f.shape4();
    let xs = x.nhwc();
    let (window, [oh, ow]) = Window::new(
        op.padding(),
        xs.h,
        xs.w,
        kh,
        kw,
        [op.usize("stride_h"), op.usize("stride_w")],
        [op.usize("dilation_h_factor"), op.usize("dilation_w_factor")],
    );
    assert_eq!([oh, ow], [y.nhwc().h, y.nhwc().w], "depthwise output size");
    assert_eq!(oc, xs.c * op.usize("depth_multiplier"));
    let p = conv::Params::new(
        window,
        x.zero_point(),
        y.scale(),
        y.zero_point(),
        op.fused(),
    );
    let mut requant = vec![Requant::default(); oc];
    quant::per_channel(x.scale(), &f.scale, y.scale(), &mut requant);
    let bias = op.bias(2);
    depthwise::depthwise(
        &p,
        input(op, inputs, 0),
        xs,
        &f.weights(),
        [kh, kw],
        bias.as_deref(),
        &requant,
        out,
        y.nhwc(),
    );
}

pub fn run_fully_connected(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let (x, f, y) = (&op.inputs[0], &op.inputs[1], &op.output);
    let units = f.shape[0];
    let p = fully_connected::Params::new(x.zero_point(), y.scale(), y.zero_point(), op.fused());
    let requant = if f.scale.len() > 1 {
        let mut requant = vec![Requant::default(); units];
        quant::per_channel(x.scale(), &f.scale, y.scale(), &mut requant);
        requant
    } else {
        vec![fully_connected::per_tensor(x.scale(), f.scale(), y.scale())]
    };
    let bias = op.bias(2);
    let batches = y.len() / units;
    fully_connected::fully_connected(
        &p,
        input(op, inputs, 0),
        batches,
        &f.weights(),
        bias.as_deref(),
        &requant,
        out,
    );
}

pub fn run_pool(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8], average: bool) {
    let (x, y) = (&op.inputs[0], &op.output);
    let xs = x.nhwc();
    let (window, [oh, ow]) = Window::new(
        op.padding(),
        xs.h,
        xs.w,
        op.usize("filter_height"),
        op.usize("filter_width"),
        [op.usize("stride_h"), op.usize("stride_w")],
        [1, 1],
    );
    assert_eq!([oh, ow], [y.nhwc().h, y.nhwc().w], "pool output size");
    let p = pool::Params::new(window, y.scale(), y.zero_point(), op.fused());
    if average {
        assert!(pool::average(&p, input(op, inputs, 0), xs, out, y.nhwc()));
    } else {
        pool::max(&p, input(op, inputs, 0), xs, out, y.nhwc());
    }
}

pub fn run_binary(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8], is_add: bool) {
    let (a, b, y) = (&op.inputs[0], &op.inputs[1], &op.output);
    let (xa, xb) = (input(op, inputs, 0), input(op, inputs, 1));
    if is_add {
        let p = add::Params::new(
            a.scale(),
            a.zero_point(),
            b.scale(),
            b.zero_point(),
            y.scale(),
            y.zero_point(),
            op.fused(),
        );
        if a.shape == b.shape {
            add::add(&p, xa, xb, out);
        } else {
            add::add_broadcast(&p, xa, a.shape4(), xb, b.shape4(), out, y.shape4());
        }
    } else {
        let p = mul::Params::new(
            a.scale(),
            a.zero_point(),
            b.scale(),
            b.zero_point(),
            y.scale(),
            y.zero_point(),
            op.fused(),
        );
        if a.shape == b.shape {
            mul::mul(&p, xa, xb, out);
        } else {
            mul::mul_broadcast(&p, xa, a.shape4(), xb, b.shape4(), out, y.shape4());
        }
    }
}

pub fn run_mean(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let (x, y) = (&op.inputs[0], &op.output);
    let axes = op.inputs[1].data.clone().expect("axes");
    assert_eq!(axes, [1, 2], "mean over rows and columns");
    let xs = x.nhwc();
    let p = mean::Params::new(
        x.scale(),
        x.zero_point(),
        y.scale(),
        y.zero_point(),
        xs.h * xs.w,
    );
    mean::mean(&p, input(op, inputs, 0), xs.c, out);
}

pub fn run_transpose_conv(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let (f, x, y) = (&op.inputs[1], &op.inputs[2], &op.output);
    let [o, kh, kw, ic] = f.shape4();
    let ys = y.nhwc();
    let window = transpose_conv::window(
        op.padding(),
        ys.h,
        ys.w,
        kh,
        kw,
        [op.usize("stride_h"), op.usize("stride_w")],
    );
    let p = conv::Params::new(
        window,
        x.zero_point(),
        y.scale(),
        y.zero_point(),
        op.fused(),
    );
    let mut requant = vec![Requant::default(); o];
    quant::per_channel(x.scale(), &f.scale, y.scale(), &mut requant);
    let bias = op.bias(3);
    transpose_conv::transpose_conv(
        &p,
        input(op, inputs, 2),
        x.nhwc(),
        &f.weights(),
        [o, kh, kw, ic],
        bias.as_deref(),
        &requant,
        out,
        ys,
    );
}

pub fn run_resize(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8], bilinear: bool) {
    let (x, y) = (&op.inputs[0], &op.output);
    let size = op.inputs[1].data.clone().expect("size");
    assert_eq!(
        [size[0] as usize, size[1] as usize],
        [y.nhwc().h, y.nhwc().w]
    );
    let p = resize::Params {
        align_corners: op.options["align_corners"].as_bool().unwrap_or(false),
        half_pixel_centers: op.options["half_pixel_centers"].as_bool().unwrap_or(false),
    };
    if bilinear {
        resize::bilinear(&p, input(op, inputs, 0), x.nhwc(), out, y.nhwc());
    } else {
        resize::nearest(&p, input(op, inputs, 0), x.nhwc(), out, y.nhwc());
    }
}

pub fn run_pad(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let (x, y) = (&op.inputs[0], &op.output);
    let paddings = op.inputs[1].data.clone().expect("paddings");
    let before = [0, 1, 2, 3].map(|d| paddings[2 * d] as usize);
    // PAD pads with the output's zero point.
    pad::pad(
        input(op, inputs, 0),
        x.shape4(),
        before,
        y.zero_point() as i8,
        out,
        y.shape4(),
    );
}

pub fn run_concatenation(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let rank = op.output.shape.len() as i64;
    let axis = op.options["axis"].as_i64().expect("axis");
    let axis = if axis < 0 { axis + rank } else { axis } as usize;
    let outer: usize = op.output.shape[..axis].iter().product();
    let parts: Vec<&[i8]> = (0..op.inputs.len()).map(|i| input(op, inputs, i)).collect();
    concat::concat(&parts, outer, out);
}

pub fn run_softmax(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let x = &op.inputs[0];
    let beta = op.options["beta"].as_f64().expect("beta") as f32;
    let p = softmax::Params::new(x.scale(), beta);
    softmax::softmax(
        &p,
        input(op, inputs, 0),
        *x.shape.last().expect("rank"),
        out,
    );
}

/// Runs the operator on its runtime inputs (by tensor index) into `out`.
pub fn run(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
    let x = &op.inputs[0];
    let y = &op.output;
    match op.name.as_str() {
        "CONV_2D" => run_conv(op, inputs, out),
        "DEPTHWISE_CONV_2D" => run_depthwise(op, inputs, out),
        "FULLY_CONNECTED" => run_fully_connected(op, inputs, out),
        "AVERAGE_POOL_2D" => run_pool(op, inputs, out, true),
        "MAX_POOL_2D" => run_pool(op, inputs, out, false),
        "ADD" => run_binary(op, inputs, out, true),
        "MUL" => run_binary(op, inputs, out, false),
        "MEAN" => run_mean(op, inputs, out),
        "TRANSPOSE_CONV" => run_transpose_conv(op, inputs, out),
        "RESIZE_NEAREST_NEIGHBOR" => run_resize(op, inputs, out, false),
        "RESIZE_BILINEAR" => run_resize(op, inputs, out, true),
        "PAD" => run_pad(op, inputs, out),
        "CONCATENATION" => run_concatenation(op, inputs, out),
        "SOFTMAX" => run_softmax(op, inputs, out),
        // RESHAPE moves no bytes.
        "RESHAPE" => out.copy_from_slice(input(op, inputs, 0)),
        "LOGISTIC" => logistic::logistic(
            &logistic::Params::new(x.scale(), x.zero_point()),
            input(op, inputs, 0),
            out,
        ),
        "TANH" => logistic::tanh(
            &logistic::Params::new(x.scale(), x.zero_point()),
            input(op, inputs, 0),
            out,
        ),
        "RELU" => {
            let p = relu::Relu::new(x.scale(), x.zero_point(), y.scale(), y.zero_point());
            relu::relu(&p, input(op, inputs, 0), out);
        }
        "RELU6" => relu::relu6(
            &relu::Relu6::new(x.scale(), x.zero_point()),
            input(op, inputs, 0),
            out,
        ),
        "LEAKY_RELU" => {
            let alpha = op.options["alpha"].as_f64().expect("alpha") as f32;
            let p =
                relu::LeakyRelu::new(x.scale(), x.zero_point(), y.scale(), y.zero_point(), alpha);
            relu::leaky_relu(&p, input(op, inputs, 0), out);
        }
        "HARD_SWISH" => {
            let p = hardswish::Params::new(x.scale(), x.zero_point(), y.scale(), y.zero_point());
            hardswish::hardswish(&p, input(op, inputs, 0), out);
        }
        other => panic!("no kernel for {other}"),
    }
}

/// A fixture: its JSON, inputs and TFLM's outputs.
pub struct Fixture {
    pub json: Value,
    pub ops: Vec<Op>,
    pub model_inputs: Vec<Tensor>,
    pub model_output: Tensor,
    pub cases: usize,
    pub inputs: Vec<i8>,
    pub outputs: Vec<i8>,
}

impl Fixture {
    /// Reads `<dir>/<name>.json`, `.in` and `.out`.
    pub fn load(dir: &std::path::Path, name: &str) -> Fixture {
        let json: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("fixture json"),
        )
        .expect("fixture json parses");
        let read = |ext: &str| -> Vec<i8> {
            std::fs::read(dir.join(format!("{name}.{ext}")))
                .expect("fixture bytes")
                .into_iter()
                .map(|b| b as i8)
                .collect()
        };
        let ops = json["ops"]
            .as_array()
            .expect("ops")
            .iter()
            .map(|op| Op {
                name: op["op"].as_str().expect("op name").to_owned(),
                options: op["options"].clone(),
                inputs: op["inputs"]
                    .as_array()
                    .expect("inputs")
                    .iter()
                    .map(Tensor::of)
                    .collect(),
                output: Tensor::of(&op["outputs"][0]),
            })
            .collect();
        let model_inputs = json["model_inputs"]
            .as_array()
            .expect("model inputs")
            .iter()
            .map(Tensor::of)
            .collect();
        let model_output = Tensor::of(&json["model_outputs"][0]);
        let cases = json["cases"].as_u64().expect("cases") as usize;
        Fixture {
            ops,
            model_inputs,
            model_output,
            cases,
            inputs: read("in"),
            outputs: read("out"),
            json,
        }
    }

    /// Runs every case through the operators in order, and compares the
    /// model's output with TFLM's byte for byte; returns the bytes
    /// compared.
    pub fn check(&self, name: &str) -> usize {
        let case_in: usize = self.model_inputs.iter().map(Tensor::len).sum();
        let case_out = self.model_output.len();
        assert_eq!(
            self.inputs.len(),
            self.cases * case_in,
            "{name}: .in length"
        );
        assert_eq!(
            self.outputs.len(),
            self.cases * case_out,
            "{name}: .out length"
        );
        for case in 0..self.cases {
            let mut tensors: HashMap<i64, Vec<i8>> = HashMap::new();
            let mut at = case * case_in;
            for t in &self.model_inputs {
                tensors.insert(t.index, self.inputs[at..at + t.len()].to_vec());
                at += t.len();
            }
            for op in &self.ops {
                let runtime: HashMap<i64, &[i8]> =
                    tensors.iter().map(|(&i, v)| (i, v.as_slice())).collect();
                let mut out = vec![0i8; op.output.len()];
                run(op, &runtime, &mut out);
                tensors.insert(op.output.index, out);
            }
            let got = &tensors[&self.model_output.index];
            let expected = &self.outputs[case * case_out..(case + 1) * case_out];
            if let Some(i) = got.iter().zip(expected).position(|(a, b)| a != b) {
                let differing = got.iter().zip(expected).filter(|(a, b)| a != b).count();
                panic!(
                    "{name}, case {case}: {differing} of {case_out} bytes differ; first at index {i}: ours {}, TFLM's {}",
                    got[i], expected[i]
                );
            }
        }
        eprintln!(
            "{name}: {} cases, {} bytes equal to TFLM's",
            self.cases,
            self.cases * case_out
        );
        self.cases * case_out
    }
}
