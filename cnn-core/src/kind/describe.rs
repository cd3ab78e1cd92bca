//! How a kind's description is written: a class with no argument, no
//! options and none of the flags, then what it takes, needs and is
//! called, one `const fn` at a time, as `kinds.rs` describes each kind.

use crate::kind::kinds::KindInfo;
use crate::kind::spelling::same;
use crate::{Argument, Class, Kind, OptionSet, Scratch};

impl KindInfo {
    /// A kind of `class` with no argument, no options, no scratch and none
    /// of the flags, named everywhere by its keyword.
    pub(super) const fn new(
        keyword: &'static str,
        kind: Kind,
        class: Class,
        code: u8,
        svg_class: &'static str,
    ) -> Self {
        KindInfo {
            keyword,
            kind,
            class,
            scratch: Scratch::None,
            argument: Argument::None,
            options: OptionSet::NONE,
            code,
            summary_name: keyword,
            svg_name: keyword,
            json_name: keyword,
            svg_class,
            is_input: false,
            windowed: false,
            pooling: false,
            uses_window: false,
            has_count: false,
            spatial_only: false,
            window_word: "window",
        }
    }

    pub(super) const fn takes(mut self, argument: Argument, options: OptionSet) -> Self {
        self.argument = argument;
        self.options = options;
        self
    }

    pub(super) const fn starts_network(mut self) -> Self {
        self.is_input = true;
        self
    }

    /// A window slides only over a feature map, and must not be empty.
    pub(super) const fn slides_window(mut self) -> Self {
        self.windowed = true;
        self.uses_window = true;
        self.spatial_only = true;
        self
    }

    pub(super) const fn pools(mut self) -> Self {
        self.pooling = true;
        self.slides_window()
    }

    pub(super) const fn sized(mut self) -> Self {
        self.uses_window = true;
        self
    }

    pub(super) const fn counted(mut self) -> Self {
        self.has_count = true;
        self
    }

    pub(super) const fn spatial(mut self) -> Self {
        self.spatial_only = true;
        self
    }

    pub(super) const fn needs(mut self, scratch: Scratch) -> Self {
        self.scratch = scratch;
        self
    }

    pub(super) const fn calls_window(mut self, word: &'static str) -> Self {
        self.window_word = word;
        self
    }

    pub(super) const fn names(
        mut self,
        summary_name: &'static str,
        svg_name: &'static str,
        json_name: &'static str,
    ) -> Self {
        self.summary_name = summary_name;
        self.svg_name = svg_name;
        self.json_name = json_name;
        self
    }

    /// The same kind under another keyword.
    pub(super) const fn alias(mut self, keyword: &'static str) -> Self {
        self.keyword = keyword;
        self
    }

    /// Whether this entry is another spelling of its kind (`dense` for
    /// `fc`), not the kind's own keyword.
    pub const fn is_alias(&self) -> bool {
        !same(self.keyword, self.kind.keyword())
    }
}
