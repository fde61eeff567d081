//! The wasm boundary: every `#[wasm_bindgen]` export, and nothing else. JSON text crosses both
//! ways (one serde stack: serde_json reads, the lean [`crate::json`] writes what the page
//! receives, the same text serde_json would write); `www/core.js` turns the page's values into
//! that text and back. Each export takes any JavaScript value and answers
//! with data, never an exception: what is not a JSON text is an error placed on no field.
//!
//! Two modules are built from this file: the page's (`--features page`: the [`Calculateur`] and
//! the form) and the negotiators' representativité (`--features representativite`), loaded only
//! when its panel is opened.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::input::FieldError;

/// `value` as JSON text (an input the page fills a form with).
#[cfg(feature = "page")]
fn to_json(value: &impl Serialize) -> String {
    crate::json::to_string(value).unwrap_or_else(|_| "{}".to_owned())
}

/// `value` as JSON text, with the French text of each number it holds appended under `textes`
/// (see [`crate::money::with_texts`]): `{…, "textes": {"1234.50": "1 234,50 €"}}`.
fn to_shown_json(value: &impl Serialize) -> String {
    let (json, texts) = crate::money::with_texts(|| crate::json::to_string(value));
    let mut json = json.unwrap_or_else(|_| "{}".to_owned());
    if json.ends_with('}') {
        json.pop();
        if json.len() > 1 {
            json.push(',');
        }
        json.push_str("\"textes\":");
        json.push_str(&crate::json::to_string(&texts).unwrap_or_else(|_| "{}".to_owned()));
        json.push('}');
    }
    json
}

/// The text of a JSON input, or the error of a value that is not one.
fn text(value: &JsValue) -> Result<String, FieldError> {
    value
        .as_string()
        .ok_or_else(|| FieldError::new("", "Données illisibles : un texte JSON est attendu."))
}

/// The page's calculator: it keeps the engine of each (year, scenario) it meets, and answers a
/// keystroke's request in one call.
#[cfg(feature = "page")]
#[wasm_bindgen]
pub struct Calculateur {
    calculateur: crate::page::Calculateur,
    /// The last request and its answer: the page asks twice for the same view when an edit
    /// fires both `input` and `change` (a choice, a box ticked, a field left), and the view is a
    /// function of the request alone.
    last: Option<(String, String)>,
}

#[cfg(feature = "page")]
#[wasm_bindgen]
impl Calculateur {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self {
            calculateur: crate::page::Calculateur::new(),
            last: None,
        }
    }

    /// A [`crate::page::Demande`] as JSON text → the [`crate::page::Vue`] as JSON text (the
    /// errors, each on its field, in `resultat`).
    pub fn vue(&mut self, demande: JsValue) -> String {
        let t = match text(&demande) {
            Ok(t) => t,
            Err(e) => return to_shown_json(&crate::page::errors_only(vec![e])),
        };
        match &self.last {
            Some((asked, answer)) if *asked == t => answer.clone(),
            _ => {
                let answer = to_shown_json(&self.calculateur.vue_json(&t));
                self.last = Some((t, answer.clone()));
                answer
            }
        }
    }
}

#[cfg(feature = "page")]
impl Default for Calculateur {
    fn default() -> Self {
        Self::new()
    }
}

/// What the page needs once: the form's shape and defaults, the years, the shipped scenarios.
#[cfg(feature = "page")]
#[wasm_bindgen]
pub fn formulaire() -> String {
    to_json(&crate::page::formulaire())
}

/// Every parameter with its value in force on 1 January of the year (JSON text: `2026`) and its
/// source, for the scenario editor: `{statut: "parametres", parametres}` or the errors.
#[cfg(feature = "page")]
#[wasm_bindgen(js_name = parametresEnVigueur)]
pub fn parametres_en_vigueur(annee: JsValue) -> String {
    to_shown_json(&crate::page::parametres_en_vigueur(text(&annee)))
}

/// The signatories' weight and the seats of the section professionnelle (§12 C) for URPS results
/// and signatories given as JSON text: `{statut: "representativite", representativite}` or the
/// errors.
#[cfg(feature = "representativite")]
#[wasm_bindgen]
pub fn representativite(saisie: JsValue) -> String {
    to_shown_json(&crate::outcome::Outcome::of_representativite(
        text(&saisie).and_then(|t| crate::representativite::from_json(&t)),
    ))
}

/// The 2021 URPS results and the signatories of the 2024 convention, 6 seats per college
/// (`saisie`), with the sentences of the form that describe them (`libelles`).
#[cfg(feature = "representativite")]
#[wasm_bindgen(js_name = representativiteParDefaut)]
pub fn representativite_par_defaut() -> String {
    to_shown_json(&crate::representativite::ParDefaut::new())
}

/// What identifies a union by its name (`cleSyndicat(" csmf ")` → `"csmf"`): the page groups the
/// names typed in its tables by the core's rule. Any value that is not a text is the empty name.
#[cfg(feature = "representativite")]
#[wasm_bindgen(js_name = cleSyndicat)]
pub fn cle_syndicat(nom: JsValue) -> String {
    crate::representativite::cle_syndicat(&nom.as_string().unwrap_or_default())
}
