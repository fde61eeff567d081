//! Aide à l'emploi d'un assistant médical — Circulaire CNAM du 31/07/2024, §4 (articles 33 à 39,
//! annexes 10 et 11 de la convention): from a contract's signature, option, patientèle band, the
//! physician's age and the yearly results, the dated schedule of every payment.
//!
//! Years 1 and 2 are paid in full; from year 3, a deposit at the anniversary and a balance within
//! two months of the next one, equal to the maximum modulated by the year's results minus the
//! deposit (§4.6). The 1/3 ETP option has its own split, 70 % / 30 % (§4.2, its table): where the
//! general rule (50 %) and the option's table differ, the option's own table is applied.

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::input::date::full_years;
use crate::input::{
    AssistantMedical, BandePatientele, OptionEtp, Profile, Specialite, YearResults, Zonage,
};
use crate::money::{count, euros, pct, percent_of, round_cents, serialize_cents, to_cents};
use crate::params::{
    assistant_medical as am, Param, Parameters, Resolved, CONVENTION_2024,
    CONVENTION_2024_START as CONVENTION_START,
};

use super::kit::controlled_fees;

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

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    Integral,
    Acompte,
    Solde,
}

impl Nature {
    /// The last part of a report line's code.
    fn code(&self) -> &'static str {
        match self {
            Self::Integral => "INTEGRAL",
            Self::Acompte => "ACOMPTE",
            Self::Solde => "SOLDE",
        }
    }
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

const EXCLUDED: [(Specialite, &str); 6] = [
    (Specialite::Radiologie, "radiologie"),
    (Specialite::Radiotherapie, "radiothérapie"),
    (Specialite::Stomatologie, "stomatologie"),
    (Specialite::Anesthesie, "anesthésie"),
    (Specialite::Anatomocytopathologie, "anatomocytopathologie"),
    (Specialite::MedecineNucleaire, "médecine nucléaire"),
];

fn get(params: &Parameters, param: &'static Param, on: NaiveDate) -> Option<Resolved> {
    params.get(param, on.max(CONVENTION_START)).ok()
}

/// Why the physician cannot sign the contract, if so (§4.1 and §4.3).
fn ineligibility(
    profile: &Profile,
    c: &AssistantMedical,
    params: &Parameters,
    on: NaiveDate,
) -> Option<String> {
    let e = &profile.exercice;
    if let Some((_, name)) = EXCLUDED.iter().find(|(s, _)| *s == e.specialite) {
        return Some(format!(
            "La spécialité « {name} » est exclue de l'aide (§4.1)."
        ));
    }
    if e.specialite == Specialite::Chirurgie && !c.chirurgien_ccam_moins_20_pourcent {
        let max = get(params, &am::CCAM_MAX, on).map_or(Decimal::from(20), |r| r.value);
        return Some(format!(
            "Un chirurgien n'est éligible que si ses honoraires CCAM font moins de {} de ses honoraires (§4.1).",
            pct(max)
        ));
    }
    if !controlled_fees(e) {
        return Some("L'aide est réservée au secteur 1 et au secteur 2 adhérant à l'OPTAM ou à l'OPTAM-ACO (§4.1).".to_owned());
    }
    if c.bande_patientele == BandePatientele::SousP30 {
        return Some(
            "Une patientèle au moins au P30 de la spécialité est requise (§4.1).".to_owned(),
        );
    }
    if matches!(c.option, OptionEtp::UnEtDemi | OptionEtp::Deux) {
        let mut missing = Vec::new();
        if e.zonage != Zonage::Zip {
            missing.push("exercer en ZIP");
        }
        if e.specialite != Specialite::MedecineGenerale || c.mep {
            missing.push("être médecin généraliste (hors MEP)");
        }
        if !c.objectifs_1_etp_atteints {
            missing.push("avoir atteint tous les objectifs du contrat 1 ETP");
        }
        if !missing.is_empty() {
            return Some(format!(
                "L'option {} demande de {} (§4.3).",
                c.option.label(),
                missing.join(", ")
            ));
        }
    }
    None
}

