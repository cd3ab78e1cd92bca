//! The micro-kernel: a column of tiles of `C` from rows of `A` and one or
//! two packed panels of `B`, on AVX-512 or AVX2/FMA when the CPU has it
//! (checked at run time), portable otherwise.

use super::out::Out;

use cnn_core::Activation;

#[cfg(target_arch = "x86_64")]
mod avx2;
#[cfg(target_arch = "x86_64")]
mod avx512;

/// Rows of `C` per tile: six broadcasts of `A` per step of depth (the
/// scratch rule sizes im2col tiles in whole multiples).
pub(crate) use cnn_core::MR;
/// Columns of `C` per tile: two 8-lane vectors, so that the 12
/// accumulators, two loads of `B` and one broadcast fit AVX2's 16
/// registers (the scratch rule pads the packed filters to it).
pub(crate) use cnn_core::NR;

/// What the accumulators start from.
#[derive(Clone, Copy)]
pub(crate) enum Start<'a> {
    /// The bias of each of the tile's columns (the first block of depth).
    Bias(&'a [f32]),
    /// Zero (the first block of depth, no bias).
    Zero,
    /// What `C` holds (every later block of depth).
    Accumulate,
}

/// What the kernel does to its sums before it stores them, on the last
/// block of depth: add `residual` (laid out as `C`, from the tile's first
/// value), then apply `activation`, in registers, so that the output is
/// not read and written again by a pass of its own (that pass cost a
/// fifth of MobileNetV2's 1x1 expansions). Only what [`End::takes`]
/// takes; the caller finishes the rest.
#[derive(Clone, Copy)]
pub(crate) struct End<'a> {
    pub(crate) residual: Option<&'a [f32]>,
    pub(crate) activation: Option<Activation>,
}

impl<'a> End<'a> {
    /// Store the sums as they are.
    pub(crate) const STORE: End<'static> = End {
        residual: None,
        activation: None,
    };

    /// Whether the kernels apply `activation` as they store: those with
    /// no call and no branch in their scalar form, which AVX-512 computes
    /// in registers (`activate512`) and the others on the row just
    /// stored. The rest (erf, tanh, the softmaxes) stay a pass over the
    /// tile.
    pub(crate) fn takes(activation: Option<Activation>) -> bool {
        match activation {
            None
            | Some(
                Activation::Relu
                | Activation::Relu6
                | Activation::Silu
                | Activation::Sigmoid
                | Activation::HardSigmoid
                | Activation::HardSwish,
            ) => true,
            Some(
                Activation::LeakyRelu
                | Activation::Elu
                | Activation::Gelu
                | Activation::GeluTanh
                | Activation::Tanh
                | Activation::Softmax
                | Activation::LogSoftmax,
            ) => false,
        }
    }

    /// The end of the values from `offset` on.
    fn past(self, offset: usize) -> End<'a> {
        End {
            residual: self.residual.map(|r| &r[offset..]),
            activation: self.activation,
        }
    }

    /// Applies it to one stored row of the tile, `row` at `at` in `C`,
    /// with the scalar definitions (`elementwise`'s): the portable and
    /// AVX2 kernels' way, on values still in L1.
    #[inline(always)]
    fn row(&self, row: &mut [f32], at: usize) {
        if let Some(residual) = self.residual {
            for (value, &add) in row.iter_mut().zip(&residual[at..]) {
                *value += add;
            }
        }
        if let Some(activation) = self.activation {
            for value in row.iter_mut() {
                *value = crate::elementwise::one(activation, *value);
            }
        }
    }
}

/// Columns of `C` a call covers at most: two packed panels, which the
/// AVX-512 kernel reads together (every broadcast of `A` feeds two
/// 16-lane products) and the others one after the other.
pub(crate) const WIDE: usize = 2 * NR;

/// One tile's operands.
pub(crate) struct Tile<'a> {
    /// Steps of depth.
    pub(crate) depth: usize,
    /// `A`'s rows, row `i` at `i * lda`, `depth` values each.
    pub(crate) a: &'a [f32],
    pub(crate) lda: usize,
    /// `B`'s panels, one per `NR` columns: each `depth` rows of `NR`
    /// values, the second right after the first.
    pub(crate) b: &'a [f32],
    /// `C`'s tile, row `i` at `i * ldc`.
    pub(crate) c: Out<'a>,
    pub(crate) ldc: usize,
    /// The rows and columns of `C` written: any rows, and at most
    /// [`WIDE`] columns.
    pub(crate) rows: usize,
    pub(crate) columns: usize,
    pub(crate) start: Start<'a>,
    /// What happens before the store.
    pub(crate) end: End<'a>,
}

