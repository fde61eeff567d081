//! Aides à l'installation, from 2026, paid once — Circulaire CNAM du 31/07/2024, §3.2 A: a
//! primo-installé (first installation in conventioned liberal practice) in a ZIP 10 000 €, in a ZAC
//! 5 000 €; a cabinet secondaire opened in a ZIP 3 000 €. Secteur 1 or secteur 2 OPTAM/OPTAM-ACO
//! only. They add to the majorations of the FMT.

use chrono::{Datelike, NaiveDate};

use crate::input::{Profile, Zonage};
use crate::money::{euros, Cents};
use crate::params::{aides_installation as a, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::{
    controlled_fees, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'aide à l'installation de la convention de 2024",
    feminine: true,
    replaces: Some("elle succède aux contrats démographiques de 2016"),
    replaced_by: None,
};
const WHEN: &str =
    "Aide ponctuelle comptée l'année de l'installation (ou de l'ouverture du cabinet secondaire), \
     si elle a lieu à partir du 01/01/2026 ; le texte ne date pas le versement.";

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
            let get = |param| params.get(param, year.parameters_date);
            Ok::<_, NotInForce>(Params {
                zip: get(&a::PRIMO_INSTALLE_ZIP)?,
                zac: get(&a::PRIMO_INSTALLE_ZAC)?,
                cabinet_secondaire: get(&a::CABINET_SECONDAIRE_ZIP)?,
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

/// The two one-off aids of the year.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    primo: Cents,
    secondary: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.primo + self.secondary
    }
}

impl Computation for AidesInstallation {
    const CODE: &'static str = "AIDES_INSTALLATION";
    const LIBELLE: &'static str = "Aides à l'installation";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§3.2 A (articles 25 à 27-2 de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        if !controlled_fees(&profile.exercice) {
            return Err(NotApplicable::new(
                "Les aides à l'installation sont réservées au secteur 1 et au secteur 2 adhérant à l'OPTAM \
                 ou à l'OPTAM-ACO.",
            ));
        }
        let value = |r: Option<&Resolved>| r.map_or(Cents::ZERO, |r| Cents::of(r.value));
        Ok(Amounts {
            primo: value(p.primo(profile, year)),
            secondary: value(p.secondary(profile, year)),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let lines = vec![
            primo_line(p, profile, year, a, detail),
            secondary_line(p, profile, year, a, detail),
        ];
        Explained {
            groups: vec![Group::new(
                "AIDES_INSTALLATION.AIDES",
                "Aides ponctuelles",
                lines,
            )],
            payments: vec![Payment::new(
                format!("Année {} (une fois)", year.annee),
                "Aides à l'installation",
                (a.primo + a.secondary).value(),
                Self::source,
            )
            .interpretation(WHEN)],
        }
    }
}

fn primo_line(p: &Params, profile: &Profile, year: Year, a: &Amounts, detail: Detail) -> Line {
    let e = &profile.exercice;
    let primo = p.primo(profile, year);
    let formula = detail.text(|| match (e.date_premiere_installation.get(), primo) {
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
    });
    Line::new(
        "AIDES_INSTALLATION.PRIMO_INSTALLE",
        "Aide au médecin primo-installé en ZIP ou en ZAC",
        formula,
        a.primo,
        detail.text(|| {
            primo.map_or_else(|| p.zip.citation().to_owned(), |r| r.citation().to_owned())
        }),
    )
    .interpretation(WHEN)
    .note_in(detail, || {
        "Elle s'ajoute aux majorations du FMT pour les médecins installés en ZIP ou en QPV."
    })
}

fn secondary_line(p: &Params, profile: &Profile, year: Year, a: &Amounts, detail: Detail) -> Line {
    let e = &profile.exercice;
    let formula = detail.text(
        || match (e.cabinet_secondaire_zip, p.secondary(profile, year)) {
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
    );
    Line::new(
        "AIDES_INSTALLATION.CABINET_SECONDAIRE",
        "Aide à l'ouverture d'un cabinet secondaire en ZIP",
        formula,
        a.secondary,
        detail.text(|| p.cabinet_secondaire.citation().to_owned()),
    )
    .interpretation(WHEN)
}
