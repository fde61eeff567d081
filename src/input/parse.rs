//! Reading a profile from JSON (CLI, tests) or from any serde deserializer (the wasm boundary),
//! with the field path and a French message when the structure itself is wrong.

use serde::Deserializer;

use super::{FieldError, Profile};

/// Reads a profile from JSON text.
pub fn from_json(text: &str) -> Result<Profile, FieldError> {
    // The syntax first, so that a broken text gets one French message with its position rather
    // than serde_json's English one on whichever field the parser had reached.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(if e.to_string().starts_with("trailing characters") {
            FieldError::new("", "Texte en trop après le profil JSON.")
        } else {
            FieldError::new(
                "",
                format!(
                    "JSON mal formé (ligne {}, colonne {}).",
                    e.line(),
                    e.column()
                ),
            )
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let profile = from_deserializer(&mut de)?;
    de.end()
        .map_err(|_| FieldError::new("", "Texte en trop après le profil JSON."))?;
    Ok(profile)
}

/// Reads a profile from any deserializer, keeping the path of the first structural error.
pub fn from_deserializer<'de, D: Deserializer<'de>>(de: D) -> Result<Profile, FieldError> {
    serde_path_to_error::deserialize(de).map_err(|e| {
        // serde_path_to_error writes « . » for the root and « ? » for a segment it could not name.
        let path = e
            .path()
            .to_string()
            .split('.')
            .filter(|s| !s.is_empty() && *s != "?")
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
        FieldError::new(path, "Date attendue, sous forme de texte aaaa-mm-jj.")
    } else if expected.starts_with("an array") || expected.starts_with("a sequence") {
        FieldError::new(path, "Liste de nombres attendue (entre crochets).")
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
