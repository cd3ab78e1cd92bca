//! The four commands over the networks of one file: `check` reports,
//! `summary`, `json` and `svg` print what `cnn_core` prints for a network
//! declared with the macro.
//!
//! Every command checks first and prints the diagnostics on standard
//! error. A network with errors gets no output but fails the command;
//! the valid networks of the same file are still printed.

use std::fs;
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cnn_core::{Json, Summary, Svg};
use cnn_lang::{Diagnostic, Network};

use crate::declared::Declared;
use crate::failure::{Failure, INVALID};
use crate::numbers::grouped;
use crate::render::{File, Renderer};
use crate::rust::{self, Found};
use crate::source::{self, Language, Source};

/// Which networks of which file.
pub struct Target {
    /// The file, `-` for standard input.
    pub file: PathBuf,
    /// Only the network of this name, if given.
    pub network: Option<String>,
}

/// What to do with them.
pub enum Action {
    /// Report every diagnostic; print a line per valid network.
    Check,
    /// Print each network's table, rows `depth` blocks deep.
    Summary { depth: Option<u16> },
    /// Print the JSON export.
    Json,
    /// Write the diagram, to `output` or standard output.
    Svg {
        output: Option<PathBuf>,
        expanded: bool,
    },
}

/// Runs `action` on the networks of `target`.
pub fn run(target: &Target, action: &Action, renderer: &Renderer) -> Result<ExitCode, Failure> {
    let source = source::read(&target.file)?;
    let found = networks(&source, target)?;
    if let (Action::Svg { output: None, .. }, [_, _, ..]) = (action, found.networks.as_slice()) {
        return Err(Failure::usage(format!(
            "`{}` declares {} networks ({}): choose one with `--network NAME`, \
             or write each to a folder with `-o DIR`",
            source.name,
            found.networks.len(),
            list(found.networks.iter().map(|network| network.name.as_str()))
        )));
    }
    let (valid, errors) = check_all(&source, &found, target, renderer);
    let rust = source.language == Language::Rust;
    match action {
        Action::Check => print(&check_lines(&valid))?,
        Action::Summary { depth } => print(&summaries(&valid, *depth))?,
        Action::Json if valid.is_empty() => {}
        Action::Json => print(&json(&valid, rust))?,
        Action::Svg { output, expanded } => {
            let several = found.networks.len() > 1;
            svgs(&valid, output.as_deref(), several, *expanded)?;
        }
    }
    Ok(if errors > 0 {
        ExitCode::from(INVALID)
    } else {
        ExitCode::SUCCESS
    })
}

/// Checks every network found, printing every diagnostic and rustc's
/// closing count; gives the valid networks and how many errors there were.
fn check_all<'f>(
    source: &Source,
    found: &'f Found,
    target: &Target,
    renderer: &Renderer,
) -> (Vec<(&'f str, Network)>, usize) {
    let file = File {
        name: &source.name,
        text: &source.text,
        lines: &source.lines,
    };
    let mut report = Report {
        renderer,
        file: &file,
        errors: 0,
        warnings: 0,
    };
    // A user who named the network they want has no use for the others.
    if target.network.is_none() {
        for span in &found.skipped {
            eprint_block(&renderer.note(
                &file,
                span.start,
                "skipped a `cnn!` holding `$` fragments of a `macro_rules!`: \
                 only its expansions can be checked",
            ));
        }
    }
    for diagnostic in &found.diagnostics {
        report.emit(diagnostic);
    }
    let mut valid = vec![];
    for declared in &found.networks {
        let outcome = declared.check(&source.text);
        for diagnostic in &outcome.diagnostics {
            report.emit(diagnostic);
        }
        if let Some(network) = outcome.network {
            valid.push((declared.name.as_str(), network));
        }
    }
    if let Some(totals) = renderer.totals(report.errors, report.warnings) {
        eprint_block(&totals);
    }
    (valid, report.errors)
}

/// The networks of the file that `target` names, with the Rust file's
/// own problems; an error if there are none to check.
fn networks(source: &Source, target: &Target) -> Result<Found, Failure> {
    let mut found = match source.language {
        Language::Cnn => Found {
            networks: vec![Declared::whole_file(&source.stem, &source.text)],
            ..Found::default()
        },
        Language::Rust => rust::find(&source.text),
    };
    if let Some(wanted) = &target.network {
        let names: Vec<String> = found.networks.iter().map(|n| n.name.clone()).collect();
        found.networks.retain(|network| &network.name == wanted);
        if found.networks.is_empty() && found.diagnostics.is_empty() {
            let declared = match names.is_empty() {
                true => "none".to_string(),
                false => list(names.iter().map(String::as_str)),
            };
            return Err(Failure::usage(format!(
                "`{}` declares no network named `{wanted}`; it declares {declared}",
                source.name
            )));
        }
    }
    if found.networks.is_empty() && found.diagnostics.is_empty() {
        let skipped = match found.skipped.len() {
            0 => String::new(),
            1 => "; one with `$` fragments was skipped".to_string(),
            count => format!("; {count} with `$` fragments were skipped"),
        };
        return Err(Failure::usage(format!(
            "`{}` holds no network: no `cnn!` invocation in it declares one{skipped}",
            source.name
        )));
    }
    Ok(found)
}

/// Diagnostics printed as they come, and counted for rustc's last line.
struct Report<'r> {
    renderer: &'r Renderer,
    file: &'r File<'r>,
    errors: usize,
    warnings: usize,
}

