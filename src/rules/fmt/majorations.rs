//! Majorations propres à l'exercice du médecin — Circulaire CNAM du 31/07/2024, §3.1 B, and the
//! transition of the demographic contracts, §3.2 A and the logigrammes of 14/03/2024.
//!
//! Each is a percentage of the socle alone (§3.1 B): the zone majoration (ZIP or QPV, pérenne, or
//! dégressive for a primo-installé — never both) and the age majoration, which adds to it.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::date::full_years;
use crate::input::{ContractKind, Practice, Zonage};
use crate::money::{euros, pct, Cents};
use crate::params::CONVENTION_2024;
use crate::report::{Detail, Line};

use super::super::kit::Year;
use super::Params;

const ZONE: &str = "FMT.MAJORATION.ZONE";
const AGE: &str = "FMT.MAJORATION.AGE";

/// Which zone majoration applies, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Outside,
    /// A CAIM, COSCOM or COTRAM running on 1 January excludes it for the year; `resigned` is the
    /// resignation later in the year, if any.
    Blocked {
        kind: ContractKind,
        resigned: Option<NaiveDate>,
    },
    /// Installed after the observation date: the first year comes with next year's FMT.
    NotYetInstalled,
    /// Primo-installé, year 1, 2 or 3 of installation.
    Primo(u8),
    /// The permanent ZIP/QPV majoration; `dated` is false when no installation date was given.
    Permanent {
        dated: bool,
    },
}

/// Whether the physician has reached the age of the majoration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    Unknown,
    Below(i32),
    Reached(i32),
}

/// The two majorations and what they pay.
#[derive(Debug, Clone, Copy)]
pub struct Majorations {
    zone: Zone,
    zone_amount: Cents,
    age: Age,
    age_amount: Cents,
}

impl Majorations {
    pub fn of(practice: &Practice, socle: Cents, p: &Params, year: Year) -> Self {
        let zone = zone(practice, year);
        let zone_amount = zone_rate(zone, p).map_or(Cents::ZERO, |r| socle_share(r, socle));
        let age = match practice.date_naissance.get() {
            None => Age::Unknown,
            Some(birth) => {
                let age = full_years(birth, year.observation_date);
                if i64::from(age) >= p.age_from {
                    Age::Reached(age)
                } else {
                    Age::Below(age)
                }
            }
        };
        let age_amount = match age {
            Age::Reached(_) => socle_share(p.age.value, socle),
            _ => Cents::ZERO,
        };
        Self {
            zone,
            zone_amount,
            age,
            age_amount,
        }
    }

    /// Both majorations: they add up (§3.1 B 2).
    pub fn total(&self) -> Cents {
        self.zone_amount + self.age_amount
    }

    pub fn lines(
        &self,
        practice: &Practice,
        socle: Cents,
        p: &Params,
        year: Year,
        detail: Detail,
    ) -> Vec<Line> {
        vec![
            self.zone_line(practice, socle, p, year, detail),
            self.age_line(socle, p, year, detail),
        ]
    }

    fn zone_line(
        &self,
        practice: &Practice,
        socle: Cents,
        p: &Params,
        year: Year,
        detail: Detail,
    ) -> Line {
        let libelle = "Majoration ZIP / QPV (cabinet principal)";
        let zone_name = match (practice.zonage == Zonage::Zip, practice.qpv) {
            (true, true) => "ZIP et QPV",
            (true, false) => "ZIP",
            _ => "QPV",
        };
        let line = match self.zone {
            Zone::Outside => {
                return Line::new(
                    ZONE,
                    libelle,
                    detail.text(|| {
                        "Cabinet principal hors ZIP et hors QPV : pas de majoration de zone."
                    }),
                    Cents::ZERO,
                    detail.text(|| p.zip_qpv.citation().to_owned()),
                )
            }
            Zone::Blocked { kind, resigned } => {
                blocked_line(kind, resigned, socle, p, year, detail)
            }
            Zone::NotYetInstalled => Line::new(
                ZONE,
                libelle,
                detail.text(|| {
                    "Installation postérieure à la date d'observation de la patientèle : la \
                     majoration commencera avec le FMT de l'année suivante."
                }),
                Cents::ZERO,
                detail.text(|| p.primo_installe[0].citation().to_owned()),
            ),
            Zone::Primo(rank) => primo_line(rank, zone_name, socle, self.zone_amount, p, detail),
            Zone::Permanent { dated } => {
                let (amount, zone) = (self.zone_amount, zone_name);
                permanent_line(practice, dated, zone, socle, amount, p, detail)
            }
        };
        let line = if practice.zonage == Zonage::Zip && practice.qpv {
            line.interpretation("Cabinet en ZIP et en QPV : une seule majoration de zone.")
        } else {
            line
        };
        line.interpretation(observation_reading(year))
    }

