//! The wasm boundary: every `#[wasm_bindgen]` export, and nothing else. Each converts with
//! serde-wasm-bindgen and calls the core; errors come back as data (`statut: "erreurs"`), never as
//! exceptions, so the page can place them on fields.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::input::{from_deserializer, FieldError, YEARS};
use crate::outcome::Outcome;
use crate::params::Parameters;

fn to_js(value: &impl Serialize) -> JsValue {
    // Plain objects and `null` (not Maps and `undefined`), so the page reads it like JSON.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// The report of `profile` for year `annee`: `{statut: "rapport", rapport}` or
/// `{statut: "erreurs", erreurs: [{champ, message}]}`.
#[wasm_bindgen]
pub fn compute(profile: JsValue, annee: i32) -> JsValue {
    to_js(&Outcome::of(read(profile), annee, &Parameters::official()))
}

/// The profile for two years side by side: `{statut: "comparaison", comparaison}` or the errors.
#[wasm_bindgen(js_name = compareYears)]
pub fn compare_years(profile: JsValue, annee_a: i32, annee_b: i32) -> JsValue {
    to_js(&Outcome::of_comparison(
        read(profile),
        annee_a,
        annee_b,
        &Parameters::official(),
    ))
}

/// The schedule of the profile's assistant médical contract: `{statut: "echeancier", echeancier}`
/// (`null` without a contract) or the errors.
#[wasm_bindgen(js_name = assistantSchedule)]
pub fn assistant_schedule(profile: JsValue) -> JsValue {
    to_js(&Outcome::of_schedule(
        read(profile),
        &Parameters::official(),
    ))
}

/// The profile for year `annee` under each scenario side by side (the first is the reference):
/// `{statut: "scenarios", scenarios}` or the errors (a scenario's on `scenarios.<i>.valeurs.<id>`).
#[wasm_bindgen(js_name = compareScenarios)]
pub fn compare_scenarios(profile: JsValue, annee: i32, scenarios: JsValue) -> JsValue {
    let scenarios = serde_wasm_bindgen::from_value::<serde_json::Value>(scenarios)
        .map_err(|_| FieldError::new("scenarios", "Liste de scénarios illisible."))
        .and_then(|v| {
            serde_path_to_error::deserialize(v).map_err(|e| {
                FieldError::new(format!("scenarios.{}", e.path()), "Scénario mal formé.")
            })
        });
    to_js(&Outcome::of_scenarios(read(profile), annee, scenarios))
}

/// The scenarios shipped with the calculator (the signed text and the proposals of 14/03/2024).
#[wasm_bindgen(js_name = shippedScenarios)]
pub fn shipped_scenarios() -> JsValue {
    to_js(&crate::scenario::shipped())
}

/// Every parameter with its value in force on 1 January of `annee` and its source, for the
/// scenario editor.
#[wasm_bindgen(js_name = parametersInForce)]
pub fn parameters_in_force(annee: i32) -> JsValue {
    let date = chrono::NaiveDate::from_ymd_opt(annee, 1, 1).unwrap_or_default();
    to_js(&crate::params::in_force(&Parameters::official(), date))
}

/// The signatories' weight and the seats of the section professionnelle (§12 C) for a set of
/// URPS results and signatories: `{statut: "representativite", representativite}` or the errors.
#[wasm_bindgen]
pub fn representativite(input: JsValue) -> JsValue {
    #[derive(Serialize)]
    #[serde(tag = "statut", rename_all = "snake_case")]
    enum Out {
        Representativite {
            representativite: Box<crate::representativite::Representativite>,
        },
        Erreurs {
            erreurs: Vec<FieldError>,
        },
    }
    let scenario = serde_wasm_bindgen::from_value::<serde_json::Value>(input)
        .map_err(|_| FieldError::new("", "Données illisibles : un objet JSON est attendu."))
        .and_then(crate::input::read);
    let out = match scenario
        .map_err(|e| vec![e])
        .and_then(|s| crate::representativite::compute(&s))
    {
        Ok(r) => Out::Representativite {
            representativite: Box::new(r),
        },
        Err(erreurs) => Out::Erreurs { erreurs },
    };
    to_js(&out)
}

/// The 2021 URPS results and the signatories of the 2024 convention, 6 seats per college.
#[wasm_bindgen(js_name = representativiteParDefaut)]
pub fn representativite_par_defaut() -> JsValue {
    to_js(&crate::representativite::Scenario::default())
}

fn read(profile: JsValue) -> Result<crate::input::Profile, FieldError> {
    // Through a JSON tree: serde-wasm-bindgen reads only the fields a struct declares, so an
    // unknown field would pass unseen; the tree keeps every key for `deny_unknown_fields`.
    serde_wasm_bindgen::from_value::<serde_json::Value>(profile)
        .map_err(|_| FieldError::new("", "Profil illisible : un objet JSON est attendu."))
        .and_then(from_deserializer)
}

/// The age bands and prevention indicators of the form, with their French labels.
#[wasm_bindgen(js_name = formSchema)]
pub fn form_schema() -> JsValue {
    to_js(&crate::input::schema())
}

/// The profile the page opens with.
#[wasm_bindgen(js_name = defaultProfile)]
pub fn default_profile() -> JsValue {
    to_js(&crate::defaults::profile())
}

#[derive(Serialize)]
struct Catalogue {
    jeux: Vec<crate::params::TextValues>,
    definitions: Vec<&'static crate::params::Param>,
    annees: [i32; 2],
}

/// The parameter sets (every value with its dates and source), the parameters' definitions and
/// the calculation years accepted.
#[wasm_bindgen(js_name = parameterSets)]
pub fn parameter_sets() -> JsValue {
    to_js(&Catalogue {
        jeux: crate::params::by_text(),
        definitions: crate::params::all().collect(),
        annees: [*YEARS.start(), *YEARS.end()],
    })
}
