//! Diagnostics as rustc prints them, through `annotate-snippets` (rustc's
//! own renderer): `error: ...`, ` --> FILE:LINE:COL`, the source lines with
//! the faulty text underlined, the secondary labels, `= help: ...`.
//!
//! Spans arrive as byte ranges of the whole file. The renderer is given
//! only the lines a diagnostic points at, never the whole file: it scans
//! what it is given, and a file of many diagnostics would otherwise cost
//! the file's length for each of them.

use std::ops::Range;

use annotate_snippets::{
    normalize_untrusted_str, renderer, AnnotationKind, Group, Level, Origin, Snippet,
};
use cnn_lang::{Diagnostic, Severity};

use crate::lines::Lines;
use crate::numbers::grouped;

/// The most source text one snippet shows; past it a line is shown as an
/// excerpt around the span and a block spanning many lines by its first
/// line. rustc has no such limit, but rustc is not fed minified files.
const MAX_WINDOW: usize = 16 * 1024;
/// Bytes of context on each side of a span in an excerpt of a long line.
const EXCERPT_CONTEXT: usize = 60;
/// Spans whose lines are at most this many lines apart share a snippet.
const NEAR_LINES: usize = 4;

/// A file as the renderer sees it.
pub struct File<'a> {
    /// How it is named in ` --> NAME:LINE:COL`.
    pub name: &'a str,
    /// All of its text.
    pub text: &'a str,
    /// Its lines.
    pub lines: &'a Lines,
}

/// Renders diagnostics, in colour or not.
pub struct Renderer {
    inner: renderer::Renderer,
}

/// One place a diagnostic points at.
struct Mark<'d> {
    span: Range<usize>,
    /// `None` for the primary span.
    label: Option<&'d str>,
}

impl Renderer {
    /// A renderer that writes ANSI colours when `color` is set.
    pub fn new(color: bool) -> Renderer {
        let inner = if color {
            renderer::Renderer::styled()
        } else {
            renderer::Renderer::plain()
        };
        Renderer { inner }
    }

    /// The diagnostic as rustc would print it, without a final newline.
    /// A primary span covering the whole file means the network as a
    /// whole: the file is named, no line underlined.
    pub fn render(&self, file: &File<'_>, diagnostic: &Diagnostic) -> String {
        let level = match diagnostic.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let primary = fit(&diagnostic.span, file.text);
        let mut marks = vec![];
        let whole_file = primary.start == 0 && primary.end == file.text.len();
        if !whole_file {
            marks.push(Mark {
                span: primary,
                label: None,
            });
        }
        marks.extend(diagnostic.labels.iter().map(|label| Mark {
            span: fit(&label.span, file.text),
            label: Some(label.message.as_str()),
        }));

        let mut title = Group::with_title(level.primary_title(diagnostic.message.as_str()));
        let mut notes = vec![];
        if whole_file {
            title = title.element(Origin::path(file.name));
        }
        for cluster in clusters(file, marks) {
            match snippet(file, &cluster) {
                Some(snippet) => title = title.element(snippet),
                None => {
                    for mark in &cluster {
                        let (origin, note) = excerpt(file, mark);
                        if let Some(origin) = origin {
                            title = title.element(origin);
                        }
                        notes.push(note);
                    }
                }
            }
        }
        if let Some(help) = &diagnostic.help {
            title = title.element(Level::HELP.message(normalize_untrusted_str(help)));
        }
        let mut report = vec![title];
        report.extend(notes);
        self.inner.render(&report)
    }

    /// `error: MESSAGE` alone, for a problem that is about no span.
    pub fn error(&self, message: &str) -> String {
        self.inner
            .render(&[Group::with_title(Level::ERROR.primary_title(message))])
    }

    /// `note: MESSAGE` with the place it is about, ` --> FILE:LINE:COL`.
    pub fn note(&self, file: &File<'_>, offset: usize, message: &str) -> String {
        let (line, column) = file.lines.locate(file.text, offset);
        let origin = Origin::path(file.name).line(line).char_column(column);
        self.inner
            .render(&[Level::NOTE.primary_title(message).element(origin)])
    }

    /// rustc's last line, `error: aborting due to 2 previous errors; 1
    /// warning emitted`, or `None` when there is nothing to count.
    pub fn totals(&self, errors: usize, warnings: usize) -> Option<String> {
        let plural = |count: usize, word: &str| {
            let s = if count == 1 { "" } else { "s" };
            format!("{count} {word}{s}")
        };
        let title = match (errors, warnings) {
            (0, 0) => return None,
            (0, _) => {
                Level::WARNING.primary_title(format!("{} emitted", plural(warnings, "warning")))
            }
            (_, 0) => Level::ERROR.primary_title(format!(
                "aborting due to {}",
                plural(errors, "previous error")
            )),
            (_, _) => Level::ERROR.primary_title(format!(
                "aborting due to {}; {} emitted",
                plural(errors, "previous error"),
                plural(warnings, "warning")
            )),
        };
        Some(self.inner.render(&[Group::with_title(title)]))
    }
}

