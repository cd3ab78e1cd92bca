//! The memory plan's invariants on every network the playground ships:
//! the arena holds at least what is alive at once and at most what
//! counting every layer apart gives (`PEAK_ACTIVATIONS`), and the program
//! reads back as the steps it was written from. That no tensor is
//! overwritten while it is still to be read is what the forward pass's
//! exactness against PyTorch shows (`cnn-tests/tests/forward*.rs`); the
//! comparison with TensorFlow Lite Micro is `cnn-tests/tests/arena.rs`.

use std::fs;
use std::path::Path;

use cnn_core::plan::memory::{Unplanned, MAX_STEPS};
use cnn_core::program::Reader;

const EXAMPLES: [&str; 7] = [
    "lenet.cnn",
    "mobilenetv2.cnn",
    "resnet18.cnn",
    "resnet50.cnn",
    "convnext-tiny.cnn",
    "unet.cnn",
    "m5-audio.cnn",
];

fn network(file: &str) -> cnn_lang::Network {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../playground/examples")
        .join(file);
    let text = fs::read_to_string(&path).unwrap();
    cnn_lang::check(&text, None)
        .network
        .unwrap_or_else(|| panic!("{file} checks"))
}

#[test]
fn every_example_is_planned_within_its_peak() {
    for file in EXAMPLES {
        let network = network(file);
        let plan = network.plan.as_ref().expect("planned");
        let header = plan.header;
        println!(
            "{file}: arena {} (alive at once {}), PEAK_ACTIVATIONS {}, {} steps",
            header.arena_len, plan.alive, network.peak_activations, header.steps
        );
        assert!(header.arena_len >= plan.alive, "{file}");
        assert!(
            header.arena_len as u64 <= network.peak_activations,
            "{file}"
        );
        assert_eq!(header.input_len as u64, network.input.elements().unwrap());
        assert_eq!(header.output_len as u64, network.output.elements().unwrap());
        assert!(header.output + header.output_len <= header.arena_len);
    }
}

#[test]
fn the_program_reads_back_as_written() {
    for file in EXAMPLES {
        let plan = network(file).plan.unwrap();
        let bytes = plan.encode();
        let mut reader = Reader::new(&bytes);
        assert_eq!(reader.header().unwrap(), plan.header);
        for op in &plan.ops {
            assert_eq!(&reader.op().unwrap(), op, "{file}");
        }
        // Nothing but printable digits: a raw byte string holds it as is.
        assert!(bytes.iter().all(|b| (b'?'..=b'~').contains(b)));
    }
}

#[test]
fn a_truncated_program_is_an_error_not_a_panic() {
    let bytes = network("resnet18.cnn").plan.unwrap().encode();
    for cut in [0, 1, 7, bytes.len() / 2, bytes.len() - 1] {
        let mut reader = Reader::new(&bytes[..cut]);
        let read_all = reader
            .header()
            .and_then(|header| (0..header.steps).try_for_each(|_| reader.op().map(drop)));
        assert!(read_all.is_err(), "cut at {cut}");
    }
}

fn checked(text: &str) -> cnn_lang::Network {
    cnn_lang::check(text, None)
        .network
        .unwrap_or_else(|| panic!("{text} checks"))
}

#[test]
fn a_repeat_of_layers_in_place_needs_no_new_buffers() {
    // 8x8x4 = 256 values: the first relu writes them apart from the
    // caller's input, every later one overwrites them.
    for rounds in [1, 1_000, 100_000] {
        let network = checked(&format!("input 8x8x4; repeat {rounds} {{ relu; bn; }}"));
        let plan = network.plan.expect("planned");
        assert_eq!(plan.header.arena_len, 256, "{rounds} rounds");
        assert_eq!(plan.header.steps, 2 * rounds as usize);
    }
}

#[test]
fn a_repeat_of_steps_that_do_nothing_ends_at_once() {
    // Dropout passes its input on. The first flatten moves the 256 values
    // into PyTorch's order (one step); on a flat input it passes too, so
    // every later round does nothing, however many there are.
    let network = checked("input 8x8x4; repeat 1000000000000 { dropout; flatten; }");
    let plan = network.plan.expect("planned");
    assert_eq!(plan.header.steps, 1);
    assert_eq!(plan.header.arena_len, 256);
    // With nothing but dropout, the output is copied off the caller's
    // input: one step.
    let network = checked("input 8x8x4; repeat 1000000000000 { dropout; }");
    let plan = network.plan.expect("planned");
    assert_eq!(plan.header.steps, 1);
    assert_eq!(plan.header.arena_len, 256);
}

#[test]
fn a_network_too_long_to_plan_says_how_long() {
    assert_eq!(MAX_STEPS, 250_000);
    let cases = [
        // One step a relu.
        ("input 4; repeat 300000 { relu; }", 300_000),
        // Two a round, counted in closed form past the limit.
        (
            "input 4; repeat 1000000000000 { fc 4; relu; }",
            2_000_000_000_000,
        ),
        // Rounds that change the shape, then rounds alike.
        ("input 4; fc 8; repeat 250000 { fc 2; }", 250_001),
        // 10^24 steps: more than u64 counts.
        (
            "input 4; repeat 1000000000000 { repeat 1000000000000 { relu; } }",
            u64::MAX,
        ),
    ];
    for (text, steps) in cases {
        assert_eq!(checked(text).plan, Err(Unplanned::Steps(steps)), "{text}");
    }
}
