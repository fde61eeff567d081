//! A decimal written as text, read exactly as `rust_decimal`'s `Decimal::from_str` reads it —
//! the same numbers accepted, the same value and scale, the same texts refused — in a few
//! hundred bytes of wasm: its parser is instantiated for each combination of its states and
//! brings its scientific reading (« 1e3 », « 2,5E-2 ») with it, about 9 KB of the page's first
//! module. `tests::same_as_rust_decimal` compares the two on the grammar both read.
//!
//! The grammar: an optional sign first; digits, at most one point, and `_` between them once a
//! digit was read; beyond 28 decimals (or 2⁹⁶ for the digits after a point), the rest is
//! rounded half away from zero and must still be digits. With an `e` or `E`: the part before
//! the first one so read, times ten to the power after it (an unsigned integer, a minus sign
//! allowed first), 28 at most either way, rounded when its decimals would pass 28.

use rust_decimal::Decimal;

/// Beyond this, the digits read so far leave the 64 bits where rust_decimal's parser starts:
/// its rounding of the 29th decimal then reads an underscore differently (see [`round`]).
const WILL_OVERFLOW_U64: u128 = (u64::MAX / 10 - u8::MAX as u64) as u128;
/// The texts at least this long are those whose digits may pass 64 bits.
const BYTES_TO_OVERFLOW_U64: usize = 18;
/// A mantissa holds 96 bits.
const OVERFLOW_U96: u128 = 1 << 96;
const MAX_SCALE: u32 = 28;

/// The decimal `text` writes, if it writes one (`Decimal::from_str(text).ok()`).
pub fn parse(text: &str) -> Option<Decimal> {
    match text.find(['e', 'E']) {
        None => plain(text.as_bytes()),
        Some(at) => scientific(&text[..at], &text[at + 1..]),
    }
}

/// `base` times ten to the power `exp` (rust_decimal's `from_scientific_lossy`).
fn scientific(base: &str, exp: &str) -> Option<Decimal> {
    let mut ret = plain(base.as_bytes())?;
    let scale = ret.scale();
    if let Some(stripped) = exp.strip_prefix('-') {
        let exp: u32 = stripped.parse().ok()?;
        if exp > MAX_SCALE {
            return None;
        }
        if scale + exp > MAX_SCALE {
            ret.rescale(MAX_SCALE - exp);
            ret.set_scale(MAX_SCALE).ok()?;
        } else {
            ret.set_scale(scale + exp).ok()?;
        }
    } else {
        let exp: u32 = exp.parse().ok()?;
        if exp <= scale {
            ret.set_scale(scale - exp).ok()?;
        } else {
            if exp > MAX_SCALE {
                return None;
            }
            // By 10¹⁹ at most at a time, as rust_decimal multiplies (its rounding is the same).
            let mut exp = exp;
            while exp > 0 {
                let step = exp.min(19);
                exp -= step;
                ret = ret.checked_mul(Decimal::from(10u64.pow(step)))?;
            }
            ret = ret.normalize();
        }
    }
    Some(ret)
}

/// The digits so far: their value, how many follow the point, and the signs read.
struct Digits {
    data: u128,
    scale: u32,
    negative: bool,
    point: bool,
}

impl Digits {
    fn decimal(&self) -> Option<Decimal> {
        let data = self.data as i128;
        Decimal::try_from_i128_with_scale(if self.negative { -data } else { data }, self.scale).ok()
    }
}

/// A text without exponent (rust_decimal's `parse_str_radix_10`).
fn plain(bytes: &[u8]) -> Option<Decimal> {
    let big = bytes.len() >= BYTES_TO_OVERFLOW_U64;
    let mut d = Digits {
        data: 0,
        scale: 0,
        negative: false,
        point: false,
    };
    let mut has_digit = false;
    // Whether the digits passed 64 bits: rust_decimal reads the rest by another function.
    let mut wide = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'0'..=b'9' => {
                let next = d.data * 10 + u128::from(b - b'0');
                if wide && next >= OVERFLOW_U96 {
                    return if d.point {
                        round(d, b, &bytes[i..])
                    } else {
                        None
                    };
                }
                d.data = next;
                has_digit = true;
                d.scale += u32::from(d.point);
                let Some(&after) = bytes.get(i) else { break };
                if d.point && big && d.scale >= MAX_SCALE {
                    // The next character is the 29th decimal's: rounded on, the rest checked.
                    // Past 64 bits an underscore there is skipped to the digit after it.
                    return if wide && after == b'_' {
                        match bytes[i..].iter().position(|&c| c != b'_') {
                            Some(at) => round(d, bytes[i + at], &bytes[i + at + 1..]),
                            None => d.decimal(),
                        }
                    } else {
                        round(d, after, &bytes[i + 1..])
                    };
                }
                wide |= big && d.data >= WILL_OVERFLOW_U64;
            }
            b'.' if !d.point => d.point = true,
            b'-' | b'+' if i == 1 => d.negative = b == b'-',
            b'_' if has_digit => {}
            _ => return None,
        }
    }
    if has_digit {
        d.decimal()
    } else {
        None
    }
}

