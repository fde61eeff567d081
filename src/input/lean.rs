//! Reading the page's request (and the profile in it) from JSON text without serde's derived
//! reading, which weighed about 80 KB of the page's first wasm module: a small reader walks the
//! text (already checked as JSON by serde_json, whose syntax messages are kept) and each struct
//! reads its fields by the table of `population::places` (the same `structure!` lines that
//! place a CSV column), each value converted by the functions the serde reading uses.
//!
//! It gives what serde gives, or the same error on the same field with the same French message
//! ([`super::parse`]'s): the first error in the text's order — an unknown or repeated field at
//! its key, a value of the wrong type on its field, a required field missing at the end of its
//! group. A property test (tests/lean_reading.rs) checks it against serde on generated and
//! mutated requests. Two forms serde accepts and no form of the page writes are refused as a
//! wrong type: a group given as a list of its values in order (`"rosp": [1, 2]`), and a choice
//! given as an object (`"zonage": {"zip": null}`).

use std::borrow::Cow;

use super::parse::{self, MAX_INPUT_BYTES};
use super::{DateInput, DecimalInput, FieldError, Keyed};

/// A JSON text being read, at `pos`, inside the fields and indexes of `path`.
pub struct Reader<'t> {
    text: &'t str,
    pos: usize,
    /// The keys and indexes from the text's root to the value being read.
    path: Vec<Segment<'t>>,
    /// The last value read was a list or a group where a value was expected.
    nested: bool,
    /// What the text holds, for the messages (« la demande »).
    what: &'t str,
}

/// A key of a group, or the index of an element of a list.
#[derive(Clone)]
enum Segment<'t> {
    Key(Cow<'t, str>),
    Index(usize),
}

/// A value that is not a list nor a group.
pub enum Scalar<'t> {
    Null,
    Bool(bool),
    /// A number as written (JSON's syntax, already checked).
    Number(&'t str),
    Text(Cow<'t, str>),
    /// A list or a group where a value is expected (its bracket consumed).
    Nested,
    /// A text serde_json cannot decode (a lone surrogate escaped: `"\ud800"`).
    Undecodable,
}

/// A type read from JSON text as serde reads it.
pub trait FromJson: Sized {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError>;
    /// This value read from `r` in place of the one it holds. A struct (`group_json!`) reads
    /// its fields into itself, without building a second one to move in: it holds its blank
    /// value then, the one its group starts from (`Group::blank`, whose fields are their types'
    /// defaults, or blank themselves), the only place a struct is read in.
    fn read_in(&mut self, r: &mut Reader<'_>) -> Result<(), FieldError> {
        *self = Self::read(r)?;
        Ok(())
    }
}

/// The serialised names of a struct's fields, as its table lists them (`group_json!`): the
/// tests check they are serde's, in the same order.
pub trait Fields {
    const NAMES: &'static [&'static str];
}

/// A struct read by its fields: the value its absent fields take (serde's defaults; required
/// fields hold a placeholder) and the fields it cannot do without, in their declaration order.
pub trait Group: Sized {
    const REQUIRED: &'static [&'static str] = &[];
    fn blank() -> Self;
}

/// Reads a `T` from JSON text as [`parse::read_json`] does, with the same errors.
pub fn read<T: FromJson>(text: &str, what: &str) -> Result<T, FieldError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_INPUT_BYTES {
        return Err(parse::too_large());
    }
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(parse::syntax(text, &e, what, 1));
    }
    let mut r = Reader {
        text,
        pos: 0,
        path: Vec::new(),
        nested: false,
        what,
    };
    T::read(&mut r)
}

