//! Puts memory.x where the linker finds it (cortex-m-rt's link.x includes
//! it), and turns the article's LeNet case, which PyTorch wrote in
//! cnn-tests/tests/data/forward/lenet_lenet.txt, into constants: its
//! weights and input are made from the rule the file gives (a splitmix64
//! run per tensor, as cnn-tests' case.rs makes them), its output is
//! PyTorch's.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

const CASE: &str = "../cnn-tests/tests/data/forward/lenet_lenet.txt";

/// Value `index` of the splitmix64 run seeded `seed`, in [lo, hi): the
/// `value` of cnn-tests/tests/forward_examples/case.rs, bit for bit.
fn value(seed: u64, index: u64, lo: f64, hi: f64) -> f32 {
    let mut z = seed.wrapping_add((index + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let u = (z >> 40) as f64 / (1u64 << 24) as f64;
    (lo + (hi - lo) * u) as f32
}

fn number<T: std::str::FromStr>(word: Option<&str>, line: &str) -> T {
    match word.and_then(|w| w.parse().ok()) {
        Some(n) => n,
        None => panic!("{CASE}: a number expected in {line:?}"),
    }
}

fn array(out: &mut String, name: &str, values: &[f32]) {
    // `{:?}` prints the shortest decimal that reads back as the same f32.
    let _ = write!(out, "pub static {name}: [f32; {}] = [", values.len());
    for v in values {
        let _ = write!(out, "{v:?},");
    }
    out.push_str("];\n");
}

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy("memory.x", out_dir.join("memory.x")).expect("memory.x");
    println!("cargo:rustc-link-search={}", out_dir.display());
    // cortex-m-rt's linker script, here rather than in .cargo/config.toml's
    // `rustflags`, which a RUSTFLAGS in the environment (even an empty one,
    // as .ci/run exports) replaces: without it the image has no vector
    // table and QEMU locks up at reset.
    println!("cargo:rustc-link-arg=-Tlink.x");
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed={CASE}");

    let text = fs::read_to_string(CASE).expect(CASE);
    let (mut seed, mut values) = (0u64, 0usize);
    let mut weights = Vec::new();
    let mut input = Vec::new();
    let mut expected = Vec::new();
    let mut maxabs = 0f64;
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    while let Some(line) = lines.next() {
        let line = line.split(" # ").next().unwrap_or_default();
        let mut words = line.split_whitespace();
        match words.next() {
            Some("seed") => seed = number(words.next(), line),
            Some("values") => values = number(words.next(), line),
            Some("range") => {
                let offset: u64 = number(words.next(), line);
                let len: u64 = number(words.next(), line);
                let (lo, hi) = (number(words.next(), line), number(words.next(), line));
                assert_eq!(offset, weights.len() as u64, "{CASE}: ranges leave a gap");
                weights.extend((offset..offset + len).map(|i| value(seed, i, lo, hi)));
            }
            Some("input") => {
                let input_seed: u64 = number(words.next(), line);
                let len: u64 = number(words.next(), line);
                let (lo, hi) = (number(words.next(), line), number(words.next(), line));
                input = (0..len).map(|i| value(input_seed, i, lo, hi)).collect();
            }
            Some("maxabs") => maxabs = number(words.next(), line),
            Some("y") => {
                let n: usize = number(words.next(), line);
                expected = lines
                    .by_ref()
                    .flat_map(str::split_whitespace)
                    .map(|w| number::<f32>(Some(w), w))
                    .collect();
                assert_eq!(expected.len(), n, "{CASE}: values after `y`");
            }
            _ => {}
        }
    }
    assert_eq!(weights.len(), values, "{CASE}: ranges cover the values");

    let mut out = String::from("// Written by build.rs from ");
    out.push_str(CASE);
    out.push('\n');
    array(&mut out, "WEIGHTS", &weights);
    array(&mut out, "INPUT", &input);
    array(&mut out, "EXPECTED", &expected);
    let _ = writeln!(out, "pub const MAXABS: f32 = {:?};", maxabs as f32);
    fs::write(out_dir.join("lenet_case.rs"), out).expect("OUT_DIR is writable");
}
