//! The runner on programs the planner did not write: a program whose
//! numbers overflow an offset is an error, not a panic.

#[test]
fn a_program_of_huge_numbers_is_an_error_not_a_panic() {
    use cnn_core::program::{Header, Op, Place, Writer};
    let header = Header {
        input_len: 4,
        arena_len: 4,
        output: 0,
        output_len: 4,
        steps: 1,
    };
    let ops = [
        Op::Copy {
            from: Place::Input,
            to: Place::Arena(0),
            positions: 1,
            width: 4,
            from_stride: 4,
            from_offset: usize::MAX,
            to_stride: 4,
            to_offset: 0,
        },
        Op::Add {
            a: Place::Arena(usize::MAX),
            b: Place::Input,
            y: Place::Arena(0),
            len: 4,
            channels: 4,
            broadcast: false,
        },
        Op::Add {
            a: Place::Input,
            b: Place::Input,
            y: Place::Arena(0),
            len: 4,
            channels: 3,
            broadcast: true,
        },
    ];
    for op in ops {
        let mut bytes = Vec::new();
        let mut writer = Writer::default();
        let mut sink = |part: &[u8]| bytes.extend_from_slice(part);
        writer.header(&header, &mut sink);
        writer.op(&op, &mut sink);
        let mut arena = [0.0; 4];
        let result = cnn_run::forward(&bytes, &[], &[1.0; 4], &mut arena);
        assert!(result.is_err(), "{op:?}");
    }
}
