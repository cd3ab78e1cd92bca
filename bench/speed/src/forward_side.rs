//! Our side as a user runs it: `Net::forward` with its weight struct, one
//! input and an arena of `Net::ARENA_LEN` values, allocated once; or
//! `Net::forward_prepared` on what `Net::prepare` made of the weights
//! once (not timed); or that pass timed step by step.

use cnn::weights::Weights;

/// The prepared pass with a callback after each step.
type Steps = Box<dyn FnMut(&mut dyn FnMut(String))>;

/// One network's forward pass, ready to run again and again.
pub struct Forward {
    run: Box<dyn FnMut()>,
    /// The prepared pass, calling back after each step with its label.
    steps: Steps,
}

impl Forward {
    pub fn run(&mut self) {
        (self.run)();
    }

    /// The prepared pass, `each` called after every step with what the
    /// step is (the layer and what its store fused).
    pub fn steps(&mut self, each: &mut dyn FnMut(String)) {
        (self.steps)(each);
    }
}

/// Which pass [`of`] runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Path {
    /// `Net::forward` on the weights.
    Plain,
    /// `Net::forward_prepared` on the prepared weights.
    Prepared,
}

/// A layer as the tables show it: its keyword, then for a window its
/// size (`conv 3x3`, `dwconv 3x3`), a stride past 1, and its count.
fn spec_text(spec: &cnn_core::LayerSpec) -> String {
    let mut text = spec.kind.keyword().to_string();
    if spec.window.written() > 0 {
        let window = spec.window.values()[..spec.window.written()]
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join("x");
        text += &format!(" {window}x{}", spec.count);
    }
    if let Some(stride) = spec.stride {
        if stride.values().iter().any(|&s| s > 1) {
            text += &format!(" /{}", stride.values()[0]);
        }
    }
    text
}

/// A step of the prepared program as the table of time per step shows it.
pub fn label(op: &cnn_core::program::Op) -> String {
    use cnn_core::program::Op;
    match op {
        Op::Fused {
            spec,
            input,
            norm,
            residual,
            activation,
            ..
        } => {
            let mut label = format!("{} on {input}", spec_text(spec));
            if norm.is_some() {
                label += " +bn";
            }
            if residual.is_some() {
                label += " +add";
            }
            if let Some(activation) = activation {
                label += &format!(" +{activation:?}").to_lowercase();
            }
            label
        }
        Op::Layer { spec, input, .. } => format!("{} on {input}", spec_text(spec)),
        Op::Add { len, .. } => format!("add of {len}"),
        Op::Sub { len, .. } => format!("sub of {len}"),
        Op::Mul { len, .. } => format!("mul of {len}"),
        Op::Softmax {
            positions,
            paths,
            channels,
            ..
        } => format!("mix softmax {positions}x{paths}x{channels}"),
        Op::Weigh { len, .. } => format!("mix weigh of {len}"),
        Op::Copy {
            positions, width, ..
        } => format!("copy {positions}x{width}"),
    }
}

/// `len` values in [-scale, scale), repeatable.
fn noise(len: usize, scale: f32) -> Vec<f32> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            ((seed >> 40) as f32 / (1u64 << 23) as f32 - 1.0) * scale
        })
        .collect()
}

/// A boxed array of `N` values.
fn array<const N: usize>(values: Vec<f32>) -> Box<[f32; N]> {
    values.into_boxed_slice().try_into().unwrap()
}

/// The forward pass of network `$net` (weights `$weights`): random
/// weights (a batch norm's variance may come out negative, and its values
/// NaN from there on, which costs an x86 CPU nothing, unlike subnormals),
/// a random input.
macro_rules! forward {
    ($net:ty, $weights:ident, $path:expr) => {{
        const LEN: usize = <$weights<f32> as Weights<f32>>::LEN;
        let flat: &'static [f32] = Box::leak(noise(LEN, 0.1).into_boxed_slice());
        let weights = $weights::<f32>::from_slice(flat).expect("the weights' length");
        let input = array::<{ <$net>::INPUT_LEN }>(noise(<$net>::INPUT_LEN, 1.0));
        // On a 64-byte line, as ONNX Runtime's buffers are (README, "Run it").
        let mut arena = cnn::run::Arena::<{ <$net>::ARENA_LEN }>::boxed();
        let mut prepared = cnn::run::Prepared::<{ <$net>::PREPARED_LEN }>::boxed();
        <$net>::prepare(weights, &mut prepared);
        let prepared: &'static _ = Box::leak(prepared);
        let mut other = cnn::run::Arena::<{ <$net>::ARENA_LEN }>::boxed();
        let steps_input = input.clone();
        let run: Box<dyn FnMut()> = match $path {
            Path::Plain => Box::new(move || {
                std::hint::black_box(<$net>::forward(weights, &input, &mut arena));
            }),
            Path::Prepared => Box::new(move || {
                std::hint::black_box(<$net>::forward_prepared(prepared, &input, &mut arena));
            }),
        };
        Forward {
            run,
            steps: Box::new(move |each| {
                cnn_run::forward_prepared_each(
                    <$net>::__CNN_FUSED,
                    prepared.as_slice(),
                    &steps_input[..],
                    &mut other[..],
                    &mut |op| each(label(op)),
                )
                .expect("the prepared pass runs");
            }),
        }
    }};
}

/// The benchmark's networks by their ONNX files' names.
pub fn of(name: &str, path: Path) -> Forward {
    use crate::efficientnet::{EfficientNetB0, EfficientNetB0Weights};
    use crate::lenet::{LeNet, LeNetWeights};
    use crate::mobilenet::{MobileNetV2, MobileNetV2Weights};
    use crate::resnet::{ResNet18, ResNet18Weights, ResNet50, ResNet50Weights};
    match name {
        "lenet" => forward!(LeNet, LeNetWeights, path),
        "mobilenet_v2" => forward!(MobileNetV2, MobileNetV2Weights, path),
        "resnet18" => forward!(ResNet18, ResNet18Weights, path),
        "resnet50" => forward!(ResNet50, ResNet50Weights, path),
        "efficientnet_b0" => forward!(EfficientNetB0, EfficientNetB0Weights, path),
        other => panic!("no network {other}"),
    }
}
