//! Where a byte offset is in a text: its line and column, as rustc counts
//! them (both from 1, the column in characters), and the lines around it.
//!
//! Built once per file so that a file of many diagnostics is not scanned
//! again for each one.

use std::ops::Range;

/// The start of every line of a text.
pub struct Lines {
    /// Byte offset of each line's first character; the first is 0.
    starts: Vec<usize>,
    /// The text's length, the end of the last line.
    len: usize,
}

impl Lines {
    /// The lines of `text`, split at `\n` (a `\r` before it stays on its
    /// line, as rustc shows it).
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, byte)| byte == b'\n')
                .map(|(index, _)| index + 1),
        );
        Lines {
            starts,
            len: text.len(),
        }
    }

    /// The index (from 0) of the line holding byte `offset`; an offset
    /// past the end is on the last line.
    pub fn index(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(index) => index,
            // `starts[0]` is 0, so an offset is never before the first line.
            Err(index) => index.saturating_sub(1),
        }
    }

    /// The bytes of line `index` (from 0), its `\n` included.
    pub fn range(&self, index: usize) -> Range<usize> {
        let start = self.starts.get(index).copied().unwrap_or(self.len);
        let end = self.starts.get(index + 1).copied().unwrap_or(self.len);
        start..end
    }

    /// Line and column of byte `offset` in `text` (the text these lines
    /// were made from), both from 1; the column counts characters.
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let index = self.index(offset);
        let start = self.range(index).start;
        let before = text.get(start..offset.min(text.len())).unwrap_or("");
        (index + 1, before.chars().count() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn lines_and_columns_count_from_one() {
        let text = "ab\ncdé\n\nf";
        let lines = Lines::new(text);
        assert_eq!(lines.locate(text, 0), (1, 1));
        assert_eq!(lines.locate(text, 2), (1, 3));
        assert_eq!(lines.locate(text, 3), (2, 1));
        // `é` is two bytes and one column.
        assert_eq!(lines.locate(text, 7), (2, 4));
        assert_eq!(lines.locate(text, 8), (3, 1));
        assert_eq!(lines.locate(text, 9), (4, 1));
        assert_eq!(lines.locate(text, 10), (4, 2));
        assert_eq!(lines.range(1), 3..8);
        assert_eq!(lines.range(3), 9..10);
    }

    #[test]
    fn offsets_past_the_end_are_on_the_last_line() {
        let text = "ab\n";
        let lines = Lines::new(text);
        assert_eq!(lines.index(100), 1);
        assert_eq!(lines.range(5), 3..3);
        assert_eq!(lines.locate(text, 100), (2, 1));
        assert_eq!(Lines::new("").locate("", 0), (1, 1));
    }
}