/// The first anniversary of the contract on or after 22/06/2024: from it, the amounts are the
/// revalorised ones (§4.2 and its example of an anniversary on 15 November).
fn revalorisation_date(signature: NaiveDate) -> NaiveDate {
    if signature >= CONVENTION_START {
        return signature;
    }
    (1..=100)
        .filter_map(|k| signature.checked_add_months(Months::new(12 * k)))
        .find(|d| *d >= CONVENTION_START)
        .unwrap_or(signature)
}

fn year_start(signature: NaiveDate, rang: i64) -> Option<NaiveDate> {
    signature.checked_add_months(Months::new(12 * u32::try_from(rang - 1).ok()?))
}

/// The parameter of the maximum for contract year `rang`.
fn amount_param(option: OptionEtp, band: BandePatientele, rang: i64) -> &'static Param {
    // 1,5 and 2 ETP extend a 1 ETP contract from its 3rd year: its first two years are 1 ETP's.
    let option = match option {
        OptionEtp::UnEtDemi | OptionEtp::Deux if rang < 3 => OptionEtp::Un,
        o => o,
    };
    // [année 1, année 2, année 3 et suivantes, majoré (P90–P94), P95]
    let table: [&'static Param; 5] = match option {
        OptionEtp::Tiers => [
            &am::TIERS_ANNEE_1,
            &am::TIERS_ANNEE_2,
            &am::TIERS_ANNEE_3,
            &am::TIERS_MAJORE,
            &am::TIERS_P95,
        ],
        OptionEtp::Demi => [
            &am::DEMI_ANNEE_1,
            &am::DEMI_ANNEE_2,
            &am::DEMI_ANNEE_3,
            &am::DEMI_MAJORE,
            &am::DEMI_P95,
        ],
        OptionEtp::Un => [
            &am::UN_ANNEE_1,
            &am::UN_ANNEE_2,
            &am::UN_ANNEE_3,
            &am::UN_MAJORE,
            &am::UN_P95,
        ],
        OptionEtp::UnEtDemi => [
            &am::UN_ET_DEMI_ANNEE_3,
            &am::UN_ET_DEMI_ANNEE_3,
            &am::UN_ET_DEMI_ANNEE_3,
            &am::UN_ET_DEMI_MAJORE,
            &am::UN_ET_DEMI_P95,
        ],
        OptionEtp::Deux => [
            &am::DEUX_ANNEE_3,
            &am::DEUX_ANNEE_3,
            &am::DEUX_ANNEE_3,
            &am::DEUX_MAJORE,
            &am::DEUX_P95,
        ],
    };
    let index = match (band, rang) {
        (BandePatientele::P95EtPlus, _) => 4,
        (BandePatientele::P90AP94, 3..) => 3,
        (_, 1) => 0,
        (_, 2) => 1,
        _ => 2,
    };
    table[index]
}

/// (share paid in %, explanation) for a year from the 3rd, given its results.
fn modulation(
    profile: &Profile,
    c: &AssistantMedical,
    params: &Parameters,
    rang: i64,
    start: NaiveDate,
) -> (Decimal, String) {
    let hundred = Decimal::ONE_HUNDRED;
    let index = usize::try_from(rang - 3).unwrap_or(usize::MAX);
    if index > 0
        && c.resultats
            .get(index - 1)
            .is_some_and(|r| r.nouvel_objectif_primo_installe)
    {
        return (
            hundred,
            "nouvel objectif de primo-installé fixé l'an passé : aide à taux plein (deux ans pour l'atteindre, §4.4)".to_owned(),
        );
    }
    let Some(r) = c.resultats.get(index) else {
        return (
            hundred,
            "résultats de l'année non saisis : solde maximal affiché".to_owned(),
        );
    };
    let age = profile
        .exercice
        .date_naissance
        .get()
        .map(|b| full_years(b, start));
    let age_threshold = get(params, &am::AGE, start).map_or(Decimal::from(65), |p| p.value);
    let tolerance = if age.is_some_and(|a| Decimal::from(a) >= age_threshold) {
        get(params, &am::TOLERANCE_AGE, start).map(|t| {
            (
                t.value,
                format!("{} ans ou plus", crate::money::plain(age_threshold)),
            )
        })
    } else if c.bande_patientele == BandePatientele::P95EtPlus
        // For the 1,5 and 2 ETP options at the P95 or above, the objective is a fixed increase,
        // not the maintenance of the starting patientèle (§4.3): the table of §4.5 applies.
        && !matches!(c.option, OptionEtp::UnEtDemi | OptionEtp::Deux)
    {
        get(params, &am::TOLERANCE_P95, start)
            .map(|t| (t.value, "patientèle au P95 ou plus".to_owned()))
    } else {
        None
    };
    // Généralistes and pédiatres are assessed on PFA and PMT (§4.4); a PMT left empty (0 at the
    // start, as objective and as achieved) is not assessed: the PFA alone decides.
    let pmt_entered = r.pmt_depart != 0 || r.pmt_objectif != 0 || r.pmt_realisee != 0;
    let both = pmt_entered
        && matches!(
            profile.exercice.specialite,
            Specialite::MedecineGenerale | Specialite::Pediatrie
        );
    match tolerance {
        Some((tol, why)) => maintain(r, both, tol, &why),
        None => growth(r, both),
    }
}