/// `span` made safe to slice `text` with: inside it, on character
/// boundaries, never reversed. A front end must not panic on a span that
/// is off by a byte.
fn fit(span: &Range<usize>, text: &str) -> Range<usize> {
    let mut start = span.start.min(text.len());
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// The first and last line (indices) a span touches.
fn line_span(file: &File<'_>, span: &Range<usize>) -> (usize, usize) {
    let first = file.lines.index(span.start);
    let last = if span.end > span.start {
        file.lines.index(span.end - 1)
    } else {
        first
    };
    (first, last)
}

/// The marks grouped into runs of nearby lines, the primary's run first
/// (its snippet is the one headed ` --> `). A span over more lines than a
/// snippet shows is cut to its first line.
fn clusters<'d>(file: &File<'_>, marks: Vec<Mark<'d>>) -> Vec<Vec<Mark<'d>>> {
    let mut marks: Vec<(usize, usize, Mark<'d>)> = marks
        .into_iter()
        .map(|mut mark| {
            let (first, last) = line_span(file, &mark.span);
            let window = file.lines.range(first).start..file.lines.range(last).end;
            if window.len() > MAX_WINDOW && first != last {
                let line = file.lines.range(first);
                let end = file.text[line].trim_end().len() + file.lines.range(first).start;
                mark.span = mark.span.start..end.max(mark.span.start);
                return (first, first, mark);
            }
            (first, last, mark)
        })
        .collect();
    marks.sort_by_key(|(first, _, _)| *first);

    let mut runs: Vec<(usize, Vec<Mark<'d>>)> = vec![];
    for (first, last, mark) in marks {
        match runs.last_mut() {
            Some((run_last, run)) if first <= *run_last + NEAR_LINES => {
                *run_last = (*run_last).max(last);
                run.push(mark);
            }
            _ => runs.push((last, vec![mark])),
        }
    }
    let mut runs: Vec<Vec<Mark<'d>>> = runs.into_iter().map(|(_, run)| run).collect();
    if let Some(index) = runs
        .iter()
        .position(|run| run.iter().any(|mark| mark.label.is_none()))
    {
        let run = runs.remove(index);
        runs.insert(0, run);
    }
    runs
}

/// The lines of a run of marks as one snippet, or `None` if they are too
/// long to show whole.
fn snippet<'a>(
    file: &File<'a>,
    run: &[Mark<'a>],
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let first = run.iter().map(|mark| line_span(file, &mark.span).0).min()?;
    let last = run.iter().map(|mark| line_span(file, &mark.span).1).max()?;
    let window = file.lines.range(first).start..file.lines.range(last).end;
    if window.len() > MAX_WINDOW {
        return None;
    }
    let mut snippet = Snippet::source(&file.text[window.clone()])
        .path(file.name)
        .line_start(first + 1);
    for mark in run {
        let span = mark.span.start - window.start..mark.span.end - window.start;
        let annotation = match mark.label {
            None => AnnotationKind::Primary.span(span),
            // Labels are not normalised by the renderer, unlike titles.
            Some(label) => AnnotationKind::Context
                .span(span)
                .label(normalize_untrusted_str(label)),
        };
        snippet = snippet.annotation(annotation);
    }
    Some(snippet)
}

/// A mark on a line too long to show: its place, and a note with an
/// excerpt of the line around it. The primary mark's place heads the
/// diagnostic (` --> FILE:LINE:COL`); a label's is named in its note.
fn excerpt<'a>(file: &File<'a>, mark: &Mark<'a>) -> (Option<Origin<'a>>, Group<'a>) {
    let (line, column) = file.lines.locate(file.text, mark.span.start);
    let line_range = file.lines.range(line - 1);
    // A span longer than a snippet shows is cut, on a character boundary.
    let span_end = fit(
        &(mark.span.start..mark.span.end.min(mark.span.start + MAX_WINDOW / 2)),
        file.text,
    )
    .end;
    let start = fit(
        &(mark
            .span
            .start
            .saturating_sub(EXCERPT_CONTEXT)
            .max(line_range.start)..mark.span.start),
        file.text,
    )
    .start;
    let end = fit(
        &(span_end..(span_end + EXCERPT_CONTEXT).min(line_range.end)),
        file.text,
    )
    .end;
    let text = file.text[start..end].trim_end_matches(['\n', '\r']);
    // The line's end may have been trimmed from under the span.
    let span_start = (mark.span.start - start).min(text.len());
    let span = span_start..(span_end - start).clamp(span_start, text.len());
    let place = normalize_untrusted_str(&format!("{}:{line}:{column}", file.name));
    let (origin, title, annotation) = match mark.label {
        None => (
            Some(Origin::path(file.name).line(line).char_column(column)),
            format!(
                "line {line} is {} bytes long; the part around column {column}:",
                grouped(line_range.len() as u64)
            ),
            AnnotationKind::Primary.span(span),
        ),
        Some(label) => (
            None,
            format!("{}: {place}", normalize_untrusted_str(label)),
            AnnotationKind::Context
                .span(span)
                .label(normalize_untrusted_str(label)),
        ),
    };
    let note = Group::with_title(Level::NOTE.secondary_title(title)).element(
        Snippet::source(text)
            .line_numbering(false)
            .annotation(annotation),
    );
    (origin, note)
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;
