//! Reading one record into a profile: the CSV header becomes a tree of its dotted column names,
//! and a row is read through serde as if it were the nested JSON profile, so that the types, the
//! defaults and the French messages of the form apply unchanged. Most rows take a shorter way
//! to the same profile: each column resolved once to the writer of its field (`places.rs`), a
//! row is its non-empty cells, each read by serde as one leaf of that tree, written in place;
//! a row that does not read so is read again the whole way, for the message. A CSV cell may be empty (the
//! field's default), hold `oui`/`non`, a decimal comma, or a date as `jj/mm/aaaa` (what a French
//! spreadsheet saves) or `aaaa-mm-jj`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, Unexpected, Visitor};

use super::columns::{catalogue, REQUIRED};
use super::csv::{split, split_expecting, unquoted, SEPARATOR};
use super::flatten::{dotted, flatten, Leaf, Seg, SerdeError as Error, Sink};
use super::framing::Record;
use super::places::{self, Write, REQUIRED_IN_GROUPS};
use super::FileError;
use crate::input::{self, FieldError, Profile};

/// How the records of a file become profiles.
#[derive(Debug)]
pub enum Decoder {
    Csv(Header),
    Json,
}

impl Decoder {
    /// The profile of a record; `None` for a row whose every cell is empty.
    pub fn decode(&self, record: Record<'_>) -> Result<Option<Profile>, Vec<FieldError>> {
        let text = utf8(record.text).map_err(|e| vec![e])?;
        match self {
            Self::Csv(header) => header.decode(text, record.quotes),
            // Most lines read at once; a line that does not is read again for the French message
            // on its field (or its position).
            Self::Json => match serde_json::from_str(text) {
                Ok(p) => Ok(Some(p)),
                Err(_) => input::read_json_at(text, "le profil", record.ligne)
                    .map(Some)
                    .map_err(|e| vec![e]),
            },
        }
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, FieldError> {
    std::str::from_utf8(bytes).map_err(|e| {
        FieldError::new(
            "",
            format!(
                "Texte illisible : l'octet n° {} de la ligne n'est pas de l'UTF-8. Enregistrez le fichier en UTF-8.",
                e.valid_up_to() + 1
            ),
        )
    })
}

/// The columns of a CSV file, as a tree of their names, and each resolved to its field.
#[derive(Debug)]
pub struct Header {
    root: Node,
    /// Columns with a name; cells beyond must be empty.
    width: usize,
    /// Every column placed in the profile (`None` if one is not: rows are then read by serde).
    places: Option<Box<Places>>,
}

/// The columns of a header as writers of their fields: a row is read by writing its non-empty
/// cells into a blank profile (see `places.rs`).
struct Places {
    blank: Profile,
    columns: Vec<Column>,
    /// The groups that must hold their required columns: (the group's bit in [`Column::groups`],
    /// 0 for the whole row; the bits of its required columns in [`Column::required`]).
    checks: Vec<(u32, u32)>,
}

struct Column {
    write: Write,
    /// The text of the blank profile's value (« 0 », « non », « aucune »…) when writing it
    /// leaves that profile as it is (outside the optional groups, which a cell opens, and the
    /// required columns): a cell holding it is skipped, as most cells of a file may be.
    skip: Option<String>,
    /// The optional groups the column belongs to, one bit each.
    groups: u32,
    /// The column's bit if it is a required one.
    required: u32,
}

/// The text of each leaf of a profile, by its column's name, as a file writes it.
struct BlankTexts(HashMap<String, String>);

impl Sink for BlankTexts {
    fn leaf(&mut self, path: &[Seg], value: Leaf<'_>) {
        let text = match value {
            Leaf::Bool(b) => (if b { "oui" } else { "non" }).to_owned(),
            Leaf::Int(n) => n.to_string(),
            Leaf::Text(t) => t.to_owned(),
        };
        self.0.insert(dotted(path), text);
    }
}

impl Column {
    /// Whether `cell` holds the text skipped (compared byte by byte: a call to `memcmp` for
    /// a few bytes costs more than the comparison).
    #[inline]
    fn skips(&self, cell: &str) -> bool {
        self.skip.as_ref().is_some_and(|s| {
            s.len() == cell.len() && s.bytes().zip(cell.bytes()).all(|(a, b)| a == b)
        })
    }
}

impl std::fmt::Debug for Places {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Places({} colonnes)", self.columns.len())
    }
}

impl Places {
    /// The writers of `names`, if every one is placed.
    fn of(names: &[String]) -> Option<Self> {
        let groups = std::iter::once(("", &REQUIRED[..])).chain(REQUIRED_IN_GROUPS);
        // Bit j: the j-th required column of the groups, in this order.
        let required: Vec<&str> = groups
            .clone()
            .flat_map(|(_, r)| r.iter().copied())
            .collect();
        let bit = |name: &str| {
            required
                .iter()
                .position(|r| *r == name)
                .map_or(0, |j| 1 << j)
        };
        let mut checks = Vec::new();
        for (g, (prefix, names)) in groups.enumerate() {
            let group = if prefix.is_empty() { 0 } else { 1 << g };
            checks.push((group, names.iter().map(|n| bit(n)).fold(0, |a, b| a | b)));
        }
        let blank = places::blank_profile();
        let mut texts = BlankTexts(HashMap::new());
        flatten(&blank, &mut texts);
        let columns = names
            .iter()
            .map(|name| {
                let segments: Vec<&str> = name.split('.').collect();
                let write = places::place(&segments)?;
                let groups = REQUIRED_IN_GROUPS
                    .iter()
                    .enumerate()
                    .filter(|(_, (prefix, _))| name.starts_with(prefix))
                    .fold(0, |a, (g, _)| a | 1 << (g + 1));
                let unchanged = |text: &String| {
                    let mut profile = blank.clone();
                    write(&mut profile, text).is_some() && profile == blank
                };
                // A required column is always written (the blank's value is a placeholder).
                let required = bit(name);
                Some(Column {
                    skip: texts
                        .0
                        .remove(name)
                        .filter(|_| groups == 0 && required == 0)
                        .filter(unchanged),
                    write,
                    groups,
                    required,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Self {
            blank,
            columns,
            checks,
        })
    }

    /// The profile of a row given as its trimmed cells, if it reads here; `None` if a cell
    /// does not convert, a required one is empty, or a cell lies beyond the header (the row is
    /// then read by serde, for the message).
    fn read<'t>(&self, mut cells: impl Iterator<Item = &'t str>) -> Option<Profile> {
        let mut profile = self.blank.clone();
        let (mut opened, mut seen) = (0, 0);
        for (column, cell) in self.columns.iter().zip(&mut cells) {
            if cell.is_empty() || column.skips(cell) {
                continue;
            }
            (column.write)(&mut profile, cell)?;
            opened |= column.groups;
            seen |= column.required;
        }
        if cells.any(|c| !c.is_empty()) {
            return None;
        }
        let complete = |&(group, required): &(u32, u32)| {
            (group != 0 && opened & group == 0) || seen & required == required
        };
        self.checks.iter().all(complete).then_some(profile)
    }
}

#[derive(Debug)]
struct Node {
    name: String,
    /// The name as a list index (`snp_sas_trimestres.2`).
    index: Option<usize>,
    /// The position of the name among its struct's fields, found on the first row: the rows
    /// after give serde the position rather than the name to match.
    field: OnceLock<Option<u64>>,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    /// The cell of this column.
    Leaf(usize),
    /// The columns below, and every cell of the subtree as runs of adjacent columns (to skip an
    /// empty group at once: a template's groups are one run each).
    Branch(Vec<Node>, Vec<Range<usize>>),
}

impl Header {
    /// Reads the header line (line `ligne`): every problem of the columns in one message.
    pub fn parse(ligne: u64, text: &[u8]) -> Result<Self, FileError> {
        let text = utf8(text).map_err(|e| FileError::at(ligne, &e.message))?;
        if !text.contains(SEPARATOR) {
            let guess = if text.contains('\t') {
                Some("des tabulations")
            } else if text.contains(',') {
                Some("des virgules")
            } else {
                None
            };
            if let Some(guess) = guess {
                return Err(FileError::at(
                    ligne,
                    &format!(
                        "les colonnes sont séparées par {guess} ; le calculateur attend des points-virgules (« ; »), \
                         comme un tableur français enregistre un CSV."
                    ),
                ));
            }
        }
        let mut names: Vec<String> = split(text)
            .iter()
            .map(|c| c.trim().to_lowercase())
            .collect();
        while names.last().is_some_and(String::is_empty) {
            names.pop();
        }
        let catalogue = catalogue();
        let mut problems = Vec::new();
        let quoted = |list: &[&str]| {
            let shown: Vec<String> = list.iter().take(5).map(|n| format!("« {n} »")).collect();
            let more = list.len().saturating_sub(5);
            let more = if more > 0 {
                format!(" et {more} autre(s)")
            } else {
                String::new()
            };
            format!("{}{more}", shown.join(", "))
        };
        if let Some(i) = names.iter().position(String::is_empty) {
            problems.push(format!("la colonne n° {} n'a pas de nom.", i + 1));
        }
        let unknown: Vec<&str> = names
            .iter()
            .filter(|n| !n.is_empty() && catalogue.position(n).is_none())
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            let hint = if unknown.len() == names.len() {
                " La première ligne doit être l'en-tête : le nom de chaque colonne, tel que le donne le modèle \
                 (forfaits --modele-cohorte)."
            } else {
                " Les noms sont ceux du modèle (forfaits --modele-cohorte)."
            };
            problems.push(format!(
                "colonne(s) inconnue(s) : {}.{hint}",
                quoted(&unknown)
            ));
        }
        let mut duplicates: Vec<&str> = names
            .iter()
            .enumerate()
            .filter(|(i, n)| !n.is_empty() && names[..*i].contains(n))
            .map(|(_, n)| n.as_str())
            .collect();
        duplicates.sort_unstable();
        duplicates.dedup();
        if !duplicates.is_empty() {
            problems.push(format!("colonne(s) en double : {}.", quoted(&duplicates)));
        }
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|r| !names.iter().any(|n| n == r))
            .collect();
        if !missing.is_empty() && unknown.len() < names.len() {
            problems.push(format!(
                "colonne(s) obligatoire(s) absente(s) : {}.",
                quoted(&missing)
            ));
        }
        if !problems.is_empty() {
            return Err(FileError::at(ligne, &problems.join(" ")));
        }
        let mut root = Node::branch("");
        for (i, name) in names.iter().enumerate() {
            let segments: Vec<&str> = name.split('.').collect();
            root.insert(&segments, i);
        }
        Ok(Self {
            root,
            width: names.len(),
            places: Places::of(&names).map(Box::new),
        })
    }