/// Objective of keeping the starting patientèle, within a tolerance (§4.4): in full down to the
/// tolerance, prorated below it.
fn maintain(r: &YearResults, both: bool, tolerance: Decimal, why: &str) -> (Decimal, String) {
    let floor_of = |depart: i64| {
        Decimal::from(depart) * (Decimal::ONE_HUNDRED - tolerance) / Decimal::ONE_HUNDRED
    };
    let rate = |realisee: i64, depart: i64| -> Decimal {
        let floor = floor_of(depart);
        if floor <= Decimal::ZERO || Decimal::from(realisee) >= floor {
            Decimal::ONE_HUNDRED
        } else {
            (Decimal::from(realisee.max(0)) * Decimal::ONE_HUNDRED / floor).round_dp(2)
        }
    };
    let pfa = rate(r.pfa_realisee, r.pfa_depart);
    let (share, detail) = if both {
        let pmt = rate(r.pmt_realisee, r.pmt_depart);
        (
            pfa.max(pmt),
            format!("PFA {} ; PMT {} → le meilleur des deux", pct(pfa), pct(pmt)),
        )
    } else {
        (pfa, format!("PFA {}", pct(pfa)))
    };
    (
        share,
        format!(
            "{why} : objectif de maintien de la patientèle de départ, tolérance de -{} ; {detail}",
            pct(tolerance)
        ),
    )
}

/// One indicator against its growth objective: (reached, decreased below the start, rate in %).
fn progress(depart: i64, objectif: i64, realisee: i64) -> (bool, bool, Decimal) {
    let reached = realisee >= objectif;
    let decreased = realisee < depart;
    let rate = if reached {
        Decimal::ONE_HUNDRED
    } else if objectif > depart && realisee > depart {
        (Decimal::from(realisee - depart) * Decimal::ONE_HUNDRED / Decimal::from(objectif - depart))
            .round_dp(2)
    } else {
        Decimal::ZERO
    };
    (reached, decreased, rate)
}

/// The table of §4.5: généralistes and pédiatres on PFA and PMT, other specialists on PFA alone.
fn growth(r: &YearResults, both: bool) -> (Decimal, String) {
    let (pfa_ok, pfa_down, pfa_rate) = progress(r.pfa_depart, r.pfa_objectif, r.pfa_realisee);
    let state = |ok: bool, down: bool| {
        if ok {
            "atteint"
        } else if down {
            "non atteint, en baisse"
        } else {
            "non atteint, sans baisse"
        }
    };
    let pfa_text = format!(
        "PFA {} / objectif {} ({})",
        count(r.pfa_realisee),
        count(r.pfa_objectif),
        state(pfa_ok, pfa_down)
    );
    if !both {
        let share = if pfa_ok {
            Decimal::ONE_HUNDRED
        } else if pfa_down {
            Decimal::ZERO
        } else {
            pfa_rate
        };
        return (share, format!("{pfa_text} → {}", pct(share)));
    }
    let (pmt_ok, pmt_down, pmt_rate) = progress(r.pmt_depart, r.pmt_objectif, r.pmt_realisee);
    let pmt_text = format!(
        "PMT {} / objectif {} ({})",
        count(r.pmt_realisee),
        count(r.pmt_objectif),
        state(pmt_ok, pmt_down)
    );
    let (share, rule) = if (pfa_down && !pfa_ok) || (pmt_down && !pmt_ok) {
        (Decimal::ZERO, "une patientèle en baisse : pas d'aide")
    } else if pfa_ok || pmt_ok {
        (
            Decimal::ONE_HUNDRED,
            "un objectif atteint sans baisse de l'autre",
        )
    } else {
        (
            pfa_rate.max(pmt_rate),
            "prorata du meilleur taux d'atteinte des deux",
        )
    };
    (
        share,
        format!("{pfa_text} ; {pmt_text} → {rule} : {}", pct(share)),
    )
}

