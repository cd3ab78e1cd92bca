use super::find;
use crate::declared::Form;

/// Each network's name, form and statements as written.
fn networks(text: &str) -> Vec<(String, Form, &str, &str)> {
    find(text)
        .networks
        .into_iter()
        .map(|network| {
            (
                network.name,
                network.form,
                &text[network.body],
                &text[network.whole],
            )
        })
        .collect()
}

fn messages(text: &str) -> Vec<(String, &str)> {
    find(text)
        .diagnostics
        .into_iter()
        .map(|diagnostic| (diagnostic.message, &text[diagnostic.span]))
        .collect()
}

#[test]
fn every_struct_of_every_invocation_is_a_network() {
    let text = r#"
use cnn::cnn;

cnn! {
    /// The network from the article.
    #[derive(Debug)]
    pub struct LeNet {
        input 32x32x3;   // comment
        conv1: conv 5x5x8;
    }

    #[cnn(weights)]
    pub(crate) struct Tiny { input 4; fc 2; };
    struct r#Raw { input 1; }
}

mod deep {
    fn f() {
        cnn::cnn![ struct Inner { input 10; fc 1; } ];
    }
}
"#;
    let found = networks(text);
    let names: Vec<&str> = found.iter().map(|(name, ..)| name.as_str()).collect();
    assert_eq!(names, ["LeNet", "Tiny", "Raw", "Inner"]);
    assert!(found.iter().all(|(_, form, ..)| *form == Form::Struct));
    assert_eq!(
        found[0].2,
        "\n        input 32x32x3;   // comment\n        conv1: conv 5x5x8;\n    "
    );
    assert_eq!(found[0].3, "LeNet");
    assert_eq!(found[1].2, " input 4; fc 2; ");
    assert_eq!(found[2].3, "r#Raw");
    assert_eq!(found[3].2, " input 10; fc 1; ");
    assert!(messages(text).is_empty());
}

#[test]
fn the_expression_form_is_named_after_its_line() {
    let text = "const _: () = assert!(cnn!(input 28x28x1; fc 10).params == 7_850);\n\
                const M: cnn::Model = cnn!();\n";
    let found = networks(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].0, "line 1");
    assert_eq!(found[0].1, Form::Expression);
    assert_eq!(found[0].2, "input 28x28x1; fc 10");
    assert_eq!(found[0].3, "cnn!(input 28x28x1; fc 10)");
    assert_eq!(
        (found[1].0.as_str(), found[1].2, found[1].3),
        ("line 2", "", "cnn!()")
    );
}

#[test]
fn comments_strings_and_doc_examples_are_not_invocations() {
    let text = r##"
// cnn! { struct InComment { input 1; } }
/* cnn! { struct InBlockComment { input 1; } } */
/// ```
/// cnn! { struct InDoc { input 1; } }
/// ```
const S: &str = "cnn! { struct InString { input 1; } }";
const R: &str = r#"cnn! { struct InRawString { input 1; } }"#;
macro_rules! cnn { () => {} }
"##;
    assert!(networks(text).is_empty());
    assert!(messages(text).is_empty());
}

#[test]
fn invocations_with_macro_rules_fragments_are_skipped() {
    let text = "macro_rules! net {\n    ($name:ident, $size:literal) => {\n        \
                cnn! { pub struct $name { input $size; fc 10; } }\n        \
                cnn! { pub struct Fixed { input 10; fc 2; } }\n    };\n}\n";
    let found = find(text);
    assert_eq!(found.skipped.len(), 1);
    assert_eq!(&text[found.skipped[0].clone()], "cnn");
    assert_eq!(
        found.skipped[0].start,
        text.find("cnn!").unwrap_or_default()
    );
    let names: Vec<String> = found.networks.into_iter().map(|n| n.name).collect();
    assert_eq!(names, ["Fixed"]);
}

#[test]
fn items_the_macro_rejects_get_its_messages() {
    assert_eq!(
        messages("cnn! { pub struct Net<T> { input 10; } }"),
        [(
            "`Net` cannot be generic: a network's shapes are fixed numbers".to_string(),
            "<T>"
        )]
    );
    assert_eq!(messages("cnn! { pub enum Net { input 10; } }")[0].1, "enum",);
    assert_eq!(
        messages("cnn! { pub struct { input 10; } }"),
        [(
            "expected the network's name after `struct`".to_string(),
            "{ input 10; }"
        )]
    );
    assert_eq!(
        messages("cnn! { pub struct Net; }"),
        [(
            "expected `{` and the layers of `Net` after its name".to_string(),
            ";"
        )]
    );
    assert_eq!(
        messages("cnn! { # struct Net {} }")[0].0,
        "expected an outer attribute `#[...]` before the network's `struct`"
    );
}

#[test]
fn a_network_declared_twice_in_one_invocation_is_an_error() {
    let text = "cnn! {\n    pub struct Net { input 10; fc 10; }\n    pub struct Net { input 10; fc 5; }\n}\n";
    let found = find(text);
    assert_eq!(found.networks.len(), 1);
    assert_eq!(found.diagnostics.len(), 1);
    let diagnostic = &found.diagnostics[0];
    assert_eq!(diagnostic.message, "`Net` is declared twice in this `cnn!`");
    assert_eq!(diagnostic.span.start, text.rfind("Net").unwrap_or_default());
    assert_eq!(diagnostic.labels[0].message, "first declared here");
    assert_eq!(
        diagnostic.labels[0].span.start,
        text.find("Net").unwrap_or_default()
    );
}

#[test]
fn a_file_that_does_not_lex_is_one_error_where_lexing_stops() {
    let found = find("fn main() {\n    cnn! { struct Net { input 10; }\n");
    assert!(found.networks.is_empty());
    assert_eq!(found.diagnostics.len(), 1);
    assert!(found.diagnostics[0].message.contains("not Rust"));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let text = format!("{}cnn!(input 1){}", "{".repeat(depth), "}".repeat(depth));
    let found = networks(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].2, "input 1");
}
