//! What the page shows, in one computation per keystroke: the page sends a [`Demande`] (the
//! profile, the year, the year or scenarios it is compared with) and receives a [`Vue`] with
//! everything it renders — the report (or two years, or scenarios side by side), the assistant
//! médical schedule, which sections of the form apply, the sentences of the form that state an
//! amount, and the French text of every number. The page formats nothing and decides nothing.
//!
//! A [`Calculateur`] keeps the [`Engine`] of each (year, scenario) it has met, so that a keystroke
//! computes and never re-reads the parameters.

use std::ops::RangeInclusive;

use rust_decimal::Decimal;

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use crate::compare::comparison;
use crate::input::date::day_and_month;
use crate::input::MOIS;
use crate::input::{schema, FieldError, Keyed, Profile, Schema, Vsm, YEARS};
use crate::money::{serialize_cents, serialize_cents_opt};
use crate::outcome::Outcome;
use crate::params::{
    assistant_medical as am, consultations_avancees as ca, documents, rosp,
    soins_non_programmes as snp, Param, Parameters,
};
use crate::report::{Detail, Report};
use crate::rules::assistant_medical::{schedule, Schedule};
use crate::rules::{Engine, Year};
use crate::scenario::Scenario;

/// What the page asks at each keystroke.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Demande {
    pub profil: Profile,
    pub annee: i64,
    /// The year the first is compared with (« gagnant ou perdant ? »), if any.
    #[serde(default)]
    pub comparer: Option<i64>,
    /// Scenarios side by side instead of years, if given.
    #[cfg(feature = "complet")]
    #[serde(default)]
    pub scenarios: Option<Choix>,
    /// The page's first module leaves the scenarios to the complete one: it reads them as any
    /// value, and refuses them (see [`Calculateur::vue`]).
    #[cfg(not(feature = "complet"))]
    #[serde(default)]
    pub scenarios: Option<serde::de::IgnoredAny>,
    /// Also the same practice over the years of [`TRAJECTOIRE`] (asked while the page shows it).
    #[serde(default)]
    pub trajectoire: bool,
    /// The dispositifs whose lines the page shows (those the user opened): the others come
    /// without their lines, sources and payments (see [`without_closed_lines`]). Absent: every
    /// line (a printout, a report read whole).
    #[serde(default)]
    pub ouverts: Option<Vec<String>>,
    /// The [`Vue::cle`] of the view the page holds: when the new view's is the same, its
    /// `sections`, `libelles` and `entete` are those the page holds, and come empty.
    #[serde(default)]
    pub connu: Option<String>,
}

// The request read without serde's derived reading (`input::lean`), with the same errors: a
// new field is one more name here and its value when absent in `blank` (tests/lean_reading.rs
// checks that these names are serde's).
crate::input::lean::group_json!(Demande {
    profil,
    annee,
    comparer,
    scenarios,
    trajectoire,
    ouverts,
    connu
});

impl crate::input::lean::Group for Demande {
    const REQUIRED: &'static [&'static str] = &["profil", "annee"];
    fn blank() -> Self {
        Self {
            profil: crate::input::lean::Group::blank(),
            annee: 0,
            comparer: None,
            scenarios: None,
            trajectoire: false,
            ouverts: None,
            connu: None,
        }
    }
}

/// The scenarios of the complete module, read by serde (their editor's values are many and
/// few visitors send them) on the text of their value.
#[cfg(feature = "complet")]
impl crate::input::lean::FromJson for Choix {
    fn read(r: &mut crate::input::lean::Reader<'_>) -> Result<Self, FieldError> {
        let at = r.path();
        crate::input::read_json::<Choix>(r.raw()?, "la demande").map_err(|mut e| {
            if !e.champ.is_empty() {
                e.champ = format!("{at}.{}", e.champ);
            } else if !e.message.starts_with("Texte en trop") {
                e.champ = at;
            }
            e
        })
    }
}

/// The scenarios are sent whole by a patch, as the value of `scenarios` (`input::lean::Patch`).
#[cfg(feature = "complet")]
impl crate::input::lean::Patch for Choix {}

/// The years of the trajectory: those of the 2016 convention's last avenants, the 2024
/// convention's reform from 2026 and its steps up to 2030 (the DONUM's targets of 2028, the
/// assistant médical's aid stepping down). Years of the calendar (`YEARS`), not of a rule.
pub const TRAJECTOIRE: RangeInclusive<i32> = 2021..=2030;

/// One year of the trajectory: the same profile computed with that year's texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnneeTrajectoire {
    pub annee: i32,
    /// The physician's total, or none when the year cannot be computed (then `motif`).
    #[serde(serialize_with = "serialize_cents_opt")]
    pub total: Option<Decimal>,
    pub motif: Option<String>,
    /// Each dispositif that pays something this year, in the report's order.
    pub dispositifs: Vec<MontantDispositif>,
}

