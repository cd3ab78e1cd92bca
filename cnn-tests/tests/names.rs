//! Layer names that are not ASCII or are keywords, compiled for real: the
//! constants the macro derives from them must be identifiers rustc accepts,
//! and each layer keeps the name as written (without `r#`).

use cnn::cnn;

cnn! {
    /// Names from other scripts and Rust's and the language's own keywords.
    pub struct Names {
        input 3;
        größe: relu;
        fn: relu;
        r#type: relu;
        self: relu;
        crate: relu;
        input2: relu;
        fc: fc 10;
    }
}

#[test]
fn names_become_constants_and_keep_their_spelling() {
    assert_eq!(Names::GRÖSSE.name, Some("größe"));
    assert_eq!(Names::FN.name, Some("fn"));
    assert_eq!(Names::TYPE.name, Some("type"));
    assert_eq!(Names::SELF.name, Some("self"));
    assert_eq!(Names::CRATE.name, Some("crate"));
    assert_eq!(Names::INPUT2.name, Some("input2"));
    assert_eq!(Names::FC.name, Some("fc"));
    // 10*3 + 10.
    assert_eq!(Names::FC.params, 40);
    assert_eq!(Names::PARAMS, 40);
}
