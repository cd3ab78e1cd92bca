//! Keeps `ERRORS.md`, the error catalogue, in step with the compile-fail
//! suite: every `cnn-tests/tests/ui/NAME.rs` has an entry headed
//! `### \`NAME\`` whose example is the case's code and whose message is the
//! first line of its `.stderr`, with a fix; and every entry is a case that
//! exists.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The repository, where `ERRORS.md` and `README.md` are: this package's
/// parent folder.
fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cnn-tests is a folder of the repository")
}

/// The case's code as the catalogue shows it: without its leading comment,
/// `use cnn::cnn;` and `fn main() {}`.
fn example(source: &str) -> String {
    let lines: Vec<&str> = source
        .lines()
        .skip_while(|line| line.starts_with("//"))
        .filter(|line| !matches!(line.trim(), "use cnn::cnn;" | "fn main() {}"))
        .collect();
    lines.join("\n").trim_matches('\n').to_string()
}

/// Each entry of the catalogue by its name: the text up to the next heading.
fn entries(catalogue: &str) -> BTreeMap<String, String> {
    let mut entries = BTreeMap::new();
    for chunk in catalogue.split("\n### `").skip(1) {
        let Some((name, rest)) = chunk.split_once('`') else {
            continue;
        };
        let body = rest.split("\n## ").next().unwrap_or(rest);
        let previous = entries.insert(name.to_string(), body.to_string());
        assert!(previous.is_none(), "ERRORS.md has two entries for `{name}`");
    }
    entries
}

/// Every case of the compile-fail suite: name, code, first message line.
fn cases() -> Vec<(String, String, String)> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let mut cases = Vec::new();
    for entry in fs::read_dir(&ui).expect("tests/ui") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let source = fs::read_to_string(&path).expect("a case");
            let stderr = fs::read_to_string(path.with_extension("stderr"))
                .unwrap_or_else(|_| panic!("{name}.rs has no .stderr"));
            let first = stderr.lines().next().unwrap_or_default().to_string();
            cases.push((name, example(&source), first));
        }
    }
    cases.sort();
    cases
}

#[test]
fn every_compile_fail_case_is_in_the_catalogue_as_it_is() {
    let catalogue = fs::read_to_string(repository().join("ERRORS.md")).expect("ERRORS.md");
    let entries = entries(&catalogue);
    let cases = cases();
    assert!(cases.len() >= 70, "only {} cases found", cases.len());
    let mut problems = Vec::new();
    for (name, example, first) in &cases {
        let Some(entry) = entries.get(name) else {
            problems.push(format!("`{name}` has no entry"));
            continue;
        };
        if !entry.contains(&format!("```rust\n{example}\n```")) {
            problems.push(format!(
                "`{name}`: the example is not cnn-tests/tests/ui/{name}.rs:\n{example}"
            ));
        }
        if !(first.starts_with("error: ") || first.starts_with("error[E"))
            || !entry.contains(&format!("```text\n{first}\n```"))
        {
            problems.push(format!(
                "`{name}`: the message is not the .stderr's: {first}"
            ));
        }
        if !entry.contains("**Fix:** ") {
            problems.push(format!("`{name}` says no fix"));
        }
    }
    for name in entries.keys() {
        if !cases.iter().any(|(case, ..)| case == name) {
            problems.push(format!(
                "`{name}` is in ERRORS.md but not in cnn-tests/tests/ui/"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn the_readme_links_the_catalogue() {
    let readme = fs::read_to_string(repository().join("README.md")).expect("README.md");
    assert!(readme.contains("](ERRORS.md)"));
}

#[test]
fn an_entry_is_read_up_to_the_next_heading() {
    let catalogue = "# E\n\n## A\n\n### `one`\n\nx\n\n### `two`\n\ny\n\n## B\n\nz\n";
    let entries = entries(catalogue);
    assert_eq!(entries["one"], "\n\nx\n");
    assert_eq!(entries["two"], "\n\ny\n");
    assert_eq!(
        example("// c\nuse cnn::cnn;\n\ncnn!(a);\n\nfn main() {}\n"),
        "cnn!(a);"
    );
}
