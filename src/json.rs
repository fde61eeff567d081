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
    let mut w = Writer::sized(None);
    value.serialize(&mut w)?;
    LAST_LEN.with(|l| l.set(w.out.len()));
    Ok(w.out)
}

/// A JSON text and where each field of a group and each element of a list sits in it (not
/// those inside an enum's variant written `{"variant": …}`), so that the next text written of
/// the same shape is told as its [`changes`] only.
pub struct Written {
    pub text: String,
    /// In the order they are written: a value's members follow it.
    nodes: Vec<Node>,
}

/// A field of a group (its key) or an element of a list (no key), and its value, in the text.
#[derive(Clone, Copy)]
struct Node {
    /// The key with its quotes; empty for an element of a list.
    key: (u32, u32),
    value: (u32, u32),
    /// The place in `nodes` after this value's members (and theirs).
    next: u32,
}

/// `value` as [`to_string`] writes it, and the place of each of its fields and elements.
pub fn to_written<T: Serialize + ?Sized>(value: &T) -> Result<Written, Error> {
    let mut w = Writer::sized(Some(Vec::with_capacity(512)));
    value.serialize(&mut w)?;
    LAST_LEN.with(|l| l.set(w.out.len()));
    Ok(Written {
        text: w.out,
        nodes: w.nodes.unwrap_or_default(),
    })
}

/// `value` as [`to_written`] writes it, with the French text of each number it holds under
/// `textes` (see [`crate::money::with_texts`]): what the page receives; `None` if it cannot be
/// written.
pub fn to_shown_written<T: Serialize + ?Sized>(value: &T) -> Option<Written> {
    let (written, texts) = crate::money::with_texts(|| to_written(value));
    let mut written = written.ok()?;
    written.push_field("textes", &texts).ok()?;
    Some(written)
}

impl Written {
    /// Adds the field `key` (a name with nothing to escape) to the group written, last.
    pub fn push_field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        if !self.text.ends_with('}') {
            return Err(ser::Error::custom("not a group"));
        }
        let mut w = Writer {
            out: std::mem::take(&mut self.text),
            nodes: Some(std::mem::take(&mut self.nodes)),
            hidden: 0,
        };
        w.out.pop();
        let mut first = w.out.len() == 1;
        let at = w.key(&mut first, key);
        let result = w.member(at, value);
        w.out.push('}');
        self.text = w.out;
        self.nodes = w.nodes.unwrap_or_default();
        result
    }
}

/// What changed from `old` to `new` (two texts written by [`to_written`]), as JSON text: a list
/// of `[path, value]`, the path a list of keys and indexes from the root (`[["resultat",
/// "rapport", "total"], "36579.00"]`); a group is told field by field when it has the same keys
/// in the same order, a list element by element when it has as many, anything else whole (the
/// root too: `[[[], {…}]]`). Applied in order to `old`, they give `new`, keys in the same order.
pub fn changes(old: &Written, new: &Written) -> String {
    let mut out = String::with_capacity(256);
    out.push('[');
    let mut path: Vec<(u32, u32, u32)> = Vec::with_capacity(8);
    let root = (0, old.nodes.len() as u32, 0, new.nodes.len() as u32);
    let same_kind = old.text.as_bytes().first() == new.text.as_bytes().first();
    if old.text != new.text && !(same_kind && members(old, new, root, &mut path, &mut out)) {
        change(&mut out, new, &path, (0, new.text.len() as u32));
    }
    out.push(']');
    out
}

/// The changes among the members of a value: `old`'s at `o.0..o.1` of its nodes, `new`'s at
/// `n.0..n.1`; `false` when the value must be sent whole (other keys, another length).
fn members(
    old: &Written,
    new: &Written,
    (o, o_end, n, n_end): (u32, u32, u32, u32),
    path: &mut Vec<(u32, u32, u32)>,
    out: &mut String,
) -> bool {
    let count = |w: &Written, mut i: u32, end: u32| {
        let mut c = 0;
        while i < end {
            i = w.nodes[i as usize].next;
            c += 1;
        }
        c
    };
    if count(old, o, o_end) != count(new, n, n_end) {
        return false;
    }
    let (mut i, mut j, mut index) = (o, n, 0);
    while j < n_end {
        let (a, b) = (old.nodes[i as usize], new.nodes[j as usize]);
        if slice(old, a.key) != slice(new, b.key) {
            return false;
        }
        if slice(old, a.value) != slice(new, b.value) {
            path.push((b.key.0, b.key.1, index));
            let kind = |w: &Written, v: (u32, u32)| w.text.as_bytes().get(v.0 as usize).copied();
            let inner = (i + 1, a.next, j + 1, b.next);
            let nested =
                a.next > i + 1 && b.next > j + 1 && kind(old, a.value) == kind(new, b.value);
            if !(nested && members(old, new, inner, path, out)) {
                change(out, new, path, b.value);
            }
            path.pop();
        }
        (i, j, index) = (a.next, b.next, index + 1);
    }
    true
}

fn slice(w: &Written, (from, to): (u32, u32)) -> &str {
    w.text.get(from as usize..to as usize).unwrap_or("")
}

/// `[path, value]` after the changes already in `out`.
fn change(out: &mut String, new: &Written, path: &[(u32, u32, u32)], value: (u32, u32)) {
    if out.len() > 1 {
        out.push(',');
    }
    out.push_str("[[");
    for (i, &(from, to, index)) in path.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if from == to {
            out.push_str(&index.to_string());
        } else {
            out.push_str(slice(new, (from, to)));
        }
    }
    out.push_str("],");
    out.push_str(slice(new, value));
    out.push(']');
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

