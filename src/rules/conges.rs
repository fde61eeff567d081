//! Aide financière complémentaire en cas d'interruption de l'activité pour maternité, paternité
//! ou adoption — article 70.2 of the 2016 convention, avenant 9 art. 8.2: a monthly amount by
//! sector (secteur 1 or OPTAM, or secteur 2 without it) for 8 weekly half-days and more, 75 % of
//! it from 6 to 8, 50 % from 4 to 6, for the length of the leave. The maternity amounts are derived
//! from the paternity ones (72 %, see `params::conges`).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::input::{NatureConge, Profile};
use crate::money::{count, euros, pct, plain, Cents};
use crate::params::{conges as c, NotInForce, Parameters, Resolved, AVENANT_9};
use crate::report::{Group, Line, Payment};

use super::kit::periods::first_in_year;
use super::kit::{
    controlled_fees, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'aide en cas d'interruption pour maternité, paternité ou adoption",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

/// Days in a month, to turn the monthly amount into the amount of a leave counted in days.
const DAYS_PER_MONTH: Decimal = dec!(30);

const MONTH: &str = "L'aide est mensuelle, « pour la durée du congé » : un congé compté en jours est payé au prorata d'un mois de 30 jours.";

const ADOPTION: &str = "L'article 70.2 traite ensemble maternité et adoption ; les sources ne donnent pas de montant propre à l'adoption : l'aide de la maternité est appliquée.";

#[derive(Debug, Clone)]
pub struct Params {
    maternite_opposable: Resolved,
    maternite_secteur_2: Resolved,
    paternite_opposable: Resolved,
    paternite_secteur_2: Resolved,
    /// Half-days per week for the whole aid, 75 % and 50 %.
    seuils: [Resolved; 3],
    taux_75: Resolved,
    taux_50: Resolved,
}

#[derive(Debug, Clone)]
pub struct Conges(InForce<Params>);

impl Conges {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let get = |param| first_in_year(params, param, year);
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                maternite_opposable: get(&c::MATERNITE_OPPOSABLE)?,
                maternite_secteur_2: get(&c::MATERNITE_SECTEUR_2)?,
                paternite_opposable: get(&c::PATERNITE_OPPOSABLE)?,
                paternite_secteur_2: get(&c::PATERNITE_SECTEUR_2)?,
                seuils: [
                    get(&c::DEMI_JOURNEES_PLEIN)?,
                    get(&c::DEMI_JOURNEES_75)?,
                    get(&c::DEMI_JOURNEES_50)?,
                ],
                taux_75: get(&c::TAUX_75)?,
                taux_50: get(&c::TAUX_50)?,
            })
        }))
    }
}

/// The monthly amount for 8 half-days and more, by leave and sector.
fn base<'a>(p: &'a Params, profile: &Profile) -> &'a Resolved {
    let opposable = controlled_fees(&profile.exercice);
    match (profile.conge_parental.nature, opposable) {
        (NatureConge::Paternite, true) => &p.paternite_opposable,
        (NatureConge::Paternite, false) => &p.paternite_secteur_2,
        (_, true) => &p.maternite_opposable,
        (_, false) => &p.maternite_secteur_2,
    }
}

/// The share of the aid for the weekly half-days (none under the lowest threshold), and the
/// thresholds of its band: from the first, below the second if any.
fn share<'a>(p: &'a Params, profile: &Profile) -> Option<(Decimal, Band<'a>)> {
    let n = Decimal::from(profile.conge_parental.demi_journees);
    let [full, three_quarters, half] = &p.seuils;
    if n >= full.value {
        Some((Decimal::ONE_HUNDRED, (full, None)))
    } else if n >= three_quarters.value {
        Some((p.taux_75.value, (three_quarters, Some(full))))
    } else if n >= half.value {
        Some((p.taux_50.value, (half, Some(three_quarters))))
    } else {
        None
    }
}

/// A band of weekly half-days: its lowest threshold, and the next one above it if any.
type Band<'a> = (&'a Resolved, Option<&'a Resolved>);

/// The words that say why a share applies, for the report only (the total reads the share alone).
fn band_words((from, below): Band) -> String {
    match below {
        None => format!("{} demi-journées et plus", plain(from.value)),
        Some(below) => format!(
            "de {} à moins de {} demi-journées",
            plain(from.value),
            plain(below.value)
        ),
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    aide: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.aide
    }
}

fn nature(n: NatureConge) -> &'static str {
    match n {
        NatureConge::Aucun => "aucun congé",
        NatureConge::Maternite => "congé maternité",
        NatureConge::Paternite => "congé paternité",
        NatureConge::Adoption => "congé d'adoption",
    }
}

impl Computation for Conges {
    const CODE: &'static str = "CONGES";
    const LIBELLE: &'static str =
        "Aide en cas d'interruption pour maternité, paternité ou adoption";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        AVENANT_9.cite("art. 8.2 (article 70.2 de la convention de 2016)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let leave = &profile.conge_parental;
        if leave.nature == NatureConge::Aucun {
            return Err(NotApplicable::new(
                "Aucun congé de maternité, de paternité ou d'adoption saisi pour l'année.",
            ));
        }
        let aide = share(p, profile).map_or(Cents::ZERO, |(rate, _)| {
            let monthly = crate::money::percent_of(base(p, profile).value, rate);
            Cents::of(monthly * Decimal::from(leave.jours) / DAYS_PER_MONTH)
        });
        Ok(Amounts { aide })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let leave = &profile.conge_parental;
        let r = base(p, profile);
        let sector = || {
            if controlled_fees(&profile.exercice) {
                "secteur 1 ou OPTAM"
            } else {
                "secteur 2 sans OPTAM"
            }
        };
        let formula =
            detail.text(
                || match share(p, profile).map(|(rate, band)| (rate, band_words(band))) {
                    Some((rate, why)) => format!(
                        "{} ({}, {why} par semaine) : {} par mois × {} × {} jour(s) ÷ 30",
                        nature(leave.nature),
                        sector(),
                        euros(r.value),
                        pct(rate),
                        count(leave.jours)
                    ),
                    None => format!(
                        "{} : {} demi-journée(s) par semaine, moins des {} qui ouvrent l'aide",
                        nature(leave.nature),
                        count(leave.demi_journees),
                        plain(p.seuils[2].value)
                    ),
                },
            );
        let mut line = Line::new(
            "CONGES.AIDE",
            "Aide financière complémentaire pour la durée du congé",
            formula,
            a.aide,
            detail.text(|| r.citation().to_owned()),
        )
        .interpretations(r.interpretation)
        .interpretation(MONTH);
        if leave.nature == NatureConge::Adoption {
            line = line.interpretation(ADOPTION);
        }
        Explained {
            groups: vec![Group::new(
                "CONGES.AIDE",
                "Aide pendant le congé",
                vec![line],
            )],
            payments: vec![Payment::new(
                format!("Pendant le congé, en {}", year.annee),
                "Aide maternité, paternité ou adoption",
                a.aide.value(),
                Self::source,
            )
            .interpretation(
                "Le texte ne date pas le versement : il est présenté pendant le congé.",
            )],
        }
    }
}
