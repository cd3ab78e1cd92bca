//! The reader on models built here with the flatbuffers builder and the
//! schema's generated code: a valid one read field by field against the
//! values written, and one broken part at a time for each error.

use std::string::ToString;
use std::vec;
use std::vec::Vec;

use flatbuffers::FlatBufferBuilder;

use crate::schema::tflite as fb;
use crate::{Activation, Code, Error, Model, Options, Padding, Type};

/// What the test model is made of; each test breaks one part.
struct Spec {
    version: u32,
    subgraphs: usize,
    stride: i32,
    conv_options: bool,
    conv_inputs: Vec<i32>,
    weight_buffer: u32,
    weight_bytes: usize,
    zero_points: usize,
    /// Buffer 3, stored after the flatbuffer: its offset from the end of
    /// the flatbuffer, and its size, with `size` bytes appended.
    outside: (u64, u64),
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            version: 3,
            subgraphs: 1,
            stride: 2,
            conv_options: true,
            conv_inputs: vec![0, 1, 2],
            weight_buffer: 1,
            weight_bytes: 2 * 3 * 3,
            zero_points: 2,
            outside: (0, 4),
        }
    }
}

/// Buffer 3's offset until the flatbuffer's size is known.
const PLACEHOLDER: u64 = 0x0123_4567_89ab_cdef;

/// The weights: 2 filters of 3x3x1, values 0, -1, 2, -3, ...
fn weights(len: usize) -> Vec<u8> {
    (0..len as i32)
        .map(|i| (if i % 2 == 0 { i } else { -i }) as i8 as u8)
        .collect()
}

