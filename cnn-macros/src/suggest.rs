//! "Did you mean": the nearest known spelling of an unknown keyword.

/// The candidate nearest to `word` by edit distance, if it is near enough
/// to be a plausible typo (at most a third of the word's length, at least 1).
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(word, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance over characters, case-insensitive.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
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