/// The writer: the text written so far, and where its members sit when they are noted.
pub struct Writer {
    out: String,
    nodes: Option<Vec<Node>>,
    /// Inside an enum's variant written `{"variant": …}`: its members are not noted (they are
    /// not the members of the value that holds it).
    hidden: u32,
}

impl Writer {
    /// A writer whose buffer is as long as the last text written.
    fn sized(nodes: Option<Vec<Node>>) -> Self {
        let capacity = LAST_LEN.with(Cell::get).max(128);
        Writer {
            out: String::with_capacity(capacity + capacity / 8),
            nodes,
            hidden: 0,
        }
    }

    /// The value of a member whose key sits at `key` (empty: an element), written and noted
    /// (the noting out of the generic function: one copy of it, not one per type written).
    fn member<T: Serialize + ?Sized>(&mut self, key: (u32, u32), value: &T) -> Result<(), Error> {
        let at = self.begin(key);
        value.serialize(&mut *self)?;
        self.end(at);
        Ok(())
    }

    /// Notes a member whose value starts here, if members are noted: its place among them.
    fn begin(&mut self, key: (u32, u32)) -> Option<usize> {
        let start = self.out.len() as u32;
        let nodes = self.nodes.as_mut().filter(|_| self.hidden == 0)?;
        nodes.push(Node {
            key,
            value: (start, start),
            next: 0,
        });
        Some(nodes.len() - 1)
    }

    /// Notes where the value of the member `at` (from [`Writer::begin`]) ends.
    fn end(&mut self, at: Option<usize>) {
        let end = self.out.len() as u32;
        if let (Some(at), Some(nodes)) = (at, self.nodes.as_mut()) {
            let next = nodes.len() as u32;
            nodes[at].value.1 = end;
            nodes[at].next = next;
        }
    }

    /// A JSON string: copied in one piece unless it holds a quote, a backslash or a control
    /// character, escaped as serde_json escapes them (`\"`, `\\`, `\n`…, `\u001f`).
    fn string(&mut self, s: &str) {
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

    fn unsigned(&mut self, mut v: u64) {
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
    /// a serde rename, with nothing to escape, and is copied without being scanned. Where the
    /// key (with its quotes) sits.
    fn key(&mut self, first: &mut bool, key: &str) -> (u32, u32) {
        self.separator(first);
        debug_assert!(!needs_escape(key.as_bytes()));
        let start = self.out.len() as u32;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push('"');
        let end = self.out.len() as u32;
        self.out.push(':');
        (start, end)
    }

    /// A list or an object opened with `bracket` (inside a variant's `{"variant":` if `variant`).
    fn open(&mut self, bracket: char, variant: bool) -> Compound<'_> {
        self.out.push(bracket);
        Compound {
            w: self,
            first: true,
            variant,
            key: (0, 0),
        }
    }

    /// `{"variant":` — the opening of an enum variant that holds data (its members hidden until
    /// it closes).
    fn open_variant(&mut self, variant: &str) {
        self.out.push('{');
        self.string(variant);
        self.out.push(':');
        self.hidden += 1;
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
    /// Where the key of a map's entry being written sits.
    key: (u32, u32),
}

impl Compound<'_> {
    fn close(self, bracket: char) -> Result<(), Error> {
        self.w.out.push(bracket);
        if self.variant {
            self.w.out.push('}');
            self.w.hidden -= 1;
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
        self.hidden -= 1;
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
        self.w.member((0, 0), value)
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
        let start = self.w.out.len() as u32;
        key.serialize(KeyWriter(&mut *self.w))?;
        self.key = (start, self.w.out.len() as u32);
        self.w.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.member(self.key, value)
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
        let at = self.w.key(&mut self.first, key);
        self.w.member(at, value)
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

    /// What changed between two values of the same shape: field by field, element by element,
    /// a group with other keys and a list of another length whole, a variant's data whole.
    #[test]
    fn tells_what_changed() {
        #[derive(Serialize)]
        enum Choice {
            Data { n: i32 },
        }
        #[derive(Serialize)]
        struct View {
            total: &'static str,
            lines: Vec<(i32, &'static str)>,
            texts: BTreeMap<&'static str, &'static str>,
            choice: Choice,
        }
        let view = |total, second, key, n| View {
            total,
            lines: vec![(1, "a"), (2, second)],
            texts: BTreeMap::from([("1.50", "1,50"), (key, "x")]),
            choice: Choice::Data { n },
        };
        let written = |v: &View| {
            let mut w = super::to_written(v).unwrap();
            assert_eq!(w.text, to_string(v).unwrap());
            w.push_field("more", &[1]).unwrap();
            w
        };
        let before = written(&view("3.00", "b", "2.00", 1));
        assert_eq!(super::changes(&before, &before), "[]");
        assert_eq!(
            super::changes(&before, &written(&view("4.00", "c", "2.00", 1))),
            r#"[[["total"],"4.00"],[["lines",1,1],"c"]]"#
        );
        assert_eq!(
            super::changes(&before, &written(&view("3.00", "b", "3.00", 2))),
            r#"[[["texts"],{"1.50":"1,50","3.00":"x"}],[["choice"],{"Data":{"n":2}}]]"#
        );
        let mut longer = view("3.00", "b", "2.00", 1);
        longer.lines.push((3, "c"));
        assert_eq!(
            super::changes(&before, &written(&longer)),
            r#"[[["lines"],[[1,"a"],[2,"b"],[3,"c"]]]]"#
        );
    }

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
