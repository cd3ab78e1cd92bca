//! The naming rule of tensor keys and of names (README, "Loading PyTorch
//! weights"), on small networks whose keys torch's `nn.Module` naming
//! gives: digit names, positions, blocks that add no component, rounds,
//! names unique per scope.

use cnn_lang::{check, tensors};

/// The keys of a network's tensors.
fn keys(source: &str) -> Vec<String> {
    let checked = check(source, Some("Net"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let network = checked.network.expect("the network checks");
    tensors(&network)
        .expect("no key twice")
        .into_iter()
        .map(|tensor| tensor.key)
        .collect()
}

#[test]
fn digits_name_a_statement_as_nn_sequential_numbers_its_children() {
    assert_eq!(
        keys("input 8x8x3; features: { 0: { 0: conv 3x3x4 nobias; 1: bn; 2: relu6; } }"),
        [
            "features.0.0.weight",
            "features.0.1.weight",
            "features.0.1.bias",
            "features.0.1.running_mean",
            "features.0.1.running_var"
        ]
    );
}

#[test]
fn an_unnamed_statement_is_its_position_in_its_body() {
    assert_eq!(
        keys("input 8x8x3; relu; conv 3x3x4; classifier: { gap; dropout; fc 2; }"),
        [
            "1.weight",
            "1.bias",
            "classifier.2.weight",
            "classifier.2.bias"
        ]
    );
}

#[test]
fn an_unnamed_add_adds_no_component_and_its_statements_number_on() {
    // `{ a; add { {b} {c} }; d }` numbers a, b, c, d as 0, 1, 2, 3.
    assert_eq!(
        keys("input 8x8x4; s: { conv 1x1x4; add { { conv 1x1x4; } { conv 1x1x4 nobias; } } conv 1x1x4 nobias; }"),
        ["s.0.weight", "s.0.bias", "s.1.weight", "s.1.bias", "s.2.weight", "s.3.weight"]
    );
    // Named, it is a component, and its branches number on inside it.
    assert_eq!(
        keys("input 8x8x4; m: concat { { conv 1x1x4 nobias; } { relu; conv 1x1x4 nobias; } }"),
        ["m.0.weight", "m.2.weight"]
    );
}

#[test]
fn each_round_is_its_index_and_one_unnamed_statement_is_the_round() {
    assert_eq!(
        keys("input 4; stage: repeat 3 { fc 4 nobias; }"),
        ["stage.0.weight", "stage.1.weight", "stage.2.weight"]
    );
    assert_eq!(
        keys("input 4; stage: repeat 2 { fc 4 nobias; relu; }"),
        ["stage.0.0.weight", "stage.1.0.weight"]
    );
    // A round that changes the shape is listed apart; its key is the same rule's.
    assert_eq!(
        keys("input 4; stage: repeat 3 { fc 8 nobias; }"),
        ["stage.0.weight", "stage.1.weight", "stage.2.weight"]
    );
}

#[test]
fn a_name_is_unique_in_its_scope_not_in_the_network() {
    let checked = check("input 4; a: { fc1: fc 4; } b: { fc1: fc 4; }", Some("Net"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let network = checked.network.expect("checks");
    // `fc1` is in two scopes: no constant; `a` and `b` have theirs.
    let constants: Vec<_> = network
        .rows
        .iter()
        .filter_map(|row| row.constant.clone())
        .collect();
    assert_eq!(constants, ["A", "B"]);
    let twice = check("input 4; a: { fc1: fc 4; fc1: fc 4; }", Some("Net"));
    assert_eq!(twice.diagnostics.len(), 1);
    assert_eq!(
        twice.diagnostics[0].message,
        "layer name `fc1` is used twice in `Net`"
    );
    let digits = check("input 4; 0: fc 4; 0: fc 4;", Some("Net"));
    assert_eq!(
        digits.diagnostics[0].message,
        "layer name `0` is used twice in `Net`"
    );
}

#[test]
fn a_key_given_twice_points_at_the_second_statement() {
    let source = "input 8x8x1; s: { 1: conv 3x3x8; conv 3x3x8; }";
    let checked = check(source, Some("Net"));
    let network = checked.network.expect("the network itself is fine");
    let error = tensors(&network).expect_err("`s.1.weight` twice");
    assert_eq!(&source[error.span.clone()], "conv 3x3x8");
    assert!(error.message.contains("`s.1.weight`"), "{}", error.message);
    assert_eq!(&source[error.labels[0].span.clone()], "1: conv 3x3x8");
}

#[test]
fn every_kind_with_parameters_has_pytorchs_shapes() {
    let checked = check(
        "input 8x8x4; a: dwconv 3x3 multiplier 2 pad 1; b: sepconv 3x3x6 pad 1 nobias; \
         c: convtranspose 2x2x4 groups 2; d: prelu; e: layernorm; f: groupnorm 2; g: scale; i: grn; \
         j: eca 3; k: affine; o: gain; l: blurpool 3; m: residual { n: contextpool; } h: fc 3;",
        Some("Net"),
    );
    let found: Vec<(String, Vec<u64>)> = tensors(&checked.network.expect("checks"))
        .expect("keys")
        .into_iter()
        .map(|tensor| (tensor.key, tensor.shape))
        .collect();
    let expected: Vec<(String, Vec<u64>)> = [
        // PyTorch's layouts: Conv2d(4, 8, 3, groups=4); Conv2d(8, 8, 3,
        // groups=8, bias=False) then Conv2d(8, 6, 1, bias=False);
        // ConvTranspose2d(6, 4, 2, groups=2), 9x9 out; PReLU(4);
        // LayerNorm(4); GroupNorm(2, 4); a scale; timm's
        // GlobalResponseNorm(4) (its `weight` and `bias`); timm's EcaModule
        // conv, Conv1d(1, 1, 3, bias=False); timm's LearnableAffineBlock
        // (`scale` and `bias`, [1] each); NFNet's `skipinit_gain`, a 0-d
        // `nn.Parameter(torch.tensor(0.))` keyed by its path, shape [];
        // timm's BlurPool2d(4, 3, stride 1)
        // (its buffer `filt`, [4, 1, 3, 3]); timm's GlobalContext's
        // `conv_attn`, Conv2d(4, 1, 1); Linear(9*9*4, 3).
        // cnn-tests/tests/safetensors.rs checks each against torch's file.
        ("a.weight", vec![8, 1, 3, 3]),
        ("a.bias", vec![8]),
        ("b.depthwise.weight", vec![8, 1, 3, 3]),
        ("b.pointwise.weight", vec![6, 8, 1, 1]),
        ("c.weight", vec![6, 2, 2, 2]),
        ("c.bias", vec![4]),
        ("d.weight", vec![4]),
        ("e.weight", vec![4]),
        ("e.bias", vec![4]),
        ("f.weight", vec![4]),
        ("f.bias", vec![4]),
        ("g", vec![4]),
        ("i.weight", vec![4]),
        ("i.bias", vec![4]),
        ("j.weight", vec![1, 1, 3]),
        ("k.scale", vec![1]),
        ("k.bias", vec![1]),
        ("o", vec![]),
        ("l.filt", vec![4, 1, 3, 3]),
        ("m.n.weight", vec![1, 4, 1, 1]),
        ("m.n.bias", vec![1]),
        ("h.weight", vec![3, 9 * 9 * 4]),
        ("h.bias", vec![3]),
    ]
    .into_iter()
    .map(|(key, shape)| (key.to_string(), shape))
    .collect();
    assert_eq!(found, expected);
}
