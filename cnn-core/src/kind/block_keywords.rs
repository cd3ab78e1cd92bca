//! The keywords that open a block, read off the blocks' descriptions.

use crate::kind::kinds::{BLOCKS, BRACES};
use crate::kind::spelling::same;
use crate::Block;

/// How many blocks open with a keyword of their own.
const WRITTEN_BLOCKS: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < BLOCKS.len() {
        if !same(BLOCKS[i].keyword, BRACES) {
            count += 1;
        }
        i += 1;
    }
    count
};

const BLOCK_KEYWORD_LIST: [&str; WRITTEN_BLOCKS] = {
    let mut keywords = [""; WRITTEN_BLOCKS];
    let mut count = 0;
    let mut i = 0;
    while i < BLOCKS.len() {
        if !same(BLOCKS[i].keyword, BRACES) {
            keywords[count] = BLOCKS[i].keyword;
            count += 1;
        }
        i += 1;
    }
    keywords
};

/// The keywords that open a block: `add`, `concat`, `mul`, `residual`,
/// `repeat`, `split`, `sub` and `mix` (a `{ ... }` sequence has none).
pub const BLOCK_KEYWORDS: &[&str] = &BLOCK_KEYWORD_LIST;

/// The block a keyword opens; `repeat` gives `Block::Repeat(0)`, its count
/// for the parser to fill in.
///
/// ```
/// use cnn_core::{block_by_keyword, Block};
/// assert_eq!(block_by_keyword("concat"), Some(Block::Concat));
/// assert_eq!(block_by_keyword("repeat"), Some(Block::Repeat(0)));
/// assert_eq!(block_by_keyword("conv"), None);
/// ```
pub const fn block_by_keyword(word: &str) -> Option<Block> {
    let mut i = 0;
    while i < BLOCKS.len() {
        if !same(BLOCKS[i].keyword, BRACES) && same(BLOCKS[i].keyword, word) {
            return BLOCKS[i].kind.block();
        }
        i += 1;
    }
    None
}