/// A dispositif's total in one year of the trajectory.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MontantDispositif {
    pub code: &'static str,
    pub libelle: &'static str,
    #[serde(serialize_with = "serialize_cents")]
    pub total: Decimal,
}

/// The scenarios of the columns: shipped ones by their id, and the user's own (« custom »).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choix {
    pub colonnes: Vec<String>,
    #[serde(default)]
    pub custom: Option<Scenario>,
}

impl Choix {
    /// The scenarios of the columns, in order (the first is the reference), or every error:
    /// the user's own on `scenarios.custom…`, an unknown id on `scenarios.colonnes.<i>`.
    pub fn resolve(&self, shipped: &[Scenario]) -> Result<Vec<Scenario>, Vec<FieldError>> {
        let mut errors = Vec::new();
        if let Some(custom) = &self.custom {
            errors.extend(custom.validate("scenarios.custom"));
        }
        let mut columns: Vec<Scenario> = Vec::new();
        for (i, id) in self.colonnes.iter().enumerate() {
            match (id.as_str(), &self.custom) {
                (CUSTOM, Some(custom)) => columns.push(custom.clone()),
                _ => match shipped.iter().find(|s| &s.id == id) {
                    Some(s) => columns.push(s.clone()),
                    None => errors.push(FieldError::new(
                        format!("scenarios.colonnes.{i}"),
                        format!("Scénario inconnu : « {id} »."),
                    )),
                },
            }
        }
        if columns.is_empty() || columns.len() > crate::scenario::MAX_SCENARIOS {
            errors.push(FieldError::new(
                "scenarios",
                format!(
                    "De 1 à {} scénarios côte à côte.",
                    crate::scenario::MAX_SCENARIOS
                ),
            ));
        }
        if errors.is_empty() {
            Ok(columns)
        } else {
            Err(errors)
        }
    }
}

/// The id that names the user's own scenario in [`Choix::colonnes`]; its errors are placed
/// under `scenarios.custom`.
pub const CUSTOM: &str = "custom";

/// A part of the form and whether it applies to the years (and scenarios) computed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub cle: &'static str,
    pub visible: bool,
}

/// Everything the page shows after a keystroke.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vue {
    /// The report, the two years compared, the scenarios side by side, or the errors.
    pub resultat: Outcome,
    /// The assistant médical contract's schedule, when the profile has a contract.
    pub echeancier: Option<Schedule>,
    /// Which parts of the form apply (empty when the profile could not be computed).
    pub sections: Vec<Section>,
    /// Sentences of the form that state a parameter in force, by the field they describe.
    pub libelles: Keyed<String, &'static str>,
    /// The patients of the grid, in words (« 1 092 patients »).
    pub patients: Option<String>,
    /// What a printed page says first: what was computed, with which parameters.
    pub entete: Vec<String>,
    /// The year whose 31 December the patientèle is observed on (the year before the first).
    pub annee_observation: Option<i32>,
    /// The same practice year by year (when asked for).
    pub trajectoire: Option<Vec<AnneeTrajectoire>>,
    /// What `sections`, `libelles` and `entete` are a function of (the year, the year compared,
    /// the reference scenario, the parts of the form that apply): a request that sends it back
    /// as [`Demande::connu`] gets them empty while it is unchanged. Empty with errors.
    pub cle: String,
}

