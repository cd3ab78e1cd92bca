//! `evaluate` on the shape arithmetic exporters write, each expected value
//! worked by hand from ONNX's definition of the operator (numpy's
//! semantics), not by the code under test.

use std::collections::HashMap;

use onnx_protobuf::attribute_proto::AttributeType;
use onnx_protobuf::{AttributeProto, NodeProto};

use super::evaluate;
use crate::onnx::constant::Constant;

fn node(op: &str, inputs: &[&str], ints: &[(&str, Vec<i64>)]) -> NodeProto {
    let mut node = NodeProto::new();
    node.op_type = op.to_string();
    node.input = inputs.iter().map(|i| i.to_string()).collect();
    node.output = vec!["out".to_string()];
    for (name, values) in ints {
        let mut attribute = AttributeProto::new();
        attribute.name = name.to_string();
        if values.len() == 1 && *name != "perm" {
            attribute.type_ = AttributeType::INT.into();
            attribute.i = values[0];
        } else {
            attribute.type_ = AttributeType::INTS.into();
            attribute.ints = values.clone();
        }
        node.attribute.push(attribute);
    }
    node
}

fn constant(dims: &[i64], values: &[f64], float: bool) -> Constant {
    Constant {
        dims: dims.to_vec(),
        values: Some(values.to_vec()),
        float,
    }
}

/// The dims and values `node` computes from `constants`.
fn run(node: &NodeProto, constants: Vec<(&'static str, Constant)>) -> (Vec<i64>, Vec<f64>) {
    let constants: HashMap<&str, Constant> = constants.into_iter().collect();
    let out = evaluate(node, &constants, &HashMap::new())
        .expect("shape arithmetic")
        .expect("known values");
    (out.dims, out.values.expect("values"))
}

#[test]
fn tensorflow_pads_reversed_and_transposed() {
    // tf_efficientnet's pads: [[0, 0], [0, 0], [0, 1], [0, 1]] as begin,
    // end pairs per axis, reversed along axis 0 (Slice, step -1) then
    // transposed: [[0, 0, 0, 0], [1, 1, 0, 0]].
    let pairs = constant(&[4, 2], &[0., 0., 0., 0., 0., 1., 0., 1.], false);
    let bounds = |v: i64| constant(&[1], &[v as f64], false);
    let slice = node("Slice", &["x", "starts", "ends", "axes", "steps"], &[]);
    let (dims, values) = run(
        &slice,
        vec![
            ("x", pairs),
            ("starts", bounds(-1)),
            ("ends", bounds(i64::MIN + 1)),
            ("axes", bounds(0)),
            ("steps", bounds(-1)),
        ],
    );
    assert_eq!(dims, [4, 2]);
    assert_eq!(values, [0., 1., 0., 1., 0., 0., 0., 0.]);
    let transpose = node("Transpose", &["x"], &[("perm", vec![1, 0])]);
    let (dims, values) = run(&transpose, vec![("x", constant(&dims, &values, false))]);
    assert_eq!(dims, [2, 4]);
    assert_eq!(values, [0., 0., 0., 0., 1., 1., 0., 0.]);
}

#[test]
fn integer_division_truncates_and_float_division_does_not() {
    let div = node("Div", &["a", "b"], &[]);
    let (_, ints) = run(
        &div,
        vec![
            ("a", constant(&[2], &[7., -7.], false)),
            ("b", constant(&[], &[2.], false)),
        ],
    );
    assert_eq!(ints, [3., -3.]);
    let (_, floats) = run(
        &div,
        vec![
            ("a", constant(&[2], &[7., -7.], true)),
            ("b", constant(&[], &[2.], true)),
        ],
    );
    assert_eq!(floats, [3.5, -3.5]);
}

#[test]
fn clip_cast_and_constant_of_shape() {
    // max(1 - 2, 0) = 0 and max(3 - 2, 0) = 1, as Clip(min 0) gives.
    let clip = node("Clip", &["x", "low"], &[]);
    let (_, values) = run(
        &clip,
        vec![
            ("x", constant(&[2], &[-1., 1.], true)),
            ("low", constant(&[], &[0.], true)),
        ],
    );
    assert_eq!(values, [0., 1.]);
    let cast = node("Cast", &["x"], &[("to", vec![7])]);
    let (_, values) = run(&cast, vec![("x", constant(&[2], &[1.5, -1.5], true))]);
    assert_eq!(values, [1., -1.]);
    let fill = node("ConstantOfShape", &["shape"], &[]);
    let (dims, values) = run(&fill, vec![("shape", constant(&[1], &[4.], false))]);
    assert_eq!((dims, values), (vec![4], vec![0.; 4]));
}

#[test]
fn gather_concat_and_where_broadcast() {
    let gather = node("Gather", &["data", "at"], &[("axis", vec![0])]);
    let (dims, values) = run(
        &gather,
        vec![
            ("data", constant(&[4], &[1., 3., 224., 224.], false)),
            ("at", constant(&[2], &[-1., 1.], false)),
        ],
    );
    assert_eq!((dims, values), (vec![2], vec![224., 3.]));
    let concat = node("Concat", &["a", "b"], &[("axis", vec![0])]);
    let (dims, values) = run(
        &concat,
        vec![
            ("a", constant(&[1], &[1.], false)),
            ("b", constant(&[2], &[-1., 7.], false)),
        ],
    );
    assert_eq!((dims, values), (vec![3], vec![1., -1., 7.]));
    // Where(c, a, b) with c [2] against a scalar a and b [2].
    let choose = node("Where", &["c", "a", "b"], &[]);
    let (_, values) = run(
        &choose,
        vec![
            ("c", constant(&[2], &[1., 0.], false)),
            ("a", constant(&[], &[9.], false)),
            ("b", constant(&[2], &[4., 5.], false)),
        ],
    );
    assert_eq!(values, [9., 5.]);
}
