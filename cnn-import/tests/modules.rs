//! The crate's modules import one another in one direction: from the
//! `use crate::`, `use super::` and child-module paths of each file, the
//! graph of modules has no cycle. Its order, printed with `--nocapture`,
//! is the order of the stages.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each module (`onnx::walk`; the crate root is ``) and its source.
fn modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            let text = fs::read_to_string(&path).unwrap();
            // Comments name modules without importing them.
            let code: Vec<&str> = text
                .lines()
                .map(|l| l.split("//").next().unwrap())
                .collect();
            out.insert(parts.join("::"), code.join("\n"));
        }
    }
    out
}

/// The identifiers after each `prefix` in `code`, with those of a
/// `prefix{a, b::c}` group.
fn after(code: &str, prefix: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|item| ident(item.trim())));
        } else {
            out.push(ident(rest));
        }
    }
    out
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}::{child}")
    }
}

#[test]
fn modules_import_in_one_direction() {
    let modules = modules();
    let mut edges: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in &modules {
        let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
        let mut targets: Vec<String> = Vec::new();
        targets.extend(after(code, "crate::").iter().map(|m| join("", m)));
        targets.extend(after(code, "super::").iter().map(|m| join(parent, m)));
        // A module's own children, by a path relative to it (`walk::Walk`).
        for child in modules.keys() {
            let own = child
                .strip_prefix(module.as_str())
                .map(|rest| rest.trim_start_matches("::"))
                .filter(|rest| !rest.is_empty() && !rest.contains("::"));
            if let Some(name) = own {
                if mentions(code, &format!("{name}::")) {
                    targets.push(child.clone());
                }
            }
        }
        let known = targets
            .into_iter()
            .filter(|t| modules.contains_key(t) && t != module);
        edges.entry(module).or_default().extend(known);
    }
    let mut order: Vec<&str> = Vec::new();
    let mut state: BTreeMap<&str, bool> = BTreeMap::new();
    fn visit<'m>(
        module: &'m str,
        edges: &'m BTreeMap<&str, BTreeSet<String>>,
        state: &mut BTreeMap<&'m str, bool>,
        order: &mut Vec<&'m str>,
        path: &mut Vec<&'m str>,
    ) {
        match state.get(module) {
            Some(true) => return,
            Some(false) => panic!("a cycle: {} -> {module}", path.join(" -> ")),
            None => {}
        }
        state.insert(module, false);
        path.push(module);
        for next in &edges[module] {
            visit(next, edges, state, order, path);
        }
        path.pop();
        state.insert(module, true);
        order.push(module);
    }
    for module in edges.keys() {
        visit(module, &edges, &mut state, &mut order, &mut Vec::new());
    }
    let named: Vec<&str> = order.into_iter().filter(|m| !m.is_empty()).collect();
    println!("each imports only those before it: {}", named.join(", "));
    assert!(named.len() > 10, "the modules were found: {named:?}");
}

/// Whether `code` holds `path` not as the end of a longer path.
fn mentions(code: &str, path: &str) -> bool {
    code.match_indices(path).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
    })
}