/// The parts of the form and the dispositifs (or groups of lines) that read them: a part is shown
/// when one of them is in force in a year computed.
const SECTIONS: &[(&str, &[&str])] = &[
    ("prevention", &["FMT"]),
    ("rosp", &["ROSP"]),
    ("numerique", &["FS", "DONUM", "ROSP_2011"]),
    ("forfait_structure", &["FS"]),
    ("vsm", &["VSM"]),
    ("missions", &["FS", "MISSIONS"]),
    ("missions.sas", &["MISSIONS.SAS"]),
    ("missions.ame", &["MISSIONS.AME"]),
    ("missions.ipa", &["MISSIONS.IPA"]),
    ("consultations_avancees", &["CONSULTATIONS_AVANCEES"]),
    ("qualite", &["QUALITE"]),
    ("soins_non_programmes", &["SNP"]),
    ("soins_non_programmes.snp", &["SNP.SNP"]),
    ("soins_non_programmes.she", &["SNP.SHE"]),
    ("soins_non_programmes.mvr", &["SNP.MVR"]),
    ("soins_non_programmes.mhp", &["SNP.MHP"]),
    ("soins_non_programmes.visite_pdsa", &["SNP.VISITE_PDSA"]),
    ("soins_non_programmes.regulation", &["SNP.REGULATION"]),
    (
        "interessements",
        &[
            "INTERESSEMENTS.BIOSIMILAIRES",
            "INTERESSEMENTS.IPP",
            "INTERESSEMENTS.OAM",
        ],
    ),
    (
        "interessements.biosimilaires",
        &["INTERESSEMENTS.BIOSIMILAIRES"],
    ),
    (
        "interessements.biosimilaires.etanercept",
        &["INTERESSEMENTS.BIOSIMILAIRES.ETANERCEPT"],
    ),
    (
        "interessements.biosimilaires.adalimumab",
        &["INTERESSEMENTS.BIOSIMILAIRES.ADALIMUMAB"],
    ),
    (
        "interessements.biosimilaires.follitropine_alpha",
        &["INTERESSEMENTS.BIOSIMILAIRES.FOLLITROPINE_ALPHA"],
    ),
    (
        "interessements.biosimilaires.insuline_asparte",
        &["INTERESSEMENTS.BIOSIMILAIRES.INSULINE_ASPARTE"],
    ),
    (
        "interessements.biosimilaires.enoxaparine",
        &["INTERESSEMENTS.BIOSIMILAIRES.ENOXAPARINE"],
    ),
    (
        "interessements.biosimilaires.teriparatide",
        &["INTERESSEMENTS.BIOSIMILAIRES.TERIPARATIDE"],
    ),
    (
        "interessements.biosimilaires.ranibizumab",
        &["INTERESSEMENTS.BIOSIMILAIRES.RANIBIZUMAB"],
    ),
    ("interessements.ipp", &["INTERESSEMENTS.IPP"]),
    ("interessements.oam", &["INTERESSEMENTS.OAM"]),
    (
        "optam",
        &[
            "OPTAM.MODIFICATEUR",
            "OPTAM.PARTAGE_DE_GAINS",
            "OPTAM.TAUX_REGIONAUX",
        ],
    ),
    ("optam.modificateur", &["OPTAM.MODIFICATEUR"]),
    ("optam.partage_de_gains", &["OPTAM.PARTAGE_DE_GAINS"]),
    ("optam.taux_regionaux", &["OPTAM.TAUX_REGIONAUX"]),
    ("conges", &["CONGES"]),
    ("rosp_2011", &["ROSP_2011"]),
    ("sophia", &["SOPHIA"]),
    ("options_2011", &["OPTION_DEMOGRAPHIE", "OPTION_SST"]),
    ("avenant_20", &["AVENANT_20"]),
    ("ess_commissions", &["ESS", "COMMISSIONS"]),
];

/// Engines kept at most: the years compared and a few scenarios, while a negotiator edits one.
const KEPT: usize = 8;
// The scenarios compared at once all stay among the kept engines (the reference's sentences are
// read from its engine after the others were used: `Calculateur::vue`).
const _: () = assert!(crate::scenario::MAX_SCENARIOS < KEPT);

struct Kept {
    annee: i32,
    /// `None` for the texts' values; a scenario's id, or its overrides for the user's own.
    scenario: Option<String>,
    engine: Engine,
    /// The form's sentences worded from these parameters (see [`libelles`]).
    libelles: Keyed<String, &'static str>,
}

/// The engines of the (year, scenario) pairs met so far, each resolved once.
#[derive(Default)]
pub struct Calculateur {
    kept: Vec<Kept>,
    /// The shipped scenarios, written once.
    #[cfg(feature = "complet")]
    shipped: Vec<Scenario>,
}

impl Calculateur {
    pub fn new() -> Self {
        Self::default()
    }

    /// The view of a request given as JSON text.
    pub fn vue_json(&mut self, demande: &str) -> Vue {
        match read_demande(demande) {
            Ok(d) => self.vue(&d),
            Err(e) => errors_only(vec![e]),
        }
    }

