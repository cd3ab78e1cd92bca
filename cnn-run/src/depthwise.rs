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
use core::ops::Range;

#[cfg(target_arch = "x86_64")]
use super::depthwise512::Interior;
#[cfg(target_arch = "x86_64")]
use super::depthwise_rows512;
use super::{coords, elementwise, Grid, Slide};
use cnn_core::Activation;

/// The widest block of channels: four AVX2 registers of sums, four
/// independent chains over the taps.
pub(crate) const LANES: usize = 32;
/// The most taps the vector path takes (its weights for a block sit on
/// the stack, `LANES * MAX_TAPS` values, 6 KB): 7x7 and 3x3x3 fit; larger
/// windows take the scalar path.
pub(crate) const MAX_TAPS: usize = 49;

/// A depthwise convolution with `multiplier` filters per input channel
/// (`weights` `[C * multiplier][1][k...]`, then the bias if `bias`), then
/// `activation` if any: on the vector path, on each line as soon as it is
/// written, while it is in cache.
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
    activation: Option<Activation>,
) {
    depthwise_in(
        slide,
        from,
        to,
        multiplier,
        bias,
        x,
        weights,
        Layout::Filters,
        y,
        activation,
    );
}

/// How a depthwise convolution's weights lie.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// PyTorch's `[C * multiplier][1][k...]`: a filter's taps together.
    Filters,
    /// The prepared form's `[k...][C * multiplier]`: a tap's filters
    /// together, so that a block of channels loads its weights for a tap
    /// as one run. Gathered across filters at a stride, the weights of a
    /// line cost more than the line on 7x7 and 14x14 maps.
    Taps,
}

impl Layout {
    /// The weight of `filter` at `tap`, of `filters` filters of `taps`.
    #[inline(always)]
    fn at(self, kernel: &[f32], filter: usize, tap: usize, filters: usize, taps: usize) -> f32 {
        match self {
            Layout::Filters => kernel[filter * taps + tap],
            Layout::Taps => kernel[tap * filters + filter],
        }
    }
}

/// [`depthwise`] with the weights in `layout`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn depthwise_in(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    multiplier: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    layout: Layout,
    y: &mut [f32],
    activation: Option<Activation>,
) {
    let taps = slide.taps();
    let (kernel, biases) = weights.split_at(to.channels * taps);
    let biases = if bias { Some(biases) } else { None };
    if multiplier != 1 || taps > MAX_TAPS {
        scalar(slide, from, to, multiplier, kernel, layout, biases, x, y);
        if let Some(activation) = activation {
            elementwise::activate(activation, y);
        }
        return;
    }
    let plan = Lines::new(slide, from, to);
    let count = to.positions() / plan.length();
    #[cfg(feature = "std")]
    if let Some(shares) = crate::threads::shares(count, y.len() * taps, WORK) {
        // Whole lines to each thread: each writes its own positions.
        crate::threads::split_rows(
            y,
            plan.length() * to.channels,
            count,
            1,
            shares,
            0,
            &mut [],
            &|range, y, _| sweep(&plan, kernel, layout, biases, x, y, range, activation),
        );
        return;
    }
    sweep(&plan, kernel, layout, biases, x, y, 0..count, activation);
}

/// Multiply-accumulates per share below which a depthwise convolution
/// stays on one thread: about 10 µs at the rate it runs (a 7x7x960 3x3
/// layer, 0.42 M, split in two went from 30 to 20 µs once the pool's
/// workers spun before sleeping; at 1 << 19, MobileNetV2's 14x14 and 7x7
/// layers stayed on one thread).
#[cfg(feature = "std")]
const WORK: usize = 1 << 17;

/// Lines `range` of the output, `y` starting at the first of them, with
/// the fastest code this CPU runs.
#[allow(clippy::too_many_arguments)]
fn sweep(
    plan: &Lines,
    kernel: &[f32],
    layout: Layout,
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    activation: Option<Activation>,
) {
    #[cfg(target_arch = "x86_64")]
    {
        if cpu::avx512() {
            // SAFETY: the CPU has AVX-512F.
            unsafe { lines_avx512(plan, kernel, layout, biases, x, y, range, activation) };
            return;
        }
        if cpu::avx2_fma() {
            // SAFETY: the CPU has AVX2 and FMA.
            unsafe { lines_avx2(plan, kernel, layout, biases, x, y, range, activation) };
            return;
        }
    }
    lines(plan, kernel, layout, biases, x, y, range, activation);
}

