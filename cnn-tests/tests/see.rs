//! The pictures and the export (`cnn::Svg`, `cnn::Json`) checked with real
//! parsers: the SVG rendered by resvg (text laid out with the system's
//! fonts), the JSON read back by serde_json and compared with `LAYERS`.

#[path = "../../examples/zoo/audio.rs"]
mod audio;
#[path = "../../examples/zoo/googlenet.rs"]
mod googlenet;
#[path = "../../examples/zoo/resnet.rs"]
mod resnet;
#[path = "../../examples/zoo/shufflenet.rs"]
mod shufflenet;
#[path = "../../examples/zoo/video.rs"]
#[allow(dead_code)]
mod video;

use audio::M5;
use cnn::{cnn, Block, Json, Kind, Layer, Network, Shape, Svg};
use googlenet::GoogLeNet;
use resnet::ResNet50;
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, Node, Rect, Tree};
use serde_json::Value;
use shufflenet::ShuffleNetV2;
use video::R2Plus1D18;

cnn! {
    /// The article's network.
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8 -> 28x28x8;
        pool1: pool 2 -> 14x14x8;
        conv2: conv 5x5x16 -> 10x10x16;
        pool2: pool 2 -> 5x5x16;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }
}

/// One text element of the rendered picture: its characters and where the
/// font put them.
struct Label {
    text: String,
    bounds: Rect,
}

struct Picture {
    tree: Tree,
    labels: Vec<Label>,
    pixmap: Pixmap,
}

impl Picture {
    fn has(&self, text: &str) -> bool {
        self.labels.iter().any(|label| label.text.contains(text))
    }

    fn assert_has(&self, text: &str) {
        assert!(self.has(text), "no label contains {text:?}");
    }
}

fn collect(group: &usvg::Group, labels: &mut Vec<Label>) {
    for node in group.children() {
        match node {
            Node::Group(group) => collect(group, labels),
            Node::Text(text) => labels.push(Label {
                text: text.chunks().iter().map(|chunk| chunk.text()).collect(),
                bounds: text.abs_bounding_box(),
            }),
            _ => {}
        }
    }
}

/// The number in `attribute="N"` on the root element.
fn attribute(svg: &str, attribute: &str) -> f32 {
    let root = &svg[..svg.find('>').unwrap()];
    let start = root.find(&format!(" {attribute}=\"")).unwrap() + attribute.len() + 3;
    let end = start + root[start..].find('"').unwrap();
    root[start..end].parse().unwrap()
}

/// Parses and renders `svg` as a viewer would.
fn render(svg: &str) -> Picture {
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    assert!(
        !options.fontdb.is_empty(),
        "no fonts on this machine: install fonts-dejavu-core"
    );
    let tree = Tree::from_str(svg, &options).expect("the SVG parses");
    let size = tree.size().to_int_size();
    assert_eq!(size.width() as f32, attribute(svg, "width"));
    assert_eq!(size.height() as f32, attribute(svg, "height"));
    let view_box = format!(
        "viewBox=\"0 0 {} {}\"",
        attribute(svg, "width"),
        attribute(svg, "height")
    );
    assert!(svg.contains(&view_box), "the viewBox is the whole picture");
    let mut pixmap = Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    let mut labels = Vec::new();
    collect(tree.root(), &mut labels);
    Picture {
        tree,
        labels,
        pixmap,
    }
}

/// How many pixels have exactly this colour.
fn pixels_of(pixmap: &Pixmap, rgb: [u8; 3]) -> usize {
    pixmap
        .pixels()
        .iter()
        .filter(|p| [p.red(), p.green(), p.blue()] == rgb && p.alpha() == 255)
        .count()
}

