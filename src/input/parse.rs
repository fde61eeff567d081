//! Reading a profile from JSON (CLI, tests) or from any serde deserializer (the wasm boundary),
//! with the field path and a French message when the structure itself is wrong.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use super::{FieldError, Profile};

/// Reads a profile from JSON text.
pub fn from_json(text: &str) -> Result<Profile, FieldError> {
    read_json(text, "le profil")
}

/// Reads a profile from any deserializer, keeping the path of the first structural error.
pub fn from_deserializer<'de, D: Deserializer<'de>>(de: D) -> Result<Profile, FieldError> {
    read(de)
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
    let trailing = || FieldError::new("", format!("Texte en trop après {what} JSON."));
    // The syntax first, so that a broken text gets one French message with its position rather
    // than serde_json's English one on whichever field the parser had reached.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(if e.to_string().starts_with("trailing characters") {
            trailing()
        } else {
            FieldError::new(
                "",
                format!(
                    "JSON mal formé (ligne {}, colonne {}).",
                    first_line + e.line() as u64 - 1,
                    e.column()
                ),
            )
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = read(&mut de)?;
    de.end().map_err(|_| trailing())?;
    Ok(value)
}

/// Reads any input from a deserializer, keeping the path of the first structural error.
pub fn read<'de, T: Deserialize<'de>, D: Deserializer<'de>>(de: D) -> Result<T, FieldError> {
    serde_path_to_error::deserialize(de).map_err(|e| {
        // Dots between keys and list indexes alike (« syndicats.0.voix »), as the validation and
        // the page's field ids write them; a segment serde could not name is left out.
        let path = e
            .path()
            .iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect::<Vec<_>>()
            .join(".");
        french(path, &e.into_inner().to_string())
    })
}

/// Translates serde's English message into a French one addressed to the field.
fn french(path: String, message: &str) -> FieldError {
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
    if message.starts_with("unknown field") {
        // The path of an unknown field already ends with the field's own key.
        let field = quoted(message);
        let champ = if path == field || path.ends_with(&format!(".{field}")) {
            path
        } else {
            join(&field)
        };
        FieldError::new(champ, format!("Champ inconnu : « {field} »."))
    } else if message.starts_with("duplicate field") {
        let field = quoted(message);
        FieldError::new(join(&field), format!("Champ en double : « {field} »."))
    } else if message.starts_with("missing field") {
        let field = quoted(message);
        FieldError::new(
            join(&field),
            format!("Champ obligatoire manquant : « {field} »."),
        )
    } else if message.starts_with("unknown variant") {
        FieldError::new(
            path,
            format!("Valeur non reconnue : « {} ».", quoted(message)),
        )
    } else if expected.starts_with("i64") {
        FieldError::new(path, "Nombre entier attendu (sans virgule).")
    } else if expected.starts_with("a boolean") {
        FieldError::new(path, "Oui ou non attendu.")
    } else if expected.starts_with("a string") {
        FieldError::new(
            path,
            "Texte attendu entre guillemets (une date s'écrit aaaa-mm-jj).",
        )
    } else if expected.starts_with("an array") || expected.starts_with("a sequence") {
        FieldError::new(path, "Liste attendue (entre crochets).")
    } else if expected.starts_with("a number") {
        FieldError::new(path, "Nombre attendu (par exemple 412,5).")
    } else if expected.starts_with("struct") || expected.starts_with("a map") {
        FieldError::new(
            path,
            "Groupe de champs attendu (objet JSON entre accolades).",
        )
    } else if message.contains("expected value") && !path.is_empty() {
        // serde_json's answer to a number or a list where a choice (« secteur »…) is expected.
        FieldError::new(
            path,
            "Valeur non reconnue : choisissez une des valeurs proposées.",
        )
    } else if message.contains("EOF")
        || message.contains("expected value")
        || message.contains("key must be")
    {
        FieldError::new(path, "JSON mal formé.")
    } else {
        FieldError::new(path, "Valeur invalide pour ce champ.")
    }
}