    /// The profile of a row; `None` for a row whose every cell is empty.
    /// `quotes`: whether the row holds a double quote (the framer saw it).
    fn decode(&self, text: &str, quotes: bool) -> Result<Option<Profile>, Vec<FieldError>> {
        // Most rows hold no quote: their cells are read as they are cut, no list of them made.
        if let Some(places) = &self.places {
            if !quotes {
                if let Some(profile) = places.read(unquoted(text)) {
                    return Ok(Some(profile));
                }
            }
        }
        let cells = split_expecting(text, self.width);
        if cells.iter().all(|c| c.is_empty()) {
            return Ok(None);
        }
        if let Some(extra) = cells
            .get(self.width..)
            .and_then(|e| e.iter().position(|c| !c.is_empty()))
        {
            return Err(vec![FieldError::new(
                "",
                format!(
                    "Valeur en trop dans la colonne n° {} : l'en-tête n'a que {} colonnes.",
                    self.width + extra + 1,
                    self.width
                ),
            )]);
        }
        match self
            .places
            .as_ref()
            .and_then(|p| p.read(cells.iter().map(AsRef::as_ref)))
        {
            Some(profile) => Ok(Some(profile)),
            None => self.by_serde(&cells).map(Some),
        }
    }

    /// The profile of a row's cells (at least one not empty, none beyond the header), serde
    /// walking the profile's tree over the header's.
    fn by_serde(&self, cells: &[Cow<'_, str>]) -> Result<Profile, Vec<FieldError>> {
        // filled[i]: the non-empty cells before cell i, so that a group is empty in one
        // subtraction per run of its columns.
        let mut filled = Vec::with_capacity(cells.len() + 1);
        let mut count = 0;
        filled.push(count);
        for c in cells {
            count += u32::from(!c.is_empty());
            filled.push(count);
        }
        let row = Value {
            node: Some(&self.root),
            cells,
            filled: &filled,
            by_name: false,
        };
        // Most rows read: fast, fields by position; a row that does not is read again by name,
        // for the French message on its field (the error brings its path back up).
        <Profile as serde::Deserialize>::deserialize(row).or_else(|_| {
            let row = Value {
                by_name: true,
                ..row
            };
            <Profile as serde::Deserialize>::deserialize(row)
                .map_err(|e| vec![input::parse::french(e.path(), e.message())])
        })
    }
}

impl Node {
    fn branch(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            index: name.parse().ok(),
            field: OnceLock::new(),
            kind: Kind::Branch(Vec::new(), Vec::new()),
        }
    }

