//! The format of a case file (`tests/cases/**/*.yaml`), as `tests/cases/README.md` explains it
//! in French. A file is read as YAML into a JSON value (YAML is a superset of JSON: a profile
//! exported by the page or the CLI pastes in as is), then into the types below; every unknown key
//! is refused, so that a misspelt expectation fails instead of checking nothing.

use std::collections::BTreeMap;

use forfaits::input::DecimalInput;
use forfaits::{Decimal, Scenario};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// One file: cases sharing a source and a partial profile.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    /// The default source of the file's cases.
    #[serde(default)]
    pub source: Option<String>,
    /// Merged under every case's `profil` (see [`crate::run::profile`]).
    #[serde(default)]
    pub profil_commun: Option<Value>,
    /// Blocks reused through YAML anchors (`&nom`, `*nom`, `<<: *nom`); read for nothing else.
    #[serde(default, rename = "modeles")]
    pub _modeles: Option<Value>,
    pub cas: Vec<RawCase>,
}

/// A case as written; its `attendu` is read once the mode is known.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    pub titre: String,
    #[serde(default)]
    pub source: Option<String>,
    /// The hand computation, in words and numbers.
    pub calcul: String,
    #[serde(default)]
    pub annee: Option<i32>,
    #[serde(default)]
    pub annees: Option<Vec<i32>>,
    #[serde(default)]
    pub comparer: Option<(i32, i32)>,
    #[serde(default)]
    pub echeancier: bool,
    /// Start from the page's opening profile (`forfaits --profil-par-defaut`) instead of the
    /// minimal one.
    #[serde(default)]
    pub partir_du_profil_par_defaut: bool,
    #[serde(default)]
    pub profil: Option<Value>,
    /// Partial profiles merged over the case's one, each checked against the same expectations.
    #[serde(default)]
    pub variantes: Option<Vec<Value>>,
    #[serde(default)]
    pub scenario: Option<Scenario>,
    pub attendu: Value,
}

/// What a case computes.
#[derive(Debug)]
pub enum Mode {
    /// One report per year (`annee` or `annees`).
    Years(Vec<i32>, Box<ReportExpect>),
    Comparison(i32, i32, Box<CompareExpect>),
    Schedule(Box<ScheduleExpect>),
}

/// An amount: a number, or a text with a decimal comma and spaces (« 6 448,75 »).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount(pub Decimal);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let input = DecimalInput::deserialize(d)?;
        input.get().map(Amount).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "montant attendu (par exemple 6448.75 ou « 6 448,75 »), lu : « {} »",
                serde_json::to_value(&input).unwrap_or_default()
            ))
        })
    }
}

/// A text expected: a plain string is a part of it; a mapping says more.
#[derive(Debug)]
pub enum Text {
    Contains(String),
    Detail(TextDetail),
}

