//! Keyword lookup in `const` code, where `==` on `&str` is not yet
//! allowed: the kind and option tables find their entries with this.

/// Whether `a` and `b` are the same text.
pub(crate) const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
