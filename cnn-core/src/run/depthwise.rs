//! Depthwise convolutions (one input channel per group): a direct loop
//! vectorised over channels, with no scratch, so that MobileNet's largest
//! layer needs nothing beside its input and output.
//!
//! Channels-last data makes the channels the natural vector: output
//! position `p`, channels `c..c + LANES`, is the sum over taps of input
//! `src(p, tap)`, channels `c..c + LANES`, times that tap's weights. The
//! weight is PyTorch's `[C][1][k...]`, strided by the taps across
//! channels, so a block of channels gathers its weights once per output
//! line into registers (a stack array) and sweeps the line.

#[cfg(target_arch = "x86_64")]
use super::cpu;
use super::{coords, Grid, Slide};

/// Channels per vector step: two AVX2 registers.
const LANES: usize = 16;
/// The most taps the vector path keeps on the stack (`LANES * MAX_TAPS`
/// weights, 4 KB): 7x7 and 3x3x3 fit; larger windows take the scalar
/// path.
const MAX_TAPS: usize = 64;

/// A depthwise convolution with `multiplier` filters per input channel
/// (`weights` `[C * multiplier][1][k...]`, then the bias if `bias`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn depthwise(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    multiplier: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
) {
    let taps = slide.taps();
    let (kernel, biases) = weights.split_at(to.channels * taps);
    let biases = if bias { Some(biases) } else { None };
    let plan = Lines::new(slide, from, to);
    if multiplier != 1 || taps > MAX_TAPS {
        scalar(slide, from, to, multiplier, kernel, biases, x, y);
        return;
    }
    #[cfg(target_arch = "x86_64")]
    if cpu::avx2_fma() {
        // SAFETY: the CPU has AVX2 and FMA.
        unsafe { lines_avx2(&plan, kernel, biases, x, y) };
        return;
    }
    lines(&plan, kernel, biases, x, y);
}

/// The output as lines along its innermost axis that moves (the run
/// axis): every axis after it has size 1 and a window of 1, so along a
/// line the positions of input and output are consecutive.
struct Lines<'a> {
    slide: &'a Slide,
    from: &'a Grid,
    to: &'a Grid,
    run: usize,
}

impl<'a> Lines<'a> {
    fn new(slide: &'a Slide, from: &'a Grid, to: &'a Grid) -> Self {
        let run = (0..3)
            .rev()
            .find(|&axis| from.dims[axis] > 1 || to.dims[axis] > 1 || slide.kernel[axis] > 1)
            .unwrap_or(0);
        Lines {
            slide,
            from,
            to,
            run,
        }
    }

    /// How many positions a line has.
    fn length(&self) -> usize {
        self.to.dims[self.run]
    }

    /// For the line starting at output position `first`, each tap's input
    /// position at run coordinate 0 (`None` when the tap falls outside
    /// the input on another axis) and its run coordinate.
    fn taps(
        &self,
        first: usize,
        bases: &mut [Option<usize>; MAX_TAPS],
        runs: &mut [usize; MAX_TAPS],
    ) {
        let at = coords(first, self.to.dims);
        for tap in 0..self.slide.taps() {
            let offsets = coords(tap, self.slide.kernel);
            runs[tap] = offsets[self.run];
            let mut source = [0; 3];
            let mut inside = true;
            for axis in (0..3).filter(|&axis| axis != self.run) {
                let reach =
                    at[axis] * self.slide.stride[axis] + offsets[axis] * self.slide.dilation[axis];
                match reach.checked_sub(self.slide.before[axis]) {
                    Some(coord) if coord < self.from.dims[axis] => source[axis] = coord,
                    _ => inside = false,
                }
            }
            bases[tap] = if inside {
                Some(self.from.at(source))
            } else {
                None
            };
        }
    }

    /// The input coordinate along the run axis of tap offset `run` at
    /// position `index` of a line, if inside the input.
    #[inline(always)]
    fn along(&self, index: usize, run: usize) -> Option<usize> {
        let axis = self.run;
        let reach = index * self.slide.stride[axis] + run * self.slide.dilation[axis];
        reach
            .checked_sub(self.slide.before[axis])
            .filter(|&coord| coord < self.from.dims[axis])
    }
}

/// [`lines`] compiled for AVX2 and FMA, which the compiler vectorises
/// the lanes of each block into.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn lines_avx2(
    plan: &Lines,
    kernel: &[f32],
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
) {
    lines(plan, kernel, biases, x, y);
}

/// Every line of the output, `LANES` channels at a time (the last block
/// of fewer channels one at a time).
#[inline(always)]
fn lines(plan: &Lines, kernel: &[f32], biases: Option<&[f32]>, x: &[f32], y: &mut [f32]) {
    let channels = plan.to.channels;
    let taps = plan.slide.taps();
    let length = plan.length();
    let mut bases = [None; MAX_TAPS];
    let mut runs = [0; MAX_TAPS];
    for first in (0..plan.to.positions()).step_by(length) {
        plan.taps(first, &mut bases, &mut runs);
        let mut block = 0;
        while block + LANES <= channels {
            line::<LANES>(
                plan, first, block, taps, &bases, &runs, kernel, biases, x, y,
            );
            block += LANES;
        }
        for channel in block..channels {
            line::<1>(
                plan, first, channel, taps, &bases, &runs, kernel, biases, x, y,
            );
        }
    }
}

/// One line, channels `block..block + N`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn line<const N: usize>(
    plan: &Lines,
    first: usize,
    block: usize,
    taps: usize,
    bases: &[Option<usize>; MAX_TAPS],
    runs: &[usize; MAX_TAPS],
    kernel: &[f32],
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
) {
    let channels = plan.from.channels;
    let mut weights = [[0.0f32; N]; MAX_TAPS];
    for (tap, lanes) in weights.iter_mut().enumerate().take(taps) {
        for (lane, weight) in lanes.iter_mut().enumerate() {
            *weight = kernel[(block + lane) * taps + tap];
        }
    }
    let mut start = [0.0f32; N];
    if let Some(biases) = biases {
        start.copy_from_slice(&biases[block..][..N]);
    }
    for index in 0..plan.length() {
        let mut sums = start;
        for tap in 0..taps {
            let (Some(base), Some(along)) = (bases[tap], plan.along(index, runs[tap])) else {
                continue;
            };
            let values: &[f32; N] = x[(base + along) * channels + block..][..N]
                .try_into()
                .unwrap();
            for lane in 0..N {
                sums[lane] += values[lane] * weights[tap][lane];
            }
        }
        y[(first + index) * channels + block..][..N].copy_from_slice(&sums);
    }
}

/// Any multiplier and any window, one output value at a time: output
/// channel `f` reads input channel `f / multiplier`.
#[allow(clippy::too_many_arguments)]
fn scalar(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    multiplier: usize,
    kernel: &[f32],
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
) {
    let taps = slide.taps();
    for (position, out) in y.chunks_exact_mut(to.channels).enumerate() {
        let at = coords(position, to.dims);
        match biases {
            Some(biases) => out.copy_from_slice(biases),
            None => out.fill(0.0),
        }
        for tap in 0..taps {
            let Some(index) = slide.source(at, coords(tap, slide.kernel), from) else {
                continue;
            };
            let values = &x[index * from.channels..][..from.channels];
            for (filter, value) in out.iter_mut().enumerate() {
                *value += values[filter / multiplier] * kernel[filter * taps + tap];
            }
        }
    }
}