/// A model of a 5x5x1 int8 input, a 3x3 convolution of 2 filters (stride
/// 2, SAME, fused RELU6; its code written the old way, only as
/// `deprecated_builtin_code`), then a HARD_SWISH (both codes), then an
/// operator of a code past 127 whose input is a constant stored after
/// the flatbuffer.
fn build(edit: impl FnOnce(&mut Spec)) -> Vec<u8> {
    let mut spec = Spec::default();
    edit(&mut spec);
    let mut b = FlatBufferBuilder::new();
    let data = [
        None,
        Some(b.create_vector(&weights(spec.weight_bytes))),
        Some(b.create_vector(&[7i32, -300].map(i32::to_le_bytes).concat())),
    ];
    let mut buffers: Vec<_> = data
        .into_iter()
        .map(|data| {
            let args = fb::BufferArgs {
                data,
                ..Default::default()
            };
            fb::Buffer::create(&mut b, &args)
        })
        .collect();
    // Filled in once the flatbuffer's size is known: the builder writes
    // scalars in place, so the size does not change.
    let outside = fb::Buffer::create(
        &mut b,
        &fb::BufferArgs {
            data: None,
            offset: PLACEHOLDER,
            size: spec.outside.1,
        },
    );
    buffers.push(outside);
    let input_q = {
        let scale = Some(b.create_vector(&[0.5f32]));
        let zero_point = Some(b.create_vector(&[-1i64]));
        fb::QuantizationParameters::create(
            &mut b,
            &fb::QuantizationParametersArgs {
                scale,
                zero_point,
                ..Default::default()
            },
        )
    };
    let weight_q = per_axis(&mut b, &[0.25, 0.125], spec.zero_points, 0);
    let bias_q = per_axis(&mut b, &[0.125, 0.0625], 2, 0);
    let tensors = [
        (
            "input",
            vec![1, 5, 5, 1],
            fb::TensorType::INT8,
            0,
            Some(input_q),
        ),
        (
            "weights",
            vec![2, 3, 3, 1],
            fb::TensorType::INT8,
            spec.weight_buffer,
            Some(weight_q),
        ),
        ("bias", vec![2], fb::TensorType::INT32, 2, Some(bias_q)),
        ("conv", vec![1, 3, 3, 2], fb::TensorType::INT8, 0, None),
        ("swish", vec![1, 3, 3, 2], fb::TensorType::INT8, 0, None),
        (
            "outside",
            vec![spec.outside.1 as i32],
            fb::TensorType::UINT8,
            3,
            None,
        ),
        ("last", vec![1, 3, 3, 2], fb::TensorType::FLOAT32, 0, None),
    ];
    let tensors: Vec<_> = tensors
        .into_iter()
        .map(|(name, shape, type_, buffer, quantization)| {
            let name = Some(b.create_string(name));
            let shape = Some(b.create_vector(&shape));
            let args = fb::TensorArgs {
                name,
                shape,
                type_,
                buffer,
                quantization,
                ..Default::default()
            };
            fb::Tensor::create(&mut b, &args)
        })
        .collect();
    let codes = [
        (3, fb::BuiltinOperator::ADD),
        (117, fb::BuiltinOperator::HARD_SWISH),
        (127, fb::BuiltinOperator::STABLEHLO_ADD),
    ];
    let codes: Vec<_> = codes
        .into_iter()
        .map(|(deprecated_builtin_code, builtin_code)| {
            let args = fb::OperatorCodeArgs {
                deprecated_builtin_code,
                builtin_code,
                version: 2,
                ..Default::default()
            };
            fb::OperatorCode::create(&mut b, &args)
        })
        .collect();
    let conv_options = fb::Conv2DOptions::create(
        &mut b,
        &fb::Conv2DOptionsArgs {
            padding: fb::Padding::SAME,
            stride_w: spec.stride,
            stride_h: spec.stride,
            fused_activation_function: fb::ActivationFunctionType::RELU6,
            dilation_w_factor: 1,
            dilation_h_factor: 1,
            ..Default::default()
        },
    );
    let operators = [
        (0, spec.conv_inputs.clone(), 3, spec.conv_options),
        (1, vec![3], 4, false),
        (2, vec![4, 5], 6, false),
    ];
    let operators: Vec<_> = operators
        .into_iter()
        .map(|(opcode_index, inputs, output, conv)| {
            let inputs = Some(b.create_vector(&inputs));
            let outputs = Some(b.create_vector(&[output]));
            let args = fb::OperatorArgs {
                opcode_index,
                inputs,
                outputs,
                builtin_options_type: match conv {
                    true => fb::BuiltinOptions::Conv2DOptions,
                    false => fb::BuiltinOptions::NONE,
                },
                builtin_options: conv.then(|| conv_options.as_union_value()),
                ..Default::default()
            };
            fb::Operator::create(&mut b, &args)
        })
        .collect();
    let subgraph = {
        let tensors = Some(b.create_vector(&tensors));
        let inputs = Some(b.create_vector(&[0]));
        let outputs = Some(b.create_vector(&[6]));
        let operators = Some(b.create_vector(&operators));
        let args = fb::SubGraphArgs {
            tensors,
            inputs,
            outputs,
            operators,
            ..Default::default()
        };
        fb::SubGraph::create(&mut b, &args)
    };
    let model = {
        let operator_codes = Some(b.create_vector(&codes));
        let subgraphs = Some(b.create_vector(&vec![subgraph; spec.subgraphs]));
        let buffers = Some(b.create_vector(&buffers));
        let description = Some(b.create_string("built by the test"));
        let args = fb::ModelArgs {
            version: spec.version,
            operator_codes,
            subgraphs,
            buffers,
            description,
            ..Default::default()
        };
        fb::Model::create(&mut b, &args)
    };
    fb::finish_model_buffer(&mut b, model);
    let mut bytes = b.finished_data().to_vec();
    // Buffer 3's offset: where the appended bytes start, plus the spec's
    // shift; its placeholder is the only aligned `PLACEHOLDER` in the file.
    let at = 8 * bytes
        .chunks_exact(8)
        .position(|w| w == PLACEHOLDER.to_le_bytes())
        .expect("the placeholder offset");
    let offset = bytes.len() as u64 + spec.outside.0;
    bytes[at..at + 8].copy_from_slice(&offset.to_le_bytes());
    bytes.extend((0..spec.outside.1).map(|i| 200 + i as u8));
    bytes
}

/// Quantisation parameters of one scale per index of `axis`.
fn per_axis<'a>(
    b: &mut FlatBufferBuilder<'a>,
    scales: &[f32],
    zero_points: usize,
    axis: i32,
) -> flatbuffers::WIPOffset<fb::QuantizationParameters<'a>> {
    let scale = Some(b.create_vector(scales));
    let zero_point = Some(b.create_vector(&vec![0i64; zero_points]));
    fb::QuantizationParameters::create(
        b,
        &fb::QuantizationParametersArgs {
            scale,
            zero_point,
            quantized_dimension: axis,
            ..Default::default()
        },
    )
}