/// No two labels overlap, and every one is inside the picture.
fn assert_legible(picture: &Picture) {
    let size = picture.tree.size();
    let labels = &picture.labels;
    for label in labels {
        let b = label.bounds;
        assert!(
            b.left() >= 0.0
                && b.top() >= 0.0
                && b.right() <= size.width()
                && b.bottom() <= size.height(),
            "{:?} is outside the picture",
            label.text
        );
    }
    // Sorted by top, each label is compared with those starting above its
    // bottom edge.
    let mut order: Vec<&Label> = labels.iter().collect();
    order.sort_by(|a, b| a.bounds.top().total_cmp(&b.bounds.top()));
    for (i, a) in order.iter().enumerate() {
        for b in &order[i + 1..] {
            if b.bounds.top() >= a.bounds.bottom() {
                break;
            }
            let apart = a.bounds.right() <= b.bounds.left() || b.bounds.right() <= a.bounds.left();
            assert!(apart, "{:?} overlaps {:?}", a.text, b.text);
        }
    }
}

/// The text before the options, as the box's title shows it.
fn head(spec: &str) -> &str {
    let options = [
        "stride",
        "pad",
        "dilation",
        "groups",
        "nobias",
        "ceil",
        "multiplier",
    ];
    let end = spec
        .split(' ')
        .scan(0, |offset, word| {
            let at = *offset;
            *offset += word.len() + 1;
            Some((at, word))
        })
        .find(|(at, word)| *at > 0 && options.contains(word))
        .map_or(spec.len(), |(at, _)| at - 1);
    &spec[..end]
}

fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[test]
fn lenet_reads_like_the_article() {
    let svg = Svg::of::<LeNet>().to_string();
    let picture = render(&svg);
    let width = picture.pixmap.width();
    assert!(width >= 300, "{width} px wide");
    // Every layer: its statement, output, parameters and the formula.
    for layer in LeNet::LAYERS {
        picture.assert_has(layer.spec);
        picture.assert_has(&format!(
            "{} · {} params",
            layer.output,
            grouped(layer.params)
        ));
        if !layer.formula.is_empty() {
            picture.assert_has(layer.formula);
        }
    }
    picture.assert_has("conv1:");
    picture.assert_has("((5*5*3)+1)*8 = 608");
    picture.assert_has("120*400+120 = 48120");
    picture.assert_has("LeNet");
    picture.assert_has("Total params: 62,958 · trainable 62,958 · non-trainable 0");
    picture.assert_has(&format!("MACs: {} per input", grouped(LeNet::MACS)));
    assert_legible(&picture);
    // Not blank: the conv boxes' blue, the pools' green and the fully
    // connected layers' orange are painted.
    for fill in [[0xdb, 0xea, 0xfe], [0xdc, 0xfc, 0xe7], [0xff, 0xed, 0xd5]] {
        assert!(pixels_of(&picture.pixmap, fill) > 1_000, "{fill:?} missing");
    }
    // Eight boxes, seven arrows: one path per arrow plus the marker.
    assert_eq!(svg.matches("marker-end").count(), 7);
}

#[test]
fn resnet50_collapses_its_stages() {
    let picture = render(&Svg::of::<ResNet50>().to_string());
    for stage in ["stem", "layer1", "layer2", "layer3", "layer4"] {
        let layer = ResNet50::LAYERS
            .iter()
            .find(|layer| layer.name == Some(stage))
            .unwrap();
        picture.assert_has(stage);
        picture.assert_has(&format!(
            "{} · {} params",
            layer.output,
            grouped(layer.params)
        ));
    }
    picture.assert_has("gap");
    picture.assert_has("fc 1000");
    picture.assert_has("Total params: 25,610,152 · trainable 25,557,032 · non-trainable 53,120");
    // Nothing inside a stage is drawn.
    assert!(!picture.has("conv 1x1x64"));
    assert!(!picture.has("⊕"));
    assert!(
        picture.pixmap.height() < 1_200,
        "collapsed, it fits a screen"
    );
    assert_legible(&picture);
    assert!(pixels_of(&picture.pixmap, [0xcc, 0xfb, 0xf1]) > 10_000);
}

