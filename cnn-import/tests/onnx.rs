//! `cnn_import::onnx` on small models built here, node by node, as
//! torch.onnx.export writes them: the declaration, the weights and the
//! errors the library gives. The counts asserted are worked out by hand
//! in the comments (PyTorch's rule: a conv has k·k·C·F weights and F
//! biases), not read from the importer.

use cnn_import::{onnx, Error, Options};
use onnx_protobuf::tensor_shape_proto::{dimension, Dimension};
use onnx_protobuf::{
    AttributeProto, GraphProto, Message, ModelProto, NodeProto, TensorProto, TensorShapeProto,
    TypeProto, ValueInfoProto,
};

/// A value of dims `dims`, as the graph's inputs, outputs and
/// value_info give it.
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

/// A float initializer.
fn floats(name: &str, dims: &[i64], values: &[f32]) -> TensorProto {
    let mut tensor = TensorProto::new();
    tensor.name = name.to_string();
    tensor.dims = dims.to_vec();
    tensor.data_type = 1;
    tensor.float_data = values.to_vec();
    tensor
}

/// An int64 initializer (a Reshape's shape).
fn int64s(name: &str, values: &[i64]) -> TensorProto {
    let mut tensor = TensorProto::new();
    tensor.name = name.to_string();
    tensor.dims = vec![values.len() as i64];
    tensor.data_type = 7;
    tensor.int64_data = values.to_vec();
    tensor
}

fn node(op: &str, inputs: &[&str], output: &str, attributes: Vec<AttributeProto>) -> NodeProto {
    let mut node = NodeProto::new();
    node.op_type = op.to_string();
    node.input = inputs.iter().map(|i| i.to_string()).collect();
    node.output = vec![output.to_string()];
    node.attribute = attributes;
    node
}

fn ints(name: &str, values: &[i64]) -> AttributeProto {
    let mut attribute = AttributeProto::new();
    attribute.name = name.to_string();
    attribute.ints = values.to_vec();
    attribute
}

fn int(name: &str, value: i64) -> AttributeProto {
    let mut attribute = AttributeProto::new();
    attribute.name = name.to_string();
    attribute.i = value;
    attribute
}

fn float(name: &str, value: f32) -> AttributeProto {
    let mut attribute = AttributeProto::new();
    attribute.name = name.to_string();
    attribute.f = value;
    attribute
}

fn model(graph: GraphProto) -> Vec<u8> {
    let mut model = ModelProto::new();
    model.producer_name = "tests".to_string();
    model.producer_version = "1".to_string();
    model.graph = Some(graph).into();
    model.write_to_bytes().expect("the model encodes")
}

/// Conv 3x3 (3 to 8 channels, pad 1), Relu, GlobalAveragePool, Flatten
/// and a Linear of 10: torch's small classifier.
fn classifier() -> Vec<u8> {
    let mut graph = GraphProto::new();
    graph.input = vec![value("x", &[1, 3, 8, 8])];
    graph.output = vec![value("y", &[1, 10])];
    graph.initializer = vec![
        floats("conv1.weight", &[8, 3, 3, 3], &[0.5; 216]),
        floats("conv1.bias", &[8], &[0.25; 8]),
        floats(
            "head.weight",
            &[10, 8],
            &(0..80).map(|v| v as f32).collect::<Vec<_>>(),
        ),
        floats("head.bias", &[10], &[1.0; 10]),
    ];
    graph.node = vec![
        node(
            "Conv",
            &["x", "conv1.weight", "conv1.bias"],
            "c",
            vec![ints("kernel_shape", &[3, 3]), ints("pads", &[1, 1, 1, 1])],
        ),
        node("Relu", &["c"], "r", vec![]),
        node("GlobalAveragePool", &["r"], "g", vec![]),
        node("Flatten", &["g"], "f", vec![int("axis", 1)]),
        node(
            "Gemm",
            &["f", "head.weight", "head.bias"],
            "y",
            vec![int("transB", 1)],
        ),
    ];
    model(graph)
}