    /// The view of a request.
    pub fn vue(&mut self, d: &Demande) -> Vue {
        let annee = match year(d.annee, "annee") {
            Ok(a) => a,
            Err(e) => return errors_only(vec![e]),
        };
        // The page's first module writes no line (`report::LINES_WRITTEN`): it answers with every
        // dispositif closed, and leaves lines (a dispositif opened, every line) to the complete one.
        if !crate::report::LINES_WRITTEN && d.ouverts.as_ref().is_none_or(|o| !o.is_empty()) {
            return errors_only(vec![FieldError::new("ouverts", complete_module_needed())]);
        }
        let official = Parameters::official();
        let detail = shown(d.ouverts.as_deref());
        // The form's sentences, worded from the parameters of the reference scenario (its key
        // among the kept engines), or the texts' when years are compared.
        let mut wording: Option<String> = None;
        let outcome = match (&d.scenarios, d.comparer) {
            (Some(choix), _) => {
                let (outcome, reference) = self.scenarios(&d.profil, annee, choix, &detail);
                wording = reference;
                outcome
            }
            (None, Some(other)) => match year(other, "comparer") {
                Ok(other) => {
                    let a = self
                        .engine(other, None)
                        .compute_detailed(&d.profil, &detail);
                    let b = self
                        .engine(annee, None)
                        .compute_detailed(&d.profil, &detail);
                    match comparison(a, b) {
                        Ok(c) => Outcome::Comparaison {
                            comparaison: Box::new(c),
                        },
                        Err(erreurs) => Outcome::Erreurs { erreurs },
                    }
                }
                Err(e) => Outcome::Erreurs { erreurs: vec![e] },
            },
            (None, None) => match self
                .engine(annee, None)
                .compute_detailed(&d.profil, &detail)
            {
                Ok(rapport) => Outcome::Rapport { rapport },
                Err(erreurs) => Outcome::Erreurs { erreurs },
            },
        };
        let reports: Vec<&Report> = match &outcome {
            Outcome::Rapport { rapport } => vec![rapport],
            Outcome::Comparaison { comparaison } => {
                vec![&comparaison.rapport_a, &comparaison.rapport_b]
            }
            #[cfg(feature = "complet")]
            Outcome::Scenarios { scenarios } => {
                scenarios.colonnes.iter().map(|c| &c.rapport).collect()
            }
            _ => Vec::new(),
        };
        if reports.is_empty() {
            return errors_only(match outcome {
                Outcome::Erreurs { erreurs } => erreurs,
                _ => Vec::new(),
            });
        }
        let sections = sections(&d.profil, &reports);
        let mut outcome = outcome;
        without_closed_lines(&mut outcome, &detail);
        let compared = d.comparer.filter(|_| d.scenarios.is_none());
        let cle = parts_key(annee, compared, wording.as_deref(), &sections);
        let known = d.connu.as_deref() == Some(cle.as_str());
        let (sections, libelles, entete) = if known {
            (Vec::new(), Keyed::new(), Vec::new())
        } else {
            let libelles = match wording {
                Some(key) => self
                    .kept
                    .iter()
                    .find(|k| k.annee == annee && k.scenario.as_ref() == Some(&key))
                    .map(|k| k.libelles.clone())
                    // `scenarios` has just used the reference's engine, and fewer scenarios are
                    // compared than engines kept (asserted beside `KEPT`): it is there.
                    .unwrap_or_else(|| {
                        debug_assert!(false, "the reference scenario's engine was dropped");
                        Keyed::new()
                    }),
                None => self
                    .kept_with(annee, None, Parameters::official)
                    .libelles
                    .clone(),
            };
            (sections, libelles, entete(annee, compared))
        };
        // The schedule cites the texts of its amounts, which the page's first module leaves out
        // (`report::LINES_WRITTEN`): it is the complete module's, asked by the page when a
        // contract is entered.
        let echeancier = if crate::report::LINES_WRITTEN {
            schedule(&d.profil, &official)
        } else {
            None
        };
        Vue {
            resultat: outcome,
            echeancier,
            sections,
            libelles,
            patients: Some(patients(&d.profil)),
            entete,
            cle,
            annee_observation: Year::new(annee).map(|y| y.observation_date.year()),
            // The trajectory is the complete module's: the page asks for it once that module is
            // loaded (README « Taille »).
            trajectoire: if cfg!(any(feature = "complet", not(feature = "page"))) {
                d.trajectoire.then(|| self.trajectoire(&d.profil))
            } else {
                None
            },
        }
    }

    /// The profile computed for each year of [`TRAJECTOIRE`] with the texts in force, each year's
    /// total and what each dispositif pays (amounts apart from the total left out).
    fn trajectoire(&mut self, profile: &Profile) -> Vec<AnneeTrajectoire> {
        TRAJECTOIRE
            .map(|annee| {
                let engine = self.engine(annee, None);
                (
                    annee,
                    engine.compute_detailed(profile, |_| Detail::Sommaire),
                )
            })
            .map(|(annee, report)| match report {
                Ok(r) => AnneeTrajectoire {
                    annee,
                    total: Some(r.total),
                    motif: None,
                    dispositifs: r
                        .dispositifs
                        .iter()
                        .filter(|d| d.motif_absence.is_none() && !d.hors_total)
                        .map(|d| MontantDispositif {
                            code: d.code,
                            libelle: d.libelle,
                            total: d.total,
                        })
                        .collect(),
                },
                Err(e) => AnneeTrajectoire {
                    annee,
                    total: None,
                    motif: e.into_iter().next().map(|e| e.message),
                    dispositifs: Vec::new(),
                },
            })
            .collect()
    }

    /// The scenarios side by side, and the form's sentences worded from the reference's
    /// parameters.
    #[cfg(feature = "complet")]
    fn scenarios(
        &mut self,
        profile: &Profile,
        annee: i32,
        choix: &Choix,
        detail: &dyn Fn(&str) -> Detail,
    ) -> (Outcome, Option<String>) {
        if self.shipped.is_empty() {
            self.shipped = crate::scenario::shipped();
        }
        let columns = match choix.resolve(&self.shipped) {
            Ok(columns) => columns,
            Err(erreurs) => return (Outcome::Erreurs { erreurs }, None),
        };
        let mut reports = Vec::with_capacity(columns.len());
        let mut reference = None;
        for s in &columns {
            // The user's own: its name too, which the citations of its values carry.
            let key = if s.id.is_empty() {
                let valeurs = crate::json::to_string(&s.valeurs).unwrap_or_default();
                format!("{}\n{valeurs}", s.nom.trim())
            } else {
                s.id.clone()
            };
            let kept = self.kept_with(annee, Some(key.clone()), || s.parameters());
            if reference.is_none() {
                reference = Some(key);
            }
            match kept.engine.compute_detailed(profile, detail) {
                Ok(r) => reports.push(r),
                Err(erreurs) => return (Outcome::Erreurs { erreurs }, None),
            }
        }
        let outcome = Outcome::Scenarios {
            scenarios: Box::new(crate::scenario::side_by_side(annee, &columns, reports)),
        };
        (outcome, reference)
    }