impl Report<'_> {
    fn emit(&mut self, diagnostic: &Diagnostic) {
        if diagnostic.is_error() {
            self.errors += 1;
        } else {
            self.warnings += 1;
        }
        eprint_block(&self.renderer.render(self.file, diagnostic));
    }
}

/// `check`'s line for each valid network.
fn check_lines(valid: &[(&str, Network)]) -> String {
    valid
        .iter()
        .map(|(name, network)| {
            format!(
                "{name}: ok, {} -> {}, {} params, {} MACs\n",
                network.input,
                network.output,
                grouped(network.totals.params),
                grouped(network.totals.macs)
            )
        })
        .collect()
}

/// Each network's table, a blank line between two.
fn summaries(valid: &[(&str, Network)], depth: Option<u16>) -> String {
    valid
        .iter()
        .map(|(name, network)| {
            let layers = network.layers();
            let summary = Summary::new(name, network.model(&layers));
            match depth {
                Some(depth) => summary.depth(depth).to_string(),
                None => summary.to_string(),
            }
        })
        .collect::<Vec<String>>()
        .join("\n")
}

/// The JSON export: one object for a `.cnn` file; for a Rust file an
/// array of them, even of one, so that a script reads every crate alike.
fn json(valid: &[(&str, Network)], rust: bool) -> String {
    let objects: Vec<String> = valid
        .iter()
        .map(|(name, network)| {
            let layers = network.layers();
            Json::new(name, network.model(&layers)).to_string()
        })
        .collect();
    if !rust {
        return objects.concat();
    }
    let items: Vec<String> = objects
        .iter()
        .map(|object| {
            object
                .trim_end()
                .lines()
                .map(|line| format!("  {line}"))
                .collect::<Vec<String>>()
                .join("\n")
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

/// The diagrams: on standard output, in the file `output`, or, for a
/// file of `several` networks or an `output` that is a folder, one
/// `NAME.svg` each in the folder `output`.
fn svgs(
    valid: &[(&str, Network)],
    output: Option<&Path>,
    several: bool,
    expanded: bool,
) -> Result<(), Failure> {
    let draw = |name: &str, network: &Network| {
        let layers = network.layers();
        let svg = Svg::new(name, network.model(&layers));
        match expanded {
            true => svg.expanded().to_string(),
            false => svg.to_string(),
        }
    };
    let Some(output) = output else {
        let all: String = valid.iter().map(|(name, net)| draw(name, net)).collect();
        return print(&all);
    };
    let folder = several || output.is_dir();
    for (name, network) in valid {
        let path = match folder {
            true => output.join(format!("{}.svg", file_name(name))),
            false => output.to_path_buf(),
        };
        write_file(&path, &draw(name, network), folder)?;
    }
    Ok(())
}

/// Writes `text` to `path`, making its folder first when it is one of
/// several diagrams.
fn write_file(path: &Path, text: &str, make_folder: bool) -> Result<(), Failure> {
    let cannot =
        |error: io::Error| Failure::usage(format!("cannot write `{}`: {error}", path.display()));
    if make_folder {
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(cannot)?;
        }
    }
    fs::write(path, text).map_err(cannot)
}

/// A network's name as a file name: `line 12` becomes `line-12`.
fn file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// `A`, `B`, `C`.
fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|name| format!("`{name}`"))
        .collect::<Vec<String>>()
        .join(", ")
}

/// Writes to standard output. A reader that stops early (`| head`) is no
/// error: the rest is not wanted.
fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(Failure::usage(format!(
            "cannot write to standard output: {error}"
        ))),
    }
}

/// One rendered diagnostic on standard error, a blank line after it as
/// rustc leaves. Standard error that cannot be written to has no one to
/// tell.
fn eprint_block(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}\n");
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn names_become_file_names() {
        assert_eq!(file_name("LeNet"), "LeNet");
        assert_eq!(file_name("line 12"), "line-12");
        assert_eq!(file_name("a/b"), "a-b");
    }
}
