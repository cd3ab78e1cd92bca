//! The steps of blocks: a concatenation's copies, an `add`, a `mul`.

use cnn_core::program::Place;
use cnn_core::{Block, Kind};
use cnn_tflite::{Code, Options};

use super::{wrong_options, Walk};
use crate::int8::check::{At, Slot};
use crate::int8::entry::Entry;
use crate::int8::error::{Error, Mismatch, Role, Value};
use crate::quant;

impl<'a, const KINDS: u32> Walk<'_, '_, 'a, KINDS> {
    /// A copy: the first input of a `CONCATENATION`, or a later one, or
    /// the network's input copied to its output (a network of `flatten`
    /// alone, a `RESHAPE`).
    pub(super) fn copy(
        &mut self,
        step: usize,
        from: Place,
        to: Place,
        sizes: [usize; 4],
    ) -> Result<Entry<'a>, Error<'a>> {
        let [positions, width, stride, offset] = sizes;
        if from == Place::Input && self.concat.is_none() && width == stride {
            let tensor = self.input;
            self.wrote(to, tensor);
            return Ok(Entry::Copy);
        }
        let (operator, input, output) = match self.concat {
            Some((operator, input, place, output)) if place == to => (operator, input, output),
            _ if offset == 0 => {
                let kind = Kind::Block(Block::Concat);
                let at = self.operator(step, kind, Code::Concatenation)?;
                let Options::Concatenation { axis, activation } = at.op.options else {
                    return Err(wrong_options(&at));
                };
                if axis != -1 && axis != 3 {
                    return Err(Error::Option {
                        operator: at.index,
                        code: at.op.code,
                        option: "axis",
                        expected: Value::Word("-1 (the channels)"),
                        found: Value::Number(i64::from(axis)),
                    });
                }
                self.fuse(&at, activation)?;
                let (tensor, _) =
                    at.values(Slot::Out(0), Role::Output, positions * stride, stride)?;
                (at.index, 0, tensor)
            }
            _ => return Err(Error::Program { step }),
        };
        let op = self.model.operator(operator).map_err(Error::Model)?;
        let at = At {
            model: self.model,
            index: operator,
            op,
        };
        let (_, qout) = at.values(Slot::Out(0), Role::Output, positions * stride, stride)?;
        let (index, qin) = at.values(Slot::In(input), Role::Input, positions * width, width)?;
        if !self.flows(self.at(from), index) {
            let (index, tensor) = at.tensor(Slot::In(input), Role::Input)?;
            return Err(at.error(index, &tensor, Role::Input, Mismatch::Flow));
        }
        if qin != qout {
            let (index, tensor) = at.tensor(Slot::In(input), Role::Input)?;
            return Err(at.error(
                index,
                &tensor,
                Role::Input,
                Mismatch::Quantization(
                    "differs from the output's, which TFLM's int8 CONCATENATION copies into",
                ),
            ));
        }
        self.concat = Some((operator, input + 1, to, output));
        self.wrote(to, output);
        Ok(Entry::Copy)
    }

    /// An `add` or (`mul`) a `mul` of the values at `places[0]` and
    /// `places[1]` into `places[2]`.
    pub(super) fn binary(
        &mut self,
        step: usize,
        mul: bool,
        places: [Place; 3],
        len: usize,
        channels: usize,
        broadcast: bool,
    ) -> Result<Entry<'a>, Error<'a>> {
        let [a, b, y] = places;
        let (kind, code) = match mul {
            false => (Kind::Block(Block::Add), Code::Add),
            true => (Kind::Block(Block::Mul), Code::Mul),
        };
        let at = self.operator(step, kind, code)?;
        let activation = match at.op.options {
            Options::Add { activation } | Options::Mul { activation } => activation,
            _ => return Err(wrong_options(&at)),
        };
        let (first, _) = at.tensor(Slot::In(0), Role::Input)?;
        let (second, _) = at.tensor(Slot::In(1), Role::Input)?;
        let (ta, tb) = (self.at(a), self.at(b));
        let swapped = !(self.flows(ta, first) && self.flows(tb, second));
        if swapped && !(self.flows(ta, second) && self.flows(tb, first)) {
            let (index, tensor) = at.tensor(Slot::In(0), Role::Input)?;
            return Err(at.error(index, &tensor, Role::Input, Mismatch::Flow));
        }
        let b_len = if broadcast { channels } else { len };
        let lens = if swapped { [b_len, len] } else { [len, b_len] };
        let (_, q1) = at.values(Slot::In(0), Role::Input, lens[0], channels)?;
        let (_, q2) = at.values(Slot::In(1), Role::Input, lens[1], channels)?;
        let (tensor, qout) = at.values(Slot::Out(0), Role::Output, len, channels)?;
        let fused = self.fuse(&at, activation)?;
        self.wrote(y, tensor);
        Ok(match mul {
            false => Entry::Add {
                params: quant::add::Params::new(
                    q1.scale,
                    q1.zero_point,
                    q2.scale,
                    q2.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                ),
                swapped,
            },
            true => Entry::Mul {
                params: quant::mul::Params::new(
                    q1.scale,
                    q1.zero_point,
                    q2.scale,
                    q2.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                ),
                swapped,
            },
        })
    }
}
