//! The reader by hand against the schema's generated code, the oracle,
//! on every model of the repository's tests/int8 (and bench/mcu/models):
//! every operator's code, version, options and tensors, every tensor's
//! name, shape, type, data, quantisation and flags equal. Then the reader
//! on broken copies of them: an error or the same reading, never a panic.

use std::path::{Path, PathBuf};
use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, fs};

use crate::schema::tflite as fb;
use crate::{Activation, Code, Error, Model, Options, Padding, Type};

/// Every `.tflite` of tests/int8, tests/int8/kinds and bench/mcu/models.
fn models() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests/int8", "tests/int8/kinds", "bench/mcu/models"] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "tflite") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn padding(p: fb::Padding) -> Padding {
    match p {
        fb::Padding::SAME => Padding::Same,
        fb::Padding::VALID => Padding::Valid,
        other => panic!("padding {other:?} in a fixture"),
    }
}

fn activation(a: fb::ActivationFunctionType) -> Activation {
    match a {
        fb::ActivationFunctionType::NONE => Activation::None,
        fb::ActivationFunctionType::RELU => Activation::Relu,
        fb::ActivationFunctionType::RELU_N1_TO_1 => Activation::ReluN1To1,
        fb::ActivationFunctionType::RELU6 => Activation::Relu6,
        fb::ActivationFunctionType::TANH => Activation::Tanh,
        fb::ActivationFunctionType::SIGN_BIT => Activation::SignBit,
        other => panic!("activation {other:?} in a fixture"),
    }
}

fn u(v: i32) -> u32 {
    u32::try_from(v).expect("a positive option in a fixture")
}

/// The options of `op` as the generated code reads them.
fn oracle_options(op: &fb::Operator<'_>, code: Code) -> Options {
    let fused = |a: Option<fb::ActivationFunctionType>| {
        activation(a.unwrap_or(fb::ActivationFunctionType::NONE))
    };
    match code {
        Code::Conv2d => {
            let o = op.builtin_options_as_conv_2_doptions().unwrap();
            Options::Conv {
                padding: padding(o.padding()),
                stride_h: u(o.stride_h()),
                stride_w: u(o.stride_w()),
                dilation_h: u(o.dilation_h_factor()),
                dilation_w: u(o.dilation_w_factor()),
                activation: activation(o.fused_activation_function()),
            }
        }
        Code::DepthwiseConv2d => {
            let o = op.builtin_options_as_depthwise_conv_2_doptions().unwrap();
            Options::DepthwiseConv {
                padding: padding(o.padding()),
                stride_h: u(o.stride_h()),
                stride_w: u(o.stride_w()),
                dilation_h: u(o.dilation_h_factor()),
                dilation_w: u(o.dilation_w_factor()),
                depth_multiplier: o.depth_multiplier(),
                activation: activation(o.fused_activation_function()),
            }
        }
        Code::AveragePool2d | Code::MaxPool2d => {
            let o = op.builtin_options_as_pool_2_doptions().unwrap();
            Options::Pool {
                padding: padding(o.padding()),
                stride_h: u(o.stride_h()),
                stride_w: u(o.stride_w()),
                filter_h: u(o.filter_height()),
                filter_w: u(o.filter_width()),
                activation: activation(o.fused_activation_function()),
            }
        }
        Code::TransposeConv => {
            let o = op.builtin_options_as_transpose_conv_options().unwrap();
            Options::TransposeConv {
                padding: padding(o.padding()),
                stride_h: u(o.stride_h()),
                stride_w: u(o.stride_w()),
                activation: activation(o.fused_activation_function()),
            }
        }
        Code::Softmax => Options::Softmax {
            beta: op.builtin_options_as_softmax_options().unwrap().beta(),
        },
        Code::LeakyRelu => Options::LeakyRelu {
            alpha: op.builtin_options_as_leaky_relu_options().unwrap().alpha(),
        },
        Code::FullyConnected => {
            let o = op.builtin_options_as_fully_connected_options();
            Options::FullyConnected {
                activation: fused(o.map(|o| o.fused_activation_function())),
                keep_num_dims: o.is_some_and(|o| o.keep_num_dims()),
            }
        }
        Code::Add => Options::Add {
            activation: fused(
                op.builtin_options_as_add_options()
                    .map(|o| o.fused_activation_function()),
            ),
        },
        Code::Mul => Options::Mul {
            activation: fused(
                op.builtin_options_as_mul_options()
                    .map(|o| o.fused_activation_function()),
            ),
        },
        Code::Concatenation => {
            let o = op.builtin_options_as_concatenation_options().unwrap();
            Options::Concatenation {
                axis: o.axis(),
                activation: activation(o.fused_activation_function()),
            }
        }
        Code::Mean => Options::Mean {
            keep_dims: op
                .builtin_options_as_reducer_options()
                .is_some_and(|o| o.keep_dims()),
        },
        Code::ResizeBilinear => {
            let o = op.builtin_options_as_resize_bilinear_options();
            Options::Resize {
                align_corners: o.is_some_and(|o| o.align_corners()),
                half_pixel_centers: o.is_some_and(|o| o.half_pixel_centers()),
            }
        }
        Code::ResizeNearestNeighbor => {
            let o = op.builtin_options_as_resize_nearest_neighbor_options();
            Options::Resize {
                align_corners: o.is_some_and(|o| o.align_corners()),
                half_pixel_centers: o.is_some_and(|o| o.half_pixel_centers()),
            }
        }
        _ => Options::None,
    }
}

