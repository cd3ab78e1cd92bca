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
    // No gap in the codes, so the decoder knows every code below `CODES`;
    // but 49 to 63 were given out in ranges to work done side by side, and
    // a range may not be used up (the decoder refuses a code of none).
    let mut code = 0;
    while code < CODES {
        if code >= 49 && code <= 63 {
            code += 1;
            continue;
        }
        assert!(BY_CODE[code].is_some(), "a kind code is unused");
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
        assert!(option_by_keyword(KINDS[i].keyword).is_none());
        i += 1;
    }
    let mut i = 0;
    while i < BLOCK_KEYWORDS.len() {
        assert!(option_by_keyword(BLOCK_KEYWORDS[i]).is_none());
        i += 1;
    }
};