    fn insert(&mut self, segments: &[&str], cell: usize) {
        let Kind::Branch(children, cells) = &mut self.kind else {
            return;
        };
        match cells.last_mut() {
            Some(run) if run.end == cell => run.end += 1,
            _ => cells.push(cell..cell + 1),
        }
        let Some((segment, rest)) = segments.split_first() else {
            return;
        };
        let position = children.iter().position(|c| c.name == *segment);
        let child = match position {
            Some(p) => &mut children[p],
            None => {
                children.push(Node::branch(segment));
                children.last_mut().expect("just pushed")
            }
        };
        // A catalogue column is a leaf: no other column goes below it.
        if rest.is_empty() {
            child.kind = Kind::Leaf(cell);
        } else {
            child.insert(rest, cell);
        }
    }

    fn child(&self, index: usize) -> Option<&Node> {
        match &self.kind {
            Kind::Branch(children, _) => children.iter().find(|c| c.index == Some(index)),
            Kind::Leaf(_) => None,
        }
    }
}

/// A node of the header over the cells of one row (`None`: an element of a list absent from the
/// header, which reads as empty).
#[derive(Clone, Copy)]
pub struct Value<'a> {
    node: Option<&'a Node>,
    cells: &'a [Cow<'a, str>],
    /// The non-empty cells before each cell (one more entry than `cells`).
    filled: &'a [u32],
    /// Fields by name (for an error's path), not by position.
    by_name: bool,
}