/// A value a patch reaches into (through `dyn`: one walk for every type, each type giving only
/// the place of what it holds). What a patch cannot do the page does by sending the whole
/// request, which says what is wrong if anything is.
pub trait Patch: ReadIn {
    /// The field at place `at` of a struct's declaration (none for any other value): how the
    /// whole reading and a patch reach a field, one function for each struct (`group_json!`).
    fn field(&mut self, _at: usize) -> Option<&mut dyn Patch> {
        None
    }
    /// What this value holds at `segment` (a field's name, a list's index, a map's key), if it
    /// holds it now: none for a key absent, an index past the end, a group that is `null`, a
    /// value read whole only.
    fn below(&mut self, _segment: &str) -> Option<&mut dyn Patch> {
        None
    }
    /// This value read from `r` whole, with the reading of the whole request (`FromJson::read`):
    /// for the values a keystroke changes (a number, a text, a choice, a box, a list of texts, a
    /// group that was `null`); the others (a group, a longer list, a map) are refused, so that
    /// their reading is not written twice in the page's module (its size).
    fn read_whole(&mut self, _r: &mut Reader<'_>) -> Result<(), FieldError> {
        Err(FieldError::new("", ""))
    }
}

/// A value read in place, as the whole request's reading reads it: the field of a group being
/// read, reached through `dyn Patch` (one reading of a field for every struct, not one copy of
/// each field's reading in each struct's).
pub trait ReadIn {
    fn read_in(&mut self, r: &mut Reader<'_>) -> Result<(), FieldError>;
}

impl<T: FromJson> ReadIn for T {
    fn read_in(&mut self, r: &mut Reader<'_>) -> Result<(), FieldError> {
        FromJson::read_in(self, r)
    }
}

/// The place of `segment` among a struct's field `names`.
pub fn place(names: &[&str], segment: &str) -> Option<usize> {
    names.iter().position(|n| *n == segment)
}

/// Applies to `target` a patch given as JSON text: a group whose keys are dotted paths below
/// the target (`"profil.exercice.qpv"`, `"ouverts"`) and whose values are read as the whole
/// request's are. `false` when a path leads nowhere or a value does not read: `target` may then
/// be partly changed, and must be read again whole (the errors are those of the whole reading,
/// on the same fields, with the same messages).
pub fn patch(target: &mut dyn Patch, text: &str) -> bool {
    if text.len() > MAX_INPUT_BYTES || serde_json::from_str::<serde::de::IgnoredAny>(text).is_err()
    {
        return false;
    }
    let mut r = Reader {
        text,
        pos: 0,
        path: Vec::new(),
        nested: false,
        what: "la demande",
    };
    let applied = r.group(&mut |r, key| {
        let mut at: &mut dyn Patch = &mut *target;
        for segment in key.split('.') {
            match at.below(segment) {
                Some(below) => at = below,
                // Stops the reading: the whole request is asked.
                None => return Err(FieldError::new("", "")),
            }
        }
        at.read_whole(r)
    });
    matches!(applied, Ok(true))
}

impl<'t> Reader<'t> {
    fn bytes(&self) -> &'t [u8] {
        self.text.as_bytes()
    }