impl Tile<'_> {
    /// Checks every length the kernels read and write through, so that
    /// the vector kernel's unchecked accesses stay inside the slices.
    fn check(&self) {
        assert!(self.rows >= 1 && (1..=WIDE).contains(&self.columns));
        assert!(self.a.len() >= (self.rows - 1) * self.lda + self.depth);
        assert!(self.b.len() >= self.depth * NR * self.columns.div_ceil(NR));
        assert!(self.c.len() >= (self.rows - 1) * self.ldc + self.columns);
        if let Start::Bias(bias) = self.start {
            assert!(bias.len() >= self.columns);
        }
        if let Some(residual) = self.end.residual {
            assert!(residual.len() >= (self.rows - 1) * self.ldc + self.columns);
        }
        assert!(End::takes(self.end.activation));
    }
}

/// Computes a column of tiles (every row panel of `tile.rows`) with the
/// fastest kernel this CPU runs: one call, one check and one choice of
/// kernel for them all, which on a shallow product (MobileNet's 1x1
/// convolutions, 16 to 24 deep) cost as much as the tiles.
pub(crate) fn kernel(tile: &mut Tile) {
    tile.check();
    #[cfg(target_arch = "x86_64")]
    if crate::cpu::avx512() {
        // SAFETY: the lengths are checked and the CPU has AVX-512F.
        unsafe { avx512::column(tile) };
        return;
    }
    for half in 0..tile.columns.div_ceil(NR) {
        let tile = &mut tile.half(half);
        #[cfg(target_arch = "x86_64")]
        if crate::cpu::avx2_fma() {
            // SAFETY: a half of a checked tile passes the check (its
            // panel of `B` and its columns of `C` lie inside the whole's),
            // and the CPU has AVX2 and FMA.
            unsafe { avx2::column(tile) };
            continue;
        }
        let mut first = 0;
        while first < tile.rows {
            portable(&mut tile.panel(first));
            first += MR;
        }
    }
}

impl<'a> Tile<'a> {
    /// The columns of panel `half` (0 or 1): at most `NR` of them.
    fn half(&mut self, half: usize) -> Tile<'_> {
        let first = half * NR;
        Tile {
            depth: self.depth,
            a: self.a,
            lda: self.lda,
            b: &self.b[half * self.depth * NR..],
            c: self.c.past(first),
            ldc: self.ldc,
            rows: self.rows,
            columns: NR.min(self.columns - first),
            start: match self.start {
                Start::Bias(bias) => Start::Bias(&bias[first..]),
                start => start,
            },
            end: self.end.past(first),
        }
    }

    /// The row panel from row `first`: at most `MR` rows.
    fn panel(&mut self, first: usize) -> Tile<'_> {
        Tile {
            depth: self.depth,
            a: &self.a[first * self.lda..],
            lda: self.lda,
            b: self.b,
            c: self.c.past(first * self.ldc),
            ldc: self.ldc,
            rows: MR.min(self.rows - first),
            columns: self.columns,
            start: self.start,
            end: self.end.past(first * self.ldc),
        }
    }
}