#[test]
fn a_classifier_imports_to_its_declaration() {
    let imported = onnx::import(&classifier(), "tiny.onnx", &Options::default()).unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from tiny.onnx (tests 1) by `cnn import`.\n\
         input 8x8x3;\n\
         conv1: conv 3x3x8 pad 1;\n\
         relu;\n\
         gap;\n\
         flatten;\n\
         head: fc 10;\n"
    );
    assert!(imported.weights.is_none(), "weights only when asked for");
    // 3·3·3·8 + 8 = 224 for the conv, 8·10 + 10 = 90 for the Linear.
    let checked = cnn_lang::check(
        imported.declaration.split_once('\n').unwrap().1,
        Some("Imported"),
    );
    assert_eq!(checked.network.unwrap().totals.params, 314);
}

#[test]
fn a_rust_block_and_the_weights() {
    let options = Options {
        rust: Some("Tiny".to_string()),
        weights: true,
        data_dir: None,
    };
    let imported = onnx::import(&classifier(), "tiny.onnx", &options).unwrap();
    assert!(imported
        .declaration
        .starts_with("cnn! {\n    // Imported from tiny.onnx (tests 1) by `cnn import`.\n    pub struct Tiny {\n        input 8x8x3;\n"));
    assert!(imported
        .declaration
        .ends_with("        head: fc 10;\n    }\n}\n"));
    let bytes = imported.weights.expect("asked for");
    let file = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let mut keys: Vec<String> = file.names().into_iter().map(str::to_string).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["conv1.bias", "conv1.weight", "head.bias", "head.weight"]
    );
    // PyTorch's Linear is [out, in], as Gemm with transB reads it: kept.
    let head = file.tensor("head.weight").unwrap();
    assert_eq!(head.shape(), [10, 8]);
    let values: Vec<f32> = head
        .data()
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    assert_eq!(values, (0..80).map(|v| v as f32).collect::<Vec<_>>());
}

/// torch's GroupNorm(2, 4) as the exporter writes it: a Reshape to
/// [N, 2, -1], InstanceNormalization of unit scale and zero bias, a
/// Reshape back, then the weight's Mul and the bias's Add.
fn group_norm(epsilon: f32) -> Vec<u8> {
    let mut graph = GraphProto::new();
    graph.input = vec![value("x", &[1, 4, 8, 8])];
    graph.output = vec![value("y", &[1, 4, 8, 8])];
    graph.value_info = vec![value("grouped", &[1, 2, 128])];
    graph.initializer = vec![
        int64s("to_groups", &[1, 2, -1]),
        int64s("back", &[1, 4, 8, 8]),
        floats("ones", &[2], &[1.0; 2]),
        floats("zeros", &[2], &[0.0; 2]),
        floats("gn.weight", &[4, 1, 1], &[1.0, 2.0, 3.0, 4.0]),
        floats("gn.bias", &[4, 1, 1], &[0.5; 4]),
    ];
    graph.node = vec![
        node("Reshape", &["x", "to_groups"], "grouped", vec![]),
        node(
            "InstanceNormalization",
            &["grouped", "ones", "zeros"],
            "normed",
            vec![float("epsilon", epsilon)],
        ),
        node("Reshape", &["normed", "back"], "restored", vec![]),
        node("Mul", &["restored", "gn.weight"], "scaled", vec![]),
        node("Add", &["scaled", "gn.bias"], "y", vec![]),
    ];
    model(graph)
}

#[test]
fn group_norm_is_read_as_one_layer() {
    let imported = onnx::import(&group_norm(1e-5), "gn.onnx", &Options::default()).unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from gn.onnx (tests 1) by `cnn import`.\ninput 8x8x4;\ngn: groupnorm 2;\n"
    );
}

#[test]
fn group_norm_of_another_eps_writes_it() {
    let imported = onnx::import(&group_norm(1e-3), "gn.onnx", &Options::default()).unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from gn.onnx (tests 1) by `cnn import`.\ninput 8x8x4;\ngn: groupnorm 2 eps 1e-3;\n"
    );
}

#[test]
fn group_norm_of_eps_zero_is_refused() {
    let error = onnx::import(&group_norm(0.0), "gn.onnx", &Options::default()).unwrap_err();
    assert!(matches!(error, Error::Refused { .. }));
    assert_eq!(
        error.to_string(),
        "cannot import `gn.onnx`: the InstanceNormalization node writing `normed` normalises \
         with eps 0: the language's `eps` is a positive number"
    );
}