    /// The next byte that is not blank, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b) = self.bytes().get(self.pos) {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(*b);
            }
            self.pos += 1;
        }
        None
    }

    /// An error on the field being read.
    pub fn fail(&self, message: impl Into<String>) -> FieldError {
        FieldError::new(self.path(), message)
    }

    /// The error of a value of the wrong type. serde_json places it before a list or a group
    /// given instead of a value, and the field is named from there: for the first element of a
    /// list, the list itself.
    pub fn wrong(&self, message: &str) -> FieldError {
        match self.path.split_last() {
            Some((Segment::Index(0), list)) if self.nested => FieldError::new(join(list), message),
            _ => self.fail(message),
        }
    }

    /// The error serde gives for a list longer than its fixed length.
    pub fn too_long(&self) -> FieldError {
        FieldError::new("", parse::trailing(self.what))
    }

    /// Whether the next value is `null` (then consumed).
    pub fn null(&mut self) -> bool {
        if self.peek() == Some(b'n') {
            self.pos += 4;
            true
        } else {
            false
        }
    }

    /// The next value, if it is not a list nor a group; a number beyond the floats is refused
    /// as serde_json refuses it wherever a value is read by its type.
    pub fn scalar(&mut self) -> Result<Scalar<'t>, FieldError> {
        match self.any() {
            Scalar::Number(n)
                if integer(n).is_none() && unsigned(n).is_none() && float(n).is_none() =>
            {
                Err(self.fail(parse::OUT_OF_RANGE))
            }
            Scalar::Undecodable => Err(self.fail(parse::INVALID)),
            other => Ok(other),
        }
    }

    /// The next value, if it is not a list nor a group, as it is written.
    fn any(&mut self) -> Scalar<'t> {
        let next = self.peek();
        self.nested = matches!(next, Some(b'[' | b'{'));
        let start = self.pos;
        match next {
            Some(b'n') => {
                self.pos += 4;
                Scalar::Null
            }
            Some(b't') => {
                self.pos += 4;
                Scalar::Bool(true)
            }
            Some(b'f') => {
                self.pos += 5;
                Scalar::Bool(false)
            }
            Some(b'"') => match self.string() {
                Some(text) => Scalar::Text(text),
                None => Scalar::Undecodable,
            },
            Some(b'[' | b'{') | None => {
                self.pos += 1;
                Scalar::Nested
            }
            Some(_) => {
                let bytes = self.bytes();
                let mut end = start;
                while end < bytes.len()
                    && matches!(bytes[end], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                {
                    end += 1;
                }
                self.pos = end;
                Scalar::Number(self.text.get(start..end).unwrap_or(""))
            }
        }
    }

    /// A string at `pos` (its quotes consumed), unescaped by serde_json when it has escapes.
    fn string(&mut self) -> Option<Cow<'t, str>> {
        let bytes = self.bytes();
        let start = self.pos;
        let mut i = start + 1;
        let mut escaped = false;
        loop {
            let rest = bytes.get(i..).unwrap_or_default();
            i += rest
                .iter()
                .position(|b| matches!(b, b'"' | b'\\'))
                .unwrap_or(rest.len());
            if bytes.get(i) != Some(&b'\\') {
                break;
            }
            escaped = true;
            i += 2;
        }
        self.pos = (i + 1).min(bytes.len());
        let inner = self.text.get(start + 1..i).unwrap_or("");
        if escaped {
            let quoted = self.text.get(start..self.pos).unwrap_or("\"\"");
            unescape(quoted).map(Cow::Owned)
        } else {
            Some(Cow::Borrowed(inner))
        }
    }

    /// Consumes `byte` (and the blanks before it) if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            self.nested = false;
            true
        } else {
            false
        }
    }

    /// Reads a group (`{…}`): `field` reads the value of each key in turn, the key on the path;
    /// `Ok(false)` (nothing consumed) when the next value is not a group.
    /// (`dyn`: one copy of the loop for every type read.)
    pub fn group(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str) -> Result<(), FieldError>,
    ) -> Result<bool, FieldError> {
        if !self.eat(b'{') {
            return Ok(false);
        }
        let mut first = true;
        while !self.eat(b'}') && (first || self.eat(b',')) {
            first = false;
            if self.peek() != Some(b'"') {
                break;
            }
            let Some(key) = self.string() else {
                // serde_json stops inside the key: its path ends with an empty one.
                self.path.push(Segment::Key(Cow::Borrowed("")));
                return Err(self.fail(parse::INVALID));
            };
            self.eat(b':');
            self.path.push(Segment::Key(key.clone()));
            field(self, &key)?;
            self.path.pop();
        }
        Ok(true)
    }

    /// Reads a list (`[…]`): `element` reads each element, its index on the path; `Ok(false)`
    /// (nothing consumed) when the next value is not a list.
    pub fn list(
        &mut self,
        element: &mut dyn FnMut(&mut Self, usize) -> Result<(), FieldError>,
    ) -> Result<bool, FieldError> {
        if !self.eat(b'[') {
            return Ok(false);
        }
        let mut i = 0;
        while !self.eat(b']') && (i == 0 || self.eat(b',')) {
            if self.peek().is_none() {
                break;
            }
            self.path.push(Segment::Index(i));
            element(self, i)?;
            self.path.pop();
            i += 1;
        }
        Ok(true)
    }

    /// Skips any value (its text is valid JSON).
    pub fn skip(&mut self) -> Result<(), FieldError> {
        if self.group(&mut |r, _| r.skip())? || self.list(&mut |r, _| r.skip())? {
            return Ok(());
        }
        self.any();
        Ok(())
    }

    /// The text of the next value, skipped (read then by serde, see `page::Choix`).
    pub fn raw(&mut self) -> Result<&'t str, FieldError> {
        self.peek();
        let start = self.pos;
        self.skip()?;
        Ok(self.text.get(start..self.pos).unwrap_or(""))
    }

    /// The fields and indexes being read (« profil.exercice »).
    pub fn path(&self) -> String {
        join(&self.path)
    }
}