#[test]
fn resnet50_expands_on_request() {
    // One level: the stages open, the repeats inside them stay closed.
    let picture = render(&Svg::of::<ResNet50>().expand(1).to_string());
    picture.assert_has("repeat ×2");
    picture.assert_has("repeat ×5");
    picture.assert_has("add → 56x56x256");
    assert!(!picture.has("residual"));
    assert_legible(&picture);

    // Everything: every layer's statement, each residual's ⊕.
    let svg = Svg::of::<ResNet50>().expanded().to_string();
    let picture = render(&svg);
    for layer in ResNet50::LAYERS.iter().filter(|layer| !layer.is_block()) {
        picture.assert_has(head(layer.spec));
    }
    picture.assert_has("residual ×2 → 56x56x256");
    picture.assert_has("residual ×5 → 14x14x1024");
    picture.assert_has("layer4");
    picture.assert_has("repeat ×3");
    let joins = picture.labels.iter().filter(|l| l.text == "⊕").count();
    assert_eq!(joins, 8, "4 projections and 4 repeated residuals");
    // A residual's shortcut: the path that leaves the split and comes back
    // into the ⊕ has four points.
    assert!(svg.contains("<circle class=\"dot\""));
    assert_legible(&picture);
}

#[test]
fn branches_sit_side_by_side() {
    let picture = render(&Svg::of::<GoogLeNet>().expanded().to_string());
    picture.assert_has("inception3a: concat → 28x28x256");
    let find = |text: &str| {
        picture
            .labels
            .iter()
            .find(|label| label.text == text)
            .unwrap_or_else(|| panic!("no {text:?}"))
            .bounds
    };
    // inception3a's branches start on one row, left to right (the first
    // label of each is the first in the picture).
    let [second, third] = ["conv 1x1x96", "conv 1x1x16"].map(find);
    let first = find("28x28x64 · 12,288 params");
    assert!((second.top() - third.top()).abs() < 1.0);
    assert!(first.right() < second.left() && second.right() < third.left());
    assert!(first.top() > second.top() && first.top() < second.bottom() + 20.0);
    assert_legible(&picture);
}

#[test]
fn text_is_escaped() {
    let svg = Svg::new("<A & \"B\">", LeNet::MODEL).to_string();
    assert!(svg.contains("&lt;A &amp; &quot;B&quot;&gt;"));
    render(&svg).assert_has("<A & \"B\">");
    let json: Value = serde_json::from_str(&Json::new("a\"b\\c\n", LeNet::MODEL).to_string())
        .expect("the JSON parses");
    assert_eq!(json["name"], "a\"b\\c\n");
}

/// The JSON `kind` of a layer, as the schema documents it.
fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Softmax => "fc_softmax",
        Kind::Block(Block::Sequence) => "sequence",
        Kind::Block(Block::Branch) => "branch",
        other => other.keyword(),
    }
}

fn dims(shape: Shape) -> Value {
    match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => serde_json::json!([height, width, channels]),
        Shape::Flat(n) => serde_json::json!([n]),
        Shape::Sequence { length, channels } => serde_json::json!([length, channels]),
        Shape::Volume {
            depth,
            height,
            width,
            channels,
        } => serde_json::json!([depth, height, width, channels]),
    }
}

/// Flattens the JSON's nested layers back into rows, checking each
/// against `LAYERS` on the way; returns how many rows it read.
fn check_rows(values: &[Value], layers: &[Layer], start: usize, rank: usize) -> usize {
    let mut index = start;
    for value in values {
        let layer = &layers[index];
        let at = format!("row {index} ({})", layer.spec);
        assert_eq!(value["name"], serde_json::json!(layer.name), "{at}");
        assert_eq!(value["kind"], kind(layer.kind), "{at}");
        assert_eq!(value["spec"], layer.spec, "{at}");
        assert_eq!(value["input"], dims(layer.input), "{at}");
        assert_eq!(value["output"], dims(layer.output), "{at}");
        assert_eq!(value["params"], layer.params, "{at}");
        assert_eq!(
            value["non_trainable_params"], layer.non_trainable_params,
            "{at}"
        );
        assert_eq!(value["macs"], layer.macs, "{at}");
        assert_eq!(value["formula"], layer.formula, "{at}");
        assert_eq!(value["depth"], layer.depth, "{at}");
        assert_eq!(value["times"], layer.times, "{at}");
        let field = &value["receptive_field"];
        let rf = layer.receptive_field;
        // One number per axis of the network's input.
        assert_eq!(field["size"], serde_json::json!(rf.size[..rank]), "{at}");
        assert_eq!(field["jump"], serde_json::json!(rf.jump[..rank]), "{at}");
        assert_eq!(field["start"], serde_json::json!(rf.start[..rank]), "{at}");
        match layer.kind {
            Kind::Block(Block::Repeat(n)) => assert_eq!(value["rounds"], n, "{at}"),
            _ => assert!(value.get("rounds").is_none(), "{at}"),
        }
        let read = match value.get("children") {
            Some(Value::Array(children)) => {
                assert!(layer.is_block(), "{at}");
                check_rows(children, layers, index + 1, rank)
            }
            None => {
                assert!(!layer.is_block(), "{at}");
                0
            }
            Some(other) => panic!("{at}: children is {other}"),
        };
        assert_eq!(read, layer.rows as usize, "{at}: children and rows");
        index += 1 + read;
    }
    index - start
}