fn ints(v: Option<flatbuffers::Vector<'_, i32>>) -> Vec<i32> {
    v.map(|v| v.iter().collect()).unwrap_or_default()
}

/// Every field the view gives, read by both, equal; the count of fields
/// compared.
fn compare(name: &str, bytes: &[u8]) -> usize {
    let oracle = fb::root_as_model(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let model = Model::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let graph = oracle.subgraphs().unwrap().get(0);
    let codes = oracle.operator_codes().unwrap();
    let at = |what: String| format!("{name}: {what}");
    let mut compared = 0;
    assert_eq!(model.description(), oracle.description().unwrap_or(""));
    assert_eq!(
        model.inputs().iter().collect::<Vec<_>>(),
        ints(graph.inputs())
    );
    assert_eq!(
        model.outputs().iter().collect::<Vec<_>>(),
        ints(graph.outputs())
    );
    let operators = graph.operators().unwrap();
    assert_eq!(model.operators(), operators.len());
    for (i, op) in operators.iter().enumerate() {
        let mine = model
            .operator(i)
            .unwrap_or_else(|e| panic!("{}", at(format!("{e}"))));
        let opcode = codes.get(op.opcode_index() as usize);
        let number = opcode
            .builtin_code()
            .0
            .max(i32::from(opcode.deprecated_builtin_code()));
        assert_eq!(
            mine.code.number(),
            number,
            "{}",
            at(format!("operator {i}"))
        );
        assert_eq!(
            mine.code.name(),
            fb::BuiltinOperator(number).variant_name().unwrap()
        );
        assert_eq!(
            mine.version,
            opcode.version(),
            "{}",
            at(format!("operator {i}"))
        );
        assert_eq!(
            mine.options,
            oracle_options(&op, mine.code),
            "{}",
            at(format!("operator {i}'s options"))
        );
        assert_eq!(mine.inputs.iter().collect::<Vec<_>>(), ints(op.inputs()));
        assert_eq!(mine.outputs.iter().collect::<Vec<_>>(), ints(op.outputs()));
        compared += 5;
    }
    let tensors = graph.tensors().unwrap();
    let buffers = oracle.buffers().unwrap();
    assert_eq!(model.tensors(), tensors.len());
    for (i, t) in tensors.iter().enumerate() {
        let mine = model
            .tensor(i)
            .unwrap_or_else(|e| panic!("{}", at(format!("{e}"))));
        let what = at(format!("tensor {i}"));
        assert_eq!(mine.name, t.name().unwrap_or(""), "{what}");
        assert_eq!(
            mine.shape.iter().collect::<Vec<_>>(),
            ints(t.shape()),
            "{what}"
        );
        assert_eq!(mine.dtype, Type::from_number(t.type_().0), "{what}");
        assert_eq!(
            mine.dtype.name(),
            t.type_().variant_name().unwrap(),
            "{what}"
        );
        assert_eq!(mine.is_variable, t.is_variable(), "{what}");
        let buffer = buffers.get(t.buffer() as usize);
        let data = buffer.data().map_or(&[][..], |d| d.bytes());
        assert!(
            buffer.offset() <= 1,
            "{what}: no fixture stores data outside"
        );
        assert_eq!(mine.data, data, "{what}");
        // Borrowed in place, not copied.
        if !data.is_empty() {
            assert_eq!(mine.data.as_ptr(), data.as_ptr(), "{what}");
        }
        let q = t.quantization();
        let scales: Vec<f32> = q
            .and_then(|q| q.scale())
            .map(|s| s.iter().collect())
            .unwrap_or_default();
        match mine.quantization {
            None => assert!(scales.is_empty(), "{what}"),
            Some(mine) => {
                let q = q.unwrap();
                let zeros: Vec<i64> = q.zero_point().unwrap().iter().collect();
                assert_eq!(mine.scales.iter().collect::<Vec<_>>(), scales, "{what}");
                assert_eq!(mine.zero_points.iter().collect::<Vec<_>>(), zeros, "{what}");
                assert_eq!(
                    mine.quantized_dimension as i32,
                    q.quantized_dimension(),
                    "{what}"
                );
            }
        }
        compared += 7;
    }
    compared
}

#[test]
fn the_reader_reads_every_fixture_as_the_generated_code_does() {
    let files = models();
    // lenet, person_detect, ds_cnn, blocks and the kinds' models.
    assert!(files.len() >= 30, "the fixtures: {files:?}");
    let mut fields = 0;
    for path in &files {
        let bytes = fs::read(path).unwrap();
        fields += compare(&path.display().to_string(), &bytes);
    }
    assert!(fields > 1000, "{fields} fields compared");
}

#[test]
fn the_hand_written_names_are_the_schemas() {
    for number in -1..=300 {
        let code = Code::from_number(number);
        let generated = fb::BuiltinOperator(number)
            .variant_name()
            .unwrap_or("UNKNOWN");
        assert_eq!(code.name(), generated, "operator code {number}");
    }
    for number in i8::MIN..=i8::MAX {
        let generated = fb::TensorType(number).variant_name().unwrap_or("UNKNOWN");
        assert_eq!(Type::from_number(number).name(), generated, "type {number}");
        assert_eq!(Type::from_number(number).number(), number);
    }
}

/// Reads all of a model, as `from_tflite` does: every operator and
/// tensor.
fn read_all(bytes: &[u8]) -> Result<(), Error> {
    let model = Model::parse(bytes)?;
    for i in 0..model.operators() {
        model.operator(i)?;
    }
    for i in 0..model.tensors() {
        model.tensor(i)?;
    }
    Ok(())
}

#[test]
fn a_broken_model_is_an_error_never_a_panic() {
    let bytes =
        fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/int8/kinds/conv.tflite"))
            .unwrap();
    // Every truncation.
    for len in 0..bytes.len() {
        let _ = read_all(&bytes[..len]);
    }
    // Each byte of the flatbuffer's tables (the first 1,000) set to each
    // of a few values: whatever the reader makes of it, it says so
    // through a value or an error.
    let mut copy = bytes.clone();
    for at in 0..bytes.len().min(1000) {
        for value in [0x00, 0x01, 0x7f, 0x80, 0xff] {
            copy[at] = value;
            let _ = read_all(&copy);
        }
        copy[at] = bytes[at];
    }
    // A truncated file is malformed, in the verifier's words.
    assert_eq!(
        Model::parse(&bytes[..bytes.len() / 2]).and_then(|_| read_all(&bytes[..bytes.len() / 2])),
        Err(Error::Malformed("an offset or length reaches past the end"))
    );
}
