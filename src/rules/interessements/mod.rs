//! Intéressements — avenant 9, art. 6 (article 27 bis); circulaire du 31/07/2024, §9.3 (articles
//! 62 à 65 et annexe 18): the biosimilaires (see [`biosimilaires`]), the dé-prescription des IPP
//! and the initiation des OAM (20 % of the saving to the physicians, 2025 to 2027; the OAM's only
//! when the national initiation rate reaches the year's target, shared equally among the
//! prescribers), and the insuffisance cardiaque (from 2026, amounts set later by the CPN: known,
//! not computable).

mod biosimilaires;

use rust_decimal::Decimal;

use crate::input::{Optam, Profile, Secteur, Specialite};
use crate::money::{euros, pct, percent_of, plain, Cents};
use crate::params::{interessements as i, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::periods::first_in_year;
use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'intéressement aux prescriptions",
    feminine: false,
    replaces: None,
    replaced_by: None,
};

const NOT_IN_SOURCES: &str = "Le calcul de l'annexe 18 n'est pas dans les sources : le médecin saisit l'économie que l'Assurance maladie attribue à ses dé-prescriptions de l'année ; sa part en est tirée.";

const PAID_NEXT_YEAR: &str = "Les sources ne datent pas le versement : il est présenté l'année suivante, une fois l'économie de l'année connue.";

#[derive(Debug, Clone)]
pub struct Oam {
    part: Resolved,
    cible: Resolved,
    economie: Resolved,
    prescripteurs: Resolved,
}

#[derive(Debug, Clone)]
pub struct Params {
    biosimilaires: Option<biosimilaires::Params>,
    ipp: Option<Resolved>,
    oam: Option<Oam>,
    insuffisance_cardiaque: Option<Resolved>,
}

#[derive(Debug, Clone)]
pub struct Interessements(InForce<Params>);

impl Interessements {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let get = |param| first_in_year(params, param, year).ok();
        let oam = || {
            Some(Oam {
                part: get(&i::PART_OAM)?,
                cible: get(&i::OAM_CIBLE)?,
                economie: get(&i::OAM_ECONOMIE)?,
                prescripteurs: get(&i::OAM_PRESCRIPTEURS)?,
            })
        };
        let p = Params {
            biosimilaires: biosimilaires::Params::resolve(params, year),
            ipp: get(&i::PART_IPP),
            oam: oam(),
            insuffisance_cardiaque: get(&i::INSUFFISANCE_CARDIAQUE)
                .filter(|r| r.value == Decimal::ONE),
        };
        Self(InForce::resolve(&LIFECYCLE, year, || {
            if p.biosimilaires.is_none()
                && p.ipp.is_none()
                && p.oam.is_none()
                && p.insuffisance_cardiaque.is_none()
            {
                // Say when the first of them, the biosimilaires, starts.
                first_in_year(params, &i::REPARTITION_MOLECULES_2022, year)?;
            }
            Ok::<_, NotInForce>(p)
        }))
    }
}

/// Cardiologists in secteur 1 or in secteur 2 adhering to the OPTAM (§9.3 D).
fn cardiologue_concerne(profile: &Profile) -> bool {
    let e = &profile.exercice;
    e.specialite == Specialite::Cardiologie && (e.secteur == Secteur::Un || e.optam == Optam::Optam)
}

#[derive(Debug, Clone)]
pub struct Amounts {
    biosimilaires: Option<biosimilaires::Amounts>,
    ipp: Cents,
    oam: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.biosimilaires
            .as_ref()
            .map_or(Cents::ZERO, biosimilaires::Amounts::total)
            + self.ipp
            + self.oam
    }
}

/// Whether the year's national rate reaches the target that triggers the OAM intéressement.
fn oam_triggered(profile: &Profile, o: &Oam) -> bool {
    let oam = &profile.interessements.oam;
    oam.prescripteur && oam.taux_national.value() >= o.cible.value
}

fn oam_amount(profile: &Profile, o: &Oam) -> Cents {
    if !oam_triggered(profile, o) {
        return Cents::ZERO;
    }
    Cents::of(percent_of(o.economie.value, o.part.value) / o.prescripteurs.value)
}

