//! A lean JSON writer for what the core answers the page: the same text as
//! `serde_json::to_string` (compact, same escapes, same order), written straight into one
//! `String`.
//!
//! Why not serde_json's serializer: the page's view is about 46 000 characters per year and is
//! written at every keystroke; in the wasm (built for size, `opt-level = "z"`) serde_json's writer
//! spent most of its time escaping strings byte by byte and growing its buffer. This one copies a
//! string in one piece when it holds nothing to escape (nearly always: French text has no quote,
//! backslash or control character), sizes its buffer from the previous answer, and keeps the
//! code written for each field small (keys and punctuation are written by plain functions, not
//! per type). The page parses it with `JSON.parse`; `tests/page_view.rs` checks that it writes
//! exactly what serde_json writes.

use std::cell::Cell;
use std::fmt::{self, Display};

use serde::ser::{self, Serialize};

/// Why a value cannot be written (a float: the core sends decimals as strings; a map key that
/// is not a text or an integer). Nothing the page receives is either.
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

std::thread_local! {
    /// The length of the last text written: the next one is usually as long (the same view at
    /// the next keystroke), so its buffer is allocated once.
    static LAST_LEN: Cell<usize> = const { Cell::new(0) };
}

/// `value` as compact JSON text, exactly as `serde_json::to_string` writes it.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer::sized();
    value.serialize(&mut w)?;
    LAST_LEN.with(|l| l.set(w.out.len()));
    Ok(w.out)
}

/// Whether a JSON string needs escapes: a quote, a backslash or a control character. Eight
/// bytes at a time (a word holds such a byte when subtracting it borrows: the « has less / has
/// zero » tests of bit twiddling, exact as yes-or-no answers); the scan runs over every text
/// the page receives.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let mut words = bytes.chunks_exact(8);
    for chunk in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0
            || has_zero(w ^ (ONES * u64::from(b'"')))
            || has_zero(w ^ (ONES * u64::from(b'\\')))
        {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// The writer: the text written so far.
pub struct Writer {
    out: String,
}

impl Writer {
    /// A writer whose buffer is as long as the last text written.
    fn sized() -> Self {
        let capacity = LAST_LEN.with(Cell::get).max(128);
        Writer {
            out: String::with_capacity(capacity + capacity / 8),
        }
    }

    /// A writer that goes on after `out` (what changed in the view, `crate::changes`).
    pub(crate) fn after(out: String) -> Self {
        Writer { out }
    }

    /// The text written.
    pub(crate) fn text(self) -> String {
        self.out
    }

    /// Whether the text written so far ends with `c`.
    pub(crate) fn ends_with(&self, c: char) -> bool {
        self.out.ends_with(c)
    }

    /// Text that needs no escape (punctuation, a key), copied as it is.
    pub(crate) fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A JSON string: copied in one piece unless it holds a quote, a backslash or a control
    /// character, escaped as serde_json escapes them (`\"`, `\\`, `\n`…, `\u001f`).
    pub(crate) fn string(&mut self, s: &str) {
        self.out.push('"');
        if needs_escape(s.as_bytes()) {
            // The bytes to escape are ASCII: the text between them is cut on character bounds.
            let mut from = 0;
            for (i, b) in s.bytes().enumerate() {
                let escaped = match b {
                    b'"' => "\\\"",
                    b'\\' => "\\\\",
                    b'\n' => "\\n",
                    b'\r' => "\\r",
                    b'\t' => "\\t",
                    0x08 => "\\b",
                    0x0c => "\\f",
                    b if b < 0x20 => "",
                    _ => continue,
                };
                self.out.push_str(&s[from..i]);
                from = i + 1;
                if escaped.is_empty() {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[usize::from(b >> 4)]));
                    self.out.push(char::from(HEX[usize::from(b & 0xf)]));
                } else {
                    self.out.push_str(escaped);
                }
            }
            self.out.push_str(&s[from..]);
        } else {
            self.out.push_str(s);
        }
        self.out.push('"');
    }

    pub(crate) fn unsigned(&mut self, mut v: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        for &d in &digits[i..] {
            self.out.push(char::from(d));
        }
    }

    fn signed(&mut self, v: i64) {
        if v < 0 {
            self.out.push('-');
        }
        self.unsigned(v.unsigned_abs());
    }

    /// The separator before an element of a list or an entry of an object (none before the
    /// first).
    fn separator(&mut self, first: &mut bool) {
        if *first {
            *first = false;
        } else {
            self.out.push(',');
        }
    }

    /// `"key":` after its separator, for a field of a struct: its name is a Rust identifier or
    /// a serde rename, with nothing to escape, and is copied without being scanned.
    fn key(&mut self, first: &mut bool, key: &str) {
        self.separator(first);
        debug_assert!(!needs_escape(key.as_bytes()));
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// A list or an object opened with `bracket` (inside a variant's `{"variant":` if `variant`).
    fn open(&mut self, bracket: char, variant: bool) -> Compound<'_> {
        self.out.push(bracket);
        Compound {
            w: self,
            first: true,
            variant,
        }
    }

    /// `{"variant":` — the opening of an enum variant that holds data.
    fn open_variant(&mut self, variant: &str) {
        self.out.push('{');
        self.string(variant);
        self.out.push(':');
    }
}