/// A path as the errors name it: « exercice.contrat_demographique.type », « resultats.0 ».
fn join(path: &[Segment<'_>]) -> String {
    let mut joined = String::new();
    for (i, segment) in path.iter().enumerate() {
        if i > 0 {
            joined.push('.');
        }
        match segment {
            Segment::Key(key) => joined.push_str(key),
            Segment::Index(index) => joined.push_str(&index.to_string()),
        }
    }
    joined
}

/// A struct read from a group by its fields' names, each field read in place where
/// [`Patch::field`] finds it.
pub fn fields<S: Group + Fields + Patch>(r: &mut Reader<'_>) -> Result<S, FieldError> {
    let mut value = S::blank();
    by_name(r, S::NAMES, S::REQUIRED, &mut value)?;
    Ok(value)
}

/// A struct holding its blank value read from a group in place ([`FromJson::read_in`]).
pub fn fields_in<S: Group + Fields + Patch>(
    target: &mut S,
    r: &mut Reader<'_>,
) -> Result<(), FieldError> {
    by_name(r, S::NAMES, S::REQUIRED, target)
}

/// The reading of [`fields`] that is the same for every struct: unknown and repeated keys,
/// a value that is not a group, required fields missing.
fn by_name(
    r: &mut Reader<'_>,
    names: &[&str],
    required: &[&str],
    target: &mut dyn Patch,
) -> Result<(), FieldError> {
    // The fields read, by their place (a struct has fewer than 64: the tests read every table).
    debug_assert!(names.len() < 64, "{names:?}");
    let mut seen = 0u64;
    let bit = |i: usize| 1u64.checked_shl(i as u32).unwrap_or(0);
    let group = r.group(&mut |r, key| match names.iter().position(|n| *n == key) {
        Some(i) if seen & bit(i) != 0 => Err(r.fail(parse::duplicate(key))),
        Some(i) => {
            seen |= bit(i);
            match target.field(i) {
                Some(field) => field.read_in(r),
                None => Ok(()),
            }
        }
        None => Err(r.fail(parse::unknown(key))),
    })?;
    if !group {
        r.scalar()?;
        return Err(r.wrong(parse::GROUP));
    }
    for name in required {
        let missing = names.iter().position(|n| n == name);
        if missing.is_some_and(|i| seen & bit(i) == 0) {
            let mut path = r.path.clone();
            path.push(Segment::Key(Cow::Borrowed(name)));
            return Err(FieldError::new(join(&path), parse::missing(name)));
        }
    }
    Ok(())
}

/// The `FromJson` of a struct whose fields are listed (`field = "key"` when renamed), read by
/// [`fields`]; used by the `structure!` table of `population::places`.
macro_rules! group_json {
    ($S:ty { $($field:ident $(= $key:literal)?),* $(,)? }) => {
        impl $crate::input::lean::Fields for $S {
            const NAMES: &'static [&'static str] = &[$({
                #[allow(unused_variables)]
                let key = stringify!($field);
                $(let key = $key;)?
                key
            }),*];
        }

        impl $crate::input::lean::FromJson for $S {
            fn read(
                r: &mut $crate::input::lean::Reader<'_>,
            ) -> Result<Self, $crate::input::FieldError> {
                $crate::input::lean::fields(r)
            }
            fn read_in(
                &mut self,
                r: &mut $crate::input::lean::Reader<'_>,
            ) -> Result<(), $crate::input::FieldError> {
                $crate::input::lean::fields_in(self, r)
            }
        }

        impl $crate::input::lean::Patch for $S {
            fn field(&mut self, at: usize) -> Option<&mut dyn $crate::input::lean::Patch> {
                let mut i = 0;
                $(
                    if at == i {
                        return Some(&mut self.$field);
                    }
                    i += 1;
                )*
                let _ = i;
                None
            }
            fn below(&mut self, segment: &str) -> Option<&mut dyn $crate::input::lean::Patch> {
                self.field($crate::input::lean::place(<Self as $crate::input::lean::Fields>::NAMES, segment)?)
            }
        }
    };
}
pub(crate) use group_json;

