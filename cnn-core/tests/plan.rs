//! The memory plan's invariants on every network the playground ships:
//! the arena holds at least what is alive at once and at most what
//! counting every layer apart gives (`PEAK_ACTIVATIONS`), and the program
//! reads back as the steps it was written from. That no tensor is
//! overwritten while it is still to be read is what the forward pass's
//! exactness against PyTorch shows (`cnn-tests/tests/forward*.rs`); the
//! comparison with TensorFlow Lite Micro is `cnn-tests/tests/arena.rs`.

use std::fs;
use std::path::Path;

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