/// The smaller integers, written as the 64-bit ones.
macro_rules! widened_integers {
    () => {
        fn serialize_i8(self, v: i8) -> Result<(), Error> {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i16(self, v: i16) -> Result<(), Error> {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i32(self, v: i32) -> Result<(), Error> {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_u8(self, v: u8) -> Result<(), Error> {
            self.serialize_u64(u64::from(v))
        }
        fn serialize_u16(self, v: u16) -> Result<(), Error> {
            self.serialize_u64(u64::from(v))
        }
        fn serialize_u32(self, v: u32) -> Result<(), Error> {
            self.serialize_u64(u64::from(v))
        }
    };
}

/// A list or an object being written; `variant` closes the `{"variant":` around it too.
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    variant: bool,
}

impl Compound<'_> {
    fn close(self, bracket: char) -> Result<(), Error> {
        self.w.out.push(bracket);
        if self.variant {
            self.w.out.push('}');
        }
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    widened_integers!();
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(ser::Error::custom("float"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(ser::Error::custom("float"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('[', false))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        Ok(self.open('[', true))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('{', false))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        Ok(self.open('{', true))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.separator(&mut self.first);
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

/// Tuples, tuple structs and tuple variants are written as lists.
macro_rules! written_as_lists {
    ($($serialize:ident :: $element:ident),*) => {$(
        impl ser::$serialize for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                ser::SerializeSeq::serialize_element(self, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close(']')
            }
        }
    )*};
}

written_as_lists!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.w.separator(&mut self.first);
        key.serialize(KeyWriter(&mut *self.w))?;
        self.w.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.w.key(&mut self.first, key);
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

/// A map's key, as serde_json writes it: a text, or an integer (or a character, a boolean)
/// between quotes.
struct KeyWriter<'a>(&'a mut Writer);

impl KeyWriter<'_> {
    fn quoted(self, write: impl FnOnce(&mut Writer)) -> Result<(), Error> {
        self.0.out.push('"');
        write(self.0);
        self.0.out.push('"');
        Ok(())
    }
}

fn not_a_key<T>() -> Result<T, Error> {
    Err(ser::Error::custom("key must be a string"))
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|w| w.out.push_str(if v { "true" } else { "false" }))
    }
    widened_integers!();
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|w| w.signed(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|w| w.unsigned(v))
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_none(self) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_unit(self) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        not_a_key()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        not_a_key()
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        not_a_key()
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        not_a_key()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        not_a_key()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        not_a_key()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        not_a_key()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        not_a_key()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::to_string;

    /// The word-at-a-time scan answers as the byte-by-byte one, for every byte at every place of
    /// a word and of the remainder.
    #[test]
    fn finds_every_byte_to_escape() {
        let naive = |b: &[u8]| b.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\');
        for len in 0..20 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    let mut text = vec![b'a'; len];
                    text[at] = byte;
                    assert_eq!(
                        super::needs_escape(&text),
                        naive(&text),
                        "{byte} at {at} of {len}"
                    );
                }
            }
        }
    }

    /// Every kind of value serde writes, against serde_json's text.
    #[test]
    fn writes_what_serde_json_writes() {
        #[derive(Serialize)]
        #[serde(tag = "statut", rename_all = "snake_case")]
        enum Tagged {
            Un { a: i32 },
            Deux,
        }
        #[derive(Serialize)]
        enum Plain {
            Unit,
            New(i64),
            Tuple(u8, bool),
            Struct { x: Option<u32> },
        }
        #[derive(Serialize)]
        struct Wrapper(String);
        #[derive(Serialize)]
        struct All {
            texte: &'static str,
            echappe: String,
            entiers: (i8, i16, i32, i64, u8, u16, u32, u64),
            extremes: [i64; 2],
            rien: Option<bool>,
            oui: Option<bool>,
            unite: (),
            caractere: char,
            liste: Vec<Plain>,
            etiquetes: Vec<Tagged>,
            par_texte: BTreeMap<&'static str, Wrapper>,
            par_nombre: BTreeMap<i64, Vec<u8>>,
            vide: Vec<()>,
            carte_vide: BTreeMap<String, String>,
        }
        let all = All {
            texte: "1\u{a0}234,50\u{a0}€ — « ok »",
            echappe: "\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é".to_owned(),
            entiers: (-8, -16, -32, -64, 8, 16, 32, u64::MAX),
            extremes: [i64::MIN, i64::MAX],
            rien: None,
            oui: Some(true),
            unite: (),
            caractere: '"',
            liste: vec![
                Plain::Unit,
                Plain::New(-3),
                Plain::Tuple(1, false),
                Plain::Struct { x: None },
            ],
            etiquetes: vec![Tagged::Un { a: 0 }, Tagged::Deux],
            par_texte: [("b", Wrapper("x".into())), ("a\"", Wrapper(String::new()))].into(),
            par_nombre: [(-1, vec![]), (2023, vec![0, 255])].into(),
            vide: vec![],
            carte_vide: BTreeMap::new(),
        };
        assert_eq!(
            to_string(&all).unwrap(),
            serde_json::to_string(&all).unwrap()
        );
        assert!(to_string(&1.5).is_err());
    }
}
