//! Keeps the README's promise that the macro reads no files, no environment
//! and no network, and runs nothing: no source of `cnn-macros` or
//! `cnn-core` that is built into the macro may name a way to do so, and
//! neither crate has a build script.
//!
//! Modules declared under `#[cfg(test)]` in `cnn-macros/src/lib.rs` are
//! tests, not the macro, and are skipped (the property test reads an
//! environment variable for its case count).

use std::fs;
use std::path::Path;

/// What reading a file, the environment or the network, or running a
/// program, looks like in Rust source.
const FORBIDDEN: &[&str] = &[
    "std::fs",
    "fs::",
    "std::env",
    "env::",
    "env!",
    "option_env!",
    "std::net",
    "net::",
    "TcpStream",
    "UdpSocket",
    "std::process",
    "process::",
    "Command",
    "std::io",
    "include_str!",
    "include_bytes!",
    "include!",
    "proc_macro::tracked",
    "extern \"C\"",
];

/// The test-only modules of a crate root: each `mod name;` right after a
/// `#[cfg(test)]` line.
fn test_modules(root: &str) -> Vec<String> {
    let lines: Vec<&str> = root.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|pair| pair[0] == "#[cfg(test)]")
        .filter_map(|pair| pair[1].strip_prefix("mod ")?.strip_suffix(';'))
        .map(|name| format!("{name}.rs"))
        .collect()
}

/// Every forbidden word in the built sources of the crate at `dir`, a
/// folder of the repository (this package's parent folder).
fn findings(dir: &str) -> (usize, Vec<String>) {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cnn-tests is a folder of the repository");
    let manifest = repository.join(dir);
    let src = manifest.join("src");
    let root = fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let skipped = test_modules(&root);
    let mut scanned = 0;
    let mut found = Vec::new();
    let mut entries = Vec::new();
    let mut folders = vec![src.clone()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a source folder") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                entries.push(path);
            }
        }
    }
    entries.sort();
    for path in entries {
        let name = path
            .strip_prefix(&src)
            .expect("under src/")
            .to_string_lossy()
            .to_string();
        // A test module is a file (`tests.rs`) or a folder (`proptests/`).
        let test_only = skipped.iter().any(|module| {
            let folder = format!("{}/", module.trim_end_matches(".rs"));
            name == *module || name.starts_with(&folder)
        });
        if !name.ends_with(".rs") || test_only {
            continue;
        }
        scanned += 1;
        let text = fs::read_to_string(&path).expect("a source file");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in FORBIDDEN {
                if code.contains(word) {
                    found.push(format!(
                        "{dir}/src/{name}:{}: `{word}` in {line:?}",
                        number + 1
                    ));
                }
            }
        }
    }
    let manifest_text = fs::read_to_string(manifest.join("Cargo.toml")).expect("Cargo.toml");
    if manifest.join("build.rs").exists() || manifest_text.contains("build =") {
        found.push(format!("{dir} has a build script"));
    }
    (scanned, found)
}

#[test]
fn the_macro_reads_no_files_environment_or_network() {
    let (macros, mut found) = findings("cnn-macros");
    let (core, more) = findings("cnn-core");
    found.extend(more);
    let (lang, more) = findings("cnn-lang");
    found.extend(more);
    // The scan must have seen the pipeline, or it proves nothing.
    assert!(
        macros >= 8 && core >= 6 && lang >= 10,
        "scanned {macros}, {core} and {lang} files"
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_test_module_list_is_read_from_lib_rs() {
    let root =
        "mod parse;\n#[cfg(test)]\nmod tests;\n  #[cfg(test)]\n  mod proptests;\nmod expand;";
    assert_eq!(test_modules(root), ["tests.rs", "proptests.rs"]);
}