    fn age_line(&self, socle: Cents, p: &Params, year: Year, detail: Detail) -> Line {
        let libelle = format!(
            "Majoration médecin de {} ans et plus",
            crate::money::plain(p.age_seuil.value)
        );
        let line = match self.age {
            Age::Unknown => {
                return Line::new(
                    AGE,
                    libelle,
                    detail.text(|| "Date de naissance non renseignée : majoration non calculée."),
                    Cents::ZERO,
                    detail.text(|| p.age.citation().to_owned()),
                )
            }
            Age::Reached(age) => Line::new(
                AGE,
                libelle,
                detail.text(|| format!("{} (âge : {age} ans)", of_socle(p.age.value, socle))),
                self.age_amount,
                detail.text(|| p.age.citation().to_owned()),
            )
            .note_in(detail, || {
                "Cumulable avec la majoration de zone (§3.1 B 2)."
            }),
            Age::Below(age) => Line::new(
                AGE,
                libelle,
                detail.text(|| {
                    format!(
                        "{age} ans au {} : pas de majoration d'âge.",
                        crate::input::date::french(year.observation_date)
                    )
                }),
                Cents::ZERO,
                detail.text(|| p.age_seuil.citation().to_owned()),
            ),
        };
        line.interpretation(observation_reading(year))
    }
}

/// A CAIM, COSCOM or COTRAM running on 1 January: no zone majoration this year, and what
/// resigning opens (§3.2 A: the permanent majoration, not the primo-installé rates).
fn blocked_line(
    kind: ContractKind,
    resigned: Option<NaiveDate>,
    socle: Cents,
    p: &Params,
    year: Year,
    detail: Detail,
) -> Line {
    let instead = || euros(socle_share(p.zip_qpv.value, socle).value());
    let name = kind.name();
    let date = crate::input::date::french;
    let written = || match resigned {
        None => (
            format!("Contrat {name} conservé : pas de majoration de zone tant qu'il dure."),
            format!(
                "Le contrat {name} de la convention de 2016 se poursuit jusqu'à son terme. Le \
                 résilier mettrait fin à ses aides et ouvrirait la majoration de zone du FMT : \
                 {} par an au titre de {}.",
                instead(),
                year.annee
            ),
        ),
        Some(day) => (
            format!(
                "Contrat {name} en cours au {}, résilié le {} : pas de majoration de zone en {}.",
                date(year.parameters_date),
                date(day),
                year.annee
            ),
            format!(
                "La résiliation met fin aux aides du contrat {name} et ouvre la majoration de zone \
                 du FMT à partir de {} ({} par an au socle de {}).",
                year.annee + 1,
                instead(),
                year.annee
            ),
        ),
    };
    let (formula, note) = if detail.lignes() {
        written()
    } else {
        (String::new(), String::new())
    };
    Line::new(
        ZONE,
        "Majoration ZIP / QPV (cabinet principal)",
        formula,
        Cents::ZERO,
        detail.text(|| {
            format!(
                "{} ; logigrammes CAIM/COSCOM/COTRAM, multilatérale du 14/03/2024",
                CONVENTION_2024.cite("§3.2 A")
            )
        }),
    )
    .note_in(detail, || note)
    .interpretation(
        "Un contrat démographique en cours au 1er janvier de l'année de calcul (ni arrivé à son \
         terme avant ce jour, ni résilié ce jour-là ou avant) exclut la majoration de zone pour \
         toute l'année : la majoration fait l'objet d'un versement annuel (§3.1 B) ; une \
         résiliation en cours d'année l'ouvre à partir de l'année suivante, une résiliation au \
         1er janvier dès l'année.",
    )
}

fn primo_line(
    rank: u8,
    zone_name: &str,
    socle: Cents,
    amount: Cents,
    p: &Params,
    detail: Detail,
) -> Line {
    let rate = &p.primo_installe[usize::from(rank) - 1];
    let ordinal = if rank == 1 {
        "1re".to_owned()
    } else {
        format!("{rank}e")
    };
    Line::new(
        ZONE,
        format!("Majoration primo-installé en {zone_name}, {ordinal} année d'installation"),
        detail.text(|| of_socle(rate.value, socle)),
        amount,
        detail.text(|| rate.citation().to_owned()),
    )
    .note_in(detail, || {
        "La majoration pérenne ZIP/QPV ne s'y ajoute pas : les deux ne se cumulent pas."
    })
    .interpretation(
        "Année d'installation : la 1re année est celle du premier FMT calculé après la \
         première installation (années complètes d'installation au 31/12 de l'année \
         précédente, plus une).",
    )
    .interpretation(
        "La première installation libérale est supposée avoir eu lieu dans la zone du \
         cabinet principal actuel.",
    )
}

