//! What a user who turns the `cnn` crate's default features off gets: every
//! count still, and for `#[cnn(weights)]`, which needs the runtime, one
//! error that names the feature rather than a pile of unresolved paths.
//!
//! trybuild builds its cases with this package's features (the defaults),
//! so this test writes a user crate of its own under `target/` with
//! `default-features = false` and runs `cargo check` on it, offline, with
//! the workspace's lock file: every crate it needs is already on disk.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository: this package's parent folder.
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cnn-tests is a folder of the repository")
        .to_path_buf()
}

/// `cargo check` of a user crate whose `lib.rs` is `source`, depending on
/// `cnn` without its default features: whether it built, and its errors.
fn check_without_defaults(name: &str, source: &str) -> (bool, String) {
    let repository = repository();
    let dir = repository.join("target/features").join(name);
    fs::create_dir_all(dir.join("src")).expect("a folder under target/");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ncnn = {{ path = {path:?}, default-features = false }}\n\n[workspace]\n",
        path = repository.display().to_string()
    );
    fs::write(dir.join("Cargo.toml"), manifest).expect("Cargo.toml");
    fs::write(dir.join("src/lib.rs"), source).expect("lib.rs");
    fs::copy(repository.join("Cargo.lock"), dir.join("Cargo.lock")).expect("Cargo.lock");
    let output = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet", "--message-format", "short"])
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(repository.join("target/features/target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn without_the_runtime_weights_is_one_error_that_names_the_feature() {
    let (built, stderr) = check_without_defaults(
        "no_run_weights",
        "use cnn::cnn;\n\ncnn! {\n    #[cnn(weights)]\n    pub struct Net {\n        input 4;\n        fc 2;\n    }\n}\n",
    );
    assert!(!built, "it built:\n{stderr}");
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("error"))
        .collect();
    // One error, at the invocation in the user's file, and a summary line.
    assert_eq!(
        errors[0],
        "src/lib.rs:3:1: error: `#[cnn(weights)]` needs the `run` feature of the `cnn` crate \
         (the runtime: weight types, loader and `forward`), which `default-features = false` turns off",
        "{stderr}"
    );
    assert!(
        errors[1..]
            .iter()
            .all(|line| line.starts_with("error: could not compile")),
        "{stderr}"
    );
}

#[test]
fn without_the_runtime_int8_is_one_error_that_names_the_feature() {
    let (built, stderr) = check_without_defaults(
        "no_run_int8",
        "use cnn::cnn;\n\ncnn! {\n    #[cnn(int8)]\n    pub struct Net {\n        input 4;\n        fc 2;\n    }\n}\n",
    );
    assert!(!built, "it built:\n{stderr}");
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("error"))
        .collect();
    assert_eq!(
        errors[0],
        "src/lib.rs:3:1: error: `#[cnn(int8)]` needs the `run` feature of the `cnn` crate \
         (the runtime: `NameQuantized::from_tflite` and `forward_int8`), which \
         `default-features = false` turns off",
        "{stderr}"
    );
    assert!(
        errors[1..]
            .iter()
            .all(|line| line.starts_with("error: could not compile")),
        "{stderr}"
    );
}

#[test]
fn without_the_runtime_every_count_is_still_there() {
    let (built, stderr) = check_without_defaults(
        "no_run_counts",
        "#![no_std]\nuse cnn::cnn;\n\ncnn! {\n    /// The article's network.\n    pub struct LeNet {\n        \
         input 32x32x3;\n        conv 5x5x8;\n        pool 2;\n        conv 5x5x16;\n        pool 2;\n        \
         fc 120;\n        fc 84;\n        softmax 10;\n    }\n}\n\n\
         // The article's count.\nconst _: () = assert!(LeNet::PARAMS == 62_958);\n",
    );
    assert!(built, "{stderr}");
}
