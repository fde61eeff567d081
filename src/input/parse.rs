//! Reading a profile (or any input of the calculator) from JSON text, with the field path and a
//! French message when the structure itself is wrong.
//!
//! One serde stack (serde_json) everywhere, the wasm boundary included. The field path of a
//! structural error is not tracked while reading (a path-tracking deserializer wraps every type
//! and weighed about 93 KB of wasm): serde_json tells where in the text it stopped, and
//! [`path_at`] re-reads the text up to that point to name the field — work done only when the
//! input is already wrong.

use serde::de::DeserializeOwned;

use super::{FieldError, Profile};

/// Inputs larger than this are refused before being read (a profile is about 4 KB; the page
/// never sends more than a few tens of KB).
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// Reads a profile from JSON text.
pub fn from_json(text: &str) -> Result<Profile, FieldError> {
    read_json(text, "le profil")
}

/// Reads a profile from a JSON tree (a line of a cohort already parsed): the tree is read
/// directly, and written back as text only when it is wrong, to name the field.
pub fn from_value(value: serde_json::Value) -> Result<Profile, FieldError> {
    match serde_json::from_value(value.clone()) {
        Ok(p) => Ok(p),
        Err(_) => from_json(&value.to_string()),
    }
}

/// Reads any input of the calculator (a profile, a scenario…) from JSON text; `what` names it
/// in the messages (« le profil »). A UTF-8 byte order mark before the text is ignored.
pub fn read_json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, FieldError> {
    read_json_at(text, what, 1)
}

/// [`read_json`] for a text that starts on line `first_line` of a file (a record of a cohort), so
/// that a syntax error gives the file's line.
pub fn read_json_at<T: DeserializeOwned>(
    text: &str,
    what: &str,
    first_line: u64,
) -> Result<T, FieldError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_INPUT_BYTES {
        return Err(too_large());
    }
    let mut de = serde_json::Deserializer::from_str(text);
    match T::deserialize(&mut de).and_then(|v| de.end().map(|()| v)) {
        Ok(v) => Ok(v),
        Err(e) => Err(explain(text, &e, what, first_line)),
    }
}

/// The error of an input larger than [`MAX_INPUT_BYTES`].
pub(crate) fn too_large() -> FieldError {
    FieldError::new(
        "",
        format!(
            "Données trop volumineuses : {} Mo au plus.",
            MAX_INPUT_BYTES >> 20
        ),
    )
}

/// The French error of a text serde_json could not read: its syntax first (one message with its
/// position, rather than an English one on whichever field the parser had reached), then its
/// structure (on the field, see [`path_at`]).
fn explain(text: &str, e: &serde_json::Error, what: &str, first_line: u64) -> FieldError {
    if let Err(syntax) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return self::syntax(text, &syntax, what, first_line);
    }
    if e.is_eof() || e.to_string().starts_with("trailing characters") {
        return FieldError::new("", trailing(what));
    }
    let path = path_at(text, offset(text, e.line(), e.column()));
    french(path, &e.to_string())
}

/// The French error of a text that is not JSON: `e` is serde_json's error when it skims it as
/// [`serde::de::IgnoredAny`]. What went wrong is told without formatting serde_json's English
/// message, which would bring `std::io`'s error texts into the page's first module (README
/// « Taille »): text after a whole value is what remains when the value itself reads. Skimming
/// has no depth limit: serde_json's recursion limit is its typed reading's, whose errors `explain` words.
pub(crate) fn syntax(text: &str, e: &serde_json::Error, what: &str, first_line: u64) -> FieldError {
    let mut one_value = serde_json::Deserializer::from_str(text);
    if <serde::de::IgnoredAny as serde::Deserialize>::deserialize(&mut one_value).is_ok() {
        FieldError::new("", trailing(what))
    } else {
        FieldError::new(
            "",
            format!(
                "JSON mal formé (ligne {}, colonne {}).",
                first_line + e.line() as u64 - 1,
                e.column()
            ),
        )
    }
}

/// The messages of a structure serde cannot read, shared with the lean reading (`lean.rs`).
pub(crate) const INTEGER: &str = "Nombre entier attendu (sans virgule).";
pub(crate) const BOOLEAN: &str = "Oui ou non attendu.";
pub(crate) const TEXT: &str = "Texte attendu entre guillemets (une date s'écrit aaaa-mm-jj).";
pub(crate) const LIST: &str = "Liste attendue (entre crochets).";
pub(crate) const NUMBER: &str = "Nombre attendu (par exemple 412,5).";
pub(crate) const GROUP: &str = "Groupe de champs attendu (objet JSON entre accolades).";
pub(crate) const CHOICE: &str = "Valeur non reconnue : choisissez une des valeurs proposées.";
pub(crate) const OUT_OF_RANGE: &str = "Nombre hors des limites acceptées.";
pub(crate) const INVALID: &str = "Valeur invalide pour ce champ.";
pub(crate) const TOO_MANY_ENTRIES: &str = "Trop d'entrées dans ce groupe : 100 au plus.";

pub(crate) fn trailing(what: &str) -> String {
    format!("Texte en trop après {what} JSON.")
}

pub(crate) fn unknown(field: &str) -> String {
    format!("Champ inconnu : « {field} ».")
}

pub(crate) fn duplicate(field: &str) -> String {
    format!("Champ en double : « {field} ».")
}