/// « entre le 15/11/2024 et le 15/01/2025 »: a payment's window from `from` to `to`, if known.
fn between(from: NaiveDate, to: Option<NaiveDate>) -> String {
    let to = to.unwrap_or(from);
    format!(
        "entre le {} et le {}",
        crate::input::date::french(from),
        crate::input::date::french(to)
    )
}

fn window(from: NaiveDate, months: u32) -> String {
    between(from, from.checked_add_months(Months::new(months)))
}

/// Like [`window`], for a window counted in days (the 15 days of the 1/3 ETP's first deposit).
fn window_days(from: NaiveDate, days: u64) -> String {
    between(from, from.checked_add_days(Days::new(days)))
}

fn day(d: NaiveDate) -> String {
    format!("le {}", crate::input::date::french(d))
}

/// The schedule of the profile's contract, or `None` if there is no contract (or no valid date).
pub fn schedule(profile: &Profile, params: &Parameters) -> Option<Schedule> {
    let c = profile.assistant_medical.as_ref()?;
    let signature = c.date_signature.get()?;
    let source = CONVENTION_2024.cite("§4 (articles 33 à 39, annexes 10 et 11 de la convention)");
    let mut out = Schedule {
        option: c.option.label(),
        motif_ineligibilite: ineligibility(profile, c, params, signature),
        annees_contrat: Vec::new(),
        versements: Vec::new(),
        par_annee_civile: Vec::new(),
        total: round_cents(Decimal::ZERO),
        notes: Vec::new(),
        interpretations: Vec::new(),
        source,
    };
    if out.motif_ineligibilite.is_some() {
        return Some(out);
    }
    let revalorised_from = revalorisation_date(signature);
    let end = c.date_resiliation.get();
    let years = c.annees.clamp(1, 20);
    for rang in 1..=years {
        let (Some(start), Some(next)) =
            (year_start(signature, rang), year_start(signature, rang + 1))
        else {
            break;
        };
        if end.is_some_and(|e| start > e) {
            break;
        }
        let Some(max) = get(
            params,
            amount_param(c.option, c.bande_patientele, rang),
            start,
        ) else {
            break;
        };
        let revalorise = start >= revalorised_from;
        let rate = get(params, &am::REVALORISATION, start).map_or(Decimal::from(5), |r| r.value);
        // Amounts before the revalorisation are not in the sources: derived from the revalorised
        // ones, divided by 1 + 5 % and rounded to the euro.
        let maximum = if revalorise {
            max.value
        } else {
            (max.value * Decimal::ONE_HUNDRED / (Decimal::ONE_HUNDRED + rate)).round()
        };
        let (share, why) = if rang < 3 {
            (
                Decimal::ONE_HUNDRED,
                "versement intégral quelle que soit l'atteinte des objectifs".to_owned(),
            )
        } else {
            modulation(profile, c, params, rang, start)
        };
        let due = to_cents(percent_of(maximum, share));
        let tiers = c.option == OptionEtp::Tiers;
        let deposit_rate = get(
            params,
            if tiers {
                &am::ACOMPTE_TIERS
            } else {
                &am::ACOMPTE
            },
            start,
        )
        .map_or(Decimal::from(50), |r| r.value);
        let deposit = to_cents(percent_of(maximum, deposit_rate));
        let label = format!("{}e année", rang);
        let label = if rang == 1 {
            "1re année".to_owned()
        } else {
            label
        };
        let mut pay = |date: NaiveDate,
                       echeance: String,
                       nature: Nature,
                       montant: Decimal,
                       pourquoi: String| {
            if end.is_none_or(|e| date <= e) {
                out.versements.push(Payment {
                    date,
                    echeance,
                    annee_contrat: rang,
                    nature,
                    montant: round_cents(montant),
                    pourquoi,
                });
            }
        };
        match (tiers, rang) {
            (false, 1) => pay(
                signature,
                format!(
                    "dans le mois suivant la signature ({})",
                    window(signature, 1)
                ),
                Nature::Integral,
                maximum,
                format!("{label} : aide intégrale"),
            ),
            (false, 2) => pay(
                start,
                format!("au premier anniversaire, {}", day(start)),
                Nature::Integral,
                maximum,
                format!("{label} : aide intégrale"),
            ),
            (true, 1 | 2) => {
                let (when_deposit, text) = if rang == 1 {
                    (
                        signature,
                        format!(
                            "dans les 15 jours suivant la signature ({})",
                            window_days(signature, 15)
                        ),
                    )
                } else {
                    (start, format!("à l'anniversaire, {}", day(start)))
                };
                pay(
                    when_deposit,
                    text,
                    Nature::Acompte,
                    deposit,
                    format!("{label} : acompte de {}", pct(deposit_rate)),
                );
                pay(
                    next,
                    format!("à l'anniversaire, {}", day(next)),
                    Nature::Solde,
                    maximum - deposit,
                    format!("{label} : solde"),
                );
            }
            _ => {
                let text = if tiers {
                    format!(
                        "dans les 2 mois suivant l'anniversaire ({})",
                        window(start, 2)
                    )
                } else {
                    format!("à l'anniversaire, {}", day(start))
                };
                pay(
                    start,
                    text,
                    Nature::Acompte,
                    deposit,
                    format!("{label} : acompte de {}", pct(deposit_rate)),
                );
                pay(
                    next,
                    format!(
                        "dans les 2 mois suivant l'anniversaire ({})",
                        window(next, 2)
                    ),
                    Nature::Solde,
                    due - deposit,
                    format!(
                        "{label} : {} de l'aide maximale ({}), moins l'acompte",
                        pct(share),
                        euros(maximum)
                    ),
                );
            }
        }
        out.annees_contrat.push(ContractYear {
            rang,
            debut: start,
            fin: next.pred_opt().unwrap_or(next),
            montant_maximal: round_cents(maximum),
            revalorise,
            modulation: share,
            explication: why,
            source: max.citation.clone(),
        });
    }
    for p in &out.versements {
        let y = p.date.year();
        match out.par_annee_civile.iter_mut().find(|c| c.annee == y) {
            Some(c) => c.montant += p.montant,
            None => out.par_annee_civile.push(CalendarYear {
                annee: y,
                montant: p.montant,
            }),
        }
    }
    out.total = round_cents(out.versements.iter().map(|p| p.montant).sum());
    let carence = get(params, &am::CARENCE, signature).map_or(Decimal::from(2), |r| r.value);
    let last = end.or_else(|| year_start(signature, years + 1));
    if let Some(last) = last {
        let years_wait = u32::try_from(carence.trunc().mantissa()).unwrap_or(2);
        if let Some(again) = last.checked_add_months(Months::new(12 * years_wait)) {
            out.notes.push(format!(
                "Après la fin du contrat ({}), un nouveau contrat ne peut être signé qu'à partir du {} (délai de carence, §4.8 a).",
                crate::input::date::french(last),
                crate::input::date::french(again)
            ));
        }
    }
    if signature >= CONVENTION_START {
        out.notes.push("Contrat de cinq ans, renouvelé par tacite reconduction avec l'aide de la 3e année (§4.8 d).".to_owned());
    }
    if end.is_some() {
        out.notes.push(
            "Résiliation anticipée : la caisse récupère les sommes indûment versées au prorata de la durée restant à courir (§4.8 a) ; ce montant n'est pas calculé ici."
                .to_owned(),
        );
    }
    if out.versements.iter().any(|p| p.montant.is_sign_negative()) {
        out.notes.push(
            "Un solde négatif est une somme à rembourser : l'acompte dépassait l'aide due."
                .to_owned(),
        );
    }
    out.interpretations.extend(
        [
            "Les montants antérieurs à la revalorisation de 5 % ne sont pas dans les sources : ils sont déduits des montants revalorisés (divisés par 1,05, arrondis à l'euro).",
            "Pour l'option 1/3 ETP, le tableau propre à l'option (70 % d'acompte, 30 % de solde) est appliqué plutôt que la règle générale de 50 %.",
            "La 1re année de l'option 1/3 ETP vaut 12 600 €, le montant fixe du P95, comme pour les options 1/2 et 1 ETP où la 1re année égale ce montant : la ligne de la 1re année manque au tableau de la circulaire.",
            "Les options 1,5 et 2 ETP prolongent un contrat 1 ETP à partir de sa 3e année : les deux premières années sont celles du 1 ETP.",
            "Taux d'atteinte d'un objectif de hausse : (réalisé − départ) / (objectif − départ). Une baisse d'un des deux indicateurs (PFA ou PMT) prive de l'aide, comme dans les lignes du tableau du §4.5.",
            "Au P95 comme à 65 ans et plus, au-delà de la tolérance, l'aide est proratisée sur la patientèle réalisée rapportée au plancher de tolérance ; l'âge est apprécié au début de l'année de contrat.",
            "Un versement est daté du début de sa fenêtre (signature, anniversaire) pour les totaux par année civile.",
            "Pour un généraliste ou un pédiatre, une PMT laissée vide (0 au départ, en objectif et en réalisé) n'est pas évaluée : la PFA seule décide.",
        ]
        .map(str::to_owned),
    );
    Some(out)
}

