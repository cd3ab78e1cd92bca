//! The options written after a layer (`stride 2`, `pad same`, `nobias`):
//! each one described once, with what a parser reads after its keyword and
//! the words an error uses when that is missing.

use crate::kind::spelling::same;

/// An option of the language, for code that dispatches on options rather
/// than on their spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opt {
    /// `stride S` / `stride SHxSW`.
    Stride,
    /// `pad valid` / `pad same` / `pad P` / `pad PHxPW`.
    Pad,
    /// `dilation D` / `dilation DHxDW`.
    Dilation,
    /// `groups G`.
    Groups,
    /// `nobias`.
    NoBias,
    /// `ceil`.
    Ceil,
    /// `multiplier M`.
    Multiplier,
    /// `outpad P` / `outpad PHxPW`: a transposed convolution's output
    /// padding.
    OutPad,
    /// `bilinear`: interpolate when upsampling or resizing.
    Bilinear,
    /// `eps E`: the number a norm adds to the variance (PyTorch's `eps`),
    /// or a weight-standardised conv to its weights' variance.
    Eps,
    /// `ws`: the conv's weights standardised over each filter's fan-in
    /// (timm's `StdConv2d`).
    Ws,
    /// `scaledws`: standardised, then times a learnt gain per filter and
    /// `gamma / sqrt(fan-in)` (timm's `ScaledStdConv2d`).
    ScaledWs,
    /// `gamma G`: a `scaledws` conv's constant `gamma`.
    Gamma,
    /// `tanh`: GELU's tanh approximation (`gelu tanh`, PyTorch's
    /// `approximate='tanh'`).
    Tanh,
    /// `end P` / `end PHxPW`: `zeropad`'s padding after each axis (bottom,
    /// right), when it is not the one before (`F.pad(x, (0, 1, 0, 1))`).
    End,
    /// `slope A`: `leakyrelu`'s slope for negative values (PyTorch's
    /// `negative_slope`).
    Slope,
}

/// What follows an option's keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OptValue {
    /// Nothing: the keyword alone (`nobias`, `ceil`).
    Flag,
    /// One number (`groups 32`).
    Count,
    /// One number for every spatial axis or one per axis (`stride 2`,
    /// `stride 2x1`).
    PerAxis,
    /// `valid`, `same`, or numbers as [`OptValue::PerAxis`] (`pad 1`).
    Padding,
    /// A positive real number, as PyTorch prints one (`eps 1e-3`,
    /// `eps 0.001`, `eps 1e-06`, `slope 1e-3`): the only place the language
    /// reads one, after an option.
    Real,
}

impl OptValue {
    /// Whether a value follows the keyword.
    pub const fn takes_value(self) -> bool {
        match self {
            OptValue::Flag => false,
            OptValue::Count | OptValue::PerAxis | OptValue::Padding | OptValue::Real => true,
        }
    }
}

/// A set of the options a layer accepts, as bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OptionSet(u16);

impl OptionSet {
    /// No options.
    pub const NONE: OptionSet = OptionSet(0);
    /// `stride S` / `stride SHxSW`.
    pub const STRIDE: OptionSet = OptionSet::of(Opt::Stride);
    /// `pad valid` / `pad same` / `pad P` / `pad PHxPW`.
    pub const PAD: OptionSet = OptionSet::of(Opt::Pad);
    /// `dilation D` / `dilation DHxDW`.
    pub const DILATION: OptionSet = OptionSet::of(Opt::Dilation);
    /// `groups G`.
    pub const GROUPS: OptionSet = OptionSet::of(Opt::Groups);
    /// `nobias`.
    pub const NOBIAS: OptionSet = OptionSet::of(Opt::NoBias);
    /// `ceil`.
    pub const CEIL: OptionSet = OptionSet::of(Opt::Ceil);
    /// `multiplier M`.
    pub const MULTIPLIER: OptionSet = OptionSet::of(Opt::Multiplier);
    /// `outpad P` / `outpad PHxPW`.
    pub const OUTPAD: OptionSet = OptionSet::of(Opt::OutPad);
    /// `bilinear`.
    pub const BILINEAR: OptionSet = OptionSet::of(Opt::Bilinear);
    /// `eps E`.
    pub const EPS: OptionSet = OptionSet::of(Opt::Eps);
    /// `ws`.
    pub const WS: OptionSet = OptionSet::of(Opt::Ws);
    /// `scaledws`.
    pub const SCALEDWS: OptionSet = OptionSet::of(Opt::ScaledWs);
    /// `gamma G`.
    pub const GAMMA: OptionSet = OptionSet::of(Opt::Gamma);
    /// `tanh`.
    pub const TANH: OptionSet = OptionSet::of(Opt::Tanh);
    /// `end P` / `end PHxPW`.
    pub const END: OptionSet = OptionSet::of(Opt::End);
    /// `slope A`.
    pub const SLOPE: OptionSet = OptionSet::of(Opt::Slope);

    /// The set holding only `option`.
    pub const fn of(option: Opt) -> OptionSet {
        OptionSet(1 << option as u16)
    }

    /// Both sets together.
    pub const fn with(self, other: OptionSet) -> OptionSet {
        OptionSet(self.0 | other.0)
    }

    /// Whether every option of `other` is in this set.
    pub const fn contains(self, other: OptionSet) -> bool {
        self.0 & other.0 == other.0
    }
}

