//! `cnn_import::onnx` on small graphs of joins that nest, built here as
//! exporters write them: each must read as the blocks the graph is (its
//! declaration written out by hand from the graph), or be refused.

use cnn_import::{onnx, Options};
use onnx_protobuf::tensor_shape_proto::{dimension, Dimension};
use onnx_protobuf::{
    AttributeProto, GraphProto, Message, ModelProto, NodeProto, TensorShapeProto, TypeProto,
    ValueInfoProto,
};

/// A float value of dims `dims`.
fn value(name: &str, dims: &[i64]) -> ValueInfoProto {
    let mut shape = TensorShapeProto::new();
    for &size in dims {
        let mut dim = Dimension::new();
        dim.value = Some(dimension::Value::DimValue(size));
        shape.dim.push(dim);
    }
    let mut tensor = onnx_protobuf::type_proto::Tensor::new();
    tensor.elem_type = 1;
    tensor.shape = Some(shape).into();
    let mut type_ = TypeProto::new();
    type_.set_tensor_type(tensor);
    let mut value = ValueInfoProto::new();
    value.name = name.to_string();
    value.type_ = Some(type_).into();
    value
}

/// A node; `Concat` joins channels.
fn node(op: &str, inputs: &[&str], output: &str) -> NodeProto {
    let mut node = NodeProto::new();
    node.op_type = op.to_string();
    node.name = format!("/{output}/{op}");
    node.input = inputs.iter().map(|i| i.to_string()).collect();
    node.output = vec![output.to_string()];
    if op == "Concat" || op == "Split" {
        let mut axis = AttributeProto::new();
        axis.name = "axis".to_string();
        axis.i = 1;
        node.attribute = vec![axis];
    }
    node
}

/// The declaration of `nodes` on a 1x4x8x8 input `x`, output `y`.
fn import(nodes: Vec<NodeProto>) -> Result<String, String> {
    let mut graph = GraphProto::new();
    graph.input = vec![value("x", &[1, 4, 8, 8])];
    let mut output = ValueInfoProto::new();
    output.name = "y".to_string();
    graph.output = vec![output];
    graph.node = nodes;
    let mut model = ModelProto::new();
    model.graph = Some(graph).into();
    let bytes = model.write_to_bytes().expect("the model encodes");
    match onnx::import(&bytes, "j.onnx", &Options::default()) {
        Ok(imported) => Ok(imported
            .declaration
            .split_once('\n')
            .expect("a header line")
            .1
            .to_string()),
        Err(error) => Err(error.to_string()),
    }
}

#[test]
fn a_chain_of_adds_over_one_fork_is_one_add() {
    // (relu(x) + sigmoid(x)) + tanh(x), RepVGG's three branches.
    let nodes = vec![
        node("Relu", &["x"], "a"),
        node("Sigmoid", &["x"], "b"),
        node("Tanh", &["x"], "c"),
        node("Add", &["a", "b"], "s"),
        node("Add", &["s", "c"], "y"),
    ];
    assert_eq!(
        import(nodes).unwrap(),
        "input 8x8x4;\nadd {\n    {\n        relu;\n    }\n    {\n        sigmoid;\n    }\n    \
         {\n        tanh;\n    }\n}\n"
    );
    // (x + relu(x)) + sigmoid(x): the identity is a branch too.
    let nodes = vec![
        node("Relu", &["x"], "a"),
        node("Sigmoid", &["x"], "b"),
        node("Add", &["x", "a"], "s"),
        node("Add", &["s", "b"], "y"),
    ];
    assert_eq!(
        import(nodes).unwrap(),
        "input 8x8x4;\nadd {\n    {}\n    {\n        relu;\n    }\n    {\n        sigmoid;\n    }\n}\n"
    );
}

#[test]
fn a_concat_flattened_over_two_forks_nests() {
    // cat([sigmoid(x), sigmoid(p), tanh(p)]) with p = relu(x): Inception's
    // branch that splits in two, its concat merged into the block's.
    let nodes = vec![
        node("Sigmoid", &["x"], "c"),
        node("Relu", &["x"], "p"),
        node("Sigmoid", &["p"], "a"),
        node("Tanh", &["p"], "b"),
        node("Concat", &["c", "a", "b"], "y"),
    ];
    assert_eq!(
        import(nodes).unwrap(),
        "input 8x8x4;\nconcat {\n    {\n        sigmoid;\n    }\n    {\n        relu;\n        \
         concat {\n            {\n                sigmoid;\n            }\n            {\n                \
         tanh;\n            }\n        }\n    }\n}\n"
    );
}

#[test]
fn a_concat_of_a_chains_prefixes_nests() {
    // cat([x, v1, v2]) with v1 = relu(x), v2 = sigmoid(v1): VoVNet's OSA.
    let nodes = vec![
        node("Relu", &["x"], "v1"),
        node("Sigmoid", &["v1"], "v2"),
        node("Concat", &["x", "v1", "v2"], "y"),
    ];
    assert_eq!(
        import(nodes).unwrap(),
        "input 8x8x4;\nconcat {\n    {}\n    {\n        relu;\n        concat {\n            {}\n            \
         {\n                sigmoid;\n            }\n        }\n    }\n}\n"
    );
}

#[test]
fn a_residual_around_a_split() {
    // x + cat([relu(x0), sigmoid(x1)]) with x0, x1 = split(x): MixNet's.
    let mut split = node("Split", &["x"], "x0");
    split.output.push("x1".to_string());
    let nodes = vec![
        split,
        node("Relu", &["x0"], "a"),
        node("Sigmoid", &["x1"], "b"),
        node("Concat", &["a", "b"], "c"),
        node("Add", &["x", "c"], "y"),
    ];
    assert_eq!(
        import(nodes).unwrap(),
        "input 8x8x4;\nresidual {\n    split {\n        {\n            relu;\n        }\n        \
         {\n            sigmoid;\n        }\n    }\n}\n"
    );
}

#[test]
fn channels_of_one_fork_around_another_are_taken_by_name() {
    let nodes = vec![
        node("Relu", &["x"], "p"),
        node("Sigmoid", &["p"], "a"),
        node("Tanh", &["p"], "b"),
        node("Sigmoid", &["x"], "c"),
        node("Concat", &["a", "c", "b"], "y"),
    ];
    // No nesting of blocks says it: the nodes in order, each value read
    // again taken by name, and the concat's branches in its inputs' order
    // (a, c, b), `{}` the value that flows (c).
    assert_eq!(
        import(nodes).unwrap(),
        "v1: input 8x8x4;\nv2: relu;\nv3: sigmoid;\nfrom v2;\nv4: tanh;\nfrom v1;\nsigmoid;\n\
         concat {\n    {\n        from v3;\n    }\n    {}\n    {\n        from v4;\n    }\n}\n"
    );
}
