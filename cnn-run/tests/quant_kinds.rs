//! Every int8 kernel of `cnn_run::quant` against TensorFlow Lite Micro's
//! outputs on helper fixtures: `tests/int8/kinds/<kind>.json` (the one
//! operator, its tensors, options and constants), `.in` (the inputs, case
//! after case) and `.out` (TFLM's outputs), made by
//! `scripts/int8/make_int8.py`. Each kernel's parameters come from the
//! JSON's float scales and zero points through the kernel's own Prepare;
//! the outputs must equal TFLM's byte for byte.

use std::collections::HashMap;
use std::path::PathBuf;

use cnn_run::quant::{
    self, add, concat, conv, depthwise, fully_connected, hardswish, logistic, mean, mul, pad, pool,
    relu, resize, softmax, transpose_conv, Fused, Nhwc, Padding, Requant, Window,
};
use serde_json::Value;

/// One tensor of the JSON.
struct Tensor {
    index: i64,
    shape: Vec<usize>,
    scale: Vec<f32>,
    zero_point: Vec<i32>,
    data: Option<Vec<i64>>,
}

impl Tensor {
    fn of(value: &Value) -> Tensor {
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

    fn len(&self) -> usize {
        self.shape.iter().product()
    }

    fn scale(&self) -> f32 {
        self.scale[0]
    }

    fn zero_point(&self) -> i32 {
        self.zero_point[0]
    }

    /// The shape extended to 4-D with leading ones (TFLite's `ExtendedShape`).
    fn shape4(&self) -> [usize; 4] {
        let mut shape = [1; 4];
        let skip = 4 - self.shape.len();
        shape[skip..].copy_from_slice(&self.shape);
        shape
    }

    fn nhwc(&self) -> Nhwc {
        let [n, h, w, c] = self.shape4();
        Nhwc::new(n, h, w, c)
    }

    fn weights(&self) -> Vec<i8> {
        self.data
            .as_ref()
            .expect("constant data")
            .iter()
            .map(|&v| v as i8)
            .collect()
    }

    /// An int32 constant as the little-endian bytes a `.tflite` holds.
    fn le_bytes(&self) -> Vec<u8> {
        self.data
            .as_ref()
            .expect("constant data")
            .iter()
            .flat_map(|&v| (v as i32).to_le_bytes())
            .collect()
    }
}

/// The fixture's one operator.
struct Op {
    options: Value,
    inputs: Vec<Tensor>,
    output: Tensor,
}

impl Op {
    fn fused(&self) -> Fused {
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

    fn padding(&self) -> Padding {
        match self.options["padding"].as_str() {
            Some("SAME") => Padding::Same,
            Some("VALID") => Padding::Valid,
            other => panic!("padding {other:?}"),
        }
    }

    fn usize(&self, key: &str) -> usize {
        self.options[key].as_u64().unwrap_or(1) as usize
    }

    /// Optional bias bytes (input `i`, absent as index -1).
    fn bias(&self, i: usize) -> Option<Vec<u8>> {
        self.inputs
            .get(i)
            .filter(|t| t.index >= 0)
            .map(Tensor::le_bytes)
    }
}

fn kinds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/int8/kinds")
}

/// Runs `kernel` on every case of fixture `kind` and compares with TFLM's
/// outputs byte for byte; returns (cases, bytes compared).
fn check(kind: &str, kernel: impl Fn(&Op, &HashMap<i64, &[i8]>, &mut [i8])) -> (usize, usize) {
    let dir = kinds_dir();
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{kind}.json"))).expect("fixture json"),
    )
    .expect("fixture json parses");
    let inputs = std::fs::read(dir.join(format!("{kind}.in"))).expect("fixture .in");
    let outputs = std::fs::read(dir.join(format!("{kind}.out"))).expect("fixture .out");
    let ops = json["ops"].as_array().expect("ops");
    assert_eq!(ops.len(), 1, "{kind}: one operator");
    let op = Op {
        options: ops[0]["options"].clone(),
        inputs: ops[0]["inputs"]
            .as_array()
            .expect("inputs")
            .iter()
            .map(Tensor::of)
            .collect(),
        output: Tensor::of(&ops[0]["outputs"][0]),
    };
    let model_inputs: Vec<Tensor> = json["model_inputs"]
        .as_array()
        .expect("model inputs")
        .iter()
        .map(Tensor::of)
        .collect();
    let cases = json["cases"].as_u64().expect("cases") as usize;
    let case_in: usize = model_inputs.iter().map(Tensor::len).sum();
    let case_out = op.output.len();
    assert_eq!(inputs.len(), cases * case_in, "{kind}: .in length");
    assert_eq!(outputs.len(), cases * case_out, "{kind}: .out length");
    let as_i8 = |bytes: &[u8]| -> Vec<i8> { bytes.iter().map(|&b| b as i8).collect() };
    let inputs = as_i8(&inputs);
    let outputs = as_i8(&outputs);
    for case in 0..cases {
        let mut at = case * case_in;
        let mut by_index = HashMap::new();
        for t in &model_inputs {
            by_index.insert(t.index, &inputs[at..at + t.len()]);
            at += t.len();
        }
        let mut got = vec![0i8; case_out];
        kernel(&op, &by_index, &mut got);
        let expected = &outputs[case * case_out..(case + 1) * case_out];
        if let Some(i) = got.iter().zip(expected).position(|(a, b)| a != b) {
            let differing = got.iter().zip(expected).filter(|(a, b)| a != b).count();
            panic!(
                "{kind}, case {case}: {differing} of {case_out} bytes differ; first at index {i}: ours {}, TFLM's {}",
                got[i], expected[i]
            );
        }
    }
    eprintln!(
        "{kind}: {cases} cases, {} bytes equal to TFLM's",
        cases * case_out
    );
    (cases, cases * case_out)
}