#[test]
fn reads_what_was_written() {
    let bytes = build(|_| {});
    let model = Model::parse(&bytes).unwrap();
    assert_eq!((model.operators(), model.tensors()), (3, 7));
    assert!(model.inputs().equals(&[0]) && model.outputs().equals(&[6]));
    assert_eq!(model.description(), "built by the test");

    let conv = model.operator(0).unwrap();
    assert_eq!(
        conv.code,
        Code::Conv2d,
        "deprecated_builtin_code 3, builtin_code 0"
    );
    assert_eq!(conv.version, 2);
    let expected = Options::Conv {
        padding: Padding::Same,
        stride_h: 2,
        stride_w: 2,
        dilation_h: 1,
        dilation_w: 1,
        activation: Activation::Relu6,
    };
    assert_eq!(conv.options, expected);
    assert_eq!(
        (conv.input(0), conv.input(1), conv.input(2)),
        (Some(0), Some(1), Some(2))
    );
    assert_eq!((conv.input(3), conv.output(0)), (None, Some(3)));

    let swish = model.operator(1).unwrap();
    assert_eq!(
        (swish.code, swish.options),
        (Code::HardSwish, Options::None)
    );
    let late = model.operator(2).unwrap();
    let stablehlo_add = fb::BuiltinOperator::STABLEHLO_ADD.0;
    assert_eq!(
        late.code,
        Code::Other(stablehlo_add),
        "the larger code wins"
    );
    assert_eq!(late.code.name(), "STABLEHLO_ADD");

    let input = model.tensor(0).unwrap();
    assert_eq!(
        (input.name, input.dtype, input.elements()),
        ("input", Type::Int8, 25)
    );
    assert!(input.shape.equals(&[1, 5, 5, 1]) && input.data.is_empty());
    let q = input.quantization.unwrap();
    assert_eq!((q.len(), q.per_axis()), (1, false));
    assert_eq!(
        (q.scale(0), q.zero_point(0), q.scale(1)),
        (Some(0.5), Some(-1), None)
    );

    let w = model.tensor(1).unwrap();
    assert_eq!(w.data, &weights(18)[..]);
    assert_eq!(w.data[..4], [0, 0xff, 2, 0xfd]);
    let q = w.quantization.unwrap();
    assert!(q.per_axis() && q.quantized_dimension == 0);
    assert_eq!((q.scale(0), q.scale(1)), (Some(0.25), Some(0.125)));

    let bias = model.tensor(2).unwrap();
    let values: Vec<i32> = bias
        .data
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    assert_eq!((bias.dtype, values), (Type::Int32, vec![7, -300]));

    let outside = model.tensor(5).unwrap();
    assert_eq!(
        outside.data,
        [200, 201, 202, 203],
        "the bytes after the flatbuffer"
    );
    assert!(model.tensor(6).unwrap().quantization.is_none());
}

#[test]
fn reads_in_place_at_any_alignment() {
    let bytes = build(|_| {});
    let base = Model::parse(&bytes).unwrap().tensor(1).unwrap().data;
    for shift in 1..8 {
        // The outside buffer's offset counts from the file's start, so
        // the whole file moves, not only the flatbuffer.
        let mut moved = vec![0u8; shift];
        moved.extend_from_slice(&bytes);
        let file = &moved[shift..];
        let model = Model::parse(file).unwrap();
        let w = model.tensor(1).unwrap();
        assert_eq!(w.data, base);
        let start = w.data.as_ptr() as usize - file.as_ptr() as usize;
        assert!(start + w.data.len() <= file.len(), "borrowed from the file");
        let bias = model.tensor(2).unwrap().quantization.unwrap();
        assert_eq!(bias.scale(1), Some(0.0625));
    }
}

#[test]
fn not_tflite() {
    assert_eq!(Model::parse(b"").unwrap_err(), Error::NotTflite);
    assert_eq!(
        Model::parse(b"\x08\x00\x00\x00ONNX....").unwrap_err(),
        Error::NotTflite
    );
    let bytes = build(|_| {});
    assert_eq!(Model::parse(&bytes[..3]).unwrap_err(), Error::NotTflite);
}

