//! The language from a `&str`, as the `cnn` command and the playground use
//! it: what it gives for the article's network, and where its diagnostics
//! point, by byte.

use cnn_lang::{check, Severity};

const LENET: &str = "
    input 32x32x3;            // the article's network
    conv1: conv 5x5x8;
    pool 2;
    conv2: conv 5x5x16 -> 10x10x16;
    pool 2;
    fc3: fc 120;
    fc4: fc 84;
    out: softmax 10;
";

#[test]
fn the_article_counts_what_the_article_counts() {
    let checked = check(LENET, Some("LeNet"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let network = checked.network.expect("LeNet is valid");
    // The article's total, and its CONV1 and FC3 rows.
    assert_eq!(network.totals.params, 62_958);
    assert_eq!(network.rows[1].step.params, 608);
    assert_eq!(network.rows[1].constant.as_deref(), Some("CONV1"));
    assert_eq!(network.rows[5].formula, "120*400+120 = 48120");
    assert_eq!(network.rows[5].spec, "fc 120");
}

/// The text each diagnostic's span covers, and its message.
fn pointed_at(source: &str, name: Option<&str>) -> Vec<(String, String)> {
    check(source, name)
        .diagnostics
        .into_iter()
        .map(|d| (source[d.span.clone()].to_string(), d.message))
        .collect()
}

#[test]
fn three_independent_mistakes_point_at_their_own_text() {
    let source =
        "input 32x32x3; conv 3x3x8 groups 3; conv 5x5x16 -> 26x26x16; maxpool 40; fc 10 -> 12;";
    let found = pointed_at(source, None);
    let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(texts, ["groups 3", "maxpool 40", "-> 12"], "{found:?}");
    assert_eq!(found[2].1, "`-> 12` does not hold: `fc 10` outputs 10");
}

#[test]
fn a_name_used_twice_has_a_label_at_the_first() {
    let source = "input 8x8x1; a: relu; a: relu;";
    let checked = check(source, Some("Net"));
    let [diagnostic] = checked.diagnostics.as_slice() else {
        panic!("one diagnostic: {:?}", checked.diagnostics);
    };
    assert_eq!(diagnostic.span, 22..23);
    assert_eq!(diagnostic.labels[0].span, 13..14);
    assert_eq!(diagnostic.labels[0].message, "`a` is first used here");
}

#[test]
fn channels_first_is_a_warning_and_the_network_still_builds() {
    let checked = check("input 3x224x224; conv 3x3x64 pad 1;", None);
    let [warning] = checked.diagnostics.as_slice() else {
        panic!("one warning: {:?}", checked.diagnostics);
    };
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.span, 6..15);
    assert!(warning
        .help
        .as_deref()
        .is_some_and(|help| help.contains("input 224x224x3")));
    // Read channels-last: (3*3*224 + 1) * 64 = 129,088.
    assert_eq!(checked.network.map(|n| n.totals.params), Some(129_088));
}

#[test]
fn a_lexer_error_is_a_diagnostic_not_a_panic() {
    let found = pointed_at("input 8x8x1; repeat 2 { relu;", None);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "{");
    for hostile in ["", "}", "€", "\"", "/*", "r#", "0x", "->", "{{{{", "input"] {
        let _ = check(hostile, Some("Net"));
    }
}

#[test]
fn pytorch_words_get_advice_not_a_misleading_neighbour() {
    let found = pointed_at("input 8x8x1; deconv 3x3x8;", None);
    assert_eq!(found[0].0, "deconv");
    assert!(!found[0].1.contains("did you mean"), "{}", found[0].1);
    let found = pointed_at("input 8x8x1; conv 3x3x8 padding 1;", None);
    assert!(found[0].1.contains("`pad`"), "{}", found[0].1);
}

/// A squeeze-excite gate in the order torchvision runs it (the gate
/// branch first), repeated: it was refused with "the receptive field after
/// `repeat 5` is larger than u64 can count", because pooling the gate to
/// 1x1 multiplied the jump of the map it scales. The gate sees the whole
/// map and has no neighbours, so the jump must be the ungated network's.
#[test]
fn squeeze_excite_gates_first_in_a_repeat_build() {
    let gate = "mul {{adaptivepool 1x1; conv 1x1x52; relu; conv 1x1x208; sigmoid;} {}}";
    let body = |gate: &str| {
        format!(
            "input 56x56x208; conv 3x3x208 stride 2 pad 1; repeat 5 {{relu; residual {{conv 1x1x208 nobias; bn; relu; \
             conv 3x3x208 pad 1 groups 26 nobias; bn; relu; {gate} conv 1x1x208 nobias; bn;}}}}"
        )
    };
    let gated = check(&body(gate), None);
    assert!(gated.diagnostics.is_empty(), "{:?}", gated.diagnostics);
    let plain = check(&body(""), None)
        .network
        .expect("valid without the gates");
    let gated = gated.network.expect("valid with the gates");
    let last = |network: &cnn_lang::Network| network.rows[network.rows.len() - 1].field;
    // One stride of 2, before the repeat: the jump is 2.
    assert_eq!(last(&plain).jump, [2, 2, 1]);
    assert_eq!(last(&gated).jump, last(&plain).jump);
    // The gate's 1x1 convs add parameters, 2 * (208*52) + 52 + 208 per round.
    assert_eq!(
        gated.totals.params - plain.totals.params,
        5 * (2 * 208 * 52 + 52 + 208)
    );
}

