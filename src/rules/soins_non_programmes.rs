//! Soins non programmés and régulation — Circulaire CNAM du 31/07/2024, §6 (articles 49 à 52):
//! the SAS majorations SNP (15 €, 20 a week at most), SHE (5 €, from 22/12/2024, not for
//! psychiatrists) and MVR (10 €, from 2026), the MHP (5 €) and the PDSA home visit (+6,50 €, from
//! 2026), and the régulation libérale by the hour (avenant 9, art. 3: 90 €; the 2024 convention:
//! 100 €). Counts of the year, entered by the physician; each majoration is counted at the value in
//! force while it existed in the year (see `kit::periods`).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::input::{Profile, Specialite};
use crate::money::{count, euros, plain, Cents, PerUnit};
use crate::params::{soins_non_programmes as s, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{famille, Group, Line, Payment};

use super::kit::periods::{first_in_year, segments, Segment};
use super::kit::{
    whole_from, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération des soins non programmés et de la régulation",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

const WEEKLY_CAP: &str = "Le plafond de la majoration SNP est hebdomadaire (20 par semaine) ; le relevé de l'année donne un total : le calculateur plafonne ce total à 20 × le nombre de semaines où des SNP ont été facturées, sans pouvoir vérifier chaque semaine. Saisissez les SNP effectivement facturées.";

const HOURS_SPLIT: &str = "Le montant de l'heure de régulation change en cours d'année : les heures de l'année sont réputées réparties uniformément, et payées au prorata des jours de l'année à chaque montant.";

#[derive(Debug, Clone)]
pub struct Params {
    /// The SNP and its weekly cap.
    snp: Option<(Resolved, Resolved)>,
    she: Option<Resolved>,
    mvr: Option<Resolved>,
    mhp: Option<Resolved>,
    visite_pdsa: Option<Resolved>,
    /// The hourly amounts of the régulation during the year (two in 2024).
    regulation: Vec<Segment>,
    /// The same amounts read once for the year, for every profile's total.
    per_act: PerAct,
}

/// Each majoration's amount per act (zero when it does not exist in the year) and the SNP's
/// weekly cap as a whole number when it is one (as the text's 20), read once for the year: the
/// total path then multiplies integers.
#[derive(Debug, Clone, Copy)]
struct PerAct {
    snp: PerUnit,
    she: PerUnit,
    mvr: PerUnit,
    mhp: PerUnit,
    visite_pdsa: PerUnit,
    weekly_cap: Option<i64>,
}

impl PerAct {
    fn new(
        snp: Option<&(Resolved, Resolved)>,
        [she, mvr, mhp, visite_pdsa]: [Option<&Resolved>; 4],
    ) -> Self {
        let unit = |r: Option<&Resolved>| PerUnit::new(r.map_or(Decimal::ZERO, |r| r.value));
        let whole = |cap: &Resolved| {
            let n = whole_from(cap.value);
            (Decimal::from(n) == cap.value).then_some(n)
        };
        Self {
            snp: unit(snp.map(|(r, _)| r)),
            she: unit(she),
            mvr: unit(mvr),
            mhp: unit(mhp),
            visite_pdsa: unit(visite_pdsa),
            weekly_cap: snp.and_then(|(_, cap)| whole(cap)),
        }
    }
}

#[derive(Debug, Clone)]
pub struct SoinsNonProgrammes(InForce<Params>);

impl SoinsNonProgrammes {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let get = |param| first_in_year(params, param, year).ok();
        let (snp, she, mvr, mhp, visite_pdsa) = (
            get(&s::SNP).zip(get(&s::SNP_PAR_SEMAINE)),
            get(&s::SHE),
            get(&s::MVR),
            get(&s::MHP),
            get(&s::VISITE_PDSA),
        );
        let per_act = PerAct::new(
            snp.as_ref(),
            [&she, &mvr, &mhp, &visite_pdsa].map(Option::as_ref),
        );
        let p = Params {
            snp,
            she,
            mvr,
            mhp,
            visite_pdsa,
            regulation: segments(params, &s::REGULATION, year),
            per_act,
        };
        Self(InForce::resolve(&LIFECYCLE, year, || {
            if p.regulation.is_empty() && p.snp.is_none() {
                // Say when the first of them, the régulation, starts.
                first_in_year(params, &s::REGULATION, year)?;
            }
            Ok::<_, NotInForce>(p)
        }))
    }
}

/// The psychiatrists bill the MCY, not the SNP nor the SHE (NGAP art. 14.1.3; §6 A 1).
fn psychiatre(profile: &Profile) -> bool {
    profile.exercice.specialite == Specialite::Psychiatrie
}

/// The SNP paid: those billed, at most the weekly cap times the weeks entered (none if the SNP
/// does not exist in the year).
fn snp_paid(profile: &Profile, p: &Params) -> i64 {
    let s = &profile.soins_non_programmes;
    let Some((_, cap)) = &p.snp else {
        return 0;
    };
    if psychiatre(profile) {
        return 0;
    }
    // A whole cap: the product of integers is the floor of the decimal one.
    if let Some(max) = p
        .per_act
        .weekly_cap
        .and_then(|c| s.semaines_snp.checked_mul(c))
    {
        return s.snp.min(max);
    }
    let max = Decimal::from(s.semaines_snp) * cap.value;
    s.snp
        .min(crate::money::floor(max).to_i64().unwrap_or(i64::MAX))
}

/// Each majoration and each part of the régulation.
#[derive(Debug, Clone)]
pub struct Amounts {
    snp: Cents,
    she: Cents,
    she_patientele_mt: Cents,
    mvr: Cents,
    mhp: Cents,
    visites_pdsa: Cents,
    /// One per hourly amount of the year, in the order of `Params::regulation` (zero after).
    regulation: [Cents; PARTS],
}

/// The most hourly amounts of the régulation a year can have: the parameter's dated values (two),
/// which a scenario replaces but does not add to (checked by a test). An array: no allocation on
/// the total path.
const PARTS: usize = 2;

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.snp
            + self.she
            + self.she_patientele_mt
            + self.mvr
            + self.mhp
            + self.visites_pdsa
            + self.regulation.iter().sum()
    }
}