#[test]
fn bytes_that_hold_no_graph_are_not_a_model() {
    let error = onnx::import(&[], "empty.onnx", &Options::default()).unwrap_err();
    assert!(matches!(error, Error::NotOnnx { .. }));
    assert_eq!(
        error.to_string(),
        "`empty.onnx` is not an ONNX model: it holds no graph"
    );
}

#[test]
fn a_missing_file_is_named() {
    let path = std::path::Path::new("no/such/model.onnx");
    let error = onnx::import_file(path, &Options::default()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot read `no/such/model.onnx`: no such file"
    );
    assert!(std::error::Error::source(&error).is_some());
}

#[test]
fn group_norm_without_value_info_imports_the_same() {
    // The shapes come from the importer's own inference: the Reshape to
    // [1, 2, -1] of a 1x4x8x8 map is [1, 2, 128], the groups 2.
    let mut file = ModelProto::parse_from_bytes(&group_norm(1e-5)).unwrap();
    file.graph.as_mut().unwrap().value_info.clear();
    let bytes = file.write_to_bytes().unwrap();
    let imported = onnx::import(&bytes, "gn.onnx", &Options::default()).unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from gn.onnx (tests 1) by `cnn import`.\ninput 8x8x4;\ngn: groupnorm 2;\n"
    );
}

/// A value named `name` whose type gives no shape, as torch's
/// `dynamo=False` exporter writes its outputs' ranks only.
fn unshaped(name: &str) -> ValueInfoProto {
    let mut value = ValueInfoProto::new();
    value.name = name.to_string();
    value
}

/// Squeeze-excite as torch's `dynamo=False` exporter writes it, no shape
/// given but the input's: `x.mean((2, 3), keepdim=True)`, a 1x1 conv,
/// Sigmoid and the Mul with the map; then the pool and the default
/// exporter's flatten, a Reshape to the fixed `[1, 8]`, and a Linear.
/// `value_info` is added to the graph as it is.
fn squeeze_excite(shape: &[i64], value_info: Vec<ValueInfoProto>) -> Vec<u8> {
    let mut graph = GraphProto::new();
    graph.input = vec![value("x", &[1, 8, 4, 4])];
    graph.output = vec![unshaped("y")];
    graph.value_info = value_info;
    graph.initializer = vec![
        floats("se.weight", &[8, 8, 1, 1], &[0.5; 64]),
        floats("se.bias", &[8], &[0.0; 8]),
        int64s("flat", shape),
        floats("head.weight", &[10, 8], &[1.0; 80]),
        floats("head.bias", &[10], &[0.0; 10]),
    ];
    graph.node = vec![
        node(
            "ReduceMean",
            &["x"],
            "m",
            vec![ints("axes", &[2, 3]), int("keepdims", 1)],
        ),
        node("Conv", &["m", "se.weight", "se.bias"], "s", vec![]),
        node("Sigmoid", &["s"], "g", vec![]),
        node("Mul", &["x", "g"], "z", vec![]),
        node("GlobalAveragePool", &["z"], "p", vec![]),
        node("Reshape", &["p", "flat"], "f", vec![]),
        node(
            "Gemm",
            &["f", "head.weight", "head.bias"],
            "y",
            vec![int("transB", 1)],
        ),
    ];
    model(graph)
}

#[test]
fn squeeze_excite_and_a_fixed_flatten_import_without_value_info() {
    let imported = onnx::import(
        &squeeze_excite(&[1, 8], vec![]),
        "se.onnx",
        &Options::default(),
    )
    .unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from se.onnx (tests 1) by `cnn import`.\n\
         input 4x4x8;\n\
         mul {\n    {}\n    {\n        gap;\n        se: conv 1x1x8;\n        sigmoid;\n    }\n}\n\
         gap;\n\
         flatten;\n\
         head: fc 10;\n"
    );
    // 1·1·8·8 + 8 = 72 for the conv, 8·10 + 10 = 90 for the Linear.
    let checked = cnn_lang::check(
        imported.declaration.split_once('\n').unwrap().1,
        Some("Imported"),
    );
    assert_eq!(checked.network.unwrap().totals.params, 162);
}