/// The leaf of a one-cell row: one cell read alone.
static CELL: Node = Node {
    name: String::new(),
    index: None,
    field: OnceLock::new(),
    kind: Kind::Leaf(0),
};

impl<'a> Value<'a> {
    /// The one cell of `row`, read as a leaf of the profile.
    pub fn one(row: &'a [Cow<'a, str>; 1]) -> Self {
        Self {
            node: Some(&CELL),
            cells: row,
            filled: &[],
            by_name: false,
        }
    }

    fn cell(&self, i: usize) -> &'a str {
        self.cells.get(i).map_or("", |c| c.as_ref())
    }

    fn is_empty(&self) -> bool {
        match self.node.map(|n| &n.kind) {
            None => true,
            Some(Kind::Leaf(i)) => self.cell(*i).is_empty(),
            Some(Kind::Branch(_, runs)) => runs.iter().all(|r| {
                let at = |i: usize| self.filled[i.min(self.cells.len())];
                at(r.start) == at(r.end)
            }),
        }
    }

    /// The cell's text, if this is a column.
    fn text(&self) -> Option<&'a str> {
        match self.node.map(|n| &n.kind) {
            Some(Kind::Leaf(i)) => Some(self.cell(*i)),
            _ => None,
        }
    }

    fn at(&self, node: Option<&'a Node>) -> Self {
        Self { node, ..*self }
    }
}

/// An integer as a spreadsheet may write it (« 1 200 », with any kind of space).
#[inline]
pub(super) fn integer(text: &str) -> Option<i64> {
    // Plain digits, most cells: read here (up to 18 digits, no overflow).
    let digits = text.as_bytes();
    if (1..=18).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) {
        return Some(digits.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')));
    }
    text.parse()
        .ok()
        .or_else(|| text.replace([' ', '\u{a0}', '\u{202f}'], "").parse().ok())
}

pub(super) fn boolean(text: &str) -> Option<bool> {
    // What a spreadsheet's column mostly holds, compared first.
    match text {
        "oui" => return Some(true),
        "non" => return Some(false),
        _ => {}
    }
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(text));
    if is(&["oui", "vrai", "1", "true", "o", "x"]) {
        Some(true)
    } else if is(&["non", "faux", "0", "false", "n"]) {
        Some(false)
    } else {
        None
    }
}