/// Values read whole by a patch (nothing below them to reach).
macro_rules! read_whole {
    ($($t:ty),* $(,)?) => {
        $(impl Patch for $t {
            fn read_whole(&mut self, r: &mut Reader<'_>) -> Result<(), FieldError> {
                *self = <$t as FromJson>::read(r)?;
                Ok(())
            }
        })*
    };
}
read_whole!(
    i64,
    i32,
    bool,
    String,
    DecimalInput,
    DateInput,
    serde::de::IgnoredAny
);

/// A value that may be `null`: reached into only when it is there, read whole (a group that was
/// `null`, the list of the dispositifs opened).
impl<T: FromJson + Patch> Patch for Option<T> {
    fn below(&mut self, segment: &str) -> Option<&mut dyn Patch> {
        self.as_mut()?.below(segment)
    }
    fn read_whole(&mut self, r: &mut Reader<'_>) -> Result<(), FieldError> {
        *self = FromJson::read(r)?;
        Ok(())
    }
}

/// An element of a list or an array, by its index as JavaScript writes it (digits, no leading
/// zero), within the list as it is (a longer list is sent whole).
fn element<'l, T: Patch>(list: &'l mut [T], segment: &str) -> Option<&'l mut dyn Patch> {
    let canonical = segment.bytes().all(|b| b.is_ascii_digit())
        && (segment == "0" || !segment.starts_with('0'));
    let i: usize = segment.parse().ok().filter(|_| canonical)?;
    list.get_mut(i).map(|e| e as &mut dyn Patch)
}

impl<T: Patch + FromJson> Patch for Vec<T> {
    fn below(&mut self, segment: &str) -> Option<&mut dyn Patch> {
        element(self, segment)
    }
}

impl<T: Patch + FromJson + Default + Copy, const N: usize> Patch for [T; N] {
    fn below(&mut self, segment: &str) -> Option<&mut dyn Patch> {
        element(self, segment)
    }
}

/// A value of a map, by its key (a key absent: the map is sent whole).
impl<T: Patch + FromJson> Patch for Keyed<T> {
    fn below(&mut self, segment: &str) -> Option<&mut dyn Patch> {
        self.get_mut(segment).map(|v| v as &mut dyn Patch)
    }
}

/// Counts: serde_json gives an integer written without fraction nor exponent (`-0` is a float
/// to it); any other value is refused.
macro_rules! integers {
    ($($t:ty),*) => {
        $(impl FromJson for $t {
            fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
                match r.scalar()? {
                    Scalar::Number(n) => integer(n)
                        .and_then(|i| <$t>::try_from(i).ok())
                        .ok_or_else(|| r.wrong(parse::INTEGER)),
                    _ => Err(r.wrong(parse::INTEGER)),
                }
            }
        })*
    };
}
integers!(i64, i32);

/// An integer as serde_json reads it: written without fraction nor exponent, within `i64`
/// (`-0` is a float to it); `None` for what it reads as a float (or a `u64`, see [`unsigned`]).
fn integer(n: &str) -> Option<i64> {
    if n == "-0" || n.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        return None;
    }
    n.parse().ok()
}

