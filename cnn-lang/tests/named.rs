//! `from name`: an earlier output taken again, so that a graph that is not
//! series-parallel can be written, and a U-Net flat. Counts are checked
//! against `scripts/unet_counts.py`, which works them out by hand, layer by
//! layer, as PyTorch's modules hold them.

use cnn_lang::check;

/// The paper's U-Net at 512x512x1 as `examples/zoo/unet.rs` declares it,
/// but flat: each skip taken by name where the expanding path needs it.
const UNET: &str = "
    input 512x512x1;
    enc1: { conv 3x3x64 pad 1; relu; conv 3x3x64 pad 1; relu; }
    maxpool 2;
    enc2: { conv 3x3x128 pad 1; relu; conv 3x3x128 pad 1; relu; }
    maxpool 2;
    enc3: { conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu; }
    maxpool 2;
    enc4: { conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; }
    maxpool 2;
    bottom: { conv 3x3x1024 pad 1; relu; conv 3x3x1024 pad 1; relu; }
    up4: convtranspose 2x2x512 stride 2;
    concat { { from enc4; } {} }
    dec4: { conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; }
    up3: convtranspose 2x2x256 stride 2;
    concat { { from enc3; } {} }
    dec3: { conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu; }
    up2: convtranspose 2x2x128 stride 2;
    concat { { from enc2; } {} }
    dec2: { conv 3x3x128 pad 1; relu; conv 3x3x128 pad 1; relu; }
    up1: convtranspose 2x2x64 stride 2;
    concat { { from enc1; } {} }
    dec1: { conv 3x3x64 pad 1; relu; conv 3x3x64 pad 1; relu; }
    classifier: conv 1x1x2 -> 512x512x2;
";

#[test]
fn a_flat_unet_counts_what_pytorch_holds() {
    let checked = check(UNET, Some("UNet"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let network = checked.network.expect("valid");
    // `python3 scripts/unet_counts.py`: "paper: 512x512x1, 2 classes:
    // params 31030658, buffers 0, macs 192384335872".
    assert_eq!(network.totals.params, 31_030_658);
    assert_eq!(network.totals.non_trainable_params, 0);
    assert_eq!(network.totals.macs, 192_384_335_872);
    assert_eq!(network.output, cnn_core::Shape::spatial(512, 512, 2));
    // The nested form computes the same values: every skip is alive from
    // where it is made to where it is taken in both, so the plans match.
    let plan = network.plan.expect("planned");
    let nested = check(&nested_unet(), Some("UNet")).network.expect("valid");
    let nested_plan = nested.plan.expect("planned");
    assert_eq!(plan.header.arena_len, nested_plan.header.arena_len);
    assert!(plan.header.arena_len as u64 <= network.peak_activations);
}

fn nested_unet() -> String {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/zoo/unet.rs"
    ))
    .expect("the zoo's U-Net");
    let start = source.find("input 512x512x1;").expect("its input");
    let end = source[start..].find("\n    }\n").expect("its end") + start;
    source[start..end].to_string()
}

/// The text each diagnostic's span covers, its message and its labels' texts.
fn pointed_at(source: &str) -> Vec<(String, String, Vec<String>)> {
    check(source, Some("Net"))
        .diagnostics
        .into_iter()
        .map(|d| {
            let labels = d
                .labels
                .iter()
                .map(|l| source[l.span.clone()].to_string())
                .collect();
            (source[d.span.clone()].to_string(), d.message, labels)
        })
        .collect()
}

#[test]
fn an_unknown_name_is_an_error_on_it_with_the_nearest() {
    let found = pointed_at("input 8x8x4; enc1: conv 3x3x4 pad 1; add { {} { from enc2; } }");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "enc2");
    assert_eq!(
        found[0].1,
        "no layer or block named `enc2` comes before this `from`; did you mean `enc1`?"
    );
}

#[test]
fn a_name_given_later_is_a_forward_reference() {
    let found = pointed_at("input 8x8x4; add { {} { from late; } } late: relu;");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "late");
    assert!(
        found[0].1.contains("named only after this `from`"),
        "{found:?}"
    );
    assert_eq!(found[0].2, ["late"]);
}

#[test]
fn a_block_taking_its_own_output_is_a_cycle() {
    let found = pointed_at("input 8x8x4; b: add { {} { from b; } }");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "b");
    assert!(
        found[0].1.contains("a value cannot be its own input"),
        "{found:?}"
    );
}