/// Whether `text` holds the byte `b`: most cells hold neither a comma nor a slash, and are then
/// taken as they are.
fn holds(text: &str, b: u8) -> bool {
    text.as_bytes().contains(&b)
}

/// « 1,5 » → « 1.5 »; any other text unchanged.
fn point_for_comma(text: &str) -> Cow<'_, str> {
    if !holds(text, b',') {
        return Cow::Borrowed(text);
    }
    match text.split_once(',') {
        Some((i, f))
            if [i, f]
                .iter()
                .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Cow::Owned(format!("{i}.{f}"))
        }
        _ => Cow::Borrowed(text),
    }
}

/// « 01/09/2011 » (or « 1/9/2011 ») → « 2011-09-01 »; any other text unchanged.
fn iso_date(text: &str) -> Cow<'_, str> {
    if !holds(text, b'/') {
        return Cow::Borrowed(text);
    }
    let mut parts = text.split('/');
    if let (Some(d), Some(m), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4) {
            return Cow::Owned(format!("{y}-{m:0>2}-{d:0>2}"));
        }
    }
    Cow::Borrowed(text)
}

impl<'de, 'a> Deserializer<'de> for Value<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match (self.text(), self.node) {
            (Some(t), _) if !t.is_empty() => visitor.visit_str(t),
            (None, Some(_)) => self.deserialize_map(visitor),
            _ => visitor.visit_unit(),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text() {
            _ if self.is_empty() => visitor.visit_bool(false),
            Some(t) => match boolean(t) {
                Some(b) => visitor.visit_bool(b),
                None => Err(de::Error::invalid_type(Unexpected::Str(t), &"a boolean")),
            },
            None => Err(de::Error::invalid_type(Unexpected::Map, &"a boolean")),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text() {
            _ if self.is_empty() => visitor.visit_i64(0),
            Some(t) => match integer(t) {
                Some(n) => visitor.visit_i64(n),
                None => Err(de::Error::invalid_type(Unexpected::Str(t), &"i64")),
            },
            None => Err(de::Error::invalid_type(Unexpected::Map, &"i64")),
        }
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text() {
            Some(t) => visitor.visit_str(&iso_date(t)),
            None if self.node.is_none() => visitor.visit_str(""),
            None => Err(de::Error::invalid_type(Unexpected::Map, &"a string")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // Elements up to the last one with a value; an empty one between reads as its defaults.
        let len = match self.node.map(|n| &n.kind) {
            Some(Kind::Branch(children, _)) => children
                .iter()
                .filter(|c| !self.at(Some(c)).is_empty())
                .filter_map(|c| c.index)
                .max()
                .map_or(0, |i| i + 1),
            Some(Kind::Leaf(_)) => {
                return Err(de::Error::invalid_type(Unexpected::Str(""), &"a sequence"))
            }
            None => 0,
        };
        visitor.visit_seq(Seq {
            value: self,
            next: 0,
            len,
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        if matches!(self.node.map(|n| &n.kind), Some(Kind::Leaf(_))) {
            return Err(de::Error::invalid_type(Unexpected::Str(""), &"a sequence"));
        }
        visitor.visit_seq(Seq {
            value: self,
            next: 0,
            len,
        })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_struct("", &[], visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let map = |children: &'a [Node]| Map {
            value: self,
            children: children.iter(),
            pending: None,
            fields,
        };
        match self.node.map(|n| &n.kind) {
            Some(Kind::Branch(children, _)) => visitor.visit_map(map(children)),
            None => visitor.visit_map(map(&[])),
            Some(Kind::Leaf(_)) => Err(de::Error::invalid_type(
                Unexpected::Str(self.text().unwrap_or("")),
                &"struct",
            )),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // « 1,5 » for the option « 1.5 » of an assistant médical: a French spreadsheet's comma.
        match self.text().map(|t| point_for_comma(t)) {
            Some(t) => visitor.visit_enum(t.as_ref().into_deserializer()),
            None => Err(de::Error::invalid_type(Unexpected::Map, &"a string")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 u8 u16 u32 i128 u128 f32 f64 char bytes byte_buf unit unit_struct
        newtype_struct tuple_struct identifier
    }
}

struct Seq<'a> {
    value: Value<'a>,
    next: usize,
    len: usize,
}

impl<'de, 'a> de::SeqAccess<'de> for Seq<'a> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.next >= self.len {
            return Ok(None);
        }
        let child = self.value.node.and_then(|n| n.child(self.next));
        let index = self.next;
        self.next += 1;
        seed.deserialize(self.value.at(child))
            .map(Some)
            .map_err(|e| e.under(&index.to_string()))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.len - self.next)
    }
}

struct Map<'a> {
    value: Value<'a>,
    children: std::slice::Iter<'a, Node>,
    pending: Option<&'a Node>,
    /// The struct's fields (empty for a map).
    fields: &'static [&'static str],
}

