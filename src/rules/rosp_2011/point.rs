//! The value of the point of the 2011 ROSP for a year: 7 €, raised by 15 %, 10 % and 5 % in the
//! first three years after a first installation in liberal practice (circulaire CNAMTS 19/2011,
//! II.4 c).

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{euros, pct, percent_of, plain};
use crate::params::Resolved;

use super::super::kit::{cite_all, Year};
use super::Params;

/// How the calculator reads « la première année » of the majoration.
const READING: &str =
    "La majoration de la valeur du point s'applique à toute la ROSP de l'année ; l'année civile de \
     la première installation compte pour la première année, les deux suivantes pour la deuxième et \
     la troisième (le détail est à l'annexe XVII, hors sources).";

#[derive(Debug, Clone)]
pub struct PointValue {
    base: Resolved,
    /// The year after the first installation (1 to 3) and the majoration of that year.
    majoration: Option<(i32, Resolved)>,
    /// The value of the point, majoration included.
    pub value: Decimal,
}

impl PointValue {
    pub fn of(p: &Params, profile: &Profile, year: Year) -> Self {
        let rank = profile
            .exercice
            .date_premiere_installation
            .get()
            .map(|d| year.annee - d.year() + 1);
        let majoration = rank
            .filter(|r| (1..=3).contains(r))
            .and_then(|r| Some((r, p.majorations.get(usize::try_from(r - 1).ok()?)?.clone())));
        let value = match &majoration {
            Some((_, m)) => p.point.value + percent_of(p.point.value, m.value),
            None => p.point.value,
        };
        Self {
            base: p.point.clone(),
            majoration,
            value,
        }
    }

    /// « 7 € » or « 8,05 € (7 € majoré de 15 %, 1re année d'installation) ».
    pub fn formula(&self) -> String {
        match &self.majoration {
            None => euros(self.value),
            Some((rank, m)) => format!(
                "{} ({} majoré de {}, {}{} année d'installation)",
                euros(self.value),
                euros(self.base.value),
                pct(m.value),
                rank,
                if *rank == 1 { "re" } else { "e" }
            ),
        }
    }

    /// The citations of `values`, then of the point and its majoration if any.
    pub fn citation(&self, values: &[&Resolved]) -> String {
        let mut all = values.to_vec();
        all.push(&self.base);
        if let Some((_, m)) = &self.majoration {
            all.push(m);
        }
        cite_all(&all)
    }

    /// The reading of the majoration, on the lines it raises.
    pub fn reading(&self) -> Option<&'static str> {
        self.majoration.as_ref().map(|_| READING)
    }

    /// « 75 points × 7 € »
    pub fn times(&self, points: Decimal) -> String {
        format!("{} points × {}", plain(points), self.formula())
    }
}
