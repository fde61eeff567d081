//! Aides à l'installation, from 2026, paid once — Circulaire CNAM du 31/07/2024, §3.2 A: a
//! primo-installé (first installation in conventioned liberal practice) in a ZIP 10 000 €, in a ZAC
//! 5 000 €; a cabinet secondaire opened in a ZIP 3 000 €. Secteur 1 or secteur 2 OPTAM/OPTAM-ACO
//! only. They add to the majorations of the FMT.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::input::{Profile, Zonage};
use crate::money::euros;
use crate::params::{NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Dispositif, Group, Line, Payment};

use super::{controlled_fees, InForce, Lifecycle, Rule, Year};

const CODE: &str = "AIDES_INSTALLATION";
const LIBELLE: &str = "Aides à l'installation";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'aide à l'installation de la convention de 2024",
    feminine: true,
    replaces: Some("elle succède aux contrats démographiques de 2016"),
    replaced_by: None,
};
const WHEN: &str =
    "Aide ponctuelle comptée l'année de l'installation (ou de l'ouverture du cabinet secondaire), \
                    si elle a lieu à partir du 01/01/2026 ; le texte ne date pas le versement.";

fn source() -> String {
    CONVENTION_2024.cite("§3.2 A (articles 25 à 27-2 de la convention)")
}

#[derive(Debug, Clone)]
pub struct Params {
    zip: Resolved,
    zac: Resolved,
    cabinet_secondaire: Resolved,
}

#[derive(Debug, Clone)]
pub struct AidesInstallation(InForce<Params>);

impl AidesInstallation {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let get = |id| params.get(id, year.parameters_date);
            Ok::<_, NotInForce>(Params {
                zip: get(&crate::params::aides_installation::PRIMO_INSTALLE_ZIP)?,
                zac: get(&crate::params::aides_installation::PRIMO_INSTALLE_ZAC)?,
                cabinet_secondaire: get(
                    &crate::params::aides_installation::CABINET_SECONDAIRE_ZIP,
                )?,
            })
        }))
    }
}

fn in_year(date: Option<NaiveDate>, year: Year) -> bool {
    date.is_some_and(|d| d.year() == year.annee)
}

impl Params {
    /// The primo-installé aid of the zone, if the first installation is in this year.
    fn primo(&self, profile: &Profile, year: Year) -> Option<&Resolved> {
        if !in_year(profile.exercice.date_premiere_installation.get(), year) {
            return None;
        }
        match profile.exercice.zonage {
            Zonage::Zip => Some(&self.zip),
            Zonage::Zac => Some(&self.zac),
            Zonage::HorsZonage => None,
        }
    }

    fn secondary(&self, profile: &Profile, year: Year) -> Option<&Resolved> {
        let e = &profile.exercice;
        (e.cabinet_secondaire_zip && in_year(e.date_ouverture_cabinet_secondaire.get(), year))
            .then_some(&self.cabinet_secondaire)
    }
}

impl Rule for AidesInstallation {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, year: Year) -> Decimal {
        match &self.0 {
            InForce::Yes(p) if controlled_fees(&profile.exercice) => {
                [p.primo(profile, year), p.secondary(profile, year)]
                    .iter()
                    .flatten()
                    .map(|r| r.value)
                    .sum()
            }
            _ => Decimal::ZERO,
        }
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, source, |p| {
        if !controlled_fees(&profile.exercice) {
            return Dispositif::not_applicable(
                CODE,
                LIBELLE,
                source(),
                "Les aides à l'installation sont réservées au secteur 1 et au secteur 2 adhérant à l'OPTAM \
                 ou à l'OPTAM-ACO."
                    .to_owned(),
            );
        }
        let e = &profile.exercice;
        let installed = e.date_premiere_installation.get();
        let primo_formula = match (installed, p.primo(profile, year)) {
            (Some(d), Some(r)) => format!(
                "Première installation le {} en {} → aide ponctuelle de {}",
                crate::input::date::french(d),
                if e.zonage == Zonage::Zip {
                    "ZIP"
                } else {
                    "ZAC"
                },
                euros(r.value)
            ),
            (Some(d), None) if d.year() == year.annee => {
                "Première installation hors ZIP et hors ZAC : pas d'aide".to_owned()
            }
            (Some(d), None) => format!(
                "Première installation en {} : l'aide ne concerne que l'année de l'installation",
                d.year()
            ),
            (None, _) => "Date de première installation non renseignée".to_owned(),
        };
        let primo = p.primo(profile, year);
        let mut lines = vec![Line::new(
            "AIDES_INSTALLATION.PRIMO_INSTALLE",
            "Aide au médecin primo-installé en ZIP ou en ZAC",
            primo_formula,
            primo.map_or(Decimal::ZERO, |r| r.value),
            primo.map_or_else(|| p.zip.citation.clone(), |r| r.citation.clone()),
        )
        .interpretation(WHEN)
        .note(
            "Elle s'ajoute aux majorations du FMT pour les médecins installés en ZIP ou en QPV.",
        )];
        let secondary = p.secondary(profile, year);
        lines.push(
            Line::new(
                "AIDES_INSTALLATION.CABINET_SECONDAIRE",
                "Aide à l'ouverture d'un cabinet secondaire en ZIP",
                match (e.cabinet_secondaire_zip, secondary) {
                    (true, Some(r)) => format!(
                        "Cabinet secondaire en ZIP ouvert le {} → {}",
                        e.date_ouverture_cabinet_secondaire
                            .get()
                            .map_or(String::new(), crate::input::date::french),
                        euros(r.value)
                    ),
                    (true, None) => {
                        "Cabinet secondaire en ZIP ouvert une autre année : pas d'aide cette année"
                            .to_owned()
                    }
                    (false, _) => "Pas de cabinet secondaire en ZIP".to_owned(),
                },
                secondary.map_or(Decimal::ZERO, |r| r.value),
                p.cabinet_secondaire.citation.clone(),
            )
            .interpretation(WHEN),
        );
        let groups = vec![Group::new(
            "AIDES_INSTALLATION.AIDES",
            "Aides ponctuelles",
            lines,
        )];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment::new(
            format!("Année {} (une fois)", year.annee),
            "Aides à l'installation",
            total,
            source(),
        )
        .interpretation(WHEN)];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
        })
    }
}
