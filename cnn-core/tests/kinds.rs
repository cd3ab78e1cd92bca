//! The descriptions of the layer kinds and options against what the code
//! said before they existed: the table codes a macro of the same version
//! writes, the checks' lists of kinds, the names the renderers print, and
//! the words the parser's errors use.

use cnn_core::{
    block_by_keyword, kind_by_keyword, option_by_keyword, Activation, Block, Class, Kind, KindInfo,
    LayerSpec, Layout, Opt, OptValue, Scratch, Shape, BLOCK_KEYWORDS, KINDS, OPTIONS,
};
use cnn_run::weights::{
    BatchNorm, Conv2d, Conv2dNoBias, Linear, LinearNoBias, PRelu, SeparableConv2d,
    SeparableConv2dNoBias, Weights,
};

const ACTIVATIONS: [Activation; 11] = [
    Activation::Relu,
    Activation::Relu6,
    Activation::LeakyRelu,
    Activation::Elu,
    Activation::Gelu,
    Activation::Silu,
    Activation::Sigmoid,
    Activation::HardSigmoid,
    Activation::HardSwish,
    Activation::Tanh,
    Activation::Softmax,
];

/// Every kind with the code `table.rs` numbered it by hand before the
/// codes moved into the descriptions.
fn every_kind_and_its_code() -> Vec<(Kind, u8)> {
    let mut kinds = vec![
        (Kind::Input, 0),
        (Kind::Conv, 1),
        (Kind::DepthwiseConv, 2),
        (Kind::SeparableConv, 3),
        (Kind::MaxPool, 4),
        (Kind::AvgPool, 5),
        (Kind::GlobalAvgPool, 6),
        (Kind::GlobalMaxPool, 7),
        (Kind::AdaptiveAvgPool, 8),
        (Kind::Flatten, 9),
        (Kind::Dense, 10),
        (Kind::Softmax, 11),
    ];
    for (n, activation) in ACTIVATIONS.into_iter().enumerate() {
        kinds.push((Kind::Activation(activation), 12 + n as u8));
    }
    kinds.extend([
        (Kind::PRelu, 23),
        (Kind::BatchNorm, 24),
        (Kind::Dropout, 25),
        (Kind::ZeroPad, 26),
        (Kind::Block(Block::Sequence), 27),
        (Kind::Block(Block::Branch), 28),
        (Kind::Block(Block::Add), 29),
        (Kind::Block(Block::Concat), 30),
        (Kind::Block(Block::Mul), 31),
        (Kind::Block(Block::Residual), 32),
        (Kind::Block(Block::Repeat(0)), 33),
        (Kind::ConvTranspose, 34),
        (Kind::Upsample, 35),
        (Kind::Resize, 36),
        (Kind::LayerNorm, 37),
        (Kind::GroupNorm, 38),
        (Kind::Scale, 39),
        (Kind::Shuffle, 40),
        (Kind::Block(Block::Split), 41),
        (Kind::Block(Block::Sub), 44),
        (Kind::Grn, 42),
        (Kind::Slice, 43),
        (Kind::Eca, 45),
        (Kind::Affine, 46),
        (Kind::BlurPool, 47),
        (Kind::From, 48),
        (Kind::Block(Block::Mix), 49),
        (Kind::ContextPool, 51),
        (Kind::Times, 53),
        (Kind::Gain, 54),
        (Kind::Activation(Activation::GeluTanh), 56),
        (Kind::Activation(Activation::LogSoftmax), 57),
        (Kind::SpaceToDepth, 60),
    ]);
    kinds
}

#[test]
fn codes_are_the_ones_tables_were_written_with() {
    for (kind, code) in every_kind_and_its_code() {
        assert_eq!(kind.code(), code, "{kind:?}");
        assert_eq!(kind.info().code, code, "{kind:?}");
        assert_eq!(Kind::from_code(code), Some(kind), "{kind:?}");
    }
    // 50, 52, 55, 58 and 59 were never given (`NEVER_GIVEN` in
    // `checks.rs`), nor any code past 60.
    for code in [50, 52, 55, 58, 59, 61, 62, 63] {
        assert_eq!(Kind::from_code(code), None);
    }
    assert_eq!(Kind::Block(Block::Repeat(7)).code(), 33);
}

