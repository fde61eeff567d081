//! The schedule of the contract as the page and the CLI show it (`forfaits --assistant`): each
//! contract year, each dated payment, the totals by calendar year, the notes and the readings,
//! written from the years' amounts without computing any of them again.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::input::date::french;
use crate::input::{OptionEtp, Profile, Specialite};
use crate::money::{euros, pct, plain, round_cents, serialize_cents, Cents};
use crate::params::{assistant_medical as am, Parameters, CONVENTION_2024, CONVENTION_2024_START};

use super::amounts::Due;
use super::calendar::Nature;
use super::modulation::Assessment;
use super::{contract_years, eligibility, rule_value, Contract, Stop, YearAmounts};

/// One contract year: its dates, its maximum, its modulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContractYear {
    pub rang: i64,
    pub debut: NaiveDate,
    pub fin: NaiveDate,
    #[serde(serialize_with = "serialize_cents")]
    pub montant_maximal: Decimal,
    /// Whether the +5 % of 22/06/2024 applies to this year.
    pub revalorise: bool,
    /// Share of the maximum paid, in %, after the year's results.
    #[serde(serialize_with = "crate::money::serialize_plain")]
    pub modulation: Decimal,
    pub explication: String,
    pub source: String,
}

/// One payment, dated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Payment {
    /// The day it is due (the start of its window, see `echeance`).
    pub date: NaiveDate,
    pub echeance: String,
    pub annee_contrat: i64,
    pub nature: Nature,
    #[serde(serialize_with = "serialize_cents")]
    pub montant: Decimal,
    pub pourquoi: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarYear {
    pub annee: i32,
    #[serde(serialize_with = "serialize_cents")]
    pub montant: Decimal,
}

/// The whole contract: eligibility, years, payments, totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schedule {
    pub option: &'static str,
    /// Why the physician cannot sign this contract, if so.
    pub motif_ineligibilite: Option<String>,
    pub annees_contrat: Vec<ContractYear>,
    pub versements: Vec<Payment>,
    pub par_annee_civile: Vec<CalendarYear>,
    #[serde(serialize_with = "serialize_cents")]
    pub total: Decimal,
    pub notes: Vec<String>,
    pub interpretations: Vec<String>,
    pub source: String,
}

/// The schedule of the profile's contract, or `None` if there is no contract (or no valid date).
pub fn schedule(profile: &Profile, params: &Parameters) -> Option<Schedule> {
    let c = Contract::of(profile)?;
    let mut out = Schedule {
        option: c.terms.option.label(),
        motif_ineligibilite: eligibility::refusal(&c, params),
        annees_contrat: Vec::new(),
        versements: Vec::new(),
        par_annee_civile: Vec::new(),
        total: round_cents(Decimal::ZERO),
        notes: Vec::new(),
        interpretations: Vec::new(),
        source: CONVENTION_2024.cite("§4 (articles 33 à 39, annexes 10 et 11 de la convention)"),
    };
    if out.motif_ineligibilite.is_some() {
        return Some(out);
    }
    let (years, stop) = contract_years(&c, params);
    out.annees_contrat = years.iter().map(contract_year).collect();
    out.versements = years
        .iter()
        .flat_map(|y| y.dues.iter().map(move |d| payment(y, d)))
        .collect();
    out.par_annee_civile = by_calendar_year(&years);
    out.total = round_cents(dues(&years).map(|d| d.montant).sum::<Cents>().value());
    out.notes = notes(&c, params, &years, stop);
    out.interpretations = interpretations(&c, params, &years);
    Some(out)
}

fn contract_year(y: &YearAmounts) -> ContractYear {
    ContractYear {
        rang: y.rang,
        debut: y.start,
        fin: y.next.pred_opt().unwrap_or(y.next),
        montant_maximal: round_cents(y.maximum.value),
        revalorise: y.maximum.revalorise(),
        modulation: y.assessment.share(),
        explication: y.assessment.explain(),
        source: y.maximum.amount.citation().to_owned(),
    }
}

fn payment(y: &YearAmounts, d: &Due) -> Payment {
    Payment {
        date: d.date,
        echeance: d.window.echeance(d.date),
        annee_contrat: y.rang,
        nature: d.nature.clone(),
        montant: round_cents(d.montant.value()),
        pourquoi: why(y, d),
    }
}