#[test]
fn a_head_reshape_to_minus_one_of_a_batch_of_one_is_a_flatten() {
    let imported = onnx::import(
        &squeeze_excite(&[-1], vec![]),
        "se.onnx",
        &Options::default(),
    )
    .unwrap();
    assert!(imported
        .declaration
        .ends_with("gap;\nflatten;\nhead: fc 10;\n"));
}

#[test]
fn a_reshape_to_other_sizes_than_the_inputs_is_refused() {
    // The pool's output is [1, 8, 1, 1]: [1, 4] is not its flatten.
    let error = onnx::import(
        &squeeze_excite(&[1, 4], vec![]),
        "se.onnx",
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot import `se.onnx`: the Reshape node writing `f` reshapes to [1, 4]: the \
         language has a flatten (a reshape to [1, -1]) and no other reshape"
    );
}

#[test]
fn a_value_info_that_disagrees_with_the_nodes_is_named() {
    // The mean over H and W, kept, of a 1x8x4x4 map is 1x8x1x1.
    let wrong = vec![value("m", &[1, 8, 2, 2])];
    let error = onnx::import(
        &squeeze_excite(&[1, 8], wrong),
        "se.onnx",
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot import `se.onnx`: the graph says `m` has shape [1, 8, 2, 2], but the \
         ReduceMean node writing `m` makes it [1, 8, 1, 1]"
    );
}

/// `torch.split(x, sizes, 1)` as exported: one Split node, a Relu on
/// the first part and a Sigmoid on the second, joined by a Concat.
/// `sizes` is Split's `split` input; without it, the parts are equal.
fn split(sizes: Option<&[i64]>) -> Vec<u8> {
    let mut graph = GraphProto::new();
    graph.input = vec![value("x", &[1, 8, 4, 4])];
    graph.output = vec![unshaped("y")];
    let mut inputs = vec!["x"];
    if let Some(sizes) = sizes {
        graph.initializer = vec![int64s("sizes", sizes)];
        inputs.push("sizes");
    }
    let mut parts = node("Split", &inputs, "a", vec![int("axis", 1)]);
    parts.output.push("b".to_string());
    parts.name = "/split/Split".to_string();
    graph.node = vec![
        parts,
        node("Relu", &["a"], "ra", vec![]),
        node("Sigmoid", &["b"], "sb", vec![]),
        node("Concat", &["ra", "sb"], "y", vec![int("axis", 1)]),
    ];
    model(graph)
}

#[test]
fn an_equal_split_is_the_languages_split() {
    let expected = "// Imported from split.onnx (tests 1) by `cnn import`.\n\
                    input 4x4x8;\n\
                    split {\n    {\n        relu;\n    }\n    {\n        sigmoid;\n    }\n}\n";
    for sizes in [Some(&[4, 4][..]), None] {
        let imported = onnx::import(&split(sizes), "split.onnx", &Options::default()).unwrap();
        assert_eq!(imported.declaration, expected);
    }
}

#[test]
fn an_unequal_split_is_a_concat_of_slices() {
    let imported = onnx::import(&split(Some(&[2, 6])), "split.onnx", &Options::default()).unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from split.onnx (tests 1) by `cnn import`.\n\
         input 4x4x8;\n\
         concat {\n    {\n        slice 0..2;\n        relu;\n    }\n    \
         {\n        slice 2..8;\n        sigmoid;\n    }\n}\n"
    );
}

#[test]
fn a_slice_of_every_channel_is_no_statement() {
    // GhostNet's `out[:, :8]` of a map of 8 channels, then a Relu.
    let mut graph = GraphProto::new();
    graph.input = vec![value("x", &[1, 8, 4, 4])];
    graph.output = vec![unshaped("y")];
    graph.initializer = vec![
        int64s("starts", &[0]),
        int64s("ends", &[8]),
        int64s("axes", &[1]),
    ];
    graph.node = vec![
        node("Slice", &["x", "starts", "ends", "axes"], "s", vec![]),
        node("Relu", &["s"], "y", vec![]),
    ];
    let imported = onnx::import(&model(graph), "ghost.onnx", &Options::default()).unwrap();
    assert_eq!(
        imported.declaration,
        "// Imported from ghost.onnx (tests 1) by `cnn import`.\ninput 4x4x8;\nrelu;\n"
    );
}