fn check_json<N: Network>() {
    let text = Json::of::<N>().to_string();
    let json: Value = serde_json::from_str(&text).expect("the JSON parses");
    assert_eq!(json["name"], N::NAME);
    assert_eq!(json["input"], dims(N::INPUT));
    assert_eq!(json["output"], dims(N::OUTPUT));
    assert_eq!(json["params"], N::PARAMS);
    assert_eq!(json["non_trainable_params"], N::NON_TRAINABLE_PARAMS);
    assert_eq!(json["total_params"], N::TOTAL_PARAMS);
    assert_eq!(json["macs"], N::MACS);
    assert_eq!(json["largest_activation"], N::LARGEST_ACTIVATION);
    assert_eq!(json["peak_activations"], N::PEAK_ACTIVATIONS);
    let layers = json["layers"].as_array().expect("layers is an array");
    // Two numbers for a network that takes a vector, as the schema says.
    let rank = match N::INPUT.rank() {
        0 => 2,
        rank => rank,
    };
    assert_eq!(check_rows(layers, N::LAYERS, 0, rank), N::LAYERS.len());
}

#[test]
fn json_matches_the_layers() {
    check_json::<LeNet>();
    check_json::<ResNet50>();
    check_json::<GoogLeNet>();
    check_json::<ShuffleNetV2>();
    check_json::<R2Plus1D18>();
    check_json::<M5>();
}

/// The newer blocks and shapes draw as legibly as the rest: `split`'s
/// branches side by side, clips' four-part shapes and a 1-D signal's two.
#[test]
fn splits_clips_and_signals_are_legible() {
    let picture = render(&Svg::of::<ShuffleNetV2>().expanded().to_string());
    assert!(
        picture
            .labels
            .iter()
            .any(|label| label.text.contains("split")),
        "no split in ShuffleNetV2's diagram"
    );
    assert_legible(&picture);
    let picture = render(&Svg::of::<R2Plus1D18>().to_string());
    picture.assert_has("16x112x112x3");
    assert_legible(&picture);
    let picture = render(&Svg::of::<M5>().expanded().to_string());
    picture.assert_has("8000x1");
    assert_legible(&picture);
}

#[test]
fn the_readme_pictures_are_current() {
    // Regenerate with the commands in the README's "See the network".
    let stale =
        "stale: run `cargo run --example lenet -- --svg docs/lenet.svg --json docs/lenet.json`";
    let lenet_svg = include_str!("../../docs/lenet.svg");
    assert_eq!(lenet_svg, Svg::of::<LeNet>().to_string(), "{stale}");
    let lenet_json = include_str!("../../docs/lenet.json");
    assert_eq!(lenet_json, Json::of::<LeNet>().to_string(), "{stale}");
    let resnet = include_str!("../../docs/resnet50.svg");
    assert_eq!(
        resnet,
        Svg::of::<ResNet50>().to_string(),
        "stale: run `cargo run --example zoo -- --model ResNet50 --svg docs/resnet50.svg`"
    );
}
