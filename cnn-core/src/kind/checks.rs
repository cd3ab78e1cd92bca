//! The descriptions of the kinds checked against each other when the
//! crate builds: a mistake in one is a build error here, not a wrong
//! table or message in a user's crate.

use crate::kind::block_keywords::{block_by_keyword, BLOCK_KEYWORDS};
use crate::kind::kinds::{ALL, BY_CODE, CODES, KINDS};
use crate::kind::spelling::same;
use crate::{option_by_keyword, Class};

// What a mistake in the descriptions would break, checked when the crate
// builds rather than found in a user's table or message.
const _: () = {
    let mut i = 0;
    while i < ALL.len() {
        let info = ALL[i];
        let own = info.kind.info();
        // An alias, or a kind reached through `info()`, is the same kind.
        assert!(own.code == info.code && same(own.json_name, info.json_name));
        // A window that slides is a window, over a feature map.
        assert!(!info.windowed || (info.uses_window && info.spatial_only));
        assert!(!info.pooling || info.windowed);
        // The flags the checks read agree with the class.
        assert!(info.is_input == matches!(info.class, Class::Input));
        assert!(info.windowed == matches!(info.class, Class::Window | Class::TransposedWindow));
        assert!(info.kind.block().is_some() == matches!(info.class, Class::Block));
        let mut j = i + 1;
        while j < ALL.len() {
            // The code and the JSON name both identify the kind: two
            // descriptions share one exactly when they share the other.
            assert!((ALL[j].code == info.code) == same(ALL[j].json_name, info.json_name));
            j += 1;
        }
        i += 1;
    }
    // No gap in the codes, so the decoder knows every code below `CODES`,
    // but those never given: kinds 49 to 60 were added side by side, each
    // line of work with a range of its own, and what a range left unused
    // stays so, as no code is reused or renumbered. The decoder reads a
    // code no kind has as malformed (`Kind::from_code` gives `None`).
    const NEVER_GIVEN: [usize; 5] = [50, 52, 55, 58, 59];
    let mut code = 0;
    while code < CODES {
        let mut never = false;
        let mut k = 0;
        while k < NEVER_GIVEN.len() {
            never = never || NEVER_GIVEN[k] == code;
            k += 1;
        }
        assert!(
            BY_CODE[code].is_some() != never,
            "a kind code is unused, or given twice"
        );
        code += 1;
    }
    // A keyword says one thing: one kind, one block or one option.
    let mut i = 0;
    while i < KINDS.len() {
        let mut j = i + 1;
        while j < KINDS.len() {
            assert!(
                !same(KINDS[i].keyword, KINDS[j].keyword),
                "a keyword is listed twice"
            );
            j += 1;
        }
        assert!(block_by_keyword(KINDS[i].keyword).is_none());
        // Save `tanh`, a layer and, after `gelu`, its approximation: the
        // parser reads it as an option only where the layer takes it.
        assert!(option_by_keyword(KINDS[i].keyword).is_none() || same(KINDS[i].keyword, "tanh"));
        i += 1;
    }
    let mut i = 0;
    while i < BLOCK_KEYWORDS.len() {
        assert!(option_by_keyword(BLOCK_KEYWORDS[i]).is_none());
        i += 1;
    }
};