/// « 1re année », « 3e année ».
fn label(rang: i64) -> String {
    if rang == 1 {
        "1re année".to_owned()
    } else {
        format!("{rang}e année")
    }
}

/// What a payment is for: « 3e année : acompte de 50 % ».
pub(super) fn why(y: &YearAmounts, d: &Due) -> String {
    let label = label(y.rang);
    match (&d.nature, &y.assessment) {
        (Nature::Integral, _) => format!("{label} : aide intégrale"),
        (Nature::Acompte, _) => format!("{label} : acompte de {}", pct(y.deposit_rate.value)),
        (Nature::Solde, Assessment::Full) => format!("{label} : solde"),
        (Nature::Solde, a) => format!(
            "{label} : {} de l'aide maximale ({}), moins l'acompte",
            pct(a.share()),
            euros(y.maximum.value)
        ),
    }
}

fn by_calendar_year(years: &[YearAmounts]) -> Vec<CalendarYear> {
    let mut out: Vec<CalendarYear> = Vec::new();
    for d in dues(years) {
        let annee = d.date.year();
        match out.iter_mut().find(|c| c.annee == annee) {
            Some(c) => c.montant += d.montant.value(),
            None => out.push(CalendarYear {
                annee,
                montant: d.montant.value(),
            }),
        }
    }
    for c in &mut out {
        c.montant = round_cents(c.montant);
    }
    out
}

/// Why the contract stops at a year: a parameter it needs has no value at its date.
pub(super) fn stopped(stop: Stop) -> String {
    format!(
        "À partir de la {}, le paramètre « {} » n'a pas de valeur au {} : l'échéancier s'arrête \
         là.",
        label(stop.rang),
        stop.missing.param.id,
        french(stop.missing.date)
    )
}

/// Every payment of the years shown, in order.
fn dues(years: &[YearAmounts]) -> impl Iterator<Item = &Due> {
    years.iter().flat_map(|y| &y.dues)
}

/// The carence after the contract's end (§4.8 a), new with the convention: for a contract ending
/// on or after the parameter's first day.
fn carence(c: &Contract, params: &Parameters) -> Option<String> {
    let last = c
        .end
        .or_else(|| super::calendar::year_start(c.signature, c.years() + 1))?;
    let years = params.get(&am::CARENCE, last).ok()?.value;
    // A whole number of years (the parameter's domain).
    let again = last.checked_add_months(Months::new(years.to_u32()?.checked_mul(12)?))?;
    Some(format!(
        "Après la fin du contrat ({}), un nouveau contrat ne peut être signé qu'à partir du {} \
         (délai de carence, §4.8 a).",
        french(last),
        french(again)
    ))
}

fn notes(
    c: &Contract,
    params: &Parameters,
    years: &[YearAmounts],
    stop: Option<Stop>,
) -> Vec<String> {
    let mut notes: Vec<String> = carence(c, params).into_iter().collect();
    if c.signature >= CONVENTION_2024_START {
        notes.push(format!(
            "Contrat de cinq ans, renouvelé par tacite reconduction avec l'aide de la {} (§4.8 d).",
            label(3)
        ));
    }
    if c.end.is_some() {
        notes.push(
            "Résiliation anticipée : la caisse récupère les sommes indûment versées au prorata de \
             la durée restant à courir (§4.8 a) ; ce montant n'est pas calculé ici."
                .to_owned(),
        );
    }
    if dues(years).any(|d| d.montant < Cents::ZERO) {
        notes.push(
            "Un solde négatif est une somme à rembourser : l'acompte dépassait l'aide due."
                .to_owned(),
        );
    }
    notes.extend(stop.map(stopped));
    notes
}

/// The readings the schedule rests on, each once, where they apply.
#[derive(Default)]
struct Readings(Vec<String>);

impl Readings {
    fn add(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !self.0.contains(&text) {
            self.0.push(text);
        }
    }
}

/// The readings of the schedule, built from the parameters it used.
fn interpretations(c: &Contract, params: &Parameters, years: &[YearAmounts]) -> Vec<String> {
    let mut r = Readings::default();
    amount_readings(&mut r, c, params, years);
    objective_readings(&mut r, c, params, years);
    r.add(
        "Un versement est daté du début de sa fenêtre (signature, anniversaire) pour les totaux \
         par année civile.",
    );
    r.0
}

