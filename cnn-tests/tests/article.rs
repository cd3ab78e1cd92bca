//! The worked example of the article "Understanding and Calculating the
//! number of Parameters in Convolution Neural Networks (CNNs)", exactly as
//! its table gives it, checked by the compiler (const items) and once at run
//! time against the printed summary.
//!
//! | layer                 | shape out | learnable parameters           |
//! |-----------------------|-----------|--------------------------------|
//! | input 32x32x3         | 32x32x3   | 0                              |
//! | conv 5x5x8 (stride 1) | 28x28x8   | ((5*5*3)+1)*8 = 608            |
//! | pool 2                | 14x14x8   | 0                              |
//! | conv 5x5x16 (stride 1)| 10x10x16  | ((5*5*8)+1)*16 = 3216          |
//! | pool 2                | 5x5x16    | 0                              |
//! | fc 120                | 120       | 120*400+120 = 48120            |
//! | fc 84                 | 84        | 84*120+84 = 10164              |
//! | softmax 10            | 10        | 10*84+10 = 850                 |
//! | total                 |           | 62958                          |

use cnn::{cnn, Kind, Shape};

cnn! {
    /// The network of the article, every layer named.
    pub struct Article {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool1: pool 2;
        conv2: conv 5x5x16;
        pool2: pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    /// The same network written without any name, as the DSL's first
    /// example writes it but with no `->` assertion: the numbers must not
    /// depend on names.
    pub struct ArticleUnnamed {
        input 32x32x3;
        conv 5x5x8;
        pool 2;
        conv 5x5x16;
        pool 2;
        fc 120;
        fc 84;
        softmax 10;
    }
}

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

// ---- per-layer learnable parameters, the article's formulas ----
// conv1: ((5*5*3)+1)*8 = 76*8 = 608
const _: () = assert!(Article::CONV1.params == 608);
// pool1: nothing to learn
const _: () = assert!(Article::POOL1.params == 0);
// conv2: ((5*5*8)+1)*16 = 201*16 = 3216
const _: () = assert!(Article::CONV2.params == 3216);
// pool2: nothing to learn
const _: () = assert!(Article::POOL2.params == 0);
// fc3: 120*400+120 = 48000+120 = 48120 (400 = 5*5*16 flattened)
const _: () = assert!(Article::FC3.params == 48_120);
// fc4: 84*120+84 = 10080+84 = 10164
const _: () = assert!(Article::FC4.params == 10_164);
// softmax: 10*84+10 = 840+10 = 850
const _: () = assert!(Article::OUT.params == 850);

// ---- totals: 608+3216+48120+10164+850 = 62958 ----
const _: () = assert!(Article::PARAMS == 62_958);
const _: () = assert!(Article::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(Article::TOTAL_PARAMS == 62_958);
const _: () = assert!(ArticleUnnamed::PARAMS == 62_958);
const _: () = assert!(ArticleUnnamed::TOTAL_PARAMS == 62_958);

// ---- every layer's output shape, stride 1 and no padding ----
// input 32x32x3
const _: () = assert!(Article::INPUT.same_as(&spatial(32, 32, 3)));
const _: () = assert!(Article::LAYERS[0].output.same_as(&spatial(32, 32, 3)));
// conv 5x5: 32-5+1 = 28
const _: () = assert!(Article::CONV1.output.same_as(&spatial(28, 28, 8)));
// pool 2: 28/2 = 14
const _: () = assert!(Article::POOL1.output.same_as(&spatial(14, 14, 8)));
// conv 5x5: 14-5+1 = 10
const _: () = assert!(Article::CONV2.output.same_as(&spatial(10, 10, 16)));
// pool 2: 10/2 = 5
const _: () = assert!(Article::POOL2.output.same_as(&spatial(5, 5, 16)));
// fc 120, fc 84, softmax 10
const _: () = assert!(Article::FC3.output.same_as(&Shape::Flat(120)));
const _: () = assert!(Article::FC4.output.same_as(&Shape::Flat(84)));
const _: () = assert!(Article::OUT.output.same_as(&Shape::Flat(10)));
const _: () = assert!(Article::OUTPUT.same_as(&Shape::Flat(10)));
// fc3 sees the flattened 5x5x16 = 400 (it flattens a spatial input itself)
const _: () = assert!(Article::FC3.input.same_as(&spatial(5, 5, 16)));

// ---- the table has the article's eight rows, in order ----
const _: () = assert!(Article::LAYERS.len() == 8);
const _: () = assert!(ArticleUnnamed::LAYERS.len() == 8);
const _: () = assert!(matches!(Article::LAYERS[0].kind, Kind::Input));
const _: () = assert!(matches!(Article::LAYERS[1].kind, Kind::Conv));
const _: () = assert!(matches!(Article::LAYERS[2].kind, Kind::MaxPool));
const _: () = assert!(matches!(Article::LAYERS[5].kind, Kind::Dense));
const _: () = assert!(matches!(Article::LAYERS[7].kind, Kind::Softmax));

/// The unnamed network's rows, all eight: output shape and parameters.
const fn unnamed_rows_match() -> bool {
    const EXPECTED: [(Shape, u64); 8] = [
        (spatial(32, 32, 3), 0),
        (spatial(28, 28, 8), 608),
        (spatial(14, 14, 8), 0),
        (spatial(10, 10, 16), 3216),
        (spatial(5, 5, 16), 0),
        (Shape::Flat(120), 48_120),
        (Shape::Flat(84), 10_164),
        (Shape::Flat(10), 850),
    ];
    let mut i = 0;
    while i < EXPECTED.len() {
        let layer = ArticleUnnamed::LAYERS[i];
        if !layer.output.same_as(&EXPECTED[i].0) || layer.params != EXPECTED[i].1 {
            return false;
        }
        i += 1;
    }
    true
}
const _: () = assert!(unnamed_rows_match());

#[test]
fn summary_shows_the_articles_formulas() {
    let text = Article::summary().to_string();
    for formula in [
        "((5*5*3)+1)*8 = 608",
        "((5*5*8)+1)*16 = 3216",
        "120*400+120 = 48120",
        "84*120+84 = 10164",
        "10*84+10 = 850",
        "Total params: 62,958",
    ] {
        assert!(text.contains(formula), "missing `{formula}` in:\n{text}");
    }
    // Every row's shape, in the article's notation.
    for shape in [
        "32x32x3", "28x28x8", "14x14x8", "10x10x16", "5x5x16", "120", "84", "10",
    ] {
        assert!(text.contains(shape), "missing shape `{shape}` in:\n{text}");
    }
}

#[test]
fn layers_carry_the_articles_formulas() {
    let formulas: Vec<&str> = Article::LAYERS.iter().map(|layer| layer.formula).collect();
    assert_eq!(formulas[1], "((5*5*3)+1)*8 = 608");
    assert_eq!(formulas[3], "((5*5*8)+1)*16 = 3216");
    assert_eq!(formulas[5], "120*400+120 = 48120");
    assert_eq!(formulas[6], "84*120+84 = 10164");
    assert_eq!(formulas[7], "10*84+10 = 850");
    // Input and pooling have nothing to learn, so no formula.
    assert_eq!(formulas[0], "");
    assert_eq!(formulas[2], "");
    assert_eq!(formulas[4], "");
}
