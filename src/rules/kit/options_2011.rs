//! What the two options of the 2011 convention share (circulaire CNAMTS 19/2011, II.1 a): the
//! adhesion, the sector condition, the fees they are computed on, and the payment of year n in
//! n+1.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::{OptionKind, Profile, Secteur};
use crate::money::{euros, pct, percent_of, Cents};
use crate::params::{Resolved, CONVENTION_2011};
use crate::report::Payment;

use super::{NotApplicable, Year};

/// The adhesion to `kind` in force in `year`: its date, or why the option does not apply.
pub fn adhesion(
    profile: &Profile,
    kind: OptionKind,
    name: &str,
    year: Year,
) -> Result<NaiveDate, NotApplicable> {
    let o = &profile.options_2011;
    if o.option != kind {
        return Err(NotApplicable::new(format!("Pas d'adhésion à l'{name}.")));
    }
    // The validation requires the date of an option chosen.
    let date = o
        .date_adhesion
        .get()
        .ok_or_else(|| NotApplicable::new("Date d'adhésion non saisie."))?;
    if date > year.end_date {
        return Err(NotApplicable::new(format!(
            "Adhésion à l'{name} le {}, après l'année {}.",
            crate::input::date::french(date),
            year.annee
        )));
    }
    match profile.exercice.secteur {
        Secteur::Un => Ok(date),
        Secteur::Deux if o.secteur_2_tarifs_opposables => Ok(date),
        Secteur::Deux => Err(NotApplicable::new(format!(
            "L'{name} est ouverte au secteur 1, et au secteur 2 avec l'option de coordination ou \
             l'engagement d'appliquer les tarifs opposables dans la zone."
        ))),
    }
}

/// The fees without overrun made in the zone, in €.
pub fn fees(profile: &Profile) -> Decimal {
    profile.options_2011.honoraires_zone.value()
}

/// The aide à l'activité: a rate of the fees, capped.
#[derive(Debug, Clone, Copy)]
pub struct Activity {
    /// The rate applied to the fees, before the cap.
    pub raw: Cents,
    pub paid: Cents,
}

impl Activity {
    pub fn of(profile: &Profile, rate: &Resolved, cap: &Resolved) -> Self {
        let raw = Cents::of(percent_of(fees(profile), rate.value));
        let paid = if raw.value() > cap.value {
            Cents::of(cap.value)
        } else {
            raw
        };
        Self { raw, paid }
    }

    /// « 10 % × 150 000 € d'honoraires sans dépassement dans la zone = 15 000 € », and the cap.
    pub fn formula(&self, profile: &Profile, rate: &Resolved) -> String {
        let base = format!(
            "{} × {} d'honoraires sans dépassement dans la zone = {}",
            pct(rate.value),
            euros(fees(profile)),
            euros(self.raw.value())
        );
        if self.paid == self.raw {
            base
        } else {
            format!("{base}, plafonné à {}", euros(self.paid.value()))
        }
    }
}

/// The payment of year n, in the second quarter of n+1.
pub fn payment(year: Year, objet: String, total: Cents) -> Payment {
    Payment::new(
        format!("2e trimestre {}", year.annee + 1),
        objet,
        total.value(),
        || CONVENTION_2011.cite("II.1 a) (paiements de l'année n en n+1, premiers versements au 2e trimestre 2013)"),
    )
    .interpretation(
        "Les paiements de l'année n interviennent en n+1 : le calendrier des premiers versements (2e \
         trimestre 2013 pour 2012) est appliqué à chaque année.",
    )
}