/// The payments of the aide that fall in the calendar year, as a dispositif of the year's report.
#[derive(Debug, Clone)]
pub struct Payments(pub Parameters);

const CODE: &str = "ASSISTANT_MEDICAL";
const LIBELLE: &str = "Aide à l'emploi d'un assistant médical (versements de l'année)";

impl super::Rule for Payments {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, year: super::Year) -> Decimal {
        schedule(profile, &self.0).map_or(Decimal::ZERO, |s| {
            s.versements
                .iter()
                .filter(|p| p.date.year() == year.annee)
                .map(|p| p.montant)
                .sum()
        })
    }

    fn compute(&self, profile: &Profile, year: super::Year) -> crate::report::Dispositif {
        use crate::report::{Dispositif, Group, Line, Payment as ReportPayment};
        let source = CONVENTION_2024.cite("§4");
        let Some(s) = schedule(profile, &self.0) else {
            return Dispositif::not_applicable(
                CODE,
                LIBELLE,
                source,
                "Pas de contrat d'assistant médical saisi.".to_owned(),
            );
        };
        if let Some(motif) = s.motif_ineligibilite {
            return Dispositif::not_applicable(CODE, LIBELLE, source, motif);
        }
        let of_year: Vec<&Payment> = s
            .versements
            .iter()
            .filter(|p| p.date.year() == year.annee)
            .collect();
        if of_year.is_empty() {
            return Dispositif::not_applicable(
                CODE,
                LIBELLE,
                source,
                format!("Aucun versement de l'aide n'échoit en {}.", year.annee),
            );
        }
        let lines = of_year
            .iter()
            .filter_map(|p| {
                // Every payment belongs to a contract year of the schedule.
                let y = s
                    .annees_contrat
                    .iter()
                    .find(|y| y.rang == p.annee_contrat)?;
                Some(Line::new(
                    format!(
                        "ASSISTANT_MEDICAL.ANNEE_{}.{}",
                        p.annee_contrat,
                        p.nature.code()
                    ),
                    format!("{} ({})", p.pourquoi, s.option),
                    format!("{} — {}", p.echeance, y.explication),
                    crate::money::Cents::of(p.montant),
                    y.source.clone(),
                ))
            })
            .collect::<Vec<_>>();
        let lines = lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    l.interpretation(
                        "Ce dispositif compte les versements qui échoient dans l'année civile (et non l'aide au titre de l'année) : le détail du contrat est dans l'échéancier.",
                    )
                } else {
                    l
                }
            })
            .collect();
        let payments = of_year
            .iter()
            .map(|p| ReportPayment {
                echeance: p.echeance.clone(),
                objet: format!("Assistant médical : {}", p.pourquoi),
                montant: p.montant,
                source: CONVENTION_2024.cite("§4.6"),
                interpretation: None,
            })
            .collect();
        Dispositif::computed(
            CODE,
            LIBELLE,
            source,
            vec![Group::new(
                "ASSISTANT_MEDICAL.VERSEMENTS",
                "Versements de l'année",
                lines,
            )],
            payments,
        )
    }
}