#[test]
fn every_keyword_finds_its_own_entry() {
    let aliases: Vec<&str> = KINDS
        .iter()
        .filter(|info| info.is_alias())
        .map(|info| info.keyword)
        .collect();
    assert_eq!(aliases, ["pool", "dense", "linear", "swish", "bn"]);
    for info in KINDS {
        assert_eq!(kind_by_keyword(info.keyword), Some(info));
        let own = info.kind.info();
        assert_eq!(own.keyword, info.kind.keyword());
        // An alias differs from its kind's description in its spelling only.
        let respelled = KindInfo {
            keyword: own.keyword,
            ..*info
        };
        assert_eq!(&respelled, own, "{}", info.keyword);
    }
}

/// The kinds a predicate held for, as `layer.rs` and `kind.rs` listed them
/// before the descriptions carried the flags.
#[test]
fn flags_match_the_lists_the_checks_used() {
    let windowed = [
        Kind::Conv,
        Kind::DepthwiseConv,
        Kind::SeparableConv,
        Kind::MaxPool,
        Kind::AvgPool,
        Kind::ConvTranspose,
        Kind::BlurPool,
    ];
    let pooling = [Kind::MaxPool, Kind::AvgPool];
    let counted = [
        Kind::Conv,
        Kind::SeparableConv,
        Kind::Dense,
        Kind::Softmax,
        Kind::ConvTranspose,
        Kind::GroupNorm,
        Kind::Shuffle,
        Kind::Slice,
        Kind::Eca,
        Kind::SpaceToDepth,
    ];
    // Sizes that must be at least 1 without a sliding window.
    let sized = [Kind::AdaptiveAvgPool, Kind::Upsample, Kind::Resize];
    let spatial_too = [
        Kind::GlobalAvgPool,
        Kind::GlobalMaxPool,
        Kind::AdaptiveAvgPool,
        Kind::ZeroPad,
        Kind::Upsample,
        Kind::Resize,
        Kind::Grn,
        Kind::ContextPool,
        Kind::SpaceToDepth,
    ];
    for (kind, _) in every_kind_and_its_code() {
        let info = kind.info();
        assert_eq!(info.is_input, kind == Kind::Input, "{kind:?}");
        assert_eq!(info.windowed, windowed.contains(&kind), "{kind:?}");
        assert_eq!(kind.is_windowed(), windowed.contains(&kind), "{kind:?}");
        assert_eq!(info.pooling, pooling.contains(&kind), "{kind:?}");
        assert_eq!(kind.is_pooling(), pooling.contains(&kind), "{kind:?}");
        assert_eq!(
            info.uses_window,
            windowed.contains(&kind) || sized.contains(&kind),
            "{kind:?}"
        );
        assert_eq!(info.has_count, counted.contains(&kind), "{kind:?}");
        assert_eq!(
            info.spatial_only,
            windowed.contains(&kind) || spatial_too.contains(&kind),
            "{kind:?}"
        );
    }
}

/// The class of each kind against the lists the match sites used before
/// the descriptions carried it: `storage.rs` (in place, passes, apart),
/// `receptive.rs` (window, whole input, field kept), `recover.rs`
/// (output known whatever the input) and `describe.rs` (flattens).
#[test]
fn classes_match_the_lists_the_sites_used() {
    for (kind, _) in every_kind_and_its_code() {
        let class = match kind {
            Kind::Input => Class::Input,
            Kind::Conv
            | Kind::DepthwiseConv
            | Kind::SeparableConv
            | Kind::MaxPool
            | Kind::AvgPool
            | Kind::BlurPool => Class::Window,
            Kind::ConvTranspose => Class::TransposedWindow,
            Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::ContextPool => Class::Global,
            Kind::Flatten => Class::Flatten,
            Kind::Dense | Kind::Softmax => Class::Dense,
            Kind::Activation(_)
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale
            | Kind::Grn
            | Kind::Eca
            | Kind::Affine
            | Kind::Times
            | Kind::Gain => Class::Pointwise,
            Kind::Dropout | Kind::From => Class::Identity,
            Kind::ZeroPad => Class::Pad,
            Kind::Upsample | Kind::Resize | Kind::Shuffle | Kind::Slice | Kind::SpaceToDepth => {
                Class::Resample
            }
            Kind::Block(_) => Class::Block,
        };
        assert_eq!(kind.info().class, class, "{kind:?}");
        let scratch = match kind {
            Kind::Conv => Scratch::Product,
            Kind::SeparableConv | Kind::Grn | Kind::Eca => Scratch::PerChannel,
            Kind::ContextPool => Scratch::PerPosition,
            _ => Scratch::None,
        };
        assert_eq!(kind.info().scratch, scratch, "{kind:?}");
        let word = match kind {
            Kind::Conv | Kind::DepthwiseConv | Kind::SeparableConv | Kind::ConvTranspose => {
                "kernel"
            }
            Kind::AdaptiveAvgPool => "output size",
            Kind::Resize => "size",
            Kind::Upsample => "factor",
            Kind::ZeroPad => "padding",
            Kind::BlurPool => "filter",
            _ => "window",
        };
        assert_eq!(kind.info().window_word, word, "{kind:?}");
    }
}