    /// The page's first module leaves the scenarios to the complete one.
    #[cfg(not(feature = "complet"))]
    fn scenarios(
        &mut self,
        _: &Profile,
        _: i32,
        _: &serde::de::IgnoredAny,
        _: &dyn Fn(&str) -> Detail,
    ) -> (Outcome, Option<String>) {
        let erreurs = vec![FieldError::new("scenarios", complete_module_needed())];
        (Outcome::Erreurs { erreurs }, None)
    }

    fn engine(&mut self, annee: i32, scenario: Option<String>) -> &Engine {
        &self.kept_with(annee, scenario, Parameters::official).engine
    }

    /// The engine of (`annee`, `scenario`), resolved with `params()` the first time only; the
    /// last one used is kept last, the least recently used dropped beyond [`KEPT`].
    fn kept_with(
        &mut self,
        annee: i32,
        scenario: Option<String>,
        params: impl FnOnce() -> Parameters,
    ) -> &Kept {
        let found = self
            .kept
            .iter()
            .position(|k| k.annee == annee && k.scenario == scenario);
        let kept = match found {
            Some(i) => self.kept.remove(i),
            None => {
                let params = params();
                Kept {
                    annee,
                    scenario,
                    engine: Engine::new(&params, annee),
                    libelles: libelles(&params, annee),
                }
            }
        };
        if self.kept.len() >= KEPT {
            self.kept.remove(0);
        }
        self.kept.push(kept);
        &self.kept[self.kept.len() - 1]
    }
}

/// How the lines of a dispositif are written: whole when the page shows them (its code is in
/// `open`, or every line is asked), otherwise only what the totals, the payments, the summary of
/// interpretations and the comparison read (see [`Detail`]).
fn shown(open: Option<&[String]>) -> impl Fn(&str) -> Detail + '_ {
    move |code| match open {
        Some(open) if !open.iter().any(|c| c == code) => Detail::Sommaire,
        _ => Detail::Lignes,
    }
}

/// The reports of `outcome` with the lines (and the source and payments, shown beside them) of
/// the dispositifs written in summary left out (`detail`, from [`shown`]: those the page has not
/// opened; none when every line is asked): what a keystroke sends is what the page shows, a
/// dispositif's heading and its subtotals. The report was computed once, every line's amount,
/// label and interpretations written (its closed dispositifs' formulas and sources not, see
/// [`shown`]): its totals, the comparison and the summary of interpretations are those of every
/// line, and opening a dispositif asks again for the same numbers with its lines.
fn without_closed_lines(outcome: &mut Outcome, detail: &impl Fn(&str) -> Detail) {
    let reports: Vec<&mut Report> = match outcome {
        Outcome::Rapport { rapport } => vec![rapport],
        Outcome::Comparaison { comparaison } => {
            let c = &mut **comparaison;
            vec![&mut c.rapport_a, &mut c.rapport_b]
        }
        #[cfg(feature = "complet")]
        Outcome::Scenarios { scenarios } => scenarios
            .colonnes
            .iter_mut()
            .map(|c| &mut c.rapport)
            .collect(),
        _ => Vec::new(),
    };
    for report in reports {
        for d in &mut report.dispositifs {
            if detail(d.code).lignes() {
                continue;
            }
            d.source.clear();
            d.versements.clear();
            for g in &mut d.groupes {
                g.lignes.clear();
            }
        }
    }
}

/// A requested year, as the engine takes it (one too large for any calendar is out of range).
fn year(value: i64, champ: &str) -> Result<i32, FieldError> {
    let annee = i32::try_from(value)
        .ok()
        .filter(|y| YEARS.contains(y))
        .ok_or_else(|| {
            FieldError::new(
                champ,
                format!(
                    "Année de calcul hors du champ du calculateur ({} à {}).",
                    YEARS.start(),
                    YEARS.end()
                ),
            )
        })?;
    // The page's first module has no dispositif of the 2011 convention: it refuses their years
    // rather than compute them without (the page asks the complete module, see `Formulaire`).
    let [first, last] = annees_convention_2011();
    if !cfg!(feature = "convention_2011") && (first..=last).contains(&annee) {
        return Err(FieldError::new(champ, complete_module_needed()));
    }
    Ok(annee)
}