/// The hours' share paid at one hourly amount: hours × its days / the year's days in force.
fn regulation(hours: Decimal, part: &Segment, days: i64) -> Cents {
    if hours.is_zero() {
        return Cents::ZERO; // most physicians: no decimal arithmetic
    }
    Cents::of(hours * part.resolved.value * Decimal::from(part.jours) / Decimal::from(days))
}

fn days_in_force(p: &Params) -> i64 {
    p.regulation.iter().map(|s| s.jours).sum()
}

impl Computation for SoinsNonProgrammes {
    const CODE: &'static str = "SNP";
    const LIBELLE: &'static str = "Soins non programmés et régulation";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024
            .cite("§6 (articles 49 à 52 de la convention) ; avenant 9, art. 3 (article 9.7)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let s = &profile.soins_non_programmes;
        let snp = snp_paid(profile, p);
        // The SHE of a patient outside the patientèle goes with a SNP paid; none for a psychiatrist.
        let (she, she_mt) = if psychiatre(profile) {
            (0, 0)
        } else {
            (s.she.min(snp), s.she_patientele_mt)
        };
        let hours = s.heures_regulation.value();
        let days = days_in_force(p);
        // `n` acts at the majoration's value (zero if it does not exist in the year).
        let acts = Cents::times_each;
        let u = &p.per_act;
        Ok(Amounts {
            snp: acts(snp, &u.snp),
            she: acts(she, &u.she),
            she_patientele_mt: acts(she_mt, &u.she),
            mvr: acts(s.mvr, &u.mvr),
            mhp: acts(s.mhp, &u.mhp),
            visites_pdsa: acts(s.visites_pdsa, &u.visite_pdsa),
            regulation: std::array::from_fn(|i| {
                p.regulation
                    .get(i)
                    .map_or(Cents::ZERO, |part| regulation(hours, part, days))
            }),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let mut e = Explained::default();
        let paid = snp_paid(profile, p);
        if let Some((value, cap)) = &p.snp {
            e.groups
                .push(snp_group(profile, value, cap, paid, a.snp, detail));
        }
        if let Some(r) = &p.she {
            e.groups.push(she_group(profile, r, paid, a, detail));
        }
        let s = &profile.soins_non_programmes;
        // The majorations paid per act: (code of the group and line, its title, the line's
        // label, the acts, the value of the year, the amount).
        let per_act = [
            (
                "SNP.MVR",
                "Visites à domicile régulées par le SAS (MVR)",
                "Visites à domicile dans les 24 h de l'appel du SAS, au tarif opposable",
                s.mvr,
                &p.mvr,
                a.mvr,
            ),
            (
                "SNP.MHP",
                "Soins non régulés aux horaires de la PDSA (MHP)",
                "Consultations et visites non régulées aux horaires de la PDSA, au tarif opposable, sans majoration PDSA",
                s.mhp,
                &p.mhp,
                a.mhp,
            ),
            (
                "SNP.VISITE_PDSA",
                "Visites à domicile aux horaires de la PDSA",
                "Revalorisation des visites à domicile aux horaires de la PDSA, au tarif opposable",
                s.visites_pdsa,
                &p.visite_pdsa,
                a.visites_pdsa,
            ),
        ];
        for (code, title, label, n, value, amount) in per_act {
            if let Some(r) = value {
                let line = Line::new(
                    code,
                    label,
                    detail.text(|| format!("{} × {}", count(n), euros(r.value))),
                    amount,
                    detail.text(|| r.citation()),
                )
                .interpretations(r.interpretation);
                e.groups.push(Group::new(code, title, vec![line]));
            }
        }
        if !p.regulation.is_empty() {
            e.groups.push(regulation_group(p, profile, year, a, detail));
        }
        e.payments = payments(year, a);
        e
    }
}

fn snp_group(
    profile: &Profile,
    value: &Resolved,
    cap: &Resolved,
    paid: i64,
    amount: Cents,
    detail: Detail,
) -> Group {
    let s = &profile.soins_non_programmes;
    let formula = || {
        if psychiatre(profile) {
            "pas de majoration SNP pour les psychiatres, qui bénéficient d'une valorisation propre (MCY, NGAP art. 15.2.4, non calculée)".to_owned()
        } else if paid < s.snp {
            format!(
                "{} SNP facturées, plafond {} par semaine × {} semaine(s) = {} → {} × {}",
                count(s.snp),
                plain(cap.value),
                count(s.semaines_snp),
                count(paid),
                count(paid),
                euros(value.value)
            )
        } else {
            format!("{} SNP × {}", count(paid), euros(value.value))
        }
    };
    let mut line = Line::new(
        "SNP.SNP",
        "Majoration SNP : patients hors patientèle médecin traitant adressés par le SAS",
        detail.text(formula),
        amount,
        detail.text(|| format!("{} ; plafond : {}", value.citation(), cap.citation())),
    )
    .interpretations(value.interpretation)
    .interpretation(WEEKLY_CAP);
    if paid < s.snp && !psychiatre(profile) && detail.lignes() {
        line = line.note(format!(
            "{} SNP au-delà du plafond de {} par semaine ne sont pas payées.",
            count(s.snp - paid),
            plain(cap.value)
        ));
    }
    Group::new(
        "SNP.SNP",
        "Soins non programmés régulés par le SAS (SNP)",
        vec![line],
    )
}

fn she_group(profile: &Profile, r: &Resolved, snp_paid: i64, a: &Amounts, detail: Detail) -> Group {
    let s = &profile.soins_non_programmes;
    let unit = |n: i64| format!("{} × {}", count(n), euros(r.value));
    let (hors, mt) = if !detail.lignes() {
        (String::new(), String::new())
    } else if psychiatre(profile) {
        let no = "pas de SHE pour les psychiatres, qui facturent la majoration MCY (non calculée)";
        (no.to_owned(), no.to_owned())
    } else if s.she > snp_paid {
        (
            format!(
                "{} SHE saisies, une par SNP payée au plus → {}",
                count(s.she),
                unit(snp_paid)
            ),
            unit(s.she_patientele_mt),
        )
    } else {
        (unit(s.she), unit(s.she_patientele_mt))
    };
    Group::new(
        "SNP.SHE",
        "Prise en charge entre 19 h et 21 h à la demande de la régulation (SHE)",
        vec![
            Line::new(
                "SNP.SHE",
                "SHE en sus d'une SNP (patient hors patientèle médecin traitant, régulation SAS)",
                hors,
                a.she,
                detail.text(|| r.citation()),
            ),
            Line::new(
                "SNP.SHE_PATIENTELE_MT",
                "SHE en sus d'une MRT (patient de la patientèle médecin traitant, régulation des urgences)",
                mt,
                a.she_patientele_mt,
                detail.text(|| r.citation()),
            ),
        ],
    )
}

fn regulation_group(
    p: &Params,
    profile: &Profile,
    year: Year,
    a: &Amounts,
    detail: Detail,
) -> Group {
    let hours = profile.soins_non_programmes.heures_regulation.value();
    let days = days_in_force(p);
    let split = p.regulation.len() > 1;
    let date = crate::input::date::french;
    let lines = p
        .regulation
        .iter()
        .zip(&a.regulation)
        .enumerate()
        .map(|(i, (part, amount))| {
            let r = &part.resolved;
            let (code, formula) = if split {
                (
                    format!("SNP.REGULATION.{}", i + 1),
                    format!(
                        "{} h × {}/{} (du {} au {}) × {}",
                        plain(hours),
                        part.jours,
                        days,
                        date(part.debut),
                        date(part.fin),
                        euros(r.value)
                    ),
                )
            } else if (part.debut, part.fin) != (year.parameters_date, year.end_date) {
                // The régulation starts during the year (26/09/2021): the hours entered are those
                // of the days it exists.
                (
                    "SNP.REGULATION".to_owned(),
                    format!(
                        "{} h (du {} au {}) × {}",
                        plain(hours),
                        date(part.debut),
                        date(part.fin),
                        euros(r.value)
                    ),
                )
            } else {
                (
                    "SNP.REGULATION".to_owned(),
                    format!("{} h × {}", plain(hours), euros(r.value)),
                )
            };
            let line = Line::new(
                code,
                "Heures de régulation libérale",
                formula,
                *amount,
                detail.text(|| r.citation()),
            )
            .interpretations(r.interpretation)
            .famille(famille::REGULATION);
            if split {
                line.interpretation(HOURS_SPLIT)
            } else {
                line
            }
        })
        .collect();
    Group::new("SNP.REGULATION", "Régulation libérale", lines)
}

fn payments(year: Year, a: &Amounts) -> Vec<Payment> {
    let acts = a.snp + a.she + a.she_patientele_mt + a.mvr + a.mhp + a.visites_pdsa;
    let regulation: Cents = a.regulation.iter().sum();
    vec![
        Payment::new(
            format!("Avec chaque acte facturé en {}", year.annee),
            "Majorations de soins non programmés",
            acts.value(),
            || CONVENTION_2024.cite("§6"),
        ),
        Payment::new(
            format!("Année {}", year.annee),
            "Régulation libérale",
            regulation.value(),
            || CONVENTION_2024.cite("§6 A 1"),
        )
        .interpretation("Le texte ne date pas le paiement des heures de régulation : il est présenté dans l'année."),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hourly_amount_of_a_year_has_its_place() {
        // A year's parts are the parameter's dated values within it (`segments`): never more.
        assert!(s::REGULATION.valeurs.len() <= PARTS);
    }
}