#[test]
fn a_name_inside_a_repeat_is_not_taken_from_outside() {
    let found = pointed_at("input 8x8x4; repeat 2 { c: relu; } from c;");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "c");
    assert!(found[0].1.contains("inside a `repeat`"), "{found:?}");
    // Inside the round, the round's own is taken.
    assert!(pointed_at("input 8x8x4; repeat 2 { c: relu; add { {} { from c; } } }").is_empty());
}

#[test]
fn the_latest_output_of_a_name_is_taken() {
    // `conv1` names the first conv of both stages; the second `from` takes
    // the second stage's, 8 channels, so the concat gives 4 + 8 + 8.
    let source = "input 8x8x4; a: { conv1: conv 1x1x4; } b: { conv1: conv 1x1x8; } concat { {} { from conv1; } }";
    let network = check(source, Some("Net")).network.expect("valid");
    assert_eq!(network.output, cnn_core::Shape::spatial(8, 8, 16));
}

#[test]
fn shapes_that_do_not_join_name_the_numbers() {
    let found = pointed_at("input 8x8x4; skip: relu; conv 3x3x8 pad 1; add { {} { from skip; } }");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "add");
    assert!(
        found[0].1.contains("8x8x8") && found[0].1.contains("8x8x4"),
        "{found:?}"
    );
}

#[test]
fn a_slice_takes_a_range_of_channels() {
    let network = check("input 8x8x6; slice 2..5;", Some("Net"))
        .network
        .expect("valid");
    assert_eq!(network.output, cnn_core::Shape::spatial(8, 8, 3));
    assert_eq!(network.totals.params, 0);
    assert_eq!(network.rows[1].spec, "slice 2..5");
    let found = pointed_at("input 8x8x6; conv 1x1x4; slice 2..6;");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "2..6");
    assert_eq!(
        found[0].1,
        "`slice 2..6`: takes channels 2..6, but `conv 1x1x4` outputs 8x8x4 (4 channels, 0..4)"
    );
    let found = pointed_at("input 8x8x6; slice 4..4;");
    assert_eq!(found[0].0, "4..4", "{found:?}");
    assert!(found[0].1.contains("takes no channels"), "{found:?}");
}

#[test]
fn a_taken_output_stays_alive_until_its_last_use_and_no_longer() {
    // Slices copy and need no scratch, so the values alive are the
    // tensors alone. `a` (6 values) is alive from where it is made to the
    // concat that takes it: at the concat, `a`, the last slice's 2 and
    // the joined 8 are alive together, 16, the most at any step (the
    // input is the caller's, outside the arena).
    let source = "input 1x1x8; a: slice 0..6; slice 0..4; slice 0..2; concat { {} { from a; } }";
    let network = check(source, Some("Net")).network.expect("valid");
    let plan = network.plan.expect("planned");
    assert_eq!(plan.alive, 16);
    assert!(plan.header.arena_len >= plan.alive);
    assert!(plan.header.arena_len as u64 <= network.peak_activations);
    // After its last use `a` is free: a slice after the concat has the
    // concat's 8 and its own 3 alive, 11; kept on, `a` would make it 17.
    let longer = format!("{source} slice 0..3;");
    let network = check(&longer, Some("Net")).network.expect("valid");
    assert_eq!(network.plan.expect("planned").alive, 16);
}

#[test]
fn the_input_is_taken_by_the_name_it_is_given() {
    let network = check(
        "x: input 8x8x3; conv 1x1x3; add { {} { from x; } }",
        Some("Net"),
    )
    .network
    .expect("valid");
    assert_eq!(network.totals.params, 12);
    let found = pointed_at("input 8x8x3; relu; from input;");
    assert_eq!(found[0].0, "input", "{found:?}");
    assert!(found[0].1.contains("`x: input 32x32x3;`"), "{found:?}");
}

#[test]
fn from_takes_no_position_in_the_state_dict_keys() {
    // As PyTorch's nn.Sequential numbers only its modules: `from` is none.
    let source = "input 8x8x3; a: conv 1x1x3; conv 1x1x3; add { {} { from a; } } conv 1x1x3;";
    let network = check(source, Some("Net")).network.expect("valid");
    let keys: Vec<String> = cnn_lang::tensors(&network)
        .expect("keys")
        .into_iter()
        .map(|tensor| tensor.key)
        .collect();
    assert_eq!(
        keys,
        ["a.weight", "a.bias", "1.weight", "1.bias", "2.weight", "2.bias"]
    );
}
