//! Our side, a layer at a time: every layer of a declared network run
//! with `cnn_run::layer`, in order, as many times as the network
//! runs it (a `repeat`'s rounds that are alike are listed once), with
//! its own time.
//!
//! This is not all that a forward pass does: the joins of blocks (the
//! residual additions) are not run, and each layer writes a fresh buffer
//! where the memory plan may run it in place. BENCHMARKS.md says what
//! that leaves out.

use std::time::{Duration, Instant};

use cnn_core::{kind_by_keyword, Activation, Axes, Kind, Layer, LayerSpec, Padding};
use cnn_run as run;

/// One layer to run: its spec, input and output lengths, parameters.
pub struct Step {
    pub layer: &'static Layer<'static>,
    pub spec: LayerSpec,
    /// How many times the network runs it.
    pub times: u64,
    weights: Vec<f32>,
    scratch_len: usize,
}

/// A network ready to run: its layers, and two buffers for activations.
pub struct Layers {
    pub steps: Vec<Step>,
    a: Vec<f32>,
    b: Vec<f32>,
    scratch: Vec<f32>,
}

/// The `LayerSpec` a row's statement says (`conv 3x3x64 stride 2 pad 1
/// nobias`), for the kinds the benchmark's networks use; checked against
/// the row's output shape and parameter count.
fn spec_of(layer: &Layer) -> LayerSpec {
    let mut words = layer.spec.split_whitespace();
    let keyword = words.next().expect("a keyword");
    let axes = |text: &str| {
        let numbers: Vec<u64> = text
            .split('x')
            .map(|n| n.parse().expect("a number"))
            .collect();
        numbers
    };
    let mut spec = match (keyword, layer.kind) {
        ("softmax", Kind::Activation(Activation::Softmax)) => LayerSpec::new(layer.kind),
        _ => LayerSpec::new(kind_by_keyword(keyword).expect("a keyword").kind),
    };
    while let Some(word) = words.next() {
        match word {
            "nobias" => spec.bias = false,
            "stride" => {
                let numbers = axes(words.next().expect("a stride"));
                spec.stride = Some(Axes::written_as(&numbers).expect("a stride"));
            }
            "pad" => {
                spec.padding = match words.next().expect("a padding") {
                    "same" => Padding::Same,
                    "valid" => Padding::Valid,
                    explicit => {
                        Padding::Explicit(Axes::written_as(&axes(explicit)).expect("a padding"))
                    }
                }
            }
            numbers if numbers.starts_with(|c: char| c.is_ascii_digit()) => match spec.kind {
                Kind::Conv => {
                    let numbers = axes(numbers);
                    let (count, window) = numbers.split_last().expect("a window and a count");
                    spec.window = Axes::written_as(window).expect("a window");
                    spec.count = *count;
                }
                Kind::DepthwiseConv | Kind::MaxPool | Kind::AvgPool => {
                    spec.window = Axes::written_as(&axes(numbers)).expect("a window");
                }
                Kind::Dense | Kind::Softmax => spec.count = numbers.parse().expect("a count"),
                Kind::Dropout => {}
                other => panic!("{other:?} takes no number here: {}", layer.spec),
            },
            other => panic!("{other} in {}", layer.spec),
        }
    }
    let step = spec.apply(layer.input).expect(layer.spec);
    assert_eq!(step.output, layer.output, "{}", layer.spec);
    assert_eq!(step.params, layer.params, "{}", layer.spec);
    spec
}

/// Values in [-scale, scale), repeatable.
fn noise(count: usize, scale: f32, seed: &mut u64) -> Vec<f32> {
    (0..count)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            ((*seed >> 40) as f32 / (1u64 << 23) as f32 - 1.0) * scale
        })
        .collect()
}

/// Weights that keep the activations near 1 through the network (He's
/// uniform, batch norm as the identity), so that no value decays into
/// the slow subnormal range.
fn weights_of(step: &cnn_core::Step, spec: &LayerSpec, layer: &Layer, seed: &mut u64) -> Vec<f32> {
    let count = (step.params + step.non_trainable_params) as usize;
    if matches!(spec.kind, Kind::BatchNorm) {
        let channels = layer.input.channels() as usize;
        return [1.0, 0.0, 0.0, 1.0]
            .iter()
            .flat_map(|&value| std::iter::repeat_n(value, channels))
            .collect();
    }
    let outputs = layer.output.channels().max(1) as usize;
    let fan_in = (count / outputs).max(1) as f32;
    noise(count, (6.0 / fan_in).sqrt(), seed)
}

impl Layers {
    /// Every layer of `layers` (a network's `LAYERS`), blocks left out.
    pub fn new(layers: &'static [Layer]) -> Layers {
        let mut steps = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1d;
        // The blocks around each row: (last row inside, times).
        let mut around: Vec<(usize, u64)> = Vec::new();
        for (index, layer) in layers.iter().enumerate() {
            around.retain(|&(last, _)| last >= index);
            let times = around.iter().map(|&(_, times)| times).product::<u64>() * layer.times;
            if layer.is_block() {
                around.push((index + layer.rows as usize, layer.times));
                continue;
            }
            if matches!(layer.kind, Kind::Input) {
                continue;
            }
            let spec = spec_of(layer);
            let step = spec.apply(layer.input).unwrap();
            let weights = weights_of(&step, &spec, layer, &mut seed);
            let scratch_len = run::scratch_len(&spec, layer.input);
            steps.push(Step {
                layer,
                spec,
                times,
                weights,
                scratch_len,
            });
        }
        let largest = layers
            .iter()
            .flat_map(|layer| [layer.input.elements(), layer.output.elements()])
            .map(|n| n.unwrap() as usize)
            .max()
            .unwrap_or(0);
        let scratch = steps.iter().map(|step| step.scratch_len).max().unwrap_or(0);
        Layers {
            steps,
            a: noise(largest, 1.0, &mut seed),
            b: vec![0.0; largest],
            scratch: vec![0.0; scratch],
        }
    }

    /// The multiply-accumulates of every step, as the network counts them.
    pub fn macs(&self) -> u64 {
        self.steps
            .iter()
            .map(|step| step.layer.macs * step.times)
            .sum()
    }

    /// Runs every layer once (each as many times as the network does),
    /// adding each step's time to `times`.
    pub fn run(&mut self, times: &mut [Duration]) {
        for (step, total) in self.steps.iter().zip(times.iter_mut()) {
            let input = step.layer.input.elements().unwrap() as usize;
            let output = step.layer.output.elements().unwrap() as usize;
            for _ in 0..step.times {
                let started = Instant::now();
                run::layer(
                    &step.spec,
                    step.layer.input,
                    &self.a[..input],
                    &step.weights,
                    &mut self.b[..output],
                    &mut self.scratch[..step.scratch_len],
                )
                .expect(step.layer.spec);
                *total += started.elapsed();
                // The next layer reads this one's output where the
                // shapes chain (a branch's first layer reads the block's
                // input in the network; here, whatever is there).
                std::mem::swap(&mut self.a, &mut self.b);
            }
        }
    }
}
