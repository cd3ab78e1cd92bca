//! 3x3 convolutions of stride 1 by Winograd's F(2x2, 3x3), on the
//! prepared path (`cnn_core::plan::winograd` says which and why): 16
//! products per 2x2 tile of outputs, channel and filter instead of 36.
//!
//! A block of whole rows of tiles at a time: each tile's 4x4 input patch
//! transformed (`V = B^T d B`, vectorised over channels), then for each
//! of the 16 points of the transform one matrix product (the block's
//! tiles by the input channels, times the transformed filters `prepare`
//! packed), then each tile's 16 products folded into its 2x2 outputs
//! (`Y = A^T M A`), plus the bias, and the step's finish applied to the
//! block's rows. The block's transformed inputs and products live in the
//! scratch; with threads, each share takes whole rows of tiles, in
//! blocks in space of its own.

use core::ops::Range;

use cnn_core::plan::winograd::{scratch, WIDEST};
use cnn_core::{LayerSpec, Shape};
use cnn_core::{KC, NC, NR};

#[cfg(target_arch = "x86_64")]
use crate::gemm::End;
use crate::gemm::{self, Depth, Finish, Matrix, Panels};
use crate::{Grid, RunError, Slide};

// One span of depth and one block of filters: the panel layout below.
const _: () = assert!(WIDEST as usize <= KC && WIDEST as usize <= NC);

/// Values a vector of the transforms takes.
const L: usize = 16;

/// Writes the 16 transformed filters `G g G^T` of PyTorch's `[F][C][3][3]`
/// `weights`, each filter scaled by its entry of `scale`, into `panels`:
/// for each point of the transform, its `C x F` matrix packed as
/// `gemm::Panels::Ready` reads a 1x1 convolution's (panels of `NR`
/// filters, each `C` rows of `NR`, the last padded with zeros).
pub(crate) fn transform_filters(
    weights: &[f32],
    channels: usize,
    filters: usize,
    scale: &[f32],
    panels: &mut [f32],
) {
    let block = filters.div_ceil(NR) * NR * channels;
    panels[..16 * block].fill(0.0);
    for filter in 0..filters {
        for channel in 0..channels {
            let g = &weights[(filter * channels + channel) * 9..][..9];
            // G g: the rows of the window combined.
            let mut t = [[0.0f32; 3]; 4];
            for j in 0..3 {
                let (a, b, c) = (g[j], g[3 + j], g[6 + j]);
                t[0][j] = a;
                t[1][j] = 0.5 * (a + b + c);
                t[2][j] = 0.5 * (a - b + c);
                t[3][j] = c;
            }
            let at = (filter / NR) * channels * NR + channel * NR + filter % NR;
            for (i, &[a, b, c]) in t.iter().enumerate() {
                // (G g) G^T: then its columns.
                let row = [a, 0.5 * (a + b + c), 0.5 * (a - b + c), c];
                for (j, value) in row.into_iter().enumerate() {
                    panels[(4 * i + j) * block + at] = value * scale[filter];
                }
            }
        }
    }
}

/// Multiply-accumulates (of the direct convolution) below which a
/// Winograd convolution stays on one thread.
#[cfg(feature = "std")]
const WORK: usize = 1 << 22;

/// The scratch of `spec` on `input` by Winograd in blocks of `rows` rows
/// of tiles (`plan::winograd::scratch`), if the runner can count it.
pub(crate) fn scratch_len(spec: &LayerSpec, input: Shape, rows: usize) -> Result<usize, RunError> {
    let output = spec.apply(input).map_err(RunError::Layer)?.output;
    let [height, width, _] = output.axes();
    let len = scratch(
        [height, width],
        input.channels(),
        output.channels(),
        rows as u64,
    );
    usize::try_from(len).map_err(|_| RunError::TooLarge)
}