/// The first and last years of the 2011 convention's dispositifs (circulaire CNAMTS 19/2011).
fn annees_convention_2011() -> [i32; 2] {
    [
        crate::params::ROSP_START.year(),
        crate::params::REGIME_2011_END.year(),
    ]
}

/// Why the page's first module leaves a request to the complete one (never met by the page,
/// which loads the complete module first: see [`Formulaire::annees_convention_2011`]).
fn complete_module_needed() -> String {
    let [first, last] = annees_convention_2011();
    format!(
        "Les années {first} à {last}, les scénarios et le détail des lignes sont calculés par le \
         module complet du calculateur, qui n'est pas encore chargé."
    )
}

/// A request given as JSON text, or its first error (the profile's on the form's names).
pub fn read_demande(text: &str) -> Result<Demande, FieldError> {
    crate::input::lean::read::<Demande>(text, "la demande").map_err(unprefixed)
}

/// The profile's fields are addressed as the form names them (« exercice.secteur »), not under
/// the request's `profil`.
fn unprefixed(mut e: FieldError) -> FieldError {
    if let Some(rest) = e.champ.strip_prefix("profil.") {
        e.champ = rest.to_owned();
    } else if e.champ == "profil" {
        e.champ.clear();
    }
    e
}

/// A view that holds only errors.
pub fn errors_only(erreurs: Vec<FieldError>) -> Vue {
    Vue {
        resultat: Outcome::Erreurs { erreurs },
        echeancier: None,
        sections: Vec::new(),
        libelles: Keyed::new(),
        patients: None,
        entete: Vec::new(),
        annee_observation: None,
        trajectoire: None,
        cle: String::new(),
    }
}

/// The [`Vue::cle`] of a view: the year, the year compared, the reference scenario's key among
/// the kept engines, and one digit per part of the form (1 where it applies).
fn parts_key(
    annee: i32,
    compared: Option<i64>,
    scenario: Option<&str>,
    sections: &[Section],
) -> String {
    let mut key = format!(
        "{annee}/{}/",
        compared.map_or(String::new(), |c| c.to_string())
    );
    key.extend(sections.iter().map(|s| if s.visible { '1' } else { '0' }));
    if let Some(scenario) = scenario {
        key.push('/');
        key.push_str(scenario);
    }
    key
}

/// Which parts of the form apply: those read by a dispositif (or group) in force in one of the
/// reports; the consultations avancées only for a physician not installed in a ZIP.
fn sections(profile: &Profile, reports: &[&Report]) -> Vec<Section> {
    // The codes in force, gathered once: each part of the form looks its codes up there.
    let mut in_force: Vec<&str> = Vec::with_capacity(64);
    for d in reports.iter().flat_map(|r| &r.dispositifs) {
        if d.en_vigueur {
            in_force.push(d.code);
        }
        in_force.extend(d.groupes.iter().map(|g| g.code));
    }
    SECTIONS
        .iter()
        .map(|(cle, codes)| Section {
            cle,
            visible: codes.iter().any(|c| in_force.contains(c))
                && !(*cle == "consultations_avancees" && profile.exercice.installe_en_zip()),
        })
        .collect()
}