/// The runtime input `i` of the operator.
fn input<'a>(op: &Op, inputs: &HashMap<i64, &'a [i8]>, i: usize) -> &'a [i8] {
    inputs[&op.inputs[i].index]
}

fn run_conv(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
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

fn run_depthwise(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
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

fn run_fully_connected(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
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

fn run_pool(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8], average: bool) {
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

fn run_binary(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8], is_add: bool) {
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

fn run_mean(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
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

fn run_transpose_conv(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8]) {
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

fn run_resize(op: &Op, inputs: &HashMap<i64, &[i8]>, out: &mut [i8], bilinear: bool) {
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

macro_rules! kind {
    ($name:ident, $kind:literal, $run:expr) => {
        #[test]
        fn $name() {
            check($kind, $run);
        }
    };
}

kind!(conv_matches_tflm, "conv", run_conv);
kind!(conv_groups2_matches_tflm, "conv_groups2", run_conv);
kind!(
    conv_s2_same_relu6_matches_tflm,
    "conv_s2_same_relu6",
    run_conv
);
kind!(depthwise_matches_tflm, "depthwise", run_depthwise);
kind!(depthwise_m2_matches_tflm, "depthwise_m2", run_depthwise);
kind!(
    fully_connected_matches_tflm,
    "fully_connected",
    run_fully_connected
);
kind!(avgpool_matches_tflm, "avgpool", |op, i, o| run_pool(
    op, i, o, true
));
kind!(avgpool_same_matches_tflm, "avgpool_same", |op, i, o| {
    run_pool(op, i, o, true)
});
kind!(maxpool_matches_tflm, "maxpool", |op, i, o| run_pool(
    op, i, o, false
));
kind!(maxpool_same_matches_tflm, "maxpool_same", |op, i, o| {
    run_pool(op, i, o, false)
});
kind!(add_matches_tflm, "add", |op, i, o| run_binary(
    op, i, o, true
));
kind!(add_broadcast_matches_tflm, "add_broadcast", |op, i, o| {
    run_binary(op, i, o, true)
});
kind!(mul_matches_tflm, "mul", |op, i, o| run_binary(
    op, i, o, false
));
kind!(mean_matches_tflm, "mean", run_mean);
kind!(mean_keepdims_matches_tflm, "mean_keepdims", run_mean);
kind!(
    transpose_conv_matches_tflm,
    "transpose_conv",
    run_transpose_conv
);
kind!(resize_nearest_matches_tflm, "resize_nearest", |op, i, o| {
    run_resize(op, i, o, false)
});
kind!(
    resize_bilinear_matches_tflm,
    "resize_bilinear",
    |op, i, o| run_resize(op, i, o, true)
);
kind!(
    resize_bilinear_half_pixel_matches_tflm,
    "resize_bilinear_half_pixel",
    |op, i, o| run_resize(op, i, o, true)
);

kind!(pad_matches_tflm, "pad", |op, inputs, out| {
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
});

kind!(
    concatenation_matches_tflm,
    "concatenation",
    |op, inputs, out| {
        let rank = op.output.shape.len() as i64;
        let axis = op.options["axis"].as_i64().expect("axis");
        let axis = if axis < 0 { axis + rank } else { axis } as usize;
        let outer: usize = op.output.shape[..axis].iter().product();
        let parts: Vec<&[i8]> = (0..op.inputs.len()).map(|i| input(op, inputs, i)).collect();
        concat::concat(&parts, outer, out);
    }
);

kind!(reshape_matches_tflm, "reshape", |op, inputs, out| {
    // RESHAPE moves no bytes.
    out.copy_from_slice(input(op, inputs, 0));
});

kind!(softmax_matches_tflm, "softmax", |op, inputs, out| {
    let x = &op.inputs[0];
    let beta = op.options["beta"].as_f64().expect("beta") as f32;
    let p = softmax::Params::new(x.scale(), beta);
    softmax::softmax(
        &p,
        input(op, inputs, 0),
        *x.shape.last().expect("rank"),
        out,
    );
});

kind!(logistic_matches_tflm, "logistic", |op, inputs, out| {
    let x = &op.inputs[0];
    logistic::logistic(
        &logistic::Params::new(x.scale(), x.zero_point()),
        input(op, inputs, 0),
        out,
    );
});

kind!(tanh_matches_tflm, "tanh", |op, inputs, out| {
    let x = &op.inputs[0];
    logistic::tanh(
        &logistic::Params::new(x.scale(), x.zero_point()),
        input(op, inputs, 0),
        out,
    );
});

kind!(relu_matches_tflm, "relu", |op, inputs, out| {
    let (x, y) = (&op.inputs[0], &op.output);
    let p = relu::Relu::new(x.scale(), x.zero_point(), y.scale(), y.zero_point());
    relu::relu(&p, input(op, inputs, 0), out);
});

kind!(relu6_matches_tflm, "relu6", |op, inputs, out| {
    let x = &op.inputs[0];
    relu::relu6(
        &relu::Relu6::new(x.scale(), x.zero_point()),
        input(op, inputs, 0),
        out,
    );
});

kind!(leakyrelu_matches_tflm, "leakyrelu", |op, inputs, out| {
    let (x, y) = (&op.inputs[0], &op.output);
    let alpha = op.options["alpha"].as_f64().expect("alpha") as f32;
    let p = relu::LeakyRelu::new(x.scale(), x.zero_point(), y.scale(), y.zero_point(), alpha);
    relu::leaky_relu(&p, input(op, inputs, 0), out);
});

kind!(hardswish_matches_tflm, "hardswish", |op, inputs, out| {
    let (x, y) = (&op.inputs[0], &op.output);
    let p = hardswish::Params::new(x.scale(), x.zero_point(), y.scale(), y.zero_point());
    hardswish::hardswish(&p, input(op, inputs, 0), out);
});

/// Every fixture of `tests/int8/kinds` has a test above.
#[test]
fn every_fixture_is_tested() {
    let tested = [
        "add",
        "add_broadcast",
        "avgpool",
        "avgpool_same",
        "concatenation",
        "conv",
        "conv_groups2",
        "conv_s2_same_relu6",
        "depthwise",
        "depthwise_m2",
        "fully_connected",
        "hardswish",
        "leakyrelu",
        "logistic",
        "maxpool",
        "maxpool_same",
        "mean",
        "mean_keepdims",
        "mul",
        "pad",
        "relu",
        "relu6",
        "reshape",
        "resize_bilinear",
        "resize_bilinear_half_pixel",
        "resize_nearest",
        "softmax",
        "tanh",
        "transpose_conv",
    ];
    let mut found: Vec<String> = std::fs::read_dir(kinds_dir())
        .expect("fixtures")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    found.sort();
    assert_eq!(found, tested);
}
