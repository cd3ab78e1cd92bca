//! One network's case, as `scripts/pytorch_network_cases.py` writes it to
//! `tests/data/forward/KEY.txt`: the rule that makes the weights and the
//! input (so that the file needs none of them), and PyTorch's output, whole
//! or as a digest. The module doc of that script describes the format.

use std::fs;
use std::path::Path;
use std::time::Duration;

/// max |difference| ≤ TOLERANCE × max(1, max |expected|): issue 15's bar.
const TOLERANCE: f64 = 1e-4;

/// A run of pseudo-random values: `len` values from `offset`, in [lo, hi).
#[derive(Clone, Copy, Debug)]
struct Run {
    offset: u64,
    len: u64,
    lo: f64,
    hi: f64,
}

/// What PyTorch gave.
enum Expected {
    /// Every value, channels last.
    Whole(Vec<f64>),
    /// Values at some indices (the output is too large to commit).
    Samples(Vec<(usize, f64)>),
}

pub struct Case {
    pub network: String,
    values: u64,
    seed: u64,
    ranges: Vec<Run>,
    input_seed: u64,
    input: Run,
    output: usize,
    maxabs: f64,
    sum: f64,
    sumsq: f64,
    expected: Expected,
}

/// Value `index` of the splitmix64 run seeded `seed`, mapped to [lo, hi)
/// with 24 bits: the script's `uniform`, operation for operation, so the
/// f32 is the same bit for bit.
fn value(seed: u64, index: u64, lo: f64, hi: f64) -> f32 {
    let mut z = seed.wrapping_add((index + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let u = (z >> 40) as f64 / (1u64 << 24) as f64;
    (lo + (hi - lo) * u) as f32
}

fn number<T: std::str::FromStr>(word: Option<&str>, line: &str) -> T {
    word.and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("a number in {line:?}"))
}

impl Case {
    /// Reads `tests/data/forward/KEY.txt`.
    pub fn read(key: &str) -> Case {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/forward")
            .join(format!("{key}.txt"));
        let text = fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (scripts/pytorch_network_cases.py writes it)",
                path.display()
            )
        });
        let mut case = Case {
            network: String::new(),
            values: 0,
            seed: 0,
            ranges: Vec::new(),
            input_seed: 0,
            input: Run {
                offset: 0,
                len: 0,
                lo: 0.0,
                hi: 0.0,
            },
            output: 0,
            maxabs: 0.0,
            sum: 0.0,
            sumsq: 0.0,
            expected: Expected::Whole(Vec::new()),
        };
        let mut lines = text.lines().filter(|l| !l.starts_with('#'));
        while let Some(line) = lines.next() {
            // A range's comment (its statement) is for the reader.
            let line = line.split(" # ").next().unwrap_or_default();
            let mut words = line.split_whitespace();
            match words.next() {
                Some("network") => case.network = number(words.next(), line),
                Some("params") => {}
                Some("values") => case.values = number(words.next(), line),
                Some("seed") => case.seed = number(words.next(), line),
                Some("range") => case.ranges.push(Run {
                    offset: number(words.next(), line),
                    len: number(words.next(), line),
                    lo: number(words.next(), line),
                    hi: number(words.next(), line),
                }),
                Some("input") => {
                    case.input_seed = number(words.next(), line);
                    case.input = Run {
                        offset: 0,
                        len: number(words.next(), line),
                        lo: number(words.next(), line),
                        hi: number(words.next(), line),
                    };
                }
                Some("output") => case.output = number(words.next(), line),
                Some("maxabs") => case.maxabs = number(words.next(), line),
                Some("sum") => case.sum = number(words.next(), line),
                Some("sumsq") => case.sumsq = number(words.next(), line),
                Some("y") => {
                    let n: usize = number(words.next(), line);
                    let y: Vec<f64> = lines
                        .by_ref()
                        .flat_map(str::split_whitespace)
                        .map(|w| number(Some(w), w))
                        .collect();
                    assert_eq!(y.len(), n, "{key}: values after `y`");
                    case.expected = Expected::Whole(y);
                }
                Some("samples") => {
                    let n: usize = number(words.next(), line);
                    let samples: Vec<(usize, f64)> = lines
                        .by_ref()
                        .map(|l| {
                            let mut w = l.split_whitespace();
                            (number(w.next(), l), number(w.next(), l))
                        })
                        .collect();
                    assert_eq!(samples.len(), n, "{key}: lines after `samples`");
                    case.expected = Expected::Samples(samples);
                }
                _ => panic!("{key}: unknown line {line:?}"),
            }
        }
        case
    }

    /// The flat parameter vector, `NetWeights::<f32>::LEN` values: each
    /// tensor's range over its own offsets of the one run.
    pub fn weights(&self) -> Vec<f32> {
        let mut flat = Vec::with_capacity(self.values as usize);
        for run in &self.ranges {
            assert_eq!(
                run.offset,
                flat.len() as u64,
                "{}: ranges leave a gap",
                self.network
            );
            flat.extend(
                (run.offset..run.offset + run.len).map(|i| value(self.seed, i, run.lo, run.hi)),
            );
        }
        assert_eq!(
            flat.len() as u64,
            self.values,
            "{}: ranges cover the values",
            self.network
        );
        flat
    }

    /// The input, channels last.
    pub fn input(&self) -> Vec<f32> {
        let run = self.input;
        (0..run.len)
            .map(|i| value(self.input_seed, i, run.lo, run.hi))
            .collect()
    }

    /// Checks `forward`'s output against PyTorch's, prints the worst
    /// |difference| as a fraction of the tolerance, and fails above 1.
    ///
    /// A whole output is compared value by value. A digest is compared at
    /// its samples, and the whole output through max |y|, sum and sum of
    /// squares, each against the bound that the per-value tolerance `t`
    /// implies (so a correct output cannot fail them): |Δ max| ≤ t,
    /// |Δ sum| ≤ n t, and |Δ sum of squares| ≤ 2 t sqrt(n Σy²) + n t²
    /// (Cauchy-Schwarz). They catch a map that is wrong away from the
    /// samples, which the samples alone could miss.
    pub fn check(&self, y: &[f32], took: Duration) {
        assert_eq!(y.len(), self.output, "{}: OUTPUT_LEN", self.network);
        let tol = TOLERANCE * self.maxabs.max(1.0);
        let mut worst = 0f64;
        let mut compared = 0;
        let mut at = 0;
        let mut compare = |index: usize, expected: f64| {
            let ratio = (f64::from(y[index]) - expected).abs() / tol;
            // A NaN counts as infinitely wrong.
            let ratio = if ratio.is_nan() { f64::INFINITY } else { ratio };
            if ratio > worst {
                worst = ratio;
                at = index;
            }
            compared += 1;
        };
        match &self.expected {
            Expected::Whole(values) => {
                assert_eq!(values.len(), y.len(), "{}: expected values", self.network);
                values.iter().enumerate().for_each(|(i, &e)| compare(i, e));
            }
            Expected::Samples(samples) => samples.iter().for_each(|&(i, e)| compare(i, e)),
        }
        let n = y.len() as f64;
        let maxabs = y.iter().fold(0f64, |m, &v| m.max(f64::from(v).abs()));
        let sum: f64 = y.iter().map(|&v| f64::from(v)).sum();
        let sumsq: f64 = y.iter().map(|&v| f64::from(v) * f64::from(v)).sum();
        let digest = [
            ("max |y|", maxabs, self.maxabs, tol),
            ("sum", sum, self.sum, n * tol),
            (
                "sum of squares",
                sumsq,
                self.sumsq,
                2.0 * tol * (n * self.sumsq).sqrt() + n * tol * tol,
            ),
        ];
        println!(
            "{}: worst |difference| / tolerance {worst:.3e} (at {at}, {compared} values; tolerance {tol:.1e}), forward {:.3} s",
            self.network,
            took.as_secs_f64()
        );
        for (what, found, expected, bound) in digest {
            println!(
                "  {what}: {found:.6e}, torch {expected:.6e}, |difference| / bound {:.2e}",
                (found - expected).abs() / bound
            );
            assert!(
                (found - expected).abs() <= bound,
                "{}: {what} {found}, expected {expected} ± {bound}",
                self.network
            );
        }
        assert!(
            worst <= 1.0,
            "{}: output {at} is {}, torch gives {}; |difference| is {worst:.2} times the tolerance {tol:.1e}",
            self.network,
            y[at],
            self.expected_at(at).unwrap_or(f64::NAN)
        );
    }

    fn expected_at(&self, index: usize) -> Option<f64> {
        match &self.expected {
            Expected::Whole(values) => values.get(index).copied(),
            Expected::Samples(samples) => samples.iter().find(|s| s.0 == index).map(|s| s.1),
        }
    }
}