/// The convolution from `x` into `y` with the prepared parameters
/// (`transform_filters`'s panels, then a bias per filter), in blocks of
/// `rows` rows of tiles, `finish` applied to the outputs; `scratch` holds
/// one block ([`scratch_len`]).
#[allow(clippy::too_many_arguments)]
pub(crate) fn conv(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    rows: usize,
    x: &[f32],
    prepared: &[f32],
    y: &mut [f32],
    scratch: &mut [f32],
    finish: &Finish,
) {
    let (channels, filters) = (from.channels, to.channels);
    let height = to.dims[0];
    let rows = rows.max(1);
    let block = filters.div_ceil(NR) * NR * channels;
    let (panels, bias) = prepared.split_at(16 * block);
    let plan = Plan {
        slide,
        from,
        to,
        x,
        panels,
        block,
        bias: &bias[..filters],
        rows,
    };
    let down = height.div_ceil(2);
    #[cfg(feature = "std")]
    {
        let work = to.positions() * channels * filters * 9;
        if let Some(shares) = crate::threads::shares(down, work, WORK) {
            // Whole rows of tiles to each share, in blocks of its own.
            let width = to.dims[1];
            let across = width.div_ceil(2);
            let space = 16 * rows * across * (channels + filters);
            let per_row = 2 * width * filters;
            crate::threads::split_rows(
                y,
                per_row,
                down,
                1,
                shares,
                space,
                scratch,
                &|range, y, space| {
                    let finish = Finish {
                        residual: finish.residual.map(|r| &r[range.start * per_row..]),
                        activation: finish.activation,
                    };
                    plan.tiles(range, y, space, &finish);
                },
            );
            return;
        }
    }
    plan.tiles(0..down, y, scratch, finish);
}

/// One convolution's operands.
struct Plan<'a> {
    slide: &'a Slide,
    from: &'a Grid,
    to: &'a Grid,
    x: &'a [f32],
    /// The 16 points' packed filters, `block` values each.
    panels: &'a [f32],
    block: usize,
    bias: &'a [f32],
    /// Rows of tiles a block.
    rows: usize,
}