pub(crate) fn missing(field: &str) -> String {
    format!("Champ obligatoire manquant : « {field} ».")
}

pub(crate) fn unknown_variant(value: &str) -> String {
    format!("Valeur non reconnue : « {value} ».")
}

/// The byte offset of serde_json's (line, column), both counted from 1 (a column of 0 is the
/// end of the previous line).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The dotted path (« exercice.contrat_demographique.type », « syndicats.0.voix ») of the value
/// being read at byte `end` of a JSON text that is syntactically valid up to there: the keys of
/// the objects and the indexes of the lists open at that point, the last key read included.
pub(crate) fn path_at(text: &str, end: usize) -> String {
    enum Frame {
        Object(Option<String>),
        List(usize),
    }
    let mut stack: Vec<Frame> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::List(0)),
            // serde_json reports a missing field at the closing brace, not yet read: still inside.
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::List(index)) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    let raw = &text[start..i.min(text.len())];
                    *key = Some(super::lean::unescape(&format!("\"{raw}\"")).unwrap_or_default());
                }
            }
            _ => {}
        }
        i += 1;
    }
    // An error right after an opening bracket is about the list or object itself (a list given
    // where a choice is expected), not about its first element.
    let before = text.get(..end).unwrap_or(text).trim_end();
    if before.ends_with(['[', '{']) {
        stack.pop();
    }
    let segments: Vec<String> = stack
        .into_iter()
        .filter_map(|f| match f {
            Frame::Object(key) => key,
            Frame::List(index) => Some(index.to_string()),
        })
        .collect();
    segments.join(".")
}

/// Translates serde's English message into a French one addressed to the field.
pub(crate) fn french(path: String, message: &str) -> FieldError {
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_owned();
    let join = |field: &str| {
        if path.is_empty() {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    // What serde expected, e.g. « i64 », « a boolean », « struct DemographicContract ».
    let expected = message.split(", expected ").nth(1).unwrap_or("");
    if message.starts_with("unknown field") || message.starts_with("duplicate field") {
        // The path of such a field already ends with the field's own key.
        let field = quoted(message);
        let champ = if path == field || path.ends_with(&format!(".{field}")) {
            path
        } else {
            join(&field)
        };
        let message = if message.starts_with("unknown") {
            unknown(&field)
        } else {
            duplicate(&field)
        };
        FieldError::new(champ, message)
    } else if message.starts_with("missing field") {
        let field = quoted(message);
        FieldError::new(join(&field), missing(&field))
    } else if message.starts_with("unknown variant") {
        FieldError::new(path, unknown_variant(&quoted(message)))
    } else if message.starts_with(TOO_MANY_ENTRIES) {
        FieldError::new(path, TOO_MANY_ENTRIES)
    } else if expected.starts_with("i64") || expected.starts_with("i32") {
        FieldError::new(path, INTEGER)
    } else if expected.starts_with("a boolean") {
        FieldError::new(path, BOOLEAN)
    } else if expected.starts_with("a string") {
        FieldError::new(path, TEXT)
    } else if expected.starts_with("an array") || expected.starts_with("a sequence") {
        FieldError::new(path, LIST)
    } else if expected.starts_with("a number") {
        FieldError::new(path, NUMBER)
    } else if expected.starts_with("struct") || expected.starts_with("a map") {
        FieldError::new(path, GROUP)
    } else if message.contains("expected value") && !path.is_empty() {
        // serde_json's answer to a number or a list where a choice (« secteur »…) is expected.
        FieldError::new(path, CHOICE)
    } else if message.contains("out of range") {
        FieldError::new(path, OUT_OF_RANGE)
    } else {
        FieldError::new(path, INVALID)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `syntax` is given the errors of serde_json's skimming, which names text after a value
    /// (`trailing characters`) and never a depth: the same message as when it read serde_json's.
    #[test]
    fn syntax_errors_told_without_serde_json_message() {
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        assert!(serde_json::from_str::<serde::de::IgnoredAny>(&deep).is_ok());
        for text in [
            "{} x",
            "[1] [2]",
            "1 2",
            "{\"a\": 1}}",
            "{\"a\": }",
            "[1, 2",
            "[1 2]",
            "",
            "nul",
            "{\"a\" 1}",
            &format!("{}1 2", "[".repeat(200)),
            &format!("{} x", deep),
        ] {
            let e = serde_json::from_str::<serde::de::IgnoredAny>(text).unwrap_err();
            let trailing = e.to_string().starts_with("trailing characters");
            assert!(!e.to_string().starts_with("recursion limit"), "{text}");
            let got = syntax(text, &e, "le profil", 1);
            assert_eq!(got.message.starts_with("Texte en trop"), trailing, "{text}");
            assert_eq!(got.champ, "", "{text}");
        }
    }

    #[test]
    fn names_the_field_being_read() {
        let text = r#"{"a": {"b": [1, {"c": "x"}]}, "d": 2}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len());
        assert_eq!(at(r#""c""#), "a.b.1.c");
        assert_eq!(at(r#""x""#), "a.b.1.c");
        assert_eq!(at("[1"), "a.b.0");
        assert_eq!(at(r#""d""#), "d");
        assert_eq!(path_at(r#"{"a\"b": 1}"#, 8), "a\"b");
    }
}
