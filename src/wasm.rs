//! The wasm boundary: every `#[wasm_bindgen]` export, and nothing else. JSON text crosses both
//! ways (one serde stack: serde_json reads, the lean [`crate::json`] writes what the page
//! receives, the same text serde_json would write); `www/core.js` turns the page's values into
//! that text and back. Each export takes any JavaScript value and answers
//! with data, never an exception: what is not a JSON text is an error placed on no field.
//!
//! Four modules are built from this file: the page's (`--features page`: the [`Calculateur`]),
//! the page's complete one (`--features page,convention_2011,complet`: the same and the
//! dispositifs of the 2011 convention, the scenarios side by side and their editor's catalogue,
//! and the form, written at build time into pkg/formulaire.json for the first view), loaded when
//! one of the years 2012 to 2016 or the scenarios are chosen, the
//! negotiators' representativité (`--features representativite`), loaded only when its panel is
//! opened, and the costing of a population (`--features cohorte,convention_2011`: the
//! [`Chiffrage`]), loaded only by the Web Worker of its panel.

use serde::Serialize;
use wasm_bindgen::prelude::*;
#[cfg(feature = "cohorte")]
use wasm_bindgen::JsCast;

use crate::input::FieldError;

/// `value` as JSON text (an input the page fills a form with).
#[cfg(all(feature = "page", feature = "complet"))]
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
/// keystroke's request in one call: the whole request and the whole view
/// ([`Calculateur::vue`]) the first time, then only what changed both ways
/// ([`Calculateur::retouche`]).
#[cfg(feature = "page")]
#[wasm_bindgen]
pub struct Calculateur {
    calculateur: crate::page::Calculateur,
    /// The last request read and the view answered, while a patch may apply to them.
    kept: Option<Kept>,
}

/// The request the page sent last (whole, or patched since) and the view it was answered.
#[cfg(feature = "page")]
struct Kept {
    /// The token the page gave with the whole request: the patches that name it apply to this
    /// request, whoever else called [`Calculateur::vue`] since (that call drops it).
    jeton: f64,
    demande: crate::page::Demande,
    /// The text of the whole request and of its answer (none once a patch applied): the page
    /// asks twice for the same view when an edit fires both `input` and `change` (a choice, a
    /// box ticked, a field left), and the view is a function of the request alone.
    asked: Option<(String, String)>,
    /// At least the length of the request's text (the whole one's, plus every patch's): a
    /// request longer than the reading accepts is refused whole, never patched into being.
    size: usize,
    /// The view answered last, which the page holds.
    shown: crate::changes::Shown,
}

/// What [`Calculateur::retouche`] answers when it cannot apply a patch: the page then sends the
/// whole request (`www/core.js`).
#[cfg(feature = "page")]
const RESEND: &str = "\"renvoyer\"";

#[cfg(feature = "page")]
#[wasm_bindgen]
impl Calculateur {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self {
            calculateur: crate::page::Calculateur::new(),
            kept: None,
        }
    }

    /// A [`crate::page::Demande`] as JSON text → the [`crate::page::Vue`] as JSON text (the
    /// errors, each on its field, in `resultat`). The request and its view are kept for the
    /// next patches that name `jeton` (a number; anything else: none will).
    pub fn vue(&mut self, demande: JsValue, jeton: JsValue) -> String {
        let jeton = jeton.as_f64().unwrap_or(f64::NAN);
        let kept = self.kept.take();
        let t = match text(&demande) {
            Ok(t) => t,
            Err(e) => return to_shown_json(&crate::page::errors_only(vec![e])),
        };
        if let Some(mut k) = kept.filter(|k| k.asked.as_ref().is_some_and(|(a, _)| *a == t)) {
            k.jeton = jeton;
            let answer = k.asked.as_ref().map(|(_, a)| a.clone()).unwrap_or_default();
            self.kept = Some(k);
            return answer;
        }
        let demande = match crate::page::read_demande(&t) {
            Ok(d) => d,
            Err(e) => return to_shown_json(&crate::page::errors_only(vec![e])),
        };
        let Some((text, shown)) = crate::changes::Shown::new(self.calculateur.vue(&demande)) else {
            return to_shown_json(&crate::page::errors_only(Vec::new()));
        };
        self.kept = Some(Kept {
            jeton,
            demande,
            size: t.len(),
            asked: Some((t, text.clone())),
            shown,
        });
        text
    }

    /// What changed since the request sent with `jeton`, as JSON text —
    /// `{"profil.exercice.qpv": true}`: each field by its dotted path (the paths of the errors),
    /// with its new value — → what changed in the view since the last one answered, as
    /// [`crate::changes`] tells it (`[[["resultat", "rapport", "total"], "36579.00"], …]`;
    /// `[]`: nothing); or the text `"renvoyer"` when the request kept is not that one, or the
    /// patch does not apply (a path that leads nowhere, a value that does not read): the page
    /// then sends the whole request, whose reading says what is wrong.
    pub fn retouche(&mut self, modifications: JsValue, jeton: JsValue) -> String {
        let kept = self.kept.take().filter(|k| jeton.as_f64() == Some(k.jeton));
        let (Some(t), Some(mut k)) = (modifications.as_string(), kept) else {
            return RESEND.to_owned();
        };
        if t == "{}" {
            self.kept = Some(k);
            return "[]".to_owned();
        }
        k.size = k.size.saturating_add(t.len());
        if k.size > crate::input::MAX_INPUT_BYTES || !crate::input::lean::patch(&mut k.demande, &t)
        {
            return RESEND.to_owned();
        }
        let vue = self.calculateur.vue(&k.demande);
        let Some((changes, shown)) = k.shown.changes(vue) else {
            return RESEND.to_owned();
        };
        self.kept = Some(Kept {
            shown,
            asked: None,
            ..k
        });
        changes
    }
}