/// An integer beyond `i64` that serde_json still reads as one.
fn unsigned(n: &str) -> Option<u64> {
    if n.bytes().any(|b| matches!(b, b'-' | b'.' | b'e' | b'E')) {
        return None;
    }
    n.parse().ok()
}

/// A number as serde_json reads it as a float (none beyond the floats' range).
fn float(n: &str) -> Option<f64> {
    if unsigned(n).is_some() {
        return None;
    }
    match token(n) {
        Some(Token::Float(f)) => Some(f),
        _ => None,
    }
}

/// A JSON string (with its quotes) as serde_json reads it: its escapes replaced.
pub(crate) fn unescape(quoted: &str) -> Option<String> {
    match token(quoted) {
        Some(Token::Text(t)) => Some(t),
        _ => None,
    }
}

/// A string or a number of JSON text as serde_json reads it, or anything else.
enum Token {
    Text(String),
    Float(f64),
    /// What is neither: told without an error of serde's (whose `custom` message is searched
    /// for a position, about 3 KB of the page's module).
    Other,
}

/// serde_json's reading of one string or number, by a visitor that refuses anything else
/// without naming it: serde's message for a value of the wrong type (`Unexpected`) formats
/// floats, about 13 KB of wasm the page need not load.
fn token(text: &str) -> Option<Token> {
    use serde::de::{Deserializer, Error, Visitor};
    struct Only;
    impl<'de> Visitor<'de> for Only {
        type Value = Token;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string or a number")
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Token, E> {
            Ok(Token::Text(v.to_owned()))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Token, E> {
            Ok(Token::Float(v))
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Token, E> {
            Ok(Token::Float(v as f64))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Token, E> {
            Ok(Token::Float(v as f64))
        }
        fn visit_bool<E: Error>(self, _: bool) -> Result<Token, E> {
            Ok(Token::Other)
        }
        fn visit_unit<E: Error>(self) -> Result<Token, E> {
            Ok(Token::Other)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<Token, A::Error> {
            Ok(Token::Other)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<Token, A::Error> {
            Ok(Token::Other)
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    de.deserialize_any(Only).ok()
}

impl FromJson for DecimalInput {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        match r.scalar()? {
            Scalar::Text(t) => Ok(DecimalInput::new(&t)),
            Scalar::Null => Ok(DecimalInput::default()),
            Scalar::Number(n) => match (integer(n), unsigned(n), float(n)) {
                (Some(i), _, _) => Ok(DecimalInput::from_i64(i)),
                (_, Some(u), _) => Ok(DecimalInput::from_u64(u)),
                (_, _, Some(f)) => {
                    DecimalInput::from_f64(f).ok_or_else(|| r.fail(parse::OUT_OF_RANGE))
                }
                _ => Err(r.fail(parse::OUT_OF_RANGE)),
            },
            Scalar::Bool(_) | Scalar::Nested | Scalar::Undecodable => Err(r.fail(parse::NUMBER)),
        }
    }
}

/// A date: a text, or `null` for none (serde reads it as an `Option<String>`).
impl FromJson for DateInput {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        match r.scalar()? {
            Scalar::Text(t) => Ok(DateInput::new(&t)),
            Scalar::Null => Ok(DateInput::default()),
            _ => Err(r.wrong(parse::TEXT)),
        }
    }
}

impl FromJson for bool {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        match r.scalar()? {
            Scalar::Bool(b) => Ok(b),
            _ => Err(r.wrong(parse::BOOLEAN)),
        }
    }
}

impl FromJson for String {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        match r.scalar()? {
            Scalar::Text(t) => Ok(t.into_owned()),
            _ => Err(r.wrong(parse::TEXT)),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        if r.null() {
            Ok(None)
        } else {
            T::read(r).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        let mut list = Vec::new();
        if r.list(&mut |r, _| T::read(r).map(|v| list.push(v)))? {
            Ok(list)
        } else {
            r.scalar()?;
            Err(r.wrong(parse::LIST))
        }
    }
}

/// A fixed array: exactly `N` elements (serde's message for more is about the text after).
impl<T: FromJson + Default + Copy, const N: usize> FromJson for [T; N] {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        let mut array = [T::default(); N];
        let mut len = 0;
        let list = r.list(&mut |r, i| {
            if i >= N {
                return Err(r.too_long());
            }
            array[i] = T::read(r)?;
            len = i + 1;
            Ok(())
        })?;
        if !list {
            r.scalar()?;
        }
        if list && len == N {
            Ok(array)
        } else {
            Err(r.wrong(parse::LIST))
        }
    }
}

/// A map by any key; a repeated key keeps its last value, as serde's map does.
impl<T: FromJson> FromJson for Keyed<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        let mut map = Keyed::new();
        if r.group(&mut |r, key| {
            if !map.admits(key) {
                return Err(r.wrong(parse::TOO_MANY_ENTRIES));
            }
            T::read(r).map(|v| drop(map.insert(key.to_owned(), v)))
        })? {
            Ok(map)
        } else {
            r.scalar()?;
            Err(r.wrong(parse::GROUP))
        }
    }
}

/// A choice among the variants listed (the compiler checks the list is whole), by the name
/// serde writes it with: a name it does not know, or a value that is not a text, is refused
/// with serde's messages.
macro_rules! choices {
    ($($E:ty: [$($v:ident),* $(,)?]);* $(;)?) => {
        $(impl FromJson for $E {
            fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
                let _whole = |e: $E| match e { $(<$E>::$v)|* => () };
                const ALL: &[$E] = &[$(<$E>::$v),*];
                choose(r, ALL.len(), &|i| name(&ALL[i])).map(|i| ALL[i])
            }
        }
        impl Patch for $E {
            fn read_whole(&mut self, r: &mut Reader<'_>) -> Result<(), FieldError> {
                *self = <$E as FromJson>::read(r)?;
                Ok(())
            }
        })*
    };
}

/// The name serde writes a unit variant with.
fn name<T: serde::Serialize>(value: &T) -> String {
    let quoted = crate::json::to_string(value).unwrap_or_default();
    quoted.trim_matches('"').to_owned()
}

/// The place of the name read among the `count` names `name_of` gives, or serde's messages.
fn choose(
    r: &mut Reader<'_>,
    count: usize,
    name_of: &dyn Fn(usize) -> String,
) -> Result<usize, FieldError> {
    match r.any() {
        Scalar::Text(name) => (0..count)
            .find(|i| name_of(*i) == name)
            .ok_or_else(|| r.fail(parse::unknown_variant(&name))),
        Scalar::Undecodable => Err(r.fail(parse::INVALID)),
        _ => Err(r.fail(parse::CHOICE)),
    }
}

use super::{
    BandePatientele, ContractKind, Lieu, NatureConge, Optam, OptionEtp, OptionKind, Regroupement,
    Respect, Secteur, Specialite, Zonage,
};

choices!(
    Secteur: [Un, Deux];
    Optam: [Aucune, Optam, OptamAco];
    Specialite: [
        MedecineGenerale, Pediatrie, Chirurgie, Radiologie, Radiotherapie, Stomatologie,
        Anesthesie, Anatomocytopathologie, MedecineNucleaire, AutreSpecialite,
        GynecologieObstetrique, Psychiatrie, Cardiologie,
    ];
    Zonage: [Zip, Zac, HorsZonage];
    ContractKind: [Caim, Coscom, Cotram, Cstm];
    OptionEtp: [Tiers, Demi, Un, UnEtDemi, Deux];
    BandePatientele: [SousP30, P30AP90, P90AP94, P95EtPlus];
    Respect: [Strict, Ecart1A5, EcartPlusDe5];
    NatureConge: [Aucun, Maternite, Paternite, Adoption];
    OptionKind: [Aucune, Demographie, SanteSolidariteTerritoriale];
    Regroupement: [Groupe, PoleSante];
    Lieu: [ZoneDeficitaire, Proximite, HorsZone];
);

use super::{
    ActiviteOptam, AssistantMedical, Avenant20, Biosimilaires, Cell, Commissions, CongeParental,
    ConsultationsAvancees, DemographicContract, Ess, ForfaitStructure, Indicator, Interessements,
    Ipp, Missions, Molecule, Numerique, Oam, Options2011, Organisation2011, Patientele,
    PatientsByAld, PatientsByC2s, Practice, Prevention, Profile, Qualite, Resultat2011, Rosp,
    Rosp2011, SoinsNonProgrammes, Sophia, TauxRegional, Usage, Vsm, VsmResults, YearResults,
};

/// The groups whose absent fields all take their type's default (`#[serde(default)]`).
macro_rules! defaulted {
    ($($S:ty),* $(,)?) => {
        $(impl Group for $S {
            fn blank() -> Self {
                Self::default()
            }
        })*
    };
}

defaulted!(
    Patientele,
    PatientsByAld,
    PatientsByC2s,
    Cell,
    Prevention,
    Indicator,
    Rosp,
    Numerique,
    Usage,
    ForfaitStructure,
    VsmResults,
    Missions,
    ConsultationsAvancees,
    Qualite,
    YearResults,
    SoinsNonProgrammes,
    Interessements,
    Biosimilaires,
    Molecule,
    Ipp,
    Oam,
    ActiviteOptam,
    TauxRegional,
    CongeParental,
    Ess,
    Commissions,
    Rosp2011,
    Organisation2011,
    Resultat2011,
    Sophia,
    Options2011,
    Avenant20,
);

impl Group for Profile {
    const REQUIRED: &'static [&'static str] = &["exercice"];
    fn blank() -> Self {
        Self {
            exercice: Practice::blank(),
            patientele: Default::default(),
            prevention: Default::default(),
            rosp: Default::default(),
            numerique: Default::default(),
            forfait_structure: Default::default(),
            vsm: Default::default(),
            missions: Default::default(),
            consultations_avancees: Default::default(),
            qualite: Default::default(),
            assistant_medical: None,
            soins_non_programmes: Default::default(),
            interessements: Default::default(),
            optam: Default::default(),
            conge_parental: Default::default(),
            ess: Default::default(),
            commissions: Default::default(),
            rosp_2011: Default::default(),
            sophia: Default::default(),
            options_2011: Default::default(),
            avenant_20: Default::default(),
        }
    }
}

