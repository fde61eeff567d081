//! Scenarios for negotiators: a named set of overrides on the parameters in force. Any amount,
//! rate, threshold or band a rule reads can be overridden; a scenario is validated like any input.
//! The shipped scenarios carry the proposals of the Assurance maladie of 14 March 2024
//! (`shared/sources/001_98d0a63e098e8324.txt`) beside the signed text.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::input::{DecimalInput, FieldError, Profile};
use crate::money::serialize_cents;
use crate::params::{by_id, consultations_avancees as ca, fmt, missions, Param, Parameters};
use crate::report::Report;
use crate::rules::Engine;

/// Scenarios compared side by side at most (the first is the reference).
pub const MAX_SCENARIOS: usize = 4;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The stable id of a shipped scenario (empty for one the user writes).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    pub nom: String,
    /// Where the values come from.
    #[serde(default)]
    pub source: String,
    /// Parameter identifier → value (a decimal number; 10 for 10 %).
    #[serde(default)]
    pub valeurs: BTreeMap<String, DecimalInput>,
}

impl Scenario {
    /// Every error of the scenario, addressed under `prefix` (e.g. `scenarios.1`).
    pub fn validate(&self, prefix: &str) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let name = self.nom.trim();
        if name.is_empty() || name.chars().count() > 120 {
            errors.push(FieldError::new(
                format!("{prefix}.nom"),
                "Donnez au scénario un nom de 1 à 120 caractères.",
            ));
        }
        for (id, value) in &self.valeurs {
            let champ = format!("{prefix}.valeurs.{id}");
            let Some(param) = by_id(id) else {
                errors.push(FieldError::new(
                    champ,
                    format!("Paramètre inconnu : « {id} »."),
                ));
                continue;
            };
            match value.get() {
                None => errors.push(FieldError::new(champ, "Nombre attendu (par exemple 12,5).")),
                Some(v) => {
                    if let Some(why) = param.domain().refuse(v, param.unite) {
                        errors.push(FieldError::new(champ, why));
                    }
                }
            }
        }
        errors
    }

    /// Reads scenario `index` (of a list; 0 is the reference) from JSON text: a syntax or
    /// structure error is on `scenarios.<index>` or below (`scenarios.1.valeurs`).
    pub fn from_json(text: &str, index: usize) -> Result<Self, FieldError> {
        crate::input::read_json(text, "le scénario")
            .map_err(|e| under(&format!("scenarios.{index}"), e))
    }

    /// The official parameters with this scenario's overrides.
    pub fn parameters(&self) -> Parameters {
        Parameters::official().with_overrides(
            self.nom.trim(),
            self.valeurs
                .iter()
                .filter_map(|(id, v)| Some((by_id(id)?, v.get()?))),
        )
    }
}

/// Reads a list of scenarios from JSON text: an error is on `scenarios`, `scenarios.<i>` or
/// below, with dots only (`scenarios.0.nom`).
pub fn read_list(text: &str) -> Result<Vec<Scenario>, FieldError> {
    crate::input::read_json(text, "la liste de scénarios").map_err(|e| under("scenarios", e))
}

/// `error` placed under `prefix` (`prefix.champ`, or `prefix` for an error of the whole).
fn under(prefix: &str, error: FieldError) -> FieldError {
    let champ = if error.champ.is_empty() {
        prefix.to_owned()
    } else {
        format!("{prefix}.{}", error.champ)
    };
    FieldError::new(champ, error.message)
}

