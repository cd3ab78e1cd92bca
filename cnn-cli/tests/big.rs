//! Files far larger than any network, made here rather than kept in git:
//! the command must finish quickly, print little, and never panic.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Ten megabytes.
const SIZE: usize = 10_000_000;
/// A debug build, on a shared 2-core machine, with room to spare.
const QUICKLY: Duration = Duration::from_secs(30);

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("the test can write its file");
    path
}

/// Runs `cnn` in the folder of the test files, timing it.
fn cnn(args: &[&str]) -> (Output, Duration) {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_cnn"))
        .args(args)
        .current_dir(env!("CARGO_TARGET_TMPDIR"))
        .output()
        .expect("cnn runs");
    (output, started.elapsed())
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_ten_megabyte_rust_file_is_scanned_quickly() {
    // Decoys in strings and comments, the one network at the very end.
    let filler = "const A: &str = \"cnn! { struct InAString { input 1; } }\"; // cnn!(input 1)\n\
                  fn f() -> [u8; 3] { [1, 2, 3] }\n";
    let mut text = filler.repeat(SIZE / filler.len() + 1);
    text.push_str("cnn::cnn! { pub struct Net { input 10; fc 2; } }\n");
    write("big.rs", text.as_bytes());
    // Asking for a network it does not declare lists the ones it does,
    // which shows what was found without checking any.
    let (output, took) = cnn(&["check", "big.rs", "--network", "Nope"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "error: `big.rs` declares no network named `Nope`; it declares `Net`\n"
    );
    assert!(took < QUICKLY, "{took:?}");
}

#[test]
fn a_ten_megabyte_file_that_is_not_utf8_says_where() {
    let mut bytes = "relu;\n".repeat(SIZE / 6).into_bytes();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xc3(;\n");
    write("big-not-utf8.cnn", &bytes);
    let (output, took) = cnn(&["summary", "big-not-utf8.cnn"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!(
            "error: `big-not-utf8.cnn` is not UTF-8: byte {offset} (0xc3, line {}, column 1) \
             does not start a valid character\n",
            SIZE / 6 + 1
        )
    );
    assert!(took < QUICKLY, "{took:?}");
}

#[test]
fn a_ten_megabyte_network_is_checked_quickly() {
    // 100,000 layers (cnn-lang takes at most 250,000), each after a line
    // of comment, to make 10 MB.
    let layer = format!("// {}\nrelu;\n", "-".repeat(90));
    let mut text = String::from("input 16;\n");
    text.push_str(&layer.repeat(SIZE / layer.len()));
    write("big.cnn", text.as_bytes());
    let (output, took) = cnn(&["check", "big.cnn"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "big: ok, 16 -> 16, 0 params, 0 MACs\n"
    );
    assert!(took < QUICKLY, "{took:?}");
}

#[test]
fn an_error_on_a_ten_megabyte_line_is_shown_as_an_excerpt() {
    // A minified file, or a comment pasted whole: one line of 10 MB.
    let mut text = String::from("input 16; /* ");
    text.push_str(&"relu; ".repeat(SIZE / 6));
    text.push_str("*/ relu; ");
    let column = text.chars().count() + 1;
    text.push_str("covn 3x3x8; relu;");
    write("long-line.cnn", text.as_bytes());
    let (output, took) = cnn(&["check", "long-line.cnn"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr(&output);
    assert!(
        stderr.starts_with(&format!(
            "error: unknown layer `covn`; did you mean `conv`?\n--> long-line.cnn:1:{column}\n"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("bytes long; the part around column"),
        "{stderr}"
    );
    assert!(stderr.contains("*/ relu; covn 3x3x8; relu;"), "{stderr}");
    assert!(
        stderr.ends_with("error: aborting due to 1 previous error\n\n"),
        "{stderr}"
    );
    assert!(stderr.len() < 2_000, "{}", stderr.len());
    assert!(took < QUICKLY, "{took:?}");
}

#[test]
fn nesting_far_too_deep_is_one_error_at_the_brace_not_a_stack_overflow() {
    // 131,250 levels (262 KB) overflowed the stack; 5 million took 2.4 GB
    // first. The lexer stops at the 65th `{`, on line 1, column 65.
    for depth in [131_250, 5_000_000] {
        let name = format!("deep-{depth}.cnn");
        write(
            &name,
            format!("{}{}", "{".repeat(depth), "}".repeat(depth)).as_bytes(),
        );
        let (output, took) = cnn(&["check", &name]);
        let stderr = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.starts_with(&format!(
                "error: blocks nest more than 64 deep here; `cnn!` reads at most 64 levels of blocks inside one another\n--> {name}:1:65\n"
            )),
            "{stderr}"
        );
        assert!(
            stderr.ends_with("error: aborting due to 1 previous error\n\n"),
            "{stderr}"
        );
        assert!(took < QUICKLY, "{took:?}");
    }
}
