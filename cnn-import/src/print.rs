//! The back end's text: the statements as a `.cnn` file holds them, or
//! as a whole `cnn!` block.

use std::collections::HashSet;

use crate::stmt::Stmt;

/// The text of `stmts` after `input`, every name kept where the printed
/// declaration keeps it.
pub fn text(input: &str, stmts: &[Stmt]) -> String {
    let mut lines = vec![input.to_string()];
    render(stmts, 0, &mut HashSet::new(), &mut lines);
    lines.join("\n") + "\n"
}

/// Appends the lines of `stmts`, `depth` levels in. A name already given
/// in its scope (or one whose constant would clash) is left off; an
/// unnamed block's branches are in the scope around it, a named
/// sequence's body a scope of its own.
fn render(stmts: &[Stmt], depth: usize, seen: &mut HashSet<String>, lines: &mut Vec<String>) {
    let pad = "    ".repeat(depth);
    for stmt in stmts {
        match stmt {
            Stmt::Layer { name, text, .. } => {
                let name = name.as_ref().filter(|n| seen.insert(n.to_uppercase()));
                match name {
                    Some(name) => lines.push(format!("{pad}{name}: {text};")),
                    None => lines.push(format!("{pad}{text};")),
                }
            }
            Stmt::Residual(body) => {
                lines.push(format!("{pad}residual {{"));
                render(body, depth + 1, seen, lines);
                lines.push(format!("{pad}}}"));
            }
            // A `split`'s slices are gone from its branches by now; one
            // left is a slice of its own.
            Stmt::Slice { start, end, .. } => lines.push(format!("{pad}slice {start}..{end};")),
            Stmt::From(name) => lines.push(format!("{pad}from {name};")),
            Stmt::Named(name, block) => {
                let first = lines.len();
                render(std::slice::from_ref(block), depth, seen, lines);
                seen.insert(name.to_uppercase());
                if let Some(line) = lines.get_mut(first) {
                    *line = format!("{pad}{name}: {}", line.trim_start());
                }
            }
            Stmt::Module(name, body) => {
                lines.push(format!("{pad}{name}: {{"));
                render(body, depth + 1, &mut HashSet::new(), lines);
                lines.push(format!("{pad}}}"));
            }
            Stmt::Repeat(count, body) => {
                lines.push(format!("{pad}repeat {count} {{"));
                render(body, depth + 1, seen, lines);
                lines.push(format!("{pad}}}"));
            }
            Stmt::Block(kind, branches) => {
                lines.push(format!("{pad}{kind} {{"));
                for branch in branches {
                    if branch.is_empty() {
                        lines.push(format!("{pad}    {{}}"));
                    } else {
                        lines.push(format!("{pad}    {{"));
                        render(branch, depth + 2, seen, lines);
                        lines.push(format!("{pad}    }}"));
                    }
                }
                lines.push(format!("{pad}}}"));
            }
        }
    }
}

/// The declaration as printed: `statements` after a comment saying where
/// they come from (`source`, and `producer`, the program that wrote the
/// file, when it says), as a `.cnn` file holds them or, given a `rust`
/// struct name, as a whole `cnn! { pub struct NAME { ... } }` block, with
/// `attribute` (`#[cnn(int8)]`) on the struct when there is one.
pub fn declaration(
    statements: &str,
    source: &str,
    producer: &str,
    rust: Option<&str>,
    attribute: Option<&str>,
) -> String {
    let header = format!("// Imported from {source}{producer} by `cnn import`.\n");
    match rust {
        None => header + statements,
        Some(name) => {
            let attribute = attribute.map_or_else(String::new, |a| format!("    {a}\n"));
            let mut text = format!("cnn! {{\n    {header}{attribute}    pub struct {name} {{\n");
            for line in statements.lines() {
                text += &format!("        {line}\n");
            }
            text + "    }\n}\n"
        }
    }
}