/// The names `svg.rs` and `json.rs` gave each kind in their own matches.
#[test]
fn display_names_match_the_renderers_matches() {
    for (kind, _) in every_kind_and_its_code() {
        let class = match kind {
            Kind::Input => "input",
            Kind::Conv
            | Kind::DepthwiseConv
            | Kind::SeparableConv
            | Kind::ConvTranspose
            | Kind::Eca => "conv",
            Kind::MaxPool
            | Kind::AvgPool
            | Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::BlurPool
            | Kind::ContextPool => "pool",
            Kind::Dense | Kind::Softmax => "fc",
            Kind::BatchNorm
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale
            | Kind::Grn
            | Kind::Affine
            | Kind::Gain => "norm",
            Kind::Activation(_) | Kind::PRelu => "act",
            Kind::Flatten
            | Kind::Dropout
            | Kind::ZeroPad
            | Kind::Upsample
            | Kind::Resize
            | Kind::Shuffle
            | Kind::Slice
            | Kind::Times
            | Kind::SpaceToDepth
            | Kind::From => "other",
            Kind::Block(_) => "block",
        };
        let json = match kind {
            Kind::Softmax => "fc_softmax",
            Kind::Activation(Activation::GeluTanh) => "gelu_tanh",
            Kind::Block(Block::Sequence) => "sequence",
            Kind::Block(Block::Branch) => "branch",
            other => other.keyword(),
        };
        let svg = match kind {
            Kind::Block(Block::Sequence | Block::Branch) => "",
            other => other.keyword(),
        };
        let summary = match kind {
            Kind::Block(Block::Sequence) => "{ ... }",
            other => other.keyword(),
        };
        let info = kind.info();
        assert_eq!(info.svg_class, class, "{kind:?}");
        assert_eq!(info.json_name, json, "{kind:?}");
        assert_eq!(info.svg_name, svg, "{kind:?}");
        assert_eq!(info.summary_name, summary, "{kind:?}");
    }
}

#[test]
fn blocks_open_with_their_keywords() {
    assert_eq!(
        BLOCK_KEYWORDS,
        ["add", "concat", "mul", "residual", "repeat", "split", "sub", "mix"]
    );
    let blocks = [
        Block::Add,
        Block::Concat,
        Block::Mul,
        Block::Residual,
        Block::Repeat(0),
        Block::Split,
        Block::Sub,
        Block::Mix,
    ];
    for (keyword, block) in BLOCK_KEYWORDS.iter().zip(blocks) {
        assert_eq!(block_by_keyword(keyword), Some(block));
        assert_eq!(block.keyword(), *keyword);
        assert!(kind_by_keyword(keyword).is_none());
    }
    assert_eq!(Block::Sequence.keyword(), "{}");
    assert_eq!(Block::Branch.keyword(), "{}");
    assert_eq!(block_by_keyword("{}"), None);
    assert_eq!(block_by_keyword("sequence"), None);
    assert_eq!(block_by_keyword("conv"), None);
}