/// The digits rounded on `next` (half away from zero), the characters after it checked
/// (rust_decimal's `maybe_round`).
fn round(mut d: Digits, next: u8, rest: &[u8]) -> Option<Decimal> {
    let digit = match next {
        b'0'..=b'9' => next - b'0',
        b'_' => 0,
        b'.' if !d.point => 0,
        _ => return None,
    };
    if digit >= 5 {
        d.data += 1;
        if d.data >= OVERFLOW_U96 {
            if d.scale == 0 {
                return None;
            }
            d.data = (d.data + 4) / 10;
            d.scale -= 1;
        }
    }
    let mut seen_dot = d.point || next == b'.';
    for &b in rest {
        match b {
            b'0'..=b'9' | b'_' => {}
            b'.' if !seen_dot => seen_dot = true,
            _ => return None,
        }
    }
    d.decimal()
}

// proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::parse;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    /// The same decimal to the bit (value, scale and sign), or the same refusal.
    fn same(text: &str) -> Result<(), TestCaseError> {
        let ours = parse(text).map(|d| d.serialize());
        let theirs = Decimal::from_str(text).ok().map(|d| d.serialize());
        prop_assert_eq!(ours, theirs, "{:?}", text);
        Ok(())
    }

    #[test]
    fn reads_what_rust_decimal_reads() {
        for text in [
            "",
            "0",
            "-0",
            "+0",
            "1",
            "-1",
            "+1",
            "412.5",
            "412,5",
            ".5",
            "5.",
            ".",
            "-",
            "+",
            "-.5",
            "1.2.3",
            "1_000",
            "_1",
            "1_",
            "1__0.0_5",
            "._5",
            "1._5",
            "--1",
            "+-1",
            "1e3",
            "1E3",
            "1e+3",
            "1e-3",
            "1e",
            "e3",
            "1e3e4",
            "2.5e-2",
            "-1.5e28",
            "1e29",
            "1e-29",
            "1e-28",
            "0.1e-28",
            "1.23456e-27",
            "7.9228162514264337593543950335e28",
            "79228162514264337593543950335",
            "79228162514264337593543950336",
            "0.00000000000000000000000000015",
            "0.000000000000000000000000000149",
            "0.0000000000000000000000000001_5",
            "1.0000000000000000000000000000_5",
            "12345678901234567890.123456789012345",
            "9999999999999999999999999999.5",
            "0.99999999999999999999999999995",
            "1.000000000000000000000000000005x",
            "1.00000000000000000000000000005.0",
            "1e4294967295",
            "1e4294967296",
            " 1",
            "1 ",
            "٣",
            "1.5e-0",
            "1.5e0",
            "15e-1",
            "100e-2",
            "0e5",
            "-0e5",
            "1.50e1",
        ] {
            same(text).unwrap();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Texts of the characters either parser reads, of every length up to past 2⁹⁶.
        #[test]
        fn same_as_rust_decimal(text in "[-+]?[0-9_.]{0,40}([eE][-+]?[0-9]{0,3})?") {
            same(&text)?;
        }

        /// Long runs of digits with a point somewhere: the rounding beyond 28 decimals.
        #[test]
        fn same_rounding(int in "[0-9]{0,30}", frac in "[0-9]{0,30}_{0,2}[0-9_]{0,10}", sign in "-?", exp in "([eE]-?[0-9]{1,2})?") {
            same(&format!("{sign}{int}.{frac}{exp}"))?;
        }
    }
}