impl Plan<'_> {
    /// The rows of tiles `range`, in blocks of `rows`, `y` (and the
    /// finish's residual) starting at the first of them.
    fn tiles(&self, range: Range<usize>, y: &mut [f32], scratch: &mut [f32], finish: &Finish) {
        let (channels, filters) = (self.from.channels, self.to.channels);
        let (height, width) = (self.to.dims[0], self.to.dims[1]);
        let across = width.div_ceil(2);
        let first = range.start * 2;
        for start in range.clone().step_by(self.rows) {
            let tile_rows = start..(start + self.rows).min(range.end);
            let tiles = tile_rows.len() * across;
            let (v, m) = scratch.split_at_mut(16 * tiles * channels);
            let m = &mut m[..16 * tiles * filters];
            self.inputs(tile_rows.clone(), v);
            for point in 0..16 {
                let rows = Matrix {
                    values: &v[point * tiles * channels..][..tiles * channels],
                    stride: channels,
                };
                let panels = Panels::Ready {
                    panels: &self.panels[point * self.block..][..self.block],
                    depth: Depth::new(channels, 1),
                };
                let out = &mut m[point * tiles * filters..][..tiles * filters];
                gemm::ready(tiles, filters, &rows, &panels, out, filters);
            }
            // The block's output lines, from the first of the range's.
            let lines = 2 * tile_rows.start..(2 * tile_rows.end).min(height);
            let at = (lines.start - first) * width * filters;
            let len = lines.len() * width * filters;
            // The finish in the output transform's registers when it
            // writes every output (AVX-512, even sides, whole vectors of
            // filters), else a pass over the block's lines.
            #[cfg(target_arch = "x86_64")]
            let fused = crate::cpu::avx512()
                && height % 2 == 0
                && width % 2 == 0
                && filters % L == 0
                && End::takes(finish.activation);
            #[cfg(not(target_arch = "x86_64"))]
            let fused = false;
            let end = if fused {
                Finish {
                    residual: finish.residual.map(|r| &r[at..at + len]),
                    activation: finish.activation,
                }
            } else {
                Finish::NONE
            };
            self.outputs(tile_rows, m, &mut y[at..at + len], &end);
            if !fused && !finish.is_none() {
                finish.apply(y, at, filters, lines.len() * width, filters);
            }
        }
    }

    /// The transformed inputs of the tiles of `tile_rows` into `v`: point
    /// `p` of tile `t`, channel `c` at `(p * tiles + t) * C + c`.
    fn inputs(&self, tile_rows: Range<usize>, v: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        {
            if crate::cpu::avx512() {
                // SAFETY: the CPU has AVX-512F.
                unsafe { self.inputs_avx512(tile_rows, v) };
                return;
            }
            if crate::cpu::avx2_fma() {
                // SAFETY: the CPU has AVX2 and FMA.
                unsafe { self.inputs_avx2(tile_rows, v) };
                return;
            }
        }
        self.inputs_any(tile_rows, v);
    }

    /// [`Plan::inputs_any`] compiled for AVX-512.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    unsafe fn inputs_avx512(&self, tile_rows: Range<usize>, v: &mut [f32]) {
        self.inputs_with(tile_rows, v, true);
    }

    /// [`Plan::inputs_any`] compiled for AVX2 and FMA.
    ///
    /// # Safety
    ///
    /// The CPU has AVX2 and FMA.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn inputs_avx2(&self, tile_rows: Range<usize>, v: &mut [f32]) {
        self.inputs_any(tile_rows, v);
    }

    #[inline(always)]
    fn inputs_any(&self, tile_rows: Range<usize>, v: &mut [f32]) {
        self.inputs_with(tile_rows, v, false);
    }

    /// [`Plan::inputs`], the tiles inside the input through
    /// `winograd512` if `avx512` (only ever from
    /// [`Plan::inputs_avx512`]).
    #[inline(always)]
    fn inputs_with(&self, tile_rows: Range<usize>, v: &mut [f32], avx512: bool) {
        let channels = self.from.channels;
        let (height, width) = (self.from.dims[0], self.from.dims[1]);
        let (top, left) = (self.slide.before[0], self.slide.before[1]);
        let across = self.to.dims[1].div_ceil(2);
        let tiles = tile_rows.len() * across;
        let first = tile_rows.start;
        for ty in tile_rows {
            for tx in 0..across {
                let tile = (ty - first) * across + tx;
                // Each point's input position, if inside the input.
                let sources: [Option<usize>; 16] = core::array::from_fn(|p| {
                    let row = (2 * ty + p / 4).checked_sub(top)?;
                    let column = (2 * tx + p % 4).checked_sub(left)?;
                    (row < height && column < width)
                        .then(|| self.from.at([row, column, 0]) * channels)
                });
                #[cfg(target_arch = "x86_64")]
                let done = match avx512 {
                    // SAFETY: `avx512` is true only in `inputs_avx512`,
                    // whose contract gives AVX-512F.
                    true => unsafe {
                        crate::winograd512::inputs(self.x, &sources, channels, tile, tiles, v)
                    },
                    false => 0,
                };
                #[cfg(not(target_arch = "x86_64"))]
                let done = {
                    let _ = avx512;
                    0
                };
                for c0 in (done..channels).step_by(L) {
                    let w = L.min(channels - c0);
                    let mut d = [[0.0f32; L]; 16];
                    for (d, source) in d.iter_mut().zip(sources) {
                        if let Some(at) = source {
                            *d = load(&self.x[at + c0..], w);
                        }
                    }
                    // B^T d: the rows combined, then (B^T d) B: the columns.
                    let mut r = [[0.0f32; L]; 16];
                    for j in 0..4 {
                        let (d0, d1, d2, d3) = (&d[j], &d[4 + j], &d[8 + j], &d[12 + j]);
                        r[j] = lanes(|l| d0[l] - d2[l]);
                        r[4 + j] = lanes(|l| d1[l] + d2[l]);
                        r[8 + j] = lanes(|l| d2[l] - d1[l]);
                        r[12 + j] = lanes(|l| d1[l] - d3[l]);
                    }
                    for i in 0..4 {
                        let (a, b, c, e) = (&r[4 * i], &r[4 * i + 1], &r[4 * i + 2], &r[4 * i + 3]);
                        let row = [
                            lanes(|l| a[l] - c[l]),
                            lanes(|l| b[l] + c[l]),
                            lanes(|l| c[l] - b[l]),
                            lanes(|l| b[l] - e[l]),
                        ];
                        for (j, values) in row.iter().enumerate() {
                            let at = ((4 * i + j) * tiles + tile) * channels + c0;
                            store(&mut v[at..], values, w);
                        }
                    }
                }
            }
        }
    }

    /// The outputs of the tiles of `tile_rows` from their products `m`
    /// (as [`Plan::inputs`] lays out, over filters) into `y`, their lines,
    /// with the bias.
    fn outputs(&self, tile_rows: Range<usize>, m: &[f32], y: &mut [f32], end: &Finish) {
        #[cfg(not(target_arch = "x86_64"))]
        let _ = end;
        #[cfg(target_arch = "x86_64")]
        {
            if crate::cpu::avx512() {
                // SAFETY: the CPU has AVX-512F.
                unsafe { self.outputs_avx512(tile_rows, m, y, end) };
                return;
            }
            if crate::cpu::avx2_fma() {
                // SAFETY: the CPU has AVX2 and FMA.
                unsafe { self.outputs_avx2(tile_rows, m, y) };
                return;
            }
        }
        self.outputs_any(tile_rows, m, y);
    }

    /// [`Plan::outputs_any`] compiled for AVX-512.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    unsafe fn outputs_avx512(
        &self,
        tile_rows: Range<usize>,
        m: &[f32],
        y: &mut [f32],
        end: &Finish,
    ) {
        self.outputs_with(tile_rows, m, y, Some(end));
    }

    /// [`Plan::outputs_any`] compiled for AVX2 and FMA.
    ///
    /// # Safety
    ///
    /// The CPU has AVX2 and FMA.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn outputs_avx2(&self, tile_rows: Range<usize>, m: &[f32], y: &mut [f32]) {
        self.outputs_any(tile_rows, m, y);
    }

    #[inline(always)]
    fn outputs_any(&self, tile_rows: Range<usize>, m: &[f32], y: &mut [f32]) {
        self.outputs_with(tile_rows, m, y, None);
    }

    /// [`Plan::outputs`], the tiles inside the output through
    /// `winograd512` if `avx512` is given (only ever from
    /// [`Plan::outputs_avx512`]), with that finish.
    #[inline(always)]
    fn outputs_with(
        &self,
        tile_rows: Range<usize>,
        m: &[f32],
        y: &mut [f32],
        avx512: Option<&Finish>,
    ) {
        let filters = self.to.channels;
        let (height, width) = (self.to.dims[0], self.to.dims[1]);
        let across = width.div_ceil(2);
        let tiles = tile_rows.len() * across;
        let first = tile_rows.start;
        for ty in tile_rows {
            for tx in 0..across {
                let tile = (ty - first) * across + tx;
                #[cfg(target_arch = "x86_64")]
                let done = match avx512.filter(|_| 2 * ty + 1 < height && 2 * tx + 1 < width) {
                    Some(end) => {
                        let line = 2 * (ty - first);
                        let at = [0, 1, width, width + 1]
                            .map(|offset| (line * width + 2 * tx + offset) * filters);
                        // SAFETY: `avx512` is given only in `outputs_avx512`,
                        // whose contract gives AVX-512F.
                        unsafe {
                            crate::winograd512::outputs(
                                m, self.bias, filters, tile, tiles, &at, y, end,
                            )
                        }
                    }
                    None => 0,
                };
                #[cfg(not(target_arch = "x86_64"))]
                let done = {
                    let _ = avx512;
                    0
                };
                for f0 in (done..filters).step_by(L) {
                    let w = L.min(filters - f0);
                    let point = |p: usize| load(&m[(p * tiles + tile) * filters + f0..], w);
                    let bias = load(&self.bias[f0..], w);
                    // A^T M: the rows combined, then (A^T M) A: the columns.
                    let mut s = [[0.0f32; L]; 8];
                    for j in 0..4 {
                        let (m0, m1, m2, m3) =
                            (point(j), point(4 + j), point(8 + j), point(12 + j));
                        s[j] = lanes(|l| m0[l] + m1[l] + m2[l]);
                        s[4 + j] = lanes(|l| m1[l] - m2[l] - m3[l]);
                    }
                    for i in 0..2 {
                        let (a, b, c, e) = (&s[4 * i], &s[4 * i + 1], &s[4 * i + 2], &s[4 * i + 3]);
                        let row = [
                            lanes(|l| bias[l] + a[l] + b[l] + c[l]),
                            lanes(|l| bias[l] + b[l] - c[l] - e[l]),
                        ];
                        let line = 2 * (ty - first) + i;
                        if 2 * ty + i >= height {
                            continue;
                        }
                        for (j, values) in row.iter().enumerate() {
                            let column = 2 * tx + j;
                            if column < width {
                                let at = (line * width + column) * filters + f0;
                                store(&mut y[at..], values, w);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A vector of `L` values, lane `l` from `f(l)`.
#[inline(always)]
fn lanes(f: impl Fn(usize) -> f32) -> [f32; L] {
    core::array::from_fn(f)
}

/// The first `w` values of `from` (at most `L`), the rest 0. A whole
/// vector as one fixed-size copy: `copy_from_slice` of a length known
/// only at run time is a call to `memmove`, and per tile and 16
/// channels the transforms made 53 of them (ResNet-18's 3x3x64 on 56x56
/// spent a tenth of its time in the calls).
#[inline(always)]
fn load(from: &[f32], w: usize) -> [f32; L] {
    if w == L {
        if let Some(&values) = from.first_chunk::<L>() {
            return values;
        }
    }
    let mut values = [0.0; L];
    values[..w].copy_from_slice(&from[..w]);
    values
}

/// Writes the first `w` values of `values` (at most `L`) to `to`, as
/// [`load`] reads.
#[inline(always)]
fn store(to: &mut [f32], values: &[f32; L], w: usize) {
    if w == L {
        if let Some(to) = to.first_chunk_mut::<L>() {
            *to = *values;
            return;
        }
    }
    to[..w].copy_from_slice(&values[..w]);
}
