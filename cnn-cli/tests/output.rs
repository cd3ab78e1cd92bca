//! What `cnn svg -o` writes, and that the summary, JSON and SVG of a file
//! are exactly what the macro prints for the same statements.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cnn::{cnn, Json, Summary, Svg};

cnn! {
    /// `tests/files/LeNet.cnn`, statement for statement.
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16 -> 10x10x16;
        pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    /// `tests/files/stages.cnn`: named stages, a repeat, a residual.
    pub struct Stages {
        input 32x32x3;
        stem: { conv 3x3x16 pad 1 nobias; bn; relu; }
        layer1: repeat 2 {
            residual { conv 3x3x16 pad 1 nobias; bn; relu; conv 3x3x16 pad 1 nobias; bn; }
            relu;
        }
        gap;
        fc 10;
    }
}

fn files() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files")
}

fn cnn(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cnn"))
        .args(args)
        .current_dir(files())
        .output()
        .expect("cnn runs")
}

/// The standard output of a command that must succeed quietly.
fn stdout(args: &[&str]) -> String {
    let output = cnn(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{args:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A fresh folder for one test's output.
fn scratch(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("the test can make its folder");
    folder
}

#[test]
fn the_file_prints_what_the_macro_prints() {
    for (file, name, model) in [
        ("LeNet.cnn", "LeNet", LeNet::MODEL),
        ("stages.cnn", "stages", Stages::MODEL),
    ] {
        assert_eq!(
            stdout(&["summary", file]),
            Summary::new(name, model).to_string()
        );
        assert_eq!(
            stdout(&["summary", file, "--depth", "0"]),
            Summary::new(name, model).depth(0).to_string()
        );
        assert_eq!(stdout(&["json", file]), Json::new(name, model).to_string());
        assert_eq!(stdout(&["svg", file]), Svg::new(name, model).to_string());
        assert_eq!(
            stdout(&["svg", file, "--expanded"]),
            Svg::new(name, model).expanded().to_string()
        );
    }
}

#[test]
fn svg_writes_one_network_to_the_file_named() {
    let folder = scratch("svg-one");
    let out = folder.join("lenet.svg");
    let out = out.to_str().expect("a UTF-8 path");
    assert_eq!(stdout(&["svg", "LeNet.cnn", "-o", out]), "");
    let written = std::fs::read_to_string(out).expect("the diagram was written");
    assert_eq!(written, Svg::new("LeNet", LeNet::MODEL).to_string());
}

#[test]
fn svg_writes_each_network_of_a_rust_file_to_a_folder() {
    let folder = scratch("svg-many").join("diagrams");
    let out = folder.to_str().expect("a UTF-8 path");
    let output = cnn(&["svg", "nets.rs", "-o", out]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    for (file, title) in [
        ("LeNet.svg", "LeNet"),
        ("Tiny.svg", "Tiny"),
        ("line-22.svg", "line 22"),
    ] {
        let svg = std::fs::read_to_string(folder.join(file)).expect("each diagram was written");
        assert!(svg.starts_with("<svg xmlns="), "{file}");
        assert!(svg.contains(&format!("<title>{title}</title>")), "{file}");
    }
    assert_eq!(
        std::fs::read_to_string(folder.join("LeNet.svg")).ok(),
        Some(Svg::new("LeNet", LeNet::MODEL).to_string())
    );
}

#[test]
fn an_output_that_cannot_be_written_is_a_clear_error() {
    let folder = scratch("svg-unwritable");
    let blocked = folder.join("a-file");
    std::fs::write(&blocked, "").expect("the test can write its file");
    // No file can be written inside a file.
    let out = blocked.join("lenet.svg");
    let output = cnn(&[
        "svg",
        "LeNet.cnn",
        "-o",
        out.to_str().expect("a UTF-8 path"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!("error: cannot write `{}`: ", out.display())),
        "{stderr}"
    );
}