/// The output as lines along its innermost axis that moves (the run
/// axis): every axis after it has size 1 and a window of 1, so along a
/// line the positions of input and output are consecutive.
pub(crate) struct Lines<'a> {
    pub(crate) slide: &'a Slide,
    pub(crate) from: &'a Grid,
    pub(crate) to: &'a Grid,
    pub(crate) run: usize,
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
    pub(crate) fn length(&self) -> usize {
        self.to.dims[self.run]
    }

    /// The taps of the line that starts at output position `first` that
    /// fall inside the input on the other axes, and the stretch of the
    /// line where every one of them is inside along the run axis too.
    fn taps(&self, first: usize) -> LineTaps {
        let slide = self.slide;
        let run = self.run;
        let at = coords(first, self.to.dims);
        let mut line = LineTaps {
            count: 0,
            tap: [0; MAX_TAPS],
            reach: [0; MAX_TAPS],
            base: [0; MAX_TAPS],
            interior: (0, 0),
        };
        let (mut nearest, mut farthest) = (usize::MAX, 0);
        for tap in 0..slide.taps() {
            let offsets = coords(tap, slide.kernel);
            let mut source = [0; 3];
            let mut inside = true;
            for axis in (0..3).filter(|&axis| axis != run) {
                let reach = at[axis] * slide.stride[axis] + offsets[axis] * slide.dilation[axis];
                match reach.checked_sub(slide.before[axis]) {
                    Some(coord) if coord < self.from.dims[axis] => source[axis] = coord,
                    _ => inside = false,
                }
            }
            if inside {
                let reach = offsets[run] * slide.dilation[run];
                line.tap[line.count] = tap;
                line.reach[line.count] = reach;
                line.base[line.count] = self.from.at(source);
                line.count += 1;
                nearest = nearest.min(reach);
                farthest = farthest.max(reach);
            }
        }
        let (stride, before, size) = (slide.stride[run], slide.before[run], self.from.dims[run]);
        line.interior = if line.count == 0 {
            (0, self.length())
        } else {
            let low = before.saturating_sub(nearest).div_ceil(stride);
            let high = (size + before).saturating_sub(farthest).div_ceil(stride);
            let high = high.min(self.length());
            (low.min(high), high)
        };
        line
    }
}

/// The taps of one line inside the input on every axis but the run axis:
/// which tap of the weight each is, its reach along the run axis
/// (`offset * dilation`), and the input position it reads at run
/// coordinate 0.
pub(crate) struct LineTaps {
    pub(crate) count: usize,
    pub(crate) tap: [usize; MAX_TAPS],
    pub(crate) reach: [usize; MAX_TAPS],
    pub(crate) base: [usize; MAX_TAPS],
    /// The line's positions `low..high` where every tap is inside.
    interior: (usize, usize),
}

/// [`lines`] compiled for AVX-512: a block of 32 channels is two
/// registers, and the interior runs in `depthwise512`'s fused
/// multiply-adds, so its sums differ from the other widths' in the last
/// bits (within the tolerance the examples' tests hold against PyTorch).
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
#[allow(clippy::too_many_arguments)]
unsafe fn lines_avx512(
    plan: &Lines,
    kernel: &[f32],
    layout: Layout,
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    activation: Option<Activation>,
) {
    lines(plan, kernel, layout, biases, x, y, range, activation);
}

/// [`lines`] compiled for AVX2 and FMA, which the compiler vectorises
/// the lanes of each block into.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
#[allow(clippy::too_many_arguments)]
unsafe fn lines_avx2(
    plan: &Lines,
    kernel: &[f32],
    layout: Layout,
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    activation: Option<Activation>,
) {
    lines(plan, kernel, layout, biases, x, y, range, activation);
}

/// Lines `range` of the output (`y` starting at the first of them),
/// `LANES` channels at a time, then what is left in blocks of 16, 8 and 1.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn lines(
    plan: &Lines,
    kernel: &[f32],
    layout: Layout,
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    activation: Option<Activation>,
) {
    let channels = plan.to.channels;
    // Each width's weights, gathered anew for each block of each line,
    // live here, so that no line pays for clearing them.
    let mut wide = [[0.0f32; LANES]; MAX_TAPS];
    let mut half = [[0.0f32; 16]; MAX_TAPS];
    let mut quarter = [[0.0f32; 8]; MAX_TAPS];
    let mut single = [[0.0f32; 1]; MAX_TAPS];
    let origin = range.start * plan.length();
    // AVX-512 sums blocks of 16 and 32 channels of lines whose taps are
    // rows of neighbours in `depthwise_rows512`, and when every channel
    // is in such a block, applies the activation there too.
    #[cfg(target_arch = "x86_64")]
    let rows = {
        let run = plan.run;
        let slide = plan.slide;
        let (k, stride) = (slide.kernel[run], slide.stride[run]);
        (cpu::avx512() && depthwise_rows512::takes(k, stride, slide.dilation[run])).then(|| {
            let fused = channels.is_multiple_of(16) && depthwise_rows512::fuses(activation);
            (k, stride, if fused { activation } else { None })
        })
    };
    #[cfg(not(target_arch = "x86_64"))]
    let rows: Option<(usize, usize, Option<Activation>)> = None;
    let activation = match rows {
        Some((_, _, Some(_))) => None,
        _ => activation,
    };
    for first in (origin..range.end * plan.length()).step_by(plan.length()) {
        let taps = plan.taps(first);
        // Where the line's positions start in `y`.
        let first = first - origin;
        #[cfg(target_arch = "x86_64")]
        let mut block = match rows {
            Some(rows) => depthwise_rows512::line(
                plan, &taps, first, rows, &mut wide, kernel, layout, biases, x, y,
            ),
            None => 0,
        };
        #[cfg(not(target_arch = "x86_64"))]
        let mut block = 0;
        while block + LANES <= channels {
            line(
                plan, &taps, first, block, &mut wide, kernel, layout, biases, x, y,
            );
            block += LANES;
        }
        if block + 16 <= channels {
            line(
                plan, &taps, first, block, &mut half, kernel, layout, biases, x, y,
            );
            block += 16;
        }
        if block + 8 <= channels {
            line(
                plan,
                &taps,
                first,
                block,
                &mut quarter,
                kernel,
                layout,
                biases,
                x,
                y,
            );
            block += 8;
        }
        for channel in block..channels {
            line(
                plan,
                &taps,
                first,
                channel,
                &mut single,
                kernel,
                layout,
                biases,
                x,
                y,
            );
        }
        if let Some(activation) = activation {
            let written = &mut y[first * channels..][..plan.length() * channels];
            elementwise::activate_inline(activation, written);
        }
    }
}