/// The form's sentences that state a parameter, for the year under `params`.
fn libelles(params: &Parameters, annee: i32) -> Keyed<String, &'static str> {
    let mut out = Keyed::new();
    let Some(date) = Year::new(annee).map(|y| y.parameters_date) else {
        return out;
    };
    let value = |param: &'static Param| {
        params
            .get(param, date)
            .ok()
            .map(|r| crate::money::plain(r.value))
    };
    if let Some(year) = Year::new(annee) {
        let observed = day_and_month(year.observation_date);
        out.insert(
            "annee",
            format!(
                "Les forfaits dus au titre de cette année. La patientèle retenue est celle observée \
                 au {observed} de l'année précédente."
            ),
        );
        out.insert(
            "patientele",
            format!("Patientèle médecin traitant au {observed}"),
        );
        out.insert(
            "missions.patients_orientes_ipa",
            format!(
                "Patients orientés vers une infirmière en pratique avancée (IPA) libérale, au {}",
                day_and_month(year.end_date)
            ),
        );
    }
    if let Some(day) = Vsm::results_day(annee) {
        out.insert(
            "vsm",
            format!(
                "Volet de synthèse médicale (VSM), résultats au {}",
                day_and_month(day)
            ),
        );
    }
    if let Some(n) = value(&rosp::PATIENTELE_REFERENCE) {
        out.insert(
            "rosp.points_ponderes",
            format!(
                "Points des indicateurs du médecin traitant, tels que votre relevé ROSP les donne (barème fixé pour une patientèle de {n} patients ; le calculateur l'ajuste à la vôtre)"
            ),
        );
    }
    if let Some(cap) = value(&ca::PLAFOND_MENSUEL) {
        out.insert(
            "consultations_avancees.demi_journees",
            format!(
                "Pour les médecins qui ne sont pas installés en ZIP et y consultent ponctuellement : \
                 demi-journées par mois ({cap} rémunérées au plus)."
            ),
        );
    }
    if let Some(cap) = value(&snp::SNP_PAR_SEMAINE) {
        out.insert(
            "soins_non_programmes.semaines_snp",
            format!(
                "La SNP est plafonnée à {cap} par semaine : le total de l'année l'est à {cap} × ces semaines."
            ),
        );
    }
    // The definitions of the acts (circulaire du 31/07/2024, §6 A 1).
    out.insert(
        "soins_non_programmes.she",
        "SHE en sus d'une SNP (entre 19 h et 21 h, à la demande du SAS)".to_owned(),
    );
    out.insert(
        "soins_non_programmes.she_patientele_mt",
        "SHE en sus d'une MRT (vos patients médecin traitant, entre 19 h et 21 h, à la demande de la régulation)"
            .to_owned(),
    );
    out.insert(
        "soins_non_programmes.mvr",
        "Visites à domicile dans les 24 h de l'appel du SAS, au tarif opposable (MVR)".to_owned(),
    );
    // The OPTAM's modificateurs change on 1 July (circulaire du 31/07/2024, §5): by half-year.
    out.insert(
        "optam.base_semestre_1",
        format!(
            "Base de remboursement des actes ouvrant droit au modificateur, {} à {} (€)",
            MOIS[0], MOIS[5]
        ),
    );
    out.insert(
        "optam.base_semestre_2",
        format!("Même base, {} à {} (€)", MOIS[6], MOIS[11]),
    );
    regime_2011(&mut out);
    if let Some(max) = value(&am::CCAM_MAX) {
        out.insert(
            "assistant_medical.part_ccam_pourcent",
            format!(
                "Chirurgien : part des honoraires CCAM dans mes honoraires, en % (moins de {max}\u{a0}% pour être éligible)"
            ),
        );
    }
    out
}

/// The titles of the sections of the 2011 convention, with its years (circulaire CNAMTS 19/2011),
/// and of the avenant 20 of the 2005 convention whose transition it organises (II.1 a).
fn regime_2011(out: &mut Keyed<String, &'static str>) {
    let [first, last] = annees_convention_2011();
    let years = format!("{first} à {last}");
    out.insert(
        "rosp_2011",
        format!("ROSP de la convention de 2011 : indicateurs ({years})"),
    );
    out.insert(
        "sophia",
        format!("Programme Sophia : questionnaires envoyés dans l'année ({years})"),
    );
    out.insert(
        "options_2011",
        format!("Options démographie et santé solidarité territoriale ({years})"),
    );
    out.insert(
        "options_2011.option",
        "Option de la convention de 2011".to_owned(),
    );
    out.insert(
        "avenant_20",
        format!("Avenant 20 : prorogation, puis transition ({years})"),
    );
    out.insert(
        "avenant_20.adherent",
        "J'adhérais à l'option démographie de l'avenant 20 (convention de 2005)".to_owned(),
    );
    out.insert(
        "avenant_20.aide_annuelle",
        "Aide annuelle de l'avenant 20 à taux plein (€)".to_owned(),
    );
    out.insert(
        "avenant_20.aide_annuelle.aide",
        "Son calcul relève de l'avenant 20, absent des sources : reportez le montant de votre caisse."
            .to_owned(),
    );
}

/// « 1 092 patients »: the patients of the grid, each counted once.
fn patients(profile: &Profile) -> String {
    let n: i64 = profile
        .patientele
        .cells()
        .iter()
        .map(|c| c.cell.patients)
        .fold(0, i64::saturating_add);
    format!(
        "{} patient{}",
        crate::money::count(n),
        if n > 1 { "s" } else { "" }
    )
}

fn entete(annee: i32, comparer: Option<i64>) -> Vec<String> {
    let compared = comparer
        .map(|c| format!(", comparés à {c}"))
        .unwrap_or_default();
    let documents: Vec<&str> = documents::ALL.iter().map(|d| d.document).collect();
    vec![
        format!("Forfaits au titre de {annee}{compared} — paramètres en vigueur au 01/01/{annee}."),
        format!("Sources : {}.", documents.join(" ; ")),
    ]
}

/// What the page needs once, when it opens: the shape of the form, its defaults, the years and
/// the shipped scenarios.
#[derive(Debug, Clone, Serialize)]
pub struct Formulaire {
    pub schema: Schema,
    pub profil_par_defaut: Profile,
    /// The form « mon cas » starts from: nothing declared.
    pub profil_vide: Profile,
    /// The first and last calculation years.
    pub annees: [i32; 2],
    /// The years the page computes with its complete module (the dispositifs of the 2011
    /// convention), loaded when one of them is chosen, as when scenarios are: the first module
    /// refuses them.
    pub annees_convention_2011: [i32; 2],
    /// The question the page opens on: this year, compared with that one.
    pub annee_par_defaut: i32,
    pub comparer_par_defaut: i32,
    pub scenarios: Vec<Scenario>,
    /// The scenarios of the columns until the user picks others.
    pub scenarios_par_defaut: Vec<&'static str>,
    /// The texts the results rest on, and the rounding rule.
    pub colophon: String,
    /// The words of the texts a physician may not know, each with a short definition shown
    /// beside the fields that use it.
    pub termes: Vec<Terme>,
}

