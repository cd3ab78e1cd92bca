//! The subject of the instruction count (`bench/count.sh`): one
//! network's pass, `forward` or `forward_prepared`, run once to warm the
//! caches and the weights, then `passes` times inside [`counted`], the
//! one function callgrind collects in (`--toggle-collect`), so that the
//! setup (random weights, preparing) and the warm-up pass are not
//! counted and the simulated caches start as a real repeated pass finds
//! them.

use crate::forward_side::{self, Path};

/// The passes that are counted: not inlined, so that callgrind finds it
/// by its name.
#[inline(never)]
pub fn counted(run: &mut forward_side::Forward, passes: usize) {
    for _ in 0..passes {
        run.run();
    }
}

/// `cnn-speed count MODEL plain|prepared PASSES`.
pub fn count(model: &str, path: &str, passes: usize) {
    let path = match path {
        "plain" => Path::Plain,
        "prepared" => Path::Prepared,
        other => panic!("{other}: plain or prepared"),
    };
    let mut run = forward_side::of(model, path);
    run.run();
    counted(&mut run, passes);
    println!("counted\t{model}\t{}\t{passes}", cnn_run::kernel().name());
}
