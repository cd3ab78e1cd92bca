//! Our side as a user runs it: `Net::forward` with its weight struct, one
//! input and an arena of `Net::ARENA_LEN` values, allocated once.

use cnn::weights::Weights;

/// One network's forward pass, ready to run again and again.
pub struct Forward {
    run: Box<dyn FnMut()>,
}

impl Forward {
    pub fn run(&mut self) {
        (self.run)();
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
    ($net:ty, $weights:ident) => {{
        const LEN: usize = <$weights<f32> as Weights<f32>>::LEN;
        let flat: &'static [f32] = Box::leak(noise(LEN, 0.1).into_boxed_slice());
        let weights = $weights::<f32>::from_slice(flat).expect("the weights' length");
        let input = array::<{ <$net>::INPUT_LEN }>(noise(<$net>::INPUT_LEN, 1.0));
        let mut arena = array::<{ <$net>::ARENA_LEN }>(vec![0.0; <$net>::ARENA_LEN]);
        Forward {
            run: Box::new(move || {
                std::hint::black_box(<$net>::forward(weights, &input, &mut arena));
            }),
        }
    }};
}

/// The benchmark's networks by their ONNX files' names.
pub fn of(name: &str) -> Forward {
    use crate::efficientnet::{EfficientNetB0, EfficientNetB0Weights};
    use crate::lenet::{LeNet, LeNetWeights};
    use crate::mobilenet::{MobileNetV2, MobileNetV2Weights};
    use crate::resnet::{ResNet18, ResNet18Weights, ResNet50, ResNet50Weights};
    match name {
        "lenet" => forward!(LeNet, LeNetWeights),
        "mobilenet_v2" => forward!(MobileNetV2, MobileNetV2Weights),
        "resnet18" => forward!(ResNet18, ResNet18Weights),
        "resnet50" => forward!(ResNet50, ResNet50Weights),
        "efficientnet_b0" => forward!(EfficientNetB0, EfficientNetB0Weights),
        other => panic!("no network {other}"),
    }
}