/// The words the macro's parser used for each option, before the options
/// carried them.
#[test]
fn options_say_what_follows_them() {
    let expected = [
        (
            "stride",
            Opt::Stride,
            OptValue::PerAxis,
            "S or SHxSW after `stride`, like `stride 2`",
        ),
        (
            "pad",
            Opt::Pad,
            OptValue::Padding,
            "`valid`, `same`, P or PHxPW after `pad`",
        ),
        (
            "dilation",
            Opt::Dilation,
            OptValue::PerAxis,
            "D or DHxDW after `dilation`, like `dilation 2`",
        ),
        (
            "groups",
            Opt::Groups,
            OptValue::Count,
            "a number after `groups`, like `groups 32`",
        ),
        ("nobias", Opt::NoBias, OptValue::Flag, ""),
        ("ceil", Opt::Ceil, OptValue::Flag, ""),
        (
            "multiplier",
            Opt::Multiplier,
            OptValue::Count,
            "a number after `multiplier`, like `multiplier 2`",
        ),
        (
            "outpad",
            Opt::OutPad,
            OptValue::PerAxis,
            "P or PHxPW after `outpad`, like `outpad 1`",
        ),
        ("bilinear", Opt::Bilinear, OptValue::Flag, ""),
        (
            "eps",
            Opt::Eps,
            OptValue::Real,
            "a positive number after `eps`, as PyTorch prints it, like `eps 1e-3`",
        ),
        ("ws", Opt::Ws, OptValue::Flag, ""),
        ("scaledws", Opt::ScaledWs, OptValue::Flag, ""),
        (
            "gamma",
            Opt::Gamma,
            OptValue::Real,
            "a positive number after `gamma`, as PyTorch prints it, like `gamma 1.7139`",
        ),
        ("tanh", Opt::Tanh, OptValue::Flag, ""),
        (
            "end",
            Opt::End,
            OptValue::PerAxis,
            "P or PHxPW after `end`, like `end 1`",
        ),
        (
            "slope",
            Opt::Slope,
            OptValue::Real,
            "a positive number after `slope`, as PyTorch prints it, like `slope 1e-3`",
        ),
    ];
    assert_eq!(OPTIONS.len(), expected.len());
    for (info, (keyword, opt, value, words)) in OPTIONS.iter().zip(expected) {
        assert_eq!(option_by_keyword(keyword), Some(info));
        assert_eq!(
            (info.keyword, info.opt, info.value, info.expected),
            (keyword, opt, value, words)
        );
        assert_eq!(info.takes_value, value != OptValue::Flag, "{keyword}");
        assert_eq!(opt.info(), info);
        assert_eq!(opt.keyword(), keyword);
    }
    assert!(kind_by_keyword("conv")
        .unwrap()
        .options
        .contains(Opt::Groups.info().option));
    assert!(!kind_by_keyword("fc")
        .unwrap()
        .options
        .contains(Opt::Stride.info().option));
}

/// Each layout names a type of `cnn_run::weights` whose const generics
/// are the layout's numbers in order: the type then holds exactly the
/// layer's parameters.
#[test]
fn layouts_name_the_weight_types_that_hold_them() {
    fn check(spec: LayerSpec, input: Shape, name: &str, args: &[u64], len: usize) {
        let step = spec.apply(input).unwrap();
        let layout: Layout = spec.layout(input).unwrap();
        assert_eq!(layout.type_name(), name);
        assert_eq!(layout.type_args().as_slice(), args);
        assert_eq!(
            (step.params + step.non_trainable_params) as usize,
            len,
            "{name}"
        );
    }
    let map = Shape::spatial(8, 8, 16);
    let conv = LayerSpec::new(Kind::Conv).window(3, 1).count(32).groups(4);
    check(
        conv,
        map,
        "Conv2d",
        &[3, 1, 4, 32],
        <Conv2d<f32, 3, 1, 4, 32> as Weights<f32>>::LEN,
    );
    check(
        conv.no_bias(),
        map,
        "Conv2dNoBias",
        &[3, 1, 4, 32],
        <Conv2dNoBias<f32, 3, 1, 4, 32> as Weights<f32>>::LEN,
    );
    let dwconv = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .multiplier(2);
    check(
        dwconv,
        map,
        "Conv2d",
        &[3, 3, 1, 32],
        <Conv2d<f32, 3, 3, 1, 32> as Weights<f32>>::LEN,
    );
    let sepconv = LayerSpec::new(Kind::SeparableConv)
        .window(5, 3)
        .count(24)
        .multiplier(2);
    check(
        sepconv,
        map,
        "SeparableConv2d",
        &[5, 3, 32, 24],
        <SeparableConv2d<f32, 5, 3, 32, 24> as Weights<f32>>::LEN,
    );
    check(
        sepconv.no_bias(),
        map,
        "SeparableConv2dNoBias",
        &[5, 3, 32, 24],
        <SeparableConv2dNoBias<f32, 5, 3, 32, 24> as Weights<f32>>::LEN,
    );
    let fc = LayerSpec::new(Kind::Dense).count(10);
    check(
        fc,
        map,
        "Linear",
        &[1024, 10],
        <Linear<f32, 1024, 10> as Weights<f32>>::LEN,
    );
    check(
        LayerSpec::new(Kind::Softmax).count(10).no_bias(),
        Shape::Flat(84),
        "LinearNoBias",
        &[84, 10],
        <LinearNoBias<f32, 84, 10> as Weights<f32>>::LEN,
    );
    check(
        LayerSpec::new(Kind::BatchNorm),
        map,
        "BatchNorm",
        &[16],
        <BatchNorm<f32, 16> as Weights<f32>>::LEN,
    );
    check(
        LayerSpec::new(Kind::PRelu),
        map,
        "PRelu",
        &[16],
        <PRelu<f32, 16> as Weights<f32>>::LEN,
    );
}
