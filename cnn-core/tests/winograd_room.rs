//! Where the prepared path's Winograd convolutions keep their blocks: in
//! room of the arena free at their step, so that the arena is the plain
//! `forward`'s and never grows for them (issue 24). Checked against the
//! plain program itself, not the memory plan's lifetimes: from each
//! Winograd step on, no value of its block is read by a later step (or
//! is the output) before a later step has written it again.

use std::fs;
use std::path::Path;

use cnn_core::plan::memory::Plan;
use cnn_core::plan::winograd::{scratch, FEWEST};
use cnn_core::program::{Op, Place};
use cnn_core::{scratch_len, Shape};

fn plan(text: &str) -> Plan {
    let network = cnn_lang::check(text, None).network.unwrap();
    network.plan.unwrap()
}

fn example(file: &str) -> Plan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../playground/examples")
        .join(file);
    plan(&fs::read_to_string(path).unwrap())
}

fn values(shape: Shape) -> usize {
    shape.elements().unwrap() as usize
}

/// `place` as a span of the arena, if it is in it.
fn span(place: Place, len: usize) -> Option<(usize, usize)> {
    match place {
        Place::Arena(at) => Some((at, at + len)),
        Place::Input => None,
    }
}

/// Spans of the arena, `(start, end)`.
type Spans = Vec<(usize, usize)>;

/// The spans of the arena a plain step reads, then those it writes whole.
fn uses(op: &Op) -> (Spans, Spans) {
    match *op {
        Op::Layer {
            spec,
            input,
            x,
            y,
            scratch,
            ..
        } => {
            let output = values(spec.apply(input).unwrap().output);
            let work = (scratch, scratch + scratch_len(&spec, input));
            let reads = span(x, values(input)).into_iter().collect();
            (
                reads,
                [span(y, output), Some(work)]
                    .into_iter()
                    .flatten()
                    .collect(),
            )
        }
        Op::Add {
            a,
            b,
            y,
            len,
            channels,
            broadcast,
        } => {
            let b_len = if broadcast { channels } else { len };
            let reads = [span(a, len), span(b, b_len)]
                .into_iter()
                .flatten()
                .collect();
            (reads, span(y, len).into_iter().collect())
        }
        Op::Sub { a, b, y, len } => {
            let reads = [span(a, len), span(b, len)].into_iter().flatten().collect();
            (reads, span(y, len).into_iter().collect())
        }
        Op::Softmax {
            x,
            y,
            positions,
            paths,
            channels,
        } => {
            let len = positions * paths * channels;
            (
                span(x, len).into_iter().collect(),
                span(y, len).into_iter().collect(),
            )
        }
        Op::Weigh {
            x,
            w,
            y,
            len,
            channels,
            stride,
            broadcast,
            accumulate,
            ..
        } => {
            let w_len = if broadcast {
                stride
            } else {
                len / channels * stride
            };
            let summed = if accumulate { span(y, len) } else { None };
            let reads = [span(x, len), span(w, w_len), summed];
            (
                reads.into_iter().flatten().collect(),
                span(y, len).into_iter().collect(),
            )
        }
        Op::Mul {
            map,
            gate,
            y,
            len,
            channels,
            broadcast,
        } => {
            let gate_len = if broadcast { channels } else { len };
            let reads = [span(map, len), span(gate, gate_len)];
            (
                reads.into_iter().flatten().collect(),
                span(y, len).into_iter().collect(),
            )
        }
        Op::Copy {
            from,
            to,
            positions,
            width,
            from_stride,
            from_offset,
            to_stride,
            to_offset,
        } => {
            let lines = |place: Place, stride: usize, offset: usize| -> Spans {
                (0..positions)
                    .filter_map(|p| match place {
                        Place::Arena(at) => {
                            let start = at + p * stride + offset;
                            Some((start, start + width))
                        }
                        Place::Input => None,
                    })
                    .collect()
            };
            (
                lines(from, from_stride, from_offset),
                lines(to, to_stride, to_offset),
            )
        }
        Op::Fused { .. } => panic!("a fused step in the plain program"),
    }
}