#[cfg(feature = "page")]
impl Default for Calculateur {
    fn default() -> Self {
        Self::new()
    }
}

/// What the page needs once: the form's shape and defaults, the years, the shipped scenarios. In
/// the complete module only: `make build` writes it into pkg/formulaire.json
/// (scripts/write-formulaire.mjs), which the first view reads beside the first module.
#[cfg(all(feature = "page", feature = "complet"))]
#[wasm_bindgen]
pub fn formulaire() -> String {
    to_json(&crate::page::formulaire())
}

/// Every parameter with its value in force on 1 January of the year (JSON text: `2026`) and its
/// source, for the scenario editor: `{statut: "parametres", parametres}` or the errors. In the
/// page's complete module only, as the scenarios.
#[cfg(all(feature = "page", feature = "complet"))]
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

/// A population costed in a Web Worker: [`Chiffrage::commencer`] with the request, then
/// [`Chiffrage::lire`] with each piece of the file's bytes, then [`Chiffrage::terminer`]. The
/// per-row results and the invalid rows' errors are taken as CSV text, never one row each.
/// Two workers share a file: each [`Chiffrage::limiter`] to its part, the second's
/// [`Chiffrage::partie`] given to the first's [`Chiffrage::fusionner`] before it ends.
#[cfg(feature = "cohorte")]
#[wasm_bindgen]
pub struct Chiffrage(Option<crate::population::Session>);

#[cfg(feature = "cohorte")]
fn errors_json(erreurs: Vec<FieldError>) -> String {
    to_shown_json(&crate::outcome::Outcome::Erreurs { erreurs })
}

/// A file error (or a spent costing) on the file's field, `cohorte`, as the CLI places it.
#[cfg(feature = "cohorte")]
fn file_error_json(e: crate::population::FileError) -> String {
    errors_json(vec![FieldError::new("cohorte", e.message)])
}

