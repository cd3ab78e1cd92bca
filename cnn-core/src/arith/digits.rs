//! Numbers as printable 5-bit digits, least significant first: `?` to `^`
//! for a digit with more to come, `_` to `~` for the last. The compact
//! forms the macro emits (the rows of `LAYERS`, the forward pass's
//! program) are written in them, so that a raw byte string holds them with
//! nothing to escape.

/// The first byte of a digit that more digits follow.
pub(crate) const MORE: u8 = b'?';
/// The first byte of a number's last digit; `MORE` plus 32.
pub(crate) const LAST: u8 = b'_';
/// The most digits a `u64` takes.
pub(crate) const MAX_DIGITS: usize = 13;

/// Writes `n` into `out` from `at`, which must leave room for
/// [`MAX_DIGITS`]; where the next number starts.
pub(crate) fn write(mut n: u64, out: &mut [u8], mut at: usize) -> usize {
    loop {
        let digit = (n & 0x1f) as u8;
        n >>= 5;
        let last = n == 0;
        out[at] = digit + if last { LAST } else { MORE };
        at += 1;
        if last {
            return at;
        }
    }
}

/// The number at `at` and where the next one starts; `None` past the end
/// or at a byte no digit has.
pub(crate) const fn read(bytes: &[u8], mut at: usize) -> Option<(u64, usize)> {
    let mut n: u64 = 0;
    let mut shift = 0;
    while at < bytes.len() && shift < 64 {
        let byte = bytes[at];
        at += 1;
        if byte >= LAST && byte <= LAST + 31 {
            return Some((n | ((byte - LAST) as u64) << shift, at));
        }
        if byte < MORE || byte >= LAST {
            return None;
        }
        n |= ((byte - MORE) as u64) << shift;
        shift += 5;
    }
    None
}