/// The readings behind the maxima and the deposits.
fn amount_readings(r: &mut Readings, c: &Contract, params: &Parameters, years: &[YearAmounts]) {
    if let Some(rate) = years.iter().find_map(|y| y.maximum.derived_with.as_ref()) {
        r.add(derivation(rate.value));
    }
    for reading in years.iter().filter_map(|y| y.maximum.amount.interpretation) {
        r.add(reading);
    }
    let general = rule_value(params, &am::ACOMPTE, c.signature);
    if let (true, Some(y), Ok(general)) = (c.tiers(), years.first(), general) {
        let own = y.deposit_rate.value;
        r.add(format!(
            "Pour l'option 1/3 ETP, le tableau propre à l'option ({} d'acompte, {} de solde) est \
             appliqué plutôt que la règle générale de {}.",
            pct(own),
            pct(Decimal::ONE_HUNDRED - own),
            pct(general.value)
        ));
    }
    if matches!(c.terms.option, OptionEtp::UnEtDemi | OptionEtp::Deux) {
        r.add(extension_reading());
    }
    if years.iter().any(|y| y.start < CONVENTION_2024_START) {
        r.add(format!(
            "Les règles du §4 autres que les montants (part de l'acompte, tolérances, âge) \
             s'appliquent aussi aux années de contrat commencées avant le {} : le §4.6 dit les \
             modalités de versement inchangées et le §4.4 rappelle les objectifs.",
            french(CONVENTION_2024_START)
        ));
    }
}

/// The readings behind the assessment of the results.
fn objective_readings(r: &mut Readings, c: &Contract, params: &Parameters, years: &[YearAmounts]) {
    let assessed = || years.iter().map(|y| &y.assessment);
    if assessed().any(|a| matches!(a, Assessment::Growth(_))) {
        r.add(
            "Taux d'atteinte d'un objectif de hausse : (réalisé − départ) / (objectif − départ). \
             Une baisse d'un des deux indicateurs (PFA ou PMT) prive de l'aide, comme dans les \
             lignes du tableau du §4.5.",
        );
    }
    let Ok(age) = rule_value(params, &am::AGE, c.signature).map(|t| plain(t.value)) else {
        return;
    };
    if assessed().any(|a| matches!(a, Assessment::Maintain(_))) {
        r.add(format!(
            "Au P95 comme à {age} ans et plus, au-delà de la tolérance, l'aide est proratisée sur \
             la patientèle réalisée rapportée au plancher de tolérance ; les deux indicateurs (PFA \
             et PMT) d'un généraliste ou d'un pédiatre doivent être maintenus : le plus bas des \
             deux taux s'applique, comme une baisse de l'un prive de l'aide dans le tableau du \
             §4.5."
        ));
    }
    let results = assessed().any(|a| matches!(a, Assessment::Maintain(_) | Assessment::Growth(_)));
    if results && c.profile.exercice.date_naissance.get().is_some() {
        r.add(format!(
            "L'âge est apprécié à la signature du contrat, qui fixe les objectifs (§4.4) : un \
             médecin qui atteint {age} ans en cours de contrat garde l'objectif signé."
        ));
    }
    let two_indicators = matches!(
        c.profile.exercice.specialite,
        Specialite::MedecineGenerale | Specialite::Pediatrie
    );
    if two_indicators && assessed().any(Assessment::pmt_left_out) {
        r.add(
            "Pour un généraliste ou un pédiatre, une PMT laissée vide (0 au départ, en objectif et \
             en réalisé) n'est pas évaluée : la PFA seule décide.",
        );
    }
}

/// The reading behind the maxima of the years before the revalorisation of `rate` %.
pub(super) fn derivation(rate: Decimal) -> String {
    format!(
        "Les montants antérieurs à la revalorisation de {} ne sont pas dans les sources : ils sont \
         déduits des montants revalorisés (divisés par {}, arrondis à l'euro).",
        pct(rate),
        plain(Decimal::ONE + rate / Decimal::ONE_HUNDRED)
    )
}

/// The reading of the options 1,5 and 2 ETP, dated by their amounts' first day.
fn extension_reading() -> String {
    let since = am::UN_ET_DEMI_ANNEE_3
        .first_day()
        .map(|d| format!(" (le {})", french(d)))
        .unwrap_or_default();
    format!(
        "Les options 1,5 et 2 ETP prolongent un contrat 1 ETP à partir de sa 3e année : les deux \
         premières années sont celles du 1 ETP, comme les années commencées avant que ces options \
         n'existent{since}."
    )
}
