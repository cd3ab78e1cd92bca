//! The `cnn` binary run on the files of `tests/files/`, each case a
//! `.toml` (its arguments and exit code) with the `.stdout` and `.stderr`
//! it must print. `TRYCMD=overwrite cargo test -p cnn-cli --test cli`
//! rewrites the expected output after a deliberate change.

/// What the command line itself says: bad input, usage, help.
#[test]
fn input_and_usage() {
    trycmd::TestCases::new()
        .register_bin("cnn", trycmd::cargo::cargo_bin!("cnn"))
        .case("tests/cmd/*.toml");
}

/// Networks checked, summarised and exported: needs `cnn_lang::check`.
#[test]
fn networks() {
    trycmd::TestCases::new()
        .register_bin("cnn", trycmd::cargo::cargo_bin!("cnn"))
        .case("tests/lang/*.toml");
}
