//! The compile-fail suite: every invalid network in `tests/ui/` must be
//! rejected by `cnn!` with a compile error, never a panic, never a wrong
//! number.
//!
//! Each file declares one kind of mistake (named for it) and its `.stderr`
//! holds the exact diagnostic the compiler prints: the message, with the
//! numbers it got and needed, and the span pointing at the offending layer
//! or token. A change to a message or a span shows up as a diff here.
//!
//! `tests/pass/` holds what must compile and run: a user crate under
//! `#![forbid(unsafe_code)]` with a `#[cnn(weights)]` network.
//!
//! After an intended change to the messages, regenerate the expectations
//! with `TRYBUILD=overwrite cargo test -p cnn-tests --test ui` and read
//! every changed `.stderr` before committing it.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    // What must build, lints and all, in a user's crate.
    t.pass("tests/pass/*.rs");
}