/// The kernel in plain Rust, for targets without a vector kernel here
/// (and x86-64 CPUs without AVX2): the same tile, which the compiler
/// vectorises to what the target has.
fn portable(tile: &mut Tile) {
    let mut sums = [[0.0f32; NR]; MR];
    match tile.start {
        Start::Bias(bias) => {
            for row in sums.iter_mut() {
                row[..tile.columns].copy_from_slice(&bias[..tile.columns]);
            }
        }
        Start::Zero => {}
        Start::Accumulate => {
            for (i, row) in sums.iter_mut().enumerate().take(tile.rows) {
                row[..tile.columns].copy_from_slice(tile.c.row(i * tile.ldc, tile.columns));
            }
        }
    }
    let rows: [&[f32]; MR] = core::array::from_fn(|i| {
        let first = if i < tile.rows { i * tile.lda } else { 0 };
        &tile.a[first..][..tile.depth]
    });
    for (step, b) in tile.b.chunks_exact(NR).take(tile.depth).enumerate() {
        for (sum, row) in sums.iter_mut().zip(rows) {
            let a = row[step];
            for (s, &b) in sum.iter_mut().zip(b) {
                *s += a * b;
            }
        }
    }
    for (i, row) in sums.iter().enumerate().take(tile.rows) {
        let end = tile.end;
        let out = tile.c.row(i * tile.ldc, tile.columns);
        out.copy_from_slice(&row[..tile.columns]);
        end.row(out, i * tile.ldc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpu::{force_kernel, kernel as best, Kernel};

    /// Every kernel this CPU runs gives the portable kernel's tile (each
    /// panel computed on its own from its definition), one panel and two,
    /// full and partial, from each start, and with each end the kernels
    /// apply in registers: a residual (with NaN, infinities and sums past
    /// 6 in it) and ReLU or ReLU6, whose NaN and -0 must come out as
    /// `elementwise`'s scalar definitions give them.
    #[test]
    fn every_kernel_agrees_with_the_portable_one() {
        let mut seed = 1u32;
        let mut next = move || {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) as f32 / (1 << 24) as f32 - 0.5
        };
        const DEPTH: usize = 37;
        const LDA: usize = 41;
        const LDC: usize = 37;
        const ROWS: usize = 14;
        let (depth, lda, ldc) = (DEPTH, LDA, LDC);
        let a: [f32; ROWS * LDA] = core::array::from_fn(|_| next());
        let b: [f32; DEPTH * WIDE] = core::array::from_fn(|_| next());
        let bias: [f32; WIDE] = core::array::from_fn(|_| next());
        let c0: [f32; ROWS * LDC + WIDE] = core::array::from_fn(|_| next());
        let mut residual: [f32; ROWS * LDC + WIDE] = core::array::from_fn(|_| 20.0 * next());
        residual[3] = f32::NAN;
        residual[LDC + 5] = f32::INFINITY;
        residual[2 * LDC + 20] = f32::NEG_INFINITY;
        residual[3 * LDC + 1] = f32::NAN;
        let ends = [
            End::STORE,
            End {
                residual: Some(&residual),
                activation: None,
            },
            End {
                residual: Some(&residual),
                activation: Some(Activation::Relu),
            },
            End {
                residual: None,
                activation: Some(Activation::Relu6),
            },
            End {
                residual: Some(&residual),
                activation: Some(Activation::Relu6),
            },
            End {
                residual: Some(&residual),
                activation: Some(Activation::Silu),
            },
            End {
                residual: Some(&residual),
                activation: Some(Activation::Sigmoid),
            },
            End {
                residual: Some(&residual),
                activation: Some(Activation::HardSwish),
            },
            End {
                residual: Some(&residual),
                activation: Some(Activation::HardSigmoid),
            },
        ];
        let shapes = [
            (MR, NR),
            (1, NR),
            (MR, 3),
            (4, 9),
            (ROWS, WIDE),
            (13, 17),
            (7, 31),
            (12, 20),
            (3, WIDE),
        ];
        let detected = best();
        for cap in [Kernel::Avx2Fma, Kernel::Avx512] {
            if cap > detected {
                continue;
            }
            force_kernel(Some(cap));
            for (rows, columns) in shapes {
                for (start, end) in [Start::Bias(&bias), Start::Zero, Start::Accumulate]
                    .into_iter()
                    .flat_map(|start| ends.map(|end| (start, end)))
                {
                    let mut results = [c0, c0];
                    for (which, c) in results.iter_mut().enumerate() {
                        let mut tile = Tile {
                            depth,
                            a: &a,
                            lda,
                            b: &b,
                            c: Out::new(&mut c[..]),
                            ldc,
                            rows,
                            columns,
                            start,
                            end,
                        };
                        if which == 0 {
                            for half in 0..columns.div_ceil(NR) {
                                let mut tile = tile.half(half);
                                let mut first = 0;
                                while first < rows {
                                    portable(&mut tile.panel(first));
                                    first += MR;
                                }
                            }
                        } else {
                            kernel(&mut tile);
                        }
                    }
                    for (p, k) in results[0].iter().zip(&results[1]) {
                        let same = (p - k).abs() <= 1e-5
                            || (p.is_nan() && k.is_nan())
                            || (p.is_infinite() && p == k);
                        assert!(
                            same && (*p != 0.0 || p.to_bits() == k.to_bits()),
                            "{cap:?} {rows}x{columns}: {p} against {k}"
                        );
                    }
                }
            }
        }
        force_kernel(None);
    }
}