/// One line, channels `block..block + N`: the weights of its taps
/// gathered once, then each position the sum over its taps, with no
/// check inside the interior.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn line<const N: usize>(
    plan: &Lines,
    taps: &LineTaps,
    first: usize,
    block: usize,
    weights: &mut [[f32; N]; MAX_TAPS],
    kernel: &[f32],
    layout: Layout,
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
) {
    let channels = plan.from.channels;
    let window = plan.slide.taps();
    let count = taps.count;
    // Where each tap reads at line position 0, before the padding is
    // taken off: `(base + reach) * C + block`.
    let mut starts = [0usize; MAX_TAPS];
    for tap in 0..count {
        match layout {
            Layout::Taps => weights[tap]
                .copy_from_slice(&kernel[taps.tap[tap] * plan.to.channels + block..][..N]),
            Layout::Filters => {
                for (lane, weight) in weights[tap].iter_mut().enumerate() {
                    *weight = kernel[(block + lane) * window + taps.tap[tap]];
                }
            }
        }
        starts[tap] = (taps.base[tap] + taps.reach[tap]) * channels + block;
    }
    let mut start = [0.0f32; N];
    if let Some(biases) = biases {
        start.copy_from_slice(&biases[block..][..N]);
    }
    let run = plan.run;
    let (stride, before, size) = (
        plan.slide.stride[run],
        plan.slide.before[run],
        plan.from.dims[run],
    );
    let (low, high) = taps.interior;
    // AVX-512 takes the interior of blocks of 16 and 32 channels.
    #[cfg(target_arch = "x86_64")]
    let fast = (N == 16 || N == 32) && crate::cpu::avx512();
    #[cfg(not(target_arch = "x86_64"))]
    let fast = false;
    #[cfg(target_arch = "x86_64")]
    if fast {
        let out = first * channels + block;
        let (step, before) = (stride * channels, before * channels);
        let weights = weights[..count].as_flattened();
        let starts = &starts[..count];
        match N {
            // SAFETY: `fast` says the CPU has AVX-512F.
            32 => unsafe {
                Interior::<2> {
                    x,
                    y,
                    weights,
                    starts,
                    start: &start,
                    step,
                    before,
                    out,
                    channels,
                }
                .run(low..high)
            },
            // SAFETY: as above; a block of 16 here (`fast`).
            _ => unsafe {
                Interior::<1> {
                    x,
                    y,
                    weights,
                    starts,
                    start: &start,
                    step,
                    before,
                    out,
                    channels,
                }
                .run(low..high)
            },
        }
    }
    for index in 0..plan.length() {
        let mut sums = start;
        let step = index * stride;
        if (low..high).contains(&index) {
            if fast {
                continue;
            }
            // Inside, `step + reach >= before` for every tap, so the
            // offset below does not wrap once the padding is taken off.
            let shift = (step * channels).wrapping_sub(before * channels);
            for (tap, weights) in weights.iter().enumerate().take(count) {
                let at = starts[tap].wrapping_add(shift);
                let values: &[f32; N] = x[at..][..N].try_into().unwrap();
                for lane in 0..N {
                    sums[lane] += values[lane] * weights[lane];
                }
            }
        } else {
            for (tap, weights) in weights.iter().enumerate().take(count) {
                let reach = step + taps.reach[tap];
                if reach < before || reach - before >= size {
                    continue;
                }
                let at = (taps.base[tap] + reach - before) * channels + block;
                let values: &[f32; N] = x[at..][..N].try_into().unwrap();
                for lane in 0..N {
                    sums[lane] += values[lane] * weights[lane];
                }
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
    layout: Layout,
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
                let weight = layout.at(kernel, filter, tap, to.channels, taps);
                *value += values[filter / multiplier] * weight;
            }
        }
    }
}