fn scenario(id: &str, nom: &str, source: &str, valeurs: &[(&'static Param, i64)]) -> Scenario {
    Scenario {
        id: id.to_owned(),
        nom: nom.to_owned(),
        source: source.to_owned(),
        valeurs: valeurs
            .iter()
            .map(|(param, v)| (param.id.to_owned(), Decimal::from(*v).into()))
            .collect(),
    }
}

/// The id of the signed text's scenario, the reference of the comparisons.
pub const REFERENCE: &str = "convention_2024";
/// The id of the option 2 proposed on 14/03/2024 (non-consuming patients at 5 €).
pub const OPTION_2_DU_14_03_2024: &str = "proposition_2024_03_14_option_2";

const SLIDES: &str = "Multilatérale du 14/03/2024 (propositions de l'Assurance maladie)";

/// The scenarios the page and the CLI offer, each with its source.
pub fn shipped() -> Vec<Scenario> {
    let fmt_table = |ald_80: i64, non_vus: &[(&'static Param, i64)]| {
        let mut v = vec![
            (&fmt::SOCLE_ALD_80_ANS_ET_PLUS, ald_80),
            (&fmt::SOCLE_80_ANS_ET_PLUS, 55),
            (&fmt::SOCLE_ALD_MOINS_80_ANS, 55),
            (&fmt::SOCLE_75_A_79_ANS, 15),
            (&fmt::SOCLE_7_A_74_ANS, 5),
            (&fmt::SOCLE_MOINS_2_ANS, 15),
            (&fmt::SOCLE_2_A_6_ANS, 6),
            (&fmt::MAJORATION_C2S, 10),
        ];
        v.extend_from_slice(non_vus);
        v
    };
    vec![
        scenario(
            REFERENCE,
            "Convention du 4 juin 2024 (texte signé)",
            "Circulaire CNAM du 31/07/2024 : les valeurs en vigueur, sans substitution",
            &[],
        ),
        scenario(
            "proposition_2024_03_14_option_1",
            "Proposition du 14/03/2024 — option 1",
            &format!(
                "{SLIDES}, « Une revalorisation du forfait médecin traitant, en intégrant un forfait C2S à 10 € », \
                 colonne option 1 : patients non vus « pas concerné » — la proposition ne prend en compte que les \
                 patients vus dans les 2 ans, les non vus ne sont pas rémunérés"
            ),
            &fmt_table(80, &[(&fmt::SOCLE_NON_VU_2_ANS, 0), (&fmt::SOCLE_NON_VUS_DISTINCTS, 1)]),
        ),
        scenario(
            OPTION_2_DU_14_03_2024,
            "Proposition du 14/03/2024 — option 2",
            &format!(
                "{SLIDES}, même tableau, colonne option 2 (« non consommant sur 2 ans ») : patients non vus à 5 €"
            ),
            &fmt_table(100, &[(&fmt::SOCLE_NON_VU_2_ANS, 5), (&fmt::SOCLE_NON_VUS_DISTINCTS, 1)]),
        ),
        scenario(
            "majorations_2024_03_14",
            "Majorations proposées le 14/03/2024 (primo-installé en ZIP +30 % pendant 2 ans)",
            &format!(
                "{SLIDES}, « Démographie et accès aux soins (1/6) » : FPMT majoré de 30 % pendant 2 ans \
                 post-installation en ZIP, puis de 10 % tant que le médecin exerce en ZIP ; +10 % au-delà de 67 ans"
            ),
            &[
                (&fmt::MAJORATION_PRIMO_INSTALLE_ANNEE_1, 30),
                (&fmt::MAJORATION_PRIMO_INSTALLE_ANNEE_2, 30),
                (&fmt::MAJORATION_PRIMO_INSTALLE_ANNEE_3, 10),
                (&fmt::MAJORATION_ZIP_QPV, 10),
                (&fmt::MAJORATION_AGE, 10),
            ],
        ),
        scenario(
            "consultations_avancees_2024_03_14",
            "Consultations avancées proposées le 14/03/2024 (400 € par jour, 3 jours par mois)",
            &format!(
                "{SLIDES}, « forfait de 400 € / jour, dans la limite de 3 jours / mois » : exprimé ici en \
                 demi-journées (200 €, 6 par mois), ce qui revient au même pour des journées entières"
            ),
            &[(&ca::DEMI_JOURNEE, 200), (&ca::PLAFOND_MENSUEL, 6)],
        ),
        scenario(
            "sas_2024_03_14",
            "Participation au SAS : 1 000 € par an (proposition du 14/03/2024)",
            &format!("{SLIDES}, « Maître de stage et participation au SAS » : forfait de 1 000 € par an"),
            &[(&missions::SAS, 1000)],
        ),
    ]
}

/// One dispositif under each scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComponentRow {
    pub code: &'static str,
    pub libelle: &'static str,
    /// Shown apart from the physician's total: not in the columns' totals nor their écarts.
    pub hors_total: bool,
    #[serde(serialize_with = "crate::money::serialize_all_cents")]
    pub montants: Vec<Decimal>,
    /// Difference of each scenario with the first one.
    #[serde(serialize_with = "crate::money::serialize_all_cents")]
    pub ecarts: Vec<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub nom: String,
    pub source: String,
    pub rapport: Report,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioComparison {
    pub annee: i32,
    pub colonnes: Vec<Column>,
    pub composantes: Vec<ComponentRow>,
}

/// The profile for one year under each scenario, side by side (the first is the reference).
pub fn compare_scenarios(
    profile: &Profile,
    annee: i32,
    scenarios: &[Scenario],
) -> Result<ScenarioComparison, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    if scenarios.is_empty() || scenarios.len() > MAX_SCENARIOS {
        errors.push(FieldError::new(
            "scenarios",
            format!("De 1 à {MAX_SCENARIOS} scénarios côte à côte."),
        ));
    }
    for (i, s) in scenarios.iter().enumerate() {
        errors.extend(s.validate(&format!("scenarios.{i}")));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut reports = Vec::with_capacity(scenarios.len());
    for s in scenarios {
        reports.push(Engine::new(&s.parameters(), annee).compute(profile)?);
    }
    Ok(side_by_side(annee, scenarios, reports))
}

/// The reports of one year under each scenario (the first is the reference), side by side.
pub fn side_by_side(
    annee: i32,
    scenarios: &[Scenario],
    reports: Vec<Report>,
) -> ScenarioComparison {
    let reference = reports.first().map_or(Decimal::ZERO, |r| r.total);
    let composantes = reports
        .first()
        .map(|first| {
            first
                .dispositifs
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let montants: Vec<Decimal> =
                        reports.iter().map(|r| r.dispositifs[i].total).collect();
                    ComponentRow {
                        code: d.code,
                        libelle: d.libelle,
                        hors_total: d.hors_total,
                        ecarts: montants.iter().map(|m| *m - montants[0]).collect(),
                        montants,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let colonnes = scenarios
        .iter()
        .zip(reports)
        .map(|(s, rapport)| Column {
            nom: s.nom.trim().to_owned(),
            source: s.source.clone(),
            ecart: crate::money::round_cents(rapport.total - reference),
            rapport,
        })
        .collect();
    ScenarioComparison {
        annee,
        colonnes,
        composantes,
    }
}