#[cfg(feature = "cohorte")]
#[wasm_bindgen]
impl Chiffrage {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self(None)
    }

    /// A [`crate::population::Demande`] as JSON text → `{statut: "progression", lignes}` (no
    /// row yet) or its errors; any costing begun before is dropped.
    pub fn commencer(&mut self, demande: JsValue) -> String {
        self.0 = None;
        match text(&demande)
            .map_err(|e| vec![e])
            .and_then(|t| crate::population::Session::start(&t))
        {
            Ok(session) => {
                self.0 = Some(session);
                self.lire_octets(&[])
            }
            Err(erreurs) => errors_json(erreurs),
        }
    }

    /// The next piece of the file (a `Uint8Array`) → `{statut: "progression", lignes}`, or the
    /// error that makes the file unreadable (the costing then ends).
    pub fn lire(&mut self, morceau: JsValue) -> String {
        match morceau.dyn_ref::<js_sys::Uint8Array>() {
            Some(bytes) => self.lire_octets(&bytes.to_vec()),
            None => errors_json(vec![FieldError::new(
                "cohorte",
                "Morceau de fichier illisible : des octets sont attendus.",
            )]),
        }
    }

    fn lire_octets(&mut self, bytes: &[u8]) -> String {
        let Some(session) = self.0.as_mut() else {
            return file_error_json(not_started());
        };
        match session.feed(bytes) {
            Ok(progress) => to_shown_json(&progress),
            Err(e) => {
                self.0 = None;
                file_error_json(e)
            }
        }
    }

    /// Costs only the rows that start at a byte of `debut..fin` (`fin` absent: to the end), to be
    /// called before the first piece; every piece of the file is still fed from its start (see
    /// [`crate::population::Part`]) → `{statut: "progression", lignes, complet}`, `complet` once
    /// the part's last row is read, or the errors.
    pub fn limiter(&mut self, debut: JsValue, fin: JsValue) -> String {
        let position = |v: &JsValue| {
            v.as_f64()
                .filter(|n| n.fract() == 0.0 && (0.0..=9e15).contains(n))
                .map(|n| n as u64)
        };
        let fin = match (fin.is_null() || fin.is_undefined(), position(&fin)) {
            (true, _) => None,
            (false, Some(f)) => Some(f),
            (false, None) => return errors_json(vec![not_a_position("fin")]),
        };
        let Some(debut) = position(&debut) else {
            return errors_json(vec![not_a_position("debut")]);
        };
        let Some(session) = self.0.as_mut() else {
            return file_error_json(not_started());
        };
        match session.limit(crate::population::Part { debut, fin }) {
            Ok(()) => self.lire_octets(&[]),
            Err(e) => file_error_json(e),
        }
    }

    /// The end of the file for the costing of a part after the first → `{statut: "partie",
    /// etat}`, its aggregates as text for the first part's [`Chiffrage::fusionner`], or the
    /// error. The per-row results and errors are then taken as after [`Chiffrage::terminer`].
    pub fn partie(&mut self) -> String {
        match self.0.as_mut().map(|s| s.finish_part()) {
            Some(Ok(etat)) => to_shown_json(&Partie {
                statut: "partie",
                etat,
            }),
            Some(Err(e)) => file_error_json(e),
            None => file_error_json(not_started()),
        }
    }

    /// Adds the aggregates of the rest of the file (`etat` of [`Chiffrage::partie`]) →
    /// `{statut: "progression", lignes, complet}` over both parts, or the error.
    pub fn fusionner(&mut self, etat: JsValue) -> String {
        let Some(etat) = etat.as_string() else {
            return file_error_json(crate::population::FileError::new(
                "Les deux parties du fichier n'ont pas pu être réunies.",
            ));
        };
        match self.0.as_mut().map(|s| s.merge(&etat)) {
            Some(Ok(())) => self.lire_octets(&[]),
            Some(Err(e)) => file_error_json(e),
            None => file_error_json(not_started()),
        }
    }

    /// The end of the file → the results (`{statut: "cohorte", …}`, the CLI's) or the error.
    pub fn terminer(&mut self) -> String {
        match self.0.as_mut().map(|s| s.finish()) {
            Some(Ok(summary)) => to_shown_json(&summary),
            Some(Err(e)) => file_error_json(e),
            None => file_error_json(not_started()),
        }
    }

    /// The per-row results written since the last call, CSV the French way (the header first).
    pub fn lignes(&mut self) -> String {
        self.0.as_mut().map(|s| s.take_rows()).unwrap_or_default()
    }

    /// The invalid rows' errors written since the last call, `ligne;champ;message` (the header
    /// first).
    pub fn erreurs(&mut self) -> String {
        self.0.as_mut().map(|s| s.take_errors()).unwrap_or_default()
    }
}

/// The aggregates of a part of a file, for the costing of the other part.
#[cfg(feature = "cohorte")]
#[derive(Serialize)]
struct Partie {
    statut: &'static str,
    etat: String,
}

#[cfg(feature = "cohorte")]
fn not_a_position(champ: &str) -> FieldError {
    FieldError::new(
        champ,
        "Position dans le fichier attendue : un nombre entier d'octets, 0 ou plus.",
    )
}

#[cfg(feature = "cohorte")]
fn not_started() -> crate::population::FileError {
    crate::population::FileError::new(
        "Aucun chiffrage en cours : choisissez d'abord les scénarios.",
    )
}

#[cfg(feature = "cohorte")]
impl Default for Chiffrage {
    fn default() -> Self {
        Self::new()
    }
}

/// The template of a population file: the header and two example physicians (the CLI's
/// `--modele-cohorte`).
#[cfg(feature = "cohorte")]
#[wasm_bindgen(js_name = modeleCohorte)]
pub fn modele_cohorte() -> String {
    crate::population::columns::template()
}

/// Physicians invented by the seeded generator (`nombre` from 1 to 200 000, `graine` a
/// non-negative integer), as the bytes of a CSV file; anything else gives no byte (the costing
/// of an empty file then says so).
#[cfg(feature = "cohorte")]
#[wasm_bindgen(js_name = populationSynthetique)]
pub fn population_synthetique(nombre: JsValue, graine: JsValue) -> Vec<u8> {
    let integer = |v: &JsValue, max: f64| {
        v.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=max).contains(n))
            .map(|n| n as u64)
    };
    let mut out = Vec::new();
    if let (Some(n @ 1..), Some(seed)) = (integer(&nombre, 200_000.0), integer(&graine, 9e15)) {
        // Writing to memory cannot fail.
        let _ = crate::population::synthetic::write_csv(seed, n, &mut out);
    }
    out
}