/// The network the issue gave, RegNetY's first stages as torchvision runs
/// them: it must check without a word.
#[test]
fn the_regnet_y_stages_from_the_issue_build() {
    const NETWORK: &str = "input 224x224x3; add {{conv 1x1x104 stride 2 nobias; bn;} {conv 1x1x104 nobias; bn; relu; conv 3x3x104 stride 2 pad 1 groups 13 nobias; bn; relu; mul {{adaptivepool 1x1; conv 1x1x12; relu; conv 1x1x104; sigmoid;} {}} conv 1x1x104 nobias; bn;}} add {{conv 1x1x208 stride 2 nobias; bn;} {conv 1x1x208 nobias; bn; relu; conv 3x3x208 stride 2 pad 1 groups 26 nobias; bn; relu; mul {{adaptivepool 1x1; conv 1x1x26; relu; conv 1x1x208; sigmoid;} {}} conv 1x1x208 nobias; bn;}} repeat 5 {relu; residual {conv 1x1x208 nobias; bn; relu; conv 3x3x208 pad 1 groups 26 nobias; bn; relu; mul {{adaptivepool 1x1; conv 1x1x52; relu; conv 1x1x208; sigmoid;} {}} conv 1x1x208 nobias; bn;}} add {{conv 1x1x440 stride 2 nobias; bn;} {conv 1x1x440 nobias; bn; relu; conv 3x3x440 stride 2 pad 1 groups 55 nobias; bn; relu; mul {{adaptivepool 1x1; conv 1x1x52; relu; conv 1x1x440; sigmoid;} {}} conv 1x1x440 nobias; bn;}} repeat 5 {relu; residual {conv 1x1x440 nobias; bn; relu; conv 3x3x440 pad 1 groups 55 nobias; bn; relu; mul {{adaptivepool 1x1; conv 1x1x110; relu; conv 1x1x440; sigmoid;} {}} conv 1x1x440 nobias; bn;}}";
    let checked = check(NETWORK, None);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
}

/// PyTorch's `[C, L]` for audio, `1x16000`, reads as one position with
/// 16000 channels: a warning, with the channels-last spelling.
#[test]
fn channels_first_audio_is_a_warning() {
    let checked = check("input 1x16000; conv 1x32; gap; fc 10;", None);
    let warnings: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 1, "{:?}", checked.diagnostics);
    assert!(
        warnings[0].message.contains("16000 channels"),
        "{}",
        warnings[0].message
    );
    let help = warnings[0].help.as_deref().unwrap_or_default();
    assert!(help.contains("write `input 16000x1`"), "{help}");
    // The same signal channels-last has nothing to warn about.
    assert!(
        check("input 16000x1; conv 80x32 stride 16; gap; fc 10;", None)
            .diagnostics
            .is_empty()
    );
}

/// A kernel, window, size or option whose number of axes is not the
/// input's is an error that names both, pointing at the numbers.
#[test]
fn ranks_that_do_not_fit_name_both() {
    let cases = [
        (
            "input 16000x1; conv 3x3x64;",
            "3x3x64",
            "its kernel gives 2 axes, but the input is 16000x1, which has 1",
        ),
        (
            "input 8x8x8x3; maxpool 2x2;",
            "2x2",
            "its window gives 2 axes, but the input is 8x8x8x3, which has 3",
        ),
        (
            "input 8x8x8x3; adaptivepool 1x1;",
            "1x1",
            "its output size gives 2 axes",
        ),
        (
            "input 64x8; resize 4x4;",
            "4x4",
            "its size gives 2 axes, but the input is 64x8, which has 1",
        ),
        (
            "input 8x8x8x3; conv 3x3x3x4 pad 1x1;",
            "pad 1x1",
            "its padding gives 2 axes",
        ),
        (
            "input 8x8x3; convtranspose 2x2x4 stride 2 outpad 1x1x1;",
            "outpad 1x1x1",
            "its output padding gives 3 axes",
        ),
    ];
    for (source, text, words) in cases {
        let found = pointed_at(source, None);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
        assert_eq!(found[0].0, text, "{source}");
        assert!(found[0].1.contains(words), "{source}: {}", found[0].1);
    }
    // One number is every axis, whatever the rank.
    for source in [
        "input 8x8x8x3; maxpool 2; dwconv 3 pad 1; adaptivepool 1; gap;",
        "input 64x8; maxpool 2 stride 2; upsample 2; zeropad 1; gap;",
    ] {
        assert!(check(source, None).diagnostics.is_empty(), "{source}");
    }
}

/// A statement the parser skips (an unknown word) leaves a network that is
/// not the one written: no network is given, though the rest analyses
/// (the new user's `cnn check` printed "ok, 0 params" for this).
#[test]
fn a_skipped_statement_gives_no_network() {
    let checked = check(
        "input 3x224x224;\nconv2d 3x3x64 padding 1;\nlinear 10;\n",
        None,
    );
    assert!(checked.network.is_none());
    assert!(checked
        .diagnostics
        .iter()
        .any(|d| d.severity == cnn_lang::Severity::Error && d.message.contains("conv2d")));
}