/// One option: its keyword, the bit it sets, and what follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OptionInfo {
    /// The keyword as written.
    pub keyword: &'static str,
    /// The bit in [`OptionSet`].
    pub option: OptionSet,
    /// Whether a value follows the keyword.
    pub takes_value: bool,
    /// Which option this is.
    pub opt: Opt,
    /// What follows the keyword.
    pub value: OptValue,
    /// What a parse error says it expected after the keyword ("expected
    /// {expected}"); empty for a flag, which expects nothing.
    pub expected: &'static str,
}

const fn option(
    keyword: &'static str,
    opt: Opt,
    value: OptValue,
    expected: &'static str,
) -> OptionInfo {
    OptionInfo {
        keyword,
        option: OptionSet::of(opt),
        takes_value: value.takes_value(),
        opt,
        value,
        expected,
    }
}

const STRIDE: OptionInfo = option(
    "stride",
    Opt::Stride,
    OptValue::PerAxis,
    "S or SHxSW after `stride`, like `stride 2`",
);
const PAD: OptionInfo = option(
    "pad",
    Opt::Pad,
    OptValue::Padding,
    "`valid`, `same`, P or PHxPW after `pad`",
);
const DILATION: OptionInfo = option(
    "dilation",
    Opt::Dilation,
    OptValue::PerAxis,
    "D or DHxDW after `dilation`, like `dilation 2`",
);
const GROUPS: OptionInfo = option(
    "groups",
    Opt::Groups,
    OptValue::Count,
    "a number after `groups`, like `groups 32`",
);
const NOBIAS: OptionInfo = option("nobias", Opt::NoBias, OptValue::Flag, "");
const CEIL: OptionInfo = option("ceil", Opt::Ceil, OptValue::Flag, "");
const MULTIPLIER: OptionInfo = option(
    "multiplier",
    Opt::Multiplier,
    OptValue::Count,
    "a number after `multiplier`, like `multiplier 2`",
);

const OUTPAD: OptionInfo = option(
    "outpad",
    Opt::OutPad,
    OptValue::PerAxis,
    "P or PHxPW after `outpad`, like `outpad 1`",
);
const BILINEAR: OptionInfo = option("bilinear", Opt::Bilinear, OptValue::Flag, "");
const EPS: OptionInfo = option(
    "eps",
    Opt::Eps,
    OptValue::Real,
    "a positive number after `eps`, as PyTorch prints it, like `eps 1e-3`",
);
const WS: OptionInfo = option("ws", Opt::Ws, OptValue::Flag, "");
const SCALEDWS: OptionInfo = option("scaledws", Opt::ScaledWs, OptValue::Flag, "");
const GAMMA: OptionInfo = option(
    "gamma",
    Opt::Gamma,
    OptValue::Real,
    "a positive number after `gamma`, as PyTorch prints it, like `gamma 1.7139`",
);

const TANH: OptionInfo = option("tanh", Opt::Tanh, OptValue::Flag, "");
const END: OptionInfo = option(
    "end",
    Opt::End,
    OptValue::PerAxis,
    "P or PHxPW after `end`, like `end 1`",
);

const SLOPE: OptionInfo = option(
    "slope",
    Opt::Slope,
    OptValue::Real,
    "a positive number after `slope`, as PyTorch prints it, like `slope 1e-3`",
);

/// Every option keyword of the language.
pub const OPTIONS: &[OptionInfo] = &[
    STRIDE, PAD, DILATION, GROUPS, NOBIAS, CEIL, MULTIPLIER, OUTPAD, BILINEAR, EPS, WS, SCALEDWS,
    GAMMA, TANH, END, SLOPE,
];

impl Opt {
    /// The option's description.
    pub const fn info(self) -> &'static OptionInfo {
        match self {
            Opt::Stride => &STRIDE,
            Opt::Pad => &PAD,
            Opt::Dilation => &DILATION,
            Opt::Groups => &GROUPS,
            Opt::NoBias => &NOBIAS,
            Opt::Ceil => &CEIL,
            Opt::Multiplier => &MULTIPLIER,
            Opt::OutPad => &OUTPAD,
            Opt::Bilinear => &BILINEAR,
            Opt::Eps => &EPS,
            Opt::Ws => &WS,
            Opt::ScaledWs => &SCALEDWS,
            Opt::Gamma => &GAMMA,
            Opt::Tanh => &TANH,
            Opt::End => &END,
            Opt::Slope => &SLOPE,
        }
    }

    /// The option's keyword (`Opt::NoBias` is `nobias`).
    pub const fn keyword(self) -> &'static str {
        self.info().keyword
    }
}

/// The table entry for an option keyword.
///
/// ```
/// use cnn_core::{option_by_keyword, Opt, OptValue};
/// let stride = option_by_keyword("stride").unwrap();
/// assert_eq!((stride.opt, stride.value), (Opt::Stride, OptValue::PerAxis));
/// assert!(option_by_keyword("padding").is_none());
/// ```
pub const fn option_by_keyword(keyword: &str) -> Option<&'static OptionInfo> {
    let mut i = 0;
    while i < OPTIONS.len() {
        if same(OPTIONS[i].keyword, keyword) {
            return Some(&OPTIONS[i]);
        }
        i += 1;
    }
    None
}

// Each option is listed once, with its own bit: `OptionSet::of` and
// `OPTIONS` cannot drift apart.
const _: () = {
    let mut seen = OptionSet::NONE;
    let mut i = 0;
    while i < OPTIONS.len() {
        let info = OPTIONS[i];
        assert!(!seen.contains(info.option), "an option is listed twice");
        assert!(same(info.opt.keyword(), info.keyword));
        seen = seen.with(info.option);
        i += 1;
    }
};