impl Computation for Interessements {
    const CODE: &'static str = "INTERESSEMENTS";
    const LIBELLE: &'static str =
        "Intéressements (biosimilaires, IPP, OAM, insuffisance cardiaque)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§9.3 (articles 62 à 65 et annexe 18 de la convention) ; avenant 9, art. 6 (article 27 bis)")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        if p.biosimilaires.is_none()
            && p.ipp.is_none()
            && p.oam.is_none()
            && !cardiologue_concerne(profile)
        {
            return Err(NotApplicable::of_year(
                |annee| {
                    format!(
                    "Aucun intéressement ne concerne votre exercice en {annee} : celui de l'insuffisance cardiaque est réservé aux cardiologues de secteur 1 ou adhérant à l'OPTAM (§9.3 D)."
                )
                },
                year.annee,
            ));
        }
        let ipp = &profile.interessements.ipp;
        Ok(Amounts {
            biosimilaires: p
                .biosimilaires
                .as_ref()
                .map(|b| biosimilaires::amounts(b, profile)),
            ipp: p.ipp.as_ref().map_or(Cents::ZERO, |r| {
                let economie = ipp.economie.value();
                // No saving entered (most physicians): no decimal arithmetic.
                if economie.is_zero() {
                    Cents::ZERO
                } else {
                    Cents::of(percent_of(economie, r.value))
                }
            }),
            oam: p
                .oam
                .as_ref()
                .map_or(Cents::ZERO, |o| oam_amount(profile, o)),
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
        if let (Some(b), Some(amounts)) = (&p.biosimilaires, &a.biosimilaires) {
            e.groups
                .extend(biosimilaires::groups(b, profile, amounts, detail));
            e.payments.push(biosimilaires::payment(year, amounts));
        }
        if let Some(r) = &p.ipp {
            e.groups.push(ipp_group(profile, r, a.ipp, detail));
            e.payments.push(later(year, "Intéressement IPP", a.ipp, r));
        }
        if let Some(o) = &p.oam {
            e.groups.push(oam_group(profile, o, a.oam, detail));
            e.payments
                .push(later(year, "Intéressement OAM", a.oam, &o.part));
        }
        if let Some(r) = p.insuffisance_cardiaque.as_ref() {
            if cardiologue_concerne(profile) {
                e.groups.push(insuffisance_cardiaque(r, detail));
            }
        }
        e
    }
}

fn later(year: Year, objet: &'static str, amount: Cents, r: &Resolved) -> Payment {
    Payment::new(
        format!("Année {}", year.annee + 1),
        objet,
        amount.value(),
        || r.citation().to_owned(),
    )
    .interpretation(PAID_NEXT_YEAR)
}

fn ipp_group(profile: &Profile, r: &Resolved, amount: Cents, detail: Detail) -> Group {
    let economie = profile.interessements.ipp.economie.value();
    Group::new(
        "INTERESSEMENTS.IPP",
        "Dé-prescription des inhibiteurs de la pompe à protons (IPP)",
        vec![Line::new(
            "INTERESSEMENTS.IPP",
            "Part du médecin de l'économie de ses dé-prescriptions d'IPP",
            detail.text(|| format!("{} × {}", euros(economie), pct(r.value))),
            amount,
            detail.text(|| r.citation().to_owned()),
        )
        .interpretation(NOT_IN_SOURCES)],
    )
}

fn oam_group(profile: &Profile, o: &Oam, amount: Cents, detail: Detail) -> Group {
    let oam = &profile.interessements.oam;
    let share = || {
        format!(
            "{} × {} ÷ {} prescripteurs",
            euros(o.economie.value),
            pct(o.part.value),
            plain(o.prescripteurs.value)
        )
    };
    let formula = || {
        if !oam.prescripteur {
            "non prescripteur d'OAM : l'intéressement collectif est réparti entre les prescripteurs"
                .to_owned()
        } else if oam_triggered(profile, o) {
            format!(
                "taux national d'initiation {} ≥ objectif {} : {}",
                pct(oam.taux_national.value()),
                pct(o.cible.value),
                share()
            )
        } else {
            format!(
                "taux national d'initiation {} < objectif {} : intéressement non déclenché",
                pct(oam.taux_national.value()),
                pct(o.cible.value)
            )
        }
    };
    Group::new(
        "INTERESSEMENTS.OAM",
        "Initiation des orthèses d'avancée mandibulaire (OAM)",
        vec![Line::new(
            "INTERESSEMENTS.OAM",
            "Part du prescripteur de l'intéressement collectif OAM",
            detail.text(formula),
            amount,
            detail.text(|| {
                format!(
                    "{} ; objectif : {} ; économie et prescripteurs : {}",
                    o.part.citation(),
                    o.cible.citation(),
                    o.economie.citation()
                )
            }),
        )
        .interpretations(o.economie.interpretation)
        .interpretations(o.prescripteurs.interpretation)],
    )
}

fn insuffisance_cardiaque(r: &Resolved, detail: Detail) -> Group {
    Group::new(
        "INTERESSEMENTS.INSUFFISANCE_CARDIAQUE",
        "Accompagnement des patients en insuffisance cardiaque",
        vec![Line::new(
            "INTERESSEMENTS.INSUFFISANCE_CARDIAQUE",
            "Rémunération forfaitaire selon les indicateurs de l'article 65",
            detail.text(|| "prévue à compter de 2026, mais non calculable : les règles de calcul des indicateurs, les seuils et les objectifs sont fixés ultérieurement par la CPN"),
            Cents::ZERO,
            detail.text(|| r.citation().to_owned()),
        )
        .note_in(detail, || "Montant inconnu à ce jour : il n'est pas compté dans le total.")],
    )
}
