//! When the FMT is paid — Circulaire CNAM du 31/07/2024, §3.1 A « Modalités de versement » and
//! §3.1 B: socle and majoration C2S in four payments during year n, at the end of each quarter
//! (à terme échu); the majorations of the physician by one automated yearly payment.

use rust_decimal::Decimal;

use crate::money::split;
use crate::params::CONVENTION_2024;
use crate::report::{Group, Payment};

use super::super::kit::Year;

const QUARTERS: [&str; 4] = [
    "1er trimestre",
    "2e trimestre",
    "3e trimestre",
    "4e trimestre",
];

/// The majorations paid once a year, each with its group, its object, its section of the
/// circulaire and the reading of a text silent on its date: (group, object, section, reading).
const YEARLY: [(&str, &str, &str, &str); 2] = [
    (
        "FMT.MAJORATIONS",
        "Majorations d'exercice (zone, âge)",
        "§3.1 B",
        "Le texte prévoit un versement annuel des majorations sans en fixer la date : il est \
         présenté dans l'année n.",
    ),
    (
        "FMT.PREVENTION",
        "Majorations prévention",
        "§3.1 C",
        "Le texte ne dit pas quand le volet prévention est versé : il est présenté comme un \
         versement annuel de l'année n.",
    ),
];

fn subtotal(groups: &[Group], code: &str) -> Decimal {
    crate::money::sum(
        groups
            .iter()
            .filter(|g| g.code == code)
            .map(|g| g.sous_total),
    )
}

pub fn schedule(groups: &[Group], year: Year) -> Vec<Payment> {
    let quarterly = subtotal(groups, "FMT.SOCLE") + subtotal(groups, "FMT.C2S");
    let mut payments: Vec<Payment> = QUARTERS
        .iter()
        .zip(split(quarterly, 4))
        .map(|(quarter, montant)| {
            Payment::new(
                format!("{quarter} {} (à terme échu)", year.annee),
                "FMT socle et majoration C2S (un quart)",
                montant,
                || CONVENTION_2024.cite("§3.1 A, modalités de versement"),
            )
        })
        .collect();
    for (code, objet, section, interpretation) in YEARLY {
        let montant = subtotal(groups, code);
        if !montant.is_zero() {
            payments.push(
                Payment::new(
                    format!("Année {} (versement annuel)", year.annee),
                    objet,
                    montant,
                    || CONVENTION_2024.cite(section),
                )
                .interpretation(interpretation),
            );
        }
    }
    payments
}
