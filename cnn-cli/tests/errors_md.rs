//! Keeps the importer's part of `ERRORS.md` in step with its trycmd cases:
//! every `tests/cmd/import-*.toml` that fails has its message, the first
//! line of its `.stderr`, in the catalogue.

use std::fs;
use std::path::Path;

#[test]
fn every_import_refusal_is_in_the_catalogue() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = fs::read_to_string(here.join("../ERRORS.md")).expect("ERRORS.md");
    let mut missing = Vec::new();
    let mut seen = 0;
    for entry in fs::read_dir(here.join("tests/cmd")).expect("tests/cmd") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if !(name.starts_with("import-") && name.ends_with(".stderr")) {
            continue;
        }
        let stderr = fs::read_to_string(&path).expect("a .stderr");
        let Some(first) = stderr.lines().next().filter(|l| l.starts_with("error:")) else {
            continue;
        };
        seen += 1;
        if !catalogue.contains(first) {
            missing.push(format!("{name}: {first}"));
        }
    }
    assert!(seen >= 10, "only {seen} failing import cases found");
    assert!(
        missing.is_empty(),
        "ERRORS.md lacks these import messages:\n{}",
        missing.join("\n")
    );
}