/// Checks every Winograd step of `plan` (see the file's comment); returns
/// the input shapes of those steps, in order.
fn check(name: &str, plan: &Plan) -> Vec<Shape> {
    let arena = plan.header.arena_len;
    let mut shapes = Vec::new();
    for op in &plan.fused.ops {
        let Op::Fused {
            spec,
            input,
            x,
            y,
            scratch: at,
            weights,
            winograd: rows,
            ..
        } = *op
        else {
            continue;
        };
        if rows == 0 {
            continue;
        }
        shapes.push(input);
        let output = spec.apply(input).unwrap().output;
        let [h, w, _] = output.axes();
        let tiles = rows as u64 * w.div_ceil(2);
        assert!(tiles >= FEWEST, "{name}: {input}, {tiles} tiles");
        let len = scratch([h, w], input.channels(), output.channels(), rows as u64) as usize;
        let block = (at, at + len);
        assert!(block.1 <= arena, "{name}: {input}: {block:?} past {arena}");
        let meets = |(start, end): (usize, usize)| start < block.1 && block.0 < end;
        for place in [span(x, values(input)), span(y, values(output))] {
            assert!(
                !place.is_some_and(meets),
                "{name}: {input}: its own tensors"
            );
        }
        // The plain step it stands for: the layer with its parameters.
        let step = plan
            .ops
            .iter()
            .position(|op| matches!(*op, Op::Layer { weights: w, .. } if w == weights))
            .unwrap();
        let mut written = vec![false; len];
        let output = (
            plan.header.output,
            plan.header.output + plan.header.output_len,
        );
        for (t, op) in plan.ops.iter().enumerate().skip(step) {
            let (reads, writes) = uses(op);
            if t > step {
                for (start, end) in reads {
                    for a in start.max(block.0)..end.min(block.1) {
                        assert!(
                            written[a - block.0],
                            "{name}: {input}: step {t} reads {a}, in the block"
                        );
                    }
                }
            }
            for (start, end) in writes {
                for a in start.max(block.0)..end.min(block.1) {
                    written[a - block.0] = true;
                }
            }
        }
        for a in output.0.max(block.0)..output.1.min(block.1) {
            assert!(written[a - block.0], "{name}: {input}: the output");
        }
    }
    shapes
}

#[test]
fn blocks_lie_in_room_free_at_their_step() {
    for file in [
        "resnet18.cnn",
        "resnet50.cnn",
        "resnetblur18.cnn",
        "ecaresnet26t.cnn",
        "unet.cnn",
        "unet-named.cnn",
        "convnext-tiny.cnn",
        "mobilenetv2.cnn",
    ] {
        check(file, &example(file));
    }
}

#[test]
fn resnet18_runs_its_first_three_stages_by_winograd() {
    // torchvision's ResNet-18: four 3x3 stride-1 convolutions over
    // 56x56x64 (layer1), three over 28x28x128 (layer2, the first of whose
    // is stride 2), three over 14x14x256 (layer3, in one block of 49
    // tiles each); layer4's 512 channels stay on the product.
    let shapes = check("resnet18.cnn", &example("resnet18.cnn"));
    let at = |h, c| Shape::spatial(h, h, c);
    assert_eq!(
        shapes,
        [
            at(56, 64),
            at(56, 64),
            at(56, 64),
            at(56, 64),
            at(28, 128),
            at(28, 128),
            at(28, 128),
            at(14, 256),
            at(14, 256),
            at(14, 256),
        ]
    );
}

#[test]
fn without_room_a_convolution_stays_on_its_product() {
    // The first convolution reads the caller's input: its output and the
    // second's are the arena, and while it runs the second's output is
    // free for its blocks. The second has only its product's scratch
    // beside the two maps, less than one row of 28 tiles.
    let text = "input 56x56x64; conv 3x3x64 pad 1; conv 3x3x64 pad 1;";
    let plan = plan(text);
    let map = 56 * 56 * 64;
    let rows: Vec<usize> = plan
        .fused
        .ops
        .iter()
        .map(|op| match *op {
            Op::Fused { winograd, .. } => winograd,
            ref other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(rows, [2, 0]);
    assert!(plan.header.arena_len < 2 * map + 28 * 128 * 16);
    check("two convolutions", &plan);
}