/// A word of the texts and its definition (the page's toggletips: `data-termes` names the keys).
#[derive(Debug, Clone, Serialize)]
pub struct Terme {
    pub cle: &'static str,
    pub terme: &'static str,
    pub definition: &'static str,
}

/// Terms of the Assurance maladie used by the form, in its words. The centiles of the assistant
/// médical are those of the national distribution named by Circulaire CNAM du 31/07/2024, §4
/// (annexe 10 de la convention médicale).
const TERMES: [Terme; 10] = [
    Terme { cle: "ALD", terme: "ALD", definition: "Affection de longue durée : une maladie reconnue par l'Assurance maladie (diabète, cancer, insuffisance cardiaque…), dont les soins qui s'y rapportent sont pris en charge à taux plein." },
    Terme { cle: "C2S", terme: "C2S", definition: "Complémentaire santé solidaire : la complémentaire santé des assurés aux revenus modestes, gratuite ou à faible participation (elle a remplacé la CMU-C et l'ACS)." },
    Terme { cle: "AME", terme: "AME", definition: "Aide médicale de l'État : la prise en charge des soins des personnes étrangères en situation irrégulière qui résident en France." },
    Terme { cle: "LAP", terme: "LAP", definition: "Logiciel d'aide à la prescription : le module du logiciel métier qui aide à rédiger les ordonnances ; il compte ici s'il est certifié par la HAS." },
    Terme { cle: "HAS", terme: "HAS", definition: "Haute Autorité de santé : elle certifie notamment les logiciels d'aide à la prescription." },
    Terme { cle: "CCAM", terme: "CCAM", definition: "Classification commune des actes médicaux : la nomenclature des actes techniques (chirurgie, imagerie, anesthésie…), par opposition aux consultations." },
    Terme { cle: "ETP", terme: "ETP", definition: "Équivalent temps plein : 1 ETP est un assistant médical à temps plein, 0,5 ETP à mi-temps." },
    Terme { cle: "CENTILES", terme: "P30, P90, P95", definition: "Centiles de la distribution nationale des patientèles de votre spécialité (annexe 10 de la convention médicale) : être « au P30 », c'est avoir une patientèle plus grande que celle de 30 % des médecins de la spécialité. Votre caisse primaire (CPAM), qui établit cette distribution, vous indique votre position quand elle vous propose le contrat." },
    Terme { cle: "SAS", terme: "SAS", definition: "Service d'accès aux soins : la régulation départementale qui oriente les demandes de soins non programmés vers les médecins de ville." },
    Terme { cle: "SNP", terme: "SNP", definition: "Soin non programmé : une consultation, le jour même ou le lendemain, d'un patient adressé par le SAS ; le forfait compte ces actes par trimestre." },
];

/// The question of 2025: with my patientèle, do I win or lose when the 2026 forfaits arrive?
pub fn formulaire() -> Formulaire {
    Formulaire {
        schema: schema(),
        profil_par_defaut: crate::defaults::profile(),
        profil_vide: crate::defaults::empty(),
        annees: [*YEARS.start(), *YEARS.end()],
        annees_convention_2011: annees_convention_2011(),
        annee_par_defaut: 2026,
        comparer_par_defaut: 2025,
        scenarios: crate::scenario::shipped(),
        scenarios_par_defaut: vec![
            crate::scenario::REFERENCE,
            crate::scenario::OPTION_2_DU_14_03_2024,
        ],
        colophon: format!(
            "Sources : {}. {} Outil indépendant, sans valeur d'attestation.",
            documents::ALL
                .iter()
                .map(|d| d.document)
                .collect::<Vec<_>>()
                .join(" ; "),
            crate::money::ROUNDING
        ),
        termes: TERMES.to_vec(),
    }
}

/// Every parameter in force on 1 January of a year given as JSON text, for the scenario editor.
#[cfg(feature = "complet")]
pub fn parametres_en_vigueur(annee: Result<String, FieldError>) -> Outcome {
    let annee = annee
        .and_then(|t| crate::input::read_json::<i64>(&t, "l'année"))
        .and_then(|a| year(a, "annee"));
    match annee.map(|a| Year::new(a).map(|y| y.parameters_date)) {
        Ok(Some(date)) => Outcome::Parametres {
            parametres: crate::params::in_force(&Parameters::official(), date),
        },
        Ok(None) => Outcome::Erreurs {
            erreurs: vec![FieldError::new("annee", "Année hors du calendrier.")],
        },
        Err(e) => Outcome::Erreurs { erreurs: vec![e] },
    }
}