impl Group for Practice {
    const REQUIRED: &'static [&'static str] = &["secteur", "specialite"];
    fn blank() -> Self {
        Self {
            secteur: super::Secteur::Un,
            optam: Default::default(),
            specialite: Specialite::MedecineGenerale,
            zonage: Default::default(),
            qpv: false,
            date_premiere_installation: Default::default(),
            date_naissance: Default::default(),
            contrat_demographique: None,
            cabinet_secondaire_zip: false,
            date_ouverture_cabinet_secondaire: Default::default(),
        }
    }
}

impl Group for DemographicContract {
    const REQUIRED: &'static [&'static str] = &["type"];
    fn blank() -> Self {
        Self {
            kind: ContractKind::Caim,
            fin: Default::default(),
            resiliation: Default::default(),
        }
    }
}

/// The date of signature may be absent (a date reads as an empty one), the option may not.
impl Group for AssistantMedical {
    const REQUIRED: &'static [&'static str] = &["option"];
    fn blank() -> Self {
        Self::propose()
    }
}

/// Any value, skipped (what a module leaves to another, see `page::Demande`).
impl FromJson for serde::de::IgnoredAny {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        r.skip().map(|()| serde::de::IgnoredAny)
    }
}

/// The VSM campaigns by year (`#[serde(transparent)]`).
impl FromJson for Vsm {
    fn read(r: &mut Reader<'_>) -> Result<Self, FieldError> {
        FromJson::read(r).map(Vsm)
    }
}

impl Patch for Vsm {
    fn below(&mut self, segment: &str) -> Option<&mut dyn Patch> {
        self.0.below(segment)
    }
}