/// Said when a text expectation cannot be read: the usual cause is YAML reading « a : b » as a
/// mapping.
const TEXT_HELP: &str = "attente de texte : un texte (ce qu'il contient) ou {egal, contient, \
     commence_par, finit_par} ; un texte qui contient « : » s'écrit entre guillemets";

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match Value::deserialize(d)? {
            Value::String(s) => Ok(Text::Contains(s)),
            v @ Value::Object(_) => serde_json::from_value(v)
                .map(Text::Detail)
                .map_err(|e| D::Error::custom(format!("{TEXT_HELP} ({e})"))),
            other => Err(D::Error::custom(format!("{TEXT_HELP} ; lu : {other}"))),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextDetail {
    #[serde(default)]
    pub egal: Option<String>,
    #[serde(default)]
    pub contient: Option<OneOrMany>,
    #[serde(default)]
    pub commence_par: Option<String>,
    #[serde(default)]
    pub finit_par: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn all(&self) -> Vec<&str> {
        match self {
            Self::One(s) => vec![s],
            Self::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// A list of texts (notes, interpretations): each text given is found in one of them; an empty
/// list means none at all.
#[derive(Debug)]
pub enum Texts {
    List(Vec<Text>),
    Detail(TextsDetail),
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let help = "une liste de textes, ou {nombre, contiennent, ne_contiennent_pas}";
        match Value::deserialize(d)? {
            v @ Value::Array(_) => serde_json::from_value(v).map(Texts::List),
            v @ Value::Object(_) => serde_json::from_value(v).map(Texts::Detail),
            other => return Err(D::Error::custom(format!("{help} ; lu : {other}"))),
        }
        .map_err(|e| D::Error::custom(format!("{help} : {e}")))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextsDetail {
    #[serde(default)]
    pub nombre: Option<usize>,
    #[serde(default)]
    pub contiennent: Vec<Text>,
    #[serde(default)]
    pub ne_contiennent_pas: Vec<String>,
}

/// `Some(None)` when the key is written `null` (« must be absent »), `None` when not written.
fn nullable<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorExpect {
    pub champ: String,
    #[serde(default)]
    pub message: Option<Text>,
}

// ---------------------------------------------------------------------------------------------
// One year's report
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportExpect {
    #[serde(default)]
    pub total: Option<Amount>,
    /// The amounts shown apart from the physician's total (ESS, commissions).
    #[serde(default)]
    pub a_part: Option<Amount>,
    #[serde(default)]
    pub lignes: BTreeMap<String, LineExpect>,
    #[serde(default)]
    pub lignes_presentes: Vec<String>,
    #[serde(default)]
    pub lignes_absentes: Vec<String>,
    #[serde(default)]
    pub groupes: BTreeMap<String, GroupExpect>,
    #[serde(default)]
    pub dispositifs: BTreeMap<String, DispositifExpect>,
    #[serde(default)]
    pub versements: Option<Payments>,
    #[serde(default)]
    pub interpretations: Option<Texts>,
    #[serde(default)]
    pub date_observation: Option<String>,
    #[serde(default)]
    pub erreurs: Option<Vec<ErrorExpect>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum LineExpect {
    Amount(Amount),
    Detail(Box<LineDetail>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineDetail {
    #[serde(default)]
    pub montant: Option<Amount>,
    #[serde(default)]
    pub libelle: Option<Text>,
    #[serde(default)]
    pub formule: Option<Text>,
    #[serde(default)]
    pub source: Option<Text>,
    #[serde(default)]
    pub notes: Option<Texts>,
    #[serde(default)]
    pub interpretations: Option<Texts>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum GroupExpect {
    Amount(Amount),
    Detail(GroupDetail),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupDetail {
    #[serde(default)]
    pub sous_total: Option<Amount>,
    /// How many lines the group shows.
    #[serde(default)]
    pub lignes: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum DispositifExpect {
    Amount(Amount),
    Detail(DispositifDetail),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DispositifDetail {
    #[serde(default)]
    pub total: Option<Amount>,
    #[serde(default)]
    pub en_vigueur: Option<bool>,
    /// `null`: the dispositif is computed; a text: it is absent for that reason (and then pays
    /// nothing: total 0, no group, no payment — checked too).
    #[serde(default, deserialize_with = "nullable")]
    pub motif_absence: Option<Option<Text>>,
    #[serde(default)]
    pub versements: Option<Payments>,
    /// Every line of the dispositif has this amount.
    #[serde(default)]
    pub chaque_ligne: Option<Amount>,
}

/// Payments: either the whole list in order, or, by a text their object contains, the list of
/// their amounts.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Payments {
    All(Vec<PaymentExpect>),
    ByObject(BTreeMap<String, Vec<Amount>>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentExpect {
    pub montant: Amount,
    #[serde(default)]
    pub echeance: Option<Text>,
    #[serde(default)]
    pub objet: Option<Text>,
}

// ---------------------------------------------------------------------------------------------
// Comparison of two years
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareExpect {
    #[serde(default)]
    pub ecart: Option<Amount>,
    /// `null`: no percentage (year a pays nothing).
    #[serde(default, deserialize_with = "nullable")]
    pub ecart_pourcent: Option<Option<Text>>,
    #[serde(default)]
    pub verdict: Option<Text>,
    #[serde(default)]
    pub composantes: BTreeMap<String, DiffExpect>,
    #[serde(default)]
    pub explications: BTreeMap<String, DiffExpect>,
    /// Every explanation's key, in order.
    #[serde(default)]
    pub ordre_des_explications: Option<Vec<String>>,
    #[serde(default)]
    pub explications_absentes: Vec<String>,
    #[serde(default)]
    pub rapport_a: Option<ReportExpect>,
    #[serde(default)]
    pub rapport_b: Option<ReportExpect>,
    #[serde(default)]
    pub erreurs: Option<Vec<ErrorExpect>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum DiffExpect {
    /// [year a, year b, difference]
    Triple(Amount, Amount, Amount),
    Detail(Box<DiffDetail>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiffDetail {
    #[serde(default)]
    pub montant_a: Option<Amount>,
    #[serde(default)]
    pub montant_b: Option<Amount>,
    #[serde(default)]
    pub ecart: Option<Amount>,
    #[serde(default, deserialize_with = "nullable")]
    pub motif_a: Option<Option<Text>>,
    #[serde(default, deserialize_with = "nullable")]
    pub motif_b: Option<Option<Text>>,
    #[serde(default)]
    pub libelle: Option<Text>,
    #[serde(default)]
    pub dispositif: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// The assistant médical schedule
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleExpect {
    /// No contract in the profile: no schedule at all.
    #[serde(default)]
    pub sans_echeancier: bool,
    #[serde(default)]
    pub option: Option<Text>,
    /// `null`: eligible; a text: refused for that reason (then no year, no payment, total 0 —
    /// checked too).
    #[serde(default, deserialize_with = "nullable")]
    pub motif_ineligibilite: Option<Option<Text>>,
    /// The maximum of each contract year, in order.
    #[serde(default)]
    pub maxima: Option<Vec<Amount>>,
    /// The modulation (%) of each contract year, in order.
    #[serde(default)]
    pub modulations: Option<Vec<Amount>>,
    /// Whether each contract year is revalorised, in order.
    #[serde(default)]
    pub revalorise: Option<Vec<bool>>,
    /// Contract years by their rank (1, 2, …).
    #[serde(default)]
    pub annees_contrat: BTreeMap<String, ContractYearExpect>,
    /// Every payment, in order.
    #[serde(default)]
    pub versements: Option<Vec<SchedulePayment>>,
    /// Calendar year → amount paid, every year.
    #[serde(default)]
    pub par_annee_civile: Option<BTreeMap<String, Amount>>,
    #[serde(default)]
    pub total: Option<Amount>,
    #[serde(default)]
    pub notes: Option<Texts>,
    #[serde(default)]
    pub interpretations: Option<Texts>,
    #[serde(default)]
    pub erreurs: Option<Vec<ErrorExpect>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractYearExpect {
    #[serde(default)]
    pub debut: Option<String>,
    #[serde(default)]
    pub fin: Option<String>,
    #[serde(default)]
    pub montant_maximal: Option<Amount>,
    #[serde(default)]
    pub modulation: Option<Amount>,
    #[serde(default)]
    pub revalorise: Option<bool>,
    #[serde(default)]
    pub explication: Option<Text>,
    #[serde(default)]
    pub source: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum SchedulePayment {
    /// [date, contract year, nature, amount]
    Short(String, i64, String, Amount),
    Detail(SchedulePaymentDetail),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchedulePaymentDetail {
    pub date: String,
    pub annee: i64,
    pub nature: String,
    pub montant: Amount,
    #[serde(default)]
    pub echeance: Option<Text>,
}

impl SchedulePayment {
    pub fn parts(&self) -> (&str, i64, &str, Amount, Option<&Text>) {
        match self {
            Self::Short(d, a, n, m) => (d, *a, n, *m, None),
            Self::Detail(p) => (&p.date, p.annee, &p.nature, p.montant, p.echeance.as_ref()),
        }
    }
}
