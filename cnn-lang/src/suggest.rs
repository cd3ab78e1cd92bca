//! "Did you mean": the nearest known spelling of an unknown keyword.

/// The candidate nearest to `word` by edit distance, if it is near enough
/// to be a plausible typo (at most a third of the word's length, at least 1).
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    let word = lowercase(word);
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let other = lowercase(candidate);
            // Two words are at least their difference in length apart:
            // ruling a candidate out on it first keeps a word of a million
            // characters from costing a table of a million rows for each.
            let near = word.len().abs_diff(other.len()) <= limit;
            near.then(|| (distance(&word, &other), candidate))
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The characters of `word` in lower case: the distance ignores case.
fn lowercase(word: &str) -> Vec<char> {
    word.to_lowercase().chars().collect()
}

/// Edit distance over characters, counting a swap of two neighbours as one
/// edit (`covn` is one edit from `conv`).
fn distance(a: &[char], b: &[char]) -> usize {
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitute = rows[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitute.min(rows[i - 1][j] + 1).min(rows[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn finds_typos() {
        let words = ["conv", "maxpool", "avgpool", "stride", "dropout"];
        assert_eq!(nearest("covn", words), Some("conv"));
        assert_eq!(nearest("maxpol", words), Some("maxpool"));
        assert_eq!(nearest("strides", words), Some("stride"));
        assert_eq!(nearest("Conv", words), Some("conv"));
        assert_eq!(nearest("transformer", words), None);
    }
}