impl<'de, 'a> de::MapAccess<'de> for Map<'a> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        // A group whose cells are all empty is absent: its defaults apply.
        for child in self.children.by_ref() {
            if !self.value.at(Some(child)).is_empty() {
                self.pending = Some(child);
                let position = child.field.get_or_init(|| {
                    self.fields
                        .iter()
                        .position(|f| *f == child.name)
                        .map(|i| i as u64)
                });
                return match position {
                    Some(i) if !self.value.by_name => {
                        seed.deserialize(i.into_deserializer()).map(Some)
                    }
                    _ => {
                        let key: de::value::StrDeserializer<'_, Error> =
                            child.name.as_str().into_deserializer();
                        seed.deserialize(key).map(Some)
                    }
                };
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let node = self.pending.take();
        seed.deserialize(self.value.at(node))
            .map_err(|e| match node {
                Some(n) => e.under(&n.name),
                None => e,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::population::columns::template_columns;

    #[test]
    fn every_column_of_the_catalogue_is_placed() {
        let names = catalogue().names();
        for name in names {
            let segments: Vec<&str> = name.split('.').collect();
            assert!(places::place(&segments).is_some(), "{name}");
        }
        assert!(Places::of(names).is_some());
        assert!(places::place(&["exercice", "inconnu"]).is_none());
    }

    #[test]
    fn cells_that_leave_the_blank_profile_as_it_is_are_skipped() {
        let names = names(1);
        let places = Places::of(&names).expect("every column placed");
        let skip = |name: &str| {
            let i = names.iter().position(|n| n == name).unwrap();
            places.columns[i].skip.clone()
        };
        assert_eq!(
            skip("patientele.moins_2_ans.ald.c2s.patients").as_deref(),
            Some("0")
        );
        assert_eq!(skip("exercice.qpv").as_deref(), Some("non"));
        assert_eq!(
            skip("forfait_structure.snp_sas_trimestres.2").as_deref(),
            Some("0")
        );
        assert_eq!(skip("optam.respect").as_deref(), Some("strict"));
        assert_eq!(skip("exercice.zonage").as_deref(), Some("hors_zonage"));
        // A cell that opens a group or creates an entry, a required choice (the blank's is a
        // placeholder): written.
        assert_eq!(skip("assistant_medical.mep"), None);
        assert_eq!(skip("vsm.2024.patients_ald"), None);
        assert_eq!(skip("exercice.secteur"), None);
        assert_eq!(skip("exercice.specialite"), None);
    }

    /// What a cell may hold: numbers, words, dates, choices, right or wrong for its column.
    const TOKENS: [&str; 22] = [
        "",
        "0",
        "7",
        "1 200",
        "-3",
        "12,5",
        "oui",
        "non",
        "X",
        "douze",
        "1,5",
        "1/3",
        "01/09/2011",
        "2024-02-30",
        "zip",
        "CAIM",
        "2",
        "medecine_generale",
        "aucune",
        "strict",
        "2026",
        "1",
    ];

    /// The columns of a header: the template's, the whole catalogue's, or the template's
    /// without the required columns of the optional groups.
    fn names(kind: u8) -> Vec<String> {
        let template: Vec<String> = template_columns().iter().map(|p| dotted(p)).collect();
        match kind {
            0 => template,
            1 => catalogue().names().to_vec(),
            _ => template
                .into_iter()
                .filter(|n| n != "assistant_medical.option" && !n.ends_with(".type"))
                .collect(),
        }
    }

    /// `row` read by its columns and by serde: the same profile, or both refused (and then the
    /// row's message is serde's).
    fn same_reading(header: &Header, row: &[&str]) {
        let cells: Vec<Cow<'_, str>> = row.iter().map(|c| Cow::Borrowed(*c)).collect();
        let places = header.places.as_ref().expect("every column placed");
        let placed = places.read(row.iter().copied());
        let by_serde = header.by_serde(&cells);
        assert_eq!(placed.is_some(), by_serde.is_ok(), "{row:?}: {by_serde:?}");
        let decoded = header.decode(&row.join(";"), false);
        assert_eq!(format!("{decoded:?}"), format!("{:?}", by_serde.map(Some)));
    }

    /// Each column alone beside the required ones, given each value: an optional group opened
    /// by any of its cells, with or without its required ones.
    #[test]
    fn each_column_alone_reads_as_by_serde() {
        let names = names(1);
        let header = Header::parse(1, names.join(";").as_bytes()).expect("known columns");
        let mut row: Vec<&str> = vec![""; names.len()];
        let required = |r: &str| names.iter().position(|n| n == r).unwrap();
        row[required("exercice.secteur")] = "2";
        row[required("exercice.specialite")] = "pediatrie";
        for i in 0..names.len() {
            let kept = row[i];
            for token in TOKENS {
                row[i] = token;
                same_reading(&header, &row);
            }
            row[i] = kept;
        }
    }

    // proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
    #[cfg(not(target_arch = "wasm32"))]
    mod property {
        use proptest::prelude::*;

        use super::*;
        use crate::population::columns::write_row;
        use crate::population::synthetic::Generator;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(32))]

            /// A row read by its columns' writers is the profile serde reads from the same cells,
            /// and one reads exactly when the other does; synthetic physicians, with cells changed
            /// at random (blanked, or given a value right or wrong for the column).
            #[test]
            fn rows_read_by_their_columns_as_by_serde(
                seed in 0u64..1_000,
                kind in 0u8..3,
                changes in prop::collection::vec((0usize..40, 0usize..300, 0usize..TOKENS.len()), 0..60),
            ) {
                let names = names(kind);
                let header = Header::parse(1, names.join(";").as_bytes()).expect("known columns");
                let places = header.places.as_ref().expect("every column placed");
                let paths: Vec<Vec<Seg>> = names
                    .iter()
                    .map(|n| catalogue().paths()[catalogue().position(n).unwrap()].clone())
                    .collect();
                let mut rows: Vec<Vec<String>> = Generator::new(seed)
                    .take(40)
                    .map(|p| {
                        let mut line = String::new();
                        write_row(&paths, &p, &mut line);
                        split(&line).iter().map(|c| c.to_string()).collect()
                    })
                    .collect();
                for (row, column, token) in changes {
                    rows[row][column % names.len()] = TOKENS[token].to_owned();
                }
                for row in &rows {
                    let cells: Vec<Cow<'_, str>> = row.iter().map(|c| Cow::Borrowed(c.as_str())).collect();
                    if cells.iter().all(|c| c.is_empty()) {
                        continue;
                    }
                    let placed = places.read(cells.iter().map(AsRef::as_ref));
                    let by_serde = header.by_serde(&cells);
                    prop_assert_eq!(placed.is_some(), by_serde.is_ok(), "{:?} / {:?}", row, by_serde);
                    // And through the way a row takes: its text, cut as it is read.
                    let decoded = header.decode(&row.join(";"), false);
                    prop_assert_eq!(format!("{decoded:?}"), format!("{:?}", by_serde.clone().map(Some)));
                    if let (Some(a), Ok(b)) = (placed, by_serde) {
                        prop_assert_eq!(format!("{a:?}"), format!("{b:?}"));
                    }
                }
            }
        }
    }

    #[test]
    fn french_cells() {
        assert_eq!(integer("1 200"), Some(1200));
        assert_eq!(integer("1\u{202f}200"), Some(1200));
        assert_eq!(integer("12,0"), None);
        assert_eq!(boolean("Oui"), Some(true));
        assert_eq!(boolean("peut-être"), None);
        assert_eq!(iso_date("1/9/2011"), "2011-09-01");
        assert_eq!(iso_date("2011-09-01"), "2011-09-01");
        assert_eq!(iso_date("31/02/2025"), "2025-02-31");
        assert_eq!(point_for_comma("1,5"), "1.5");
        assert_eq!(point_for_comma("zip"), "zip");
    }
}
