//! The playground's examples: each is valid, gives its published count,
//! and is the same text as the zoo's struct it comes from, so that the
//! two cannot drift apart.

use std::fs;
use std::path::Path;

use cnn_playground::{report, Options};

/// The zoo file and struct an example copies.
type Zoo = Option<(&'static str, &'static str)>;

/// Each example, what it copies (if anything), and its learnable parameters.
const EXAMPLES: &[(&str, Zoo, u64)] = &[
    ("lenet", None, 62_958),
    ("resnet18", Some(("resnet.rs", "ResNet18")), 11_689_512),
    ("resnet50", Some(("resnet.rs", "ResNet50")), 25_557_032),
    (
        "mobilenetv2",
        Some(("mobilenet.rs", "MobileNetV2")),
        3_504_872,
    ),
    (
        "convnext-tiny",
        Some(("convnext.rs", "ConvNeXtTiny")),
        28_589_128,
    ),
    ("unet", Some(("unet.rs", "UNet")), 31_030_658),
    // The zoo's U-Net written flat, each skip taken by `from`: the same count.
    ("unet-named", None, 31_030_658),
    ("m5-audio", Some(("audio.rs", "M5")), 26_915),
    // timm's own count (scripts/timm_counts.py).
    (
        "poolformer-s12",
        Some(("timm.rs", "PoolFormerS12")),
        11_915_176,
    ),
    (
        "ecaresnet26t",
        Some(("timm.rs", "EcaResNet26t")),
        16_011_916,
    ),
    (
        "resnetblur18",
        Some(("timm.rs", "ResNetBlur18")),
        11_689_512,
    ),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The statements of `pub struct NAME { ... }` in `source`, unindented.
fn struct_body(source: &str, name: &str) -> String {
    let start = source
        .find(&format!("pub struct {name} {{"))
        .unwrap_or_else(|| panic!("no struct {name}"));
    let open = start + source[start..].find('{').unwrap() + 1;
    let mut depth = 1;
    let mut end = open;
    for (at, c) in source[open..].char_indices() {
        depth += match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        if depth == 0 {
            end = open + at;
            break;
        }
    }
    source[open..end]
        .trim_matches('\n')
        .lines()
        .map(|line| line.strip_prefix("        ").unwrap_or(line.trim()))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

/// An example's statements, without its leading `//` lines.
fn statements(example: &str) -> String {
    example
        .lines()
        .skip_while(|line| line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

#[test]
fn examples_are_valid_and_give_their_counts() {
    for (name, _, params) in EXAMPLES {
        let text = fs::read_to_string(root().join(format!("examples/{name}.cnn"))).unwrap();
        let answer = report(&text, Options::default());
        assert!(answer.starts_with("{\"ok\":true,"), "{name}: {answer:.300}");
        assert!(
            answer.contains(&format!("\n  \"params\": {params},\n")),
            "{name} should have {params} params"
        );
    }
}

#[test]
fn examples_are_the_zoos_text() {
    for (name, zoo, _) in EXAMPLES {
        let Some((file, strukt)) = zoo else { continue };
        let path = root().join("../examples/zoo").join(file);
        // A zoo file another change has not landed yet is not checked.
        let Ok(source) = fs::read_to_string(&path) else {
            continue;
        };
        let text = fs::read_to_string(root().join(format!("examples/{name}.cnn"))).unwrap();
        assert_eq!(
            statements(&text),
            struct_body(&source, strukt),
            "playground/examples/{name}.cnn differs from {strukt} in examples/zoo/{file}"
        );
    }
}

#[test]
fn an_error_is_data_with_utf16_spans() {
    // `é` is two bytes and one UTF-16 unit: the span after it moves back.
    let answer = report("// é\ninput 32x32x3; conv 50x50x8;", Options::default());
    assert!(answer.starts_with("{\"ok\":false,\"summary\":null,\"svg\":null,\"model\":null,"));
    assert!(answer.contains("\"severity\":\"error\""), "{answer}");
    assert!(answer.contains("\"start\":20,\"end\":32"), "{answer}");
}

#[test]
fn any_text_gets_an_answer() {
    for text in [
        "",
        "{",
        "}}}",
        "input",
        "input 0x0x0;",
        "repeat 99999999999999999999 {}",
        "é",
    ] {
        let answer = report(text, Options::default());
        assert!(answer.starts_with("{\"ok\":"), "{text:?}: {answer}");
    }
}