#[test]
fn malformed() {
    let bytes = build(|_| {});
    let error = Model::parse(&bytes[..bytes.len() / 2]).unwrap_err();
    assert!(matches!(error, Error::Malformed(_)), "{error:?}");
    // The root offset pointing past the end.
    let mut broken = bytes.clone();
    broken[..4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(matches!(Model::parse(&broken), Err(Error::Malformed(_))));
}

#[test]
fn model_errors() {
    let version = build(|s| s.version = 2);
    assert_eq!(Model::parse(&version).unwrap_err(), Error::Version(2));
    let two = build(|s| s.subgraphs = 2);
    assert_eq!(Model::parse(&two).unwrap_err(), Error::Subgraphs(2));
    let none = build(|s| s.subgraphs = 0);
    assert_eq!(Model::parse(&none).unwrap_err(), Error::Subgraphs(0));
    let index = build(|s| s.conv_inputs = vec![0, 7, 2]);
    let error = Model::parse(&index).unwrap_err();
    let expected = Error::TensorIndex {
        operator: Some(0),
        index: 7,
        tensors: 7,
    };
    assert_eq!(error, expected);
    assert_eq!(
        error.to_string(),
        "operator 0 names tensor 7, but the model has 7 tensors"
    );
    let absent = build(|s| s.conv_inputs = vec![0, 1, -1]);
    let conv = Model::parse(&absent).unwrap().operator(0).unwrap();
    assert_eq!(
        (conv.inputs.len(), conv.input(2)),
        (3, None),
        "-1 is absent"
    );
    let buffer = build(|s| s.weight_buffer = 9);
    let expected = Error::BufferIndex {
        tensor: 1,
        buffer: 9,
        buffers: 4,
    };
    assert_eq!(Model::parse(&buffer).unwrap_err(), expected);
    let past = build(|s| s.outside = (1, 4));
    let error = Model::parse(&past).unwrap_err();
    assert!(
        matches!(
            error,
            Error::BufferRange {
                buffer: 3,
                size: 4,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn operator_and_tensor_errors() {
    let model_of = |bytes: &[u8], f: &dyn Fn(Model<'_>)| f(Model::parse(bytes).unwrap());
    model_of(&build(|s| s.stride = 0), &|model| {
        let error = model.operator(0).unwrap_err();
        assert_eq!(
            error.to_string(),
            "operator 0 (CONV_2D) has stride_h 0, which TFLite does not define"
        );
    });
    model_of(&build(|s| s.conv_options = false), &|model| {
        let error = model.operator(0).unwrap_err();
        let expected = Error::MissingOptions {
            operator: 0,
            code: Code::Conv2d,
        };
        assert_eq!(error, expected);
        assert_eq!(
            error.to_string(),
            "operator 0 (CONV_2D) has no builtin options"
        );
    });
    model_of(&build(|s| s.weight_bytes = 17), &|model| {
        let expected = Error::DataSize {
            tensor: 1,
            expected: 18,
            found: 17,
        };
        assert_eq!(model.tensor(1).unwrap_err(), expected);
    });
    model_of(&build(|s| s.zero_points = 1), &|model| {
        let error = model.tensor(1).unwrap_err();
        assert_eq!(
            error.to_string(),
            "tensor 1's quantisation has a different number of scales and zero points"
        );
    });
    model_of(&build(|_| {}), &|model| {
        let error = Error::NoTensor {
            index: 7,
            tensors: 7,
        };
        assert_eq!(model.tensor(7).unwrap_err(), error);
        assert!(model.operator(3).is_err());
    });
}

#[test]
fn codes_and_names() {
    let named = [
        (Code::Conv2d, "CONV_2D"),
        (Code::DepthwiseConv2d, "DEPTHWISE_CONV_2D"),
        (Code::FullyConnected, "FULLY_CONNECTED"),
        (Code::AveragePool2d, "AVERAGE_POOL_2D"),
        (Code::MaxPool2d, "MAX_POOL_2D"),
        (Code::Add, "ADD"),
        (Code::Mul, "MUL"),
        (Code::Concatenation, "CONCATENATION"),
        (Code::Mean, "MEAN"),
        (Code::Pad, "PAD"),
        (Code::Padv2, "PADV2"),
        (Code::Reshape, "RESHAPE"),
        (Code::Softmax, "SOFTMAX"),
        (Code::Logistic, "LOGISTIC"),
        (Code::Tanh, "TANH"),
        (Code::Relu, "RELU"),
        (Code::Relu6, "RELU6"),
        (Code::HardSwish, "HARD_SWISH"),
        (Code::LeakyRelu, "LEAKY_RELU"),
        (Code::ResizeNearestNeighbor, "RESIZE_NEAREST_NEIGHBOR"),
        (Code::ResizeBilinear, "RESIZE_BILINEAR"),
        (Code::TransposeConv, "TRANSPOSE_CONV"),
        (Code::Quantize, "QUANTIZE"),
        (Code::Dequantize, "DEQUANTIZE"),
    ];
    for (code, name) in named {
        assert_eq!(
            (code.name(), Code::from_number(code.number())),
            (name, code)
        );
        assert_eq!(code.to_string(), name);
    }
    // Numbers from the schema's text, not from the generated code.
    assert_eq!(Code::from_number(3), Code::Conv2d);
    assert_eq!(Code::from_number(117), Code::HardSwish);
    assert_eq!(Code::from_number(32).name(), "CUSTOM");
    assert_eq!(Code::Other(100_000).to_string(), "operator code 100000");
    assert_eq!((Type::Int8.name(), Type::Int8.size()), ("INT8", Some(1)));
    assert_eq!(Type::Other(5).name(), "STRING");
}