fn permanent_line(
    practice: &Practice,
    dated: bool,
    zone_name: &str,
    socle: Cents,
    amount: Cents,
    p: &Params,
    detail: Detail,
) -> Line {
    let line = Line::new(
        ZONE,
        format!("Majoration pérenne, cabinet principal en {zone_name}"),
        detail.text(|| of_socle(p.zip_qpv.value, socle)),
        amount,
        detail.text(|| p.zip_qpv.citation().to_owned()),
    );
    if resigned(practice) {
        line.note_in(detail, || {
            format!(
                "Contrat démographique résilié : la majoration de {} du FMT socle s'applique \
                 à la place de ses aides (§3.2 A), et non les taux du primo-installé.",
                pct(p.zip_qpv.value)
            )
        })
    } else if dated {
        line
    } else {
        line.interpretation(
            "Sans date de première installation, le médecin est traité comme installé \
             depuis plus de trois ans (majoration pérenne).",
        )
    }
}

/// The rate (in %) a zone situation gives, if any.
fn zone_rate(zone: Zone, p: &Params) -> Option<Decimal> {
    match zone {
        Zone::Primo(rank) => Some(p.primo_installe[usize::from(rank) - 1].value),
        Zone::Permanent { .. } => Some(p.zip_qpv.value),
        _ => None,
    }
}

fn zone(practice: &Practice, year: Year) -> Zone {
    if practice.zonage != Zonage::Zip && !practice.qpv {
        return Zone::Outside;
    }
    if let Some(zone) = blocking_contract(practice, year) {
        return zone;
    }
    if resigned(practice) {
        // §3.2 A: resigning opens « la majoration de 10 % » of the installed physician in ZIP.
        return Zone::Permanent { dated: true };
    }
    zone_without_contract(practice, year)
}

/// A CAIM, COSCOM or COTRAM the physician resigned (§3.2 A).
fn resigned(practice: &Practice) -> bool {
    practice
        .contrat_demographique
        .as_ref()
        .is_some_and(|c| c.kind != ContractKind::Cstm && c.resiliation.get().is_some())
}

/// The zone majoration the physician would have without a demographic contract: what resigning
/// it opens (§3.2 A).
fn zone_without_contract(practice: &Practice, year: Year) -> Zone {
    match installation_year(practice.date_premiere_installation.get(), year) {
        None => Zone::Permanent { dated: false },
        Some(0) => Zone::NotYetInstalled,
        Some(rank @ 1..=3) => Zone::Primo(rank as u8),
        Some(_) => Zone::Permanent { dated: true },
    }
}

/// CAIM, COSCOM and COTRAM exclude the zone majoration while they last (§3.2 A, logigrammes);
/// the CSTM concerns consultations in a zone where the physician is not installed.
fn blocking_contract(practice: &Practice, year: Year) -> Option<Zone> {
    let contract = practice.contrat_demographique.as_ref()?;
    let running = contract.runs_on(year.parameters_date);
    (contract.kind != ContractKind::Cstm && running).then(|| Zone::Blocked {
        kind: contract.kind,
        resigned: contract.resiliation.get(),
    })
}

/// Rank of the year of installation whose FMT this is: 1 for the first FMT after the first
/// installation; 0 if the physician was not yet installed on the observation date; `None` if the
/// date is unknown.
fn installation_year(first_installation: Option<NaiveDate>, year: Year) -> Option<i32> {
    let installed = first_installation?;
    if installed > year.observation_date {
        return Some(0);
    }
    Some(full_years(installed, year.observation_date) + 1)
}

/// Shown on both lines: the text gives no date at which the physician's situation is read.
fn observation_reading(year: Year) -> String {
    format!(
        "La situation du médecin (âge, ancienneté d'installation, zone) est appréciée au {}, date à \
         laquelle la patientèle du FMT {} est observée (§3.1 A) ; le texte ne fixe pas cette date.",
        crate::input::date::french(year.observation_date),
        year.annee
    )
}

/// `rate` % of the socle, rounded to the cent.
fn socle_share(rate: Decimal, socle: Cents) -> Cents {
    socle.percent(rate)
}

/// « 10 % × socle de 12 000 € »
fn of_socle(rate: Decimal, socle: Cents) -> String {
    format!("{} × socle de {}", pct(rate), euros(socle.value()))
}
