//! A profile as flat cells: every leaf value of its serde form with its path (`exercice.secteur`,
//! `forfait_structure.snp_sas_trimestres.2`). The column names of a cohort file are these paths,
//! so they are the names the JSON form, the validation and the error messages already use, and a
//! new field of the profile becomes a column without a second list to keep in step.

use serde::ser::{self, Serialize};

/// One step of a path: a field's serialised name or a list index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Name(&'static str),
    Index(usize),
    /// A key of a map (the year of a VSM campaign, a molecule of the biosimilaires).
    Key(Box<str>),
}

/// A path as the columns write it: segments joined by dots.
pub fn dotted(path: &[Seg]) -> String {
    let mut out = String::new();
    for (i, s) in path.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        match s {
            Seg::Name(n) => out.push_str(n),
            Seg::Index(i) => out.push_str(&i.to_string()),
            Seg::Key(k) => out.push_str(k),
        }
    }
    out
}

/// A leaf of the profile.
#[derive(Debug, Clone, Copy)]
pub enum Leaf<'a> {
    Bool(bool),
    Int(i64),
    /// Text: a date, a decimal number as typed, or the name of a choice (« zip »).
    Text(&'a str),
}

/// Receives the leaves of a profile, in the order of its fields.
pub trait Sink {
    fn leaf(&mut self, path: &[Seg], value: Leaf<'_>);
}

/// Sends every leaf of `value` to `sink`; absent options and empty lists send nothing.
pub fn flatten<T: Serialize, S: Sink>(value: &T, sink: &mut S) {
    let mut f = Flattener {
        path: Vec::new(),
        sink,
    };
    // The profile's types only hold structs, lists, options and leaves: nothing refuses.
    let _ = value.serialize(&mut f);
}

/// An error of serde, in either direction: a cell that does not read (its message is then
/// translated by `input::read`), or a type the flattening does not know (the profile's types hold
/// no float, no data-carrying variant and no map but by text or numeric keys: anything else is
/// refused rather than silently flattened wrong).
///
/// When reading, the error also carries the path of the field where it happened, built as it
/// travels back up (see [`SerdeError::under`]): the row reader needs no path-tracking wrapper.
#[derive(Debug)]
pub struct SerdeError {
    message: String,
    /// The segments of the field's path, innermost first.
    path: Vec<String>,
}

impl SerdeError {
    fn new(message: String) -> Self {
        Self {
            message,
            path: Vec::new(),
        }
    }

    /// The error, raised below `segment` (a field or a list index).
    pub fn under(mut self, segment: &str) -> Self {
        self.path.push(segment.to_owned());
        self
    }

    /// The dotted path of the field where the error happened.
    pub fn path(&self) -> String {
        let mut segments = self.path.clone();
        segments.reverse();
        segments.join(".")
    }

    /// serde's message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for SerdeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SerdeError {}

impl ser::Error for SerdeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self::new(msg.to_string())
    }
}

impl serde::de::Error for SerdeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self::new(msg.to_string())
    }
}

struct Flattener<'s, S: Sink> {
    path: Vec<Seg>,
    sink: &'s mut S,
}

impl<S: Sink> Flattener<'_, S> {
    fn leaf(&mut self, value: Leaf<'_>) -> Result<(), SerdeError> {
        self.sink.leaf(&self.path, value);
        Ok(())
    }
}

fn unsupported<T>(what: &str) -> Result<T, SerdeError> {
    Err(SerdeError::new(format!(
        "{what} : pas une colonne de cohorte"
    )))
}

impl<'a, 's, S: Sink> ser::Serializer for &'a mut Flattener<'s, S> {
    type Ok = ();
    type Error = SerdeError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = ser::Impossible<(), SerdeError>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), SerdeError>;

    fn serialize_bool(self, v: bool) -> Result<(), SerdeError> {
        self.leaf(Leaf::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v))
    }
    fn serialize_u8(self, v: u8) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<(), SerdeError> {
        self.leaf(Leaf::Int(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<(), SerdeError> {
        match i64::try_from(v) {
            Ok(v) => self.leaf(Leaf::Int(v)),
            Err(_) => unsupported("entier démesuré"),
        }
    }
    fn serialize_f32(self, _: f32) -> Result<(), SerdeError> {
        unsupported("nombre flottant")
    }
    fn serialize_f64(self, _: f64) -> Result<(), SerdeError> {
        unsupported("nombre flottant")
    }
    fn serialize_char(self, v: char) -> Result<(), SerdeError> {
        self.leaf(Leaf::Text(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<(), SerdeError> {
        self.leaf(Leaf::Text(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), SerdeError> {
        unsupported("octets")
    }
    fn serialize_none(self) -> Result<(), SerdeError> {
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), SerdeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), SerdeError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), SerdeError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), SerdeError> {
        self.leaf(Leaf::Text(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), SerdeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), SerdeError> {
        unsupported("variante avec données")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, SerdeError> {
        self.path.push(Seg::Index(0));
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, SerdeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, SerdeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, SerdeError> {
        unsupported("variante avec données")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, SerdeError> {
        self.path.push(Seg::Key("".into()));
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, SerdeError> {
        self.path.push(Seg::Name(""));
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, SerdeError> {
        unsupported("variante avec données")
    }
}

impl<S: Sink> Flattener<'_, S> {
    /// The next element of the list being written: its index is the last segment.
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), SerdeError> {
        value.serialize(&mut *self)?;
        if let Some(Seg::Index(i)) = self.path.last_mut() {
            *i += 1;
        }
        Ok(())
    }
}

/// Lists, arrays and tuples alike: each element under its index.
macro_rules! list {
    ($trait:ident, $method:ident) => {
        impl<S: Sink> ser::$trait for &mut Flattener<'_, S> {
            type Ok = ();
            type Error = SerdeError;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), SerdeError> {
                self.element(value)
            }
            fn end(self) -> Result<(), SerdeError> {
                self.path.pop();
                Ok(())
            }
        }
    };
}

list!(SerializeSeq, serialize_element);
list!(SerializeTuple, serialize_element);
list!(SerializeTupleStruct, serialize_field);

/// A map keyed by numbers: each value under its key.
impl<S: Sink> ser::SerializeMap for &mut Flattener<'_, S> {
    type Ok = ();
    type Error = SerdeError;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), SerdeError> {
        let key = serde_json::to_value(key).ok().and_then(|k| match k {
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
        match (key, self.path.last_mut()) {
            (Some(k), Some(last)) => {
                *last = Seg::Key(k.into());
                Ok(())
            }
            _ => unsupported("dictionnaire à clés qui ne sont pas du texte"),
        }
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), SerdeError> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), SerdeError> {
        self.path.pop();
        Ok(())
    }
}

impl<S: Sink> ser::SerializeStruct for &mut Flattener<'_, S> {
    type Ok = ();
    type Error = SerdeError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerdeError> {
        if let Some(last) = self.path.last_mut() {
            *last = Seg::Name(key);
        }
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), SerdeError> {
        self.path.pop();
        Ok(())
    }
}
