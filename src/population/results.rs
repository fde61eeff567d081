//! The results as CSV, the French way (`;`, decimal comma): one line per row of the cohort (its
//! totals or its errors), and the aggregates as a long table (`section;groupe;scenario;mesure;
//! valeur`) that any spreadsheet can filter or pivot.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::aggregate::Summary;
use super::costing::{Costing, RowOutcome};
use super::csv::{french_number, push_field, SEPARATOR};
use super::distribution;
use crate::money::round_cents;

/// Appends an amount in euros with a decimal comma and two decimals (« 1234,50 »), written in
/// place (a row's four amounts, for every row of a file: no text made for each).
fn push_euros(out: &mut String, v: Decimal) {
    let start = out.len();
    let _ = write!(out, "{}", round_cents(v));
    if let Some(point) = out[start..].find('.') {
        out.replace_range(start + point..=start + point, ",");
    }
}

/// The header of the per-row results: the line, the status, each column's total, each
/// difference with the first, the errors.
pub fn rows_header(costing: &Costing) -> String {
    let mut out = String::new();
    let mut field = |text: &str| {
        if !out.is_empty() {
            out.push(SEPARATOR);
        }
        push_field(&mut out, text);
    };
    field("ligne");
    field("statut");
    for (nom, _) in costing.columns() {
        field(&format!("total {nom}"));
    }
    for (nom, _) in &costing.columns()[1..] {
        field(&format!("ecart {nom}"));
    }
    field("erreurs");
    out
}

/// One line of the per-row results (without the line break).
pub fn row_line(outcome: &RowOutcome, columns: usize, out: &mut String) {
    let _ = write!(out, "{}", outcome.ligne());
    match outcome {
        RowOutcome::Costed { costed, .. } => {
            out.push_str(";calculé");
            let totals = &costed.totals()[..columns];
            for t in totals {
                out.push(SEPARATOR);
                push_euros(out, *t);
            }
            for t in &totals[1..] {
                out.push(SEPARATOR);
                push_euros(out, *t - totals[0]);
            }
            out.push(SEPARATOR);
        }
        RowOutcome::Invalid { erreurs, .. } => {
            out.push_str(";invalide");
            for _ in 0..2 * columns - 1 {
                out.push(SEPARATOR);
            }
            out.push(SEPARATOR);
            let text: Vec<String> = erreurs
                .iter()
                .map(|e| {
                    if e.champ.is_empty() {
                        e.message.clone()
                    } else {
                        format!("{} : {}", e.champ, e.message)
                    }
                })
                .collect();
            push_field(out, &text.join(" | "));
        }
    }
}

/// The header of the errors of the invalid rows.
pub const ERRORS_HEADER: &str = "ligne;champ;message";

/// The errors of an invalid row, one line each (nothing for a costed row).
pub fn error_lines(outcome: &RowOutcome, out: &mut String) {
    if let RowOutcome::Invalid { ligne, erreurs } = outcome {
        for e in erreurs {
            out.push_str(&ligne.to_string());
            out.push(SEPARATOR);
            push_field(out, &e.champ);
            out.push(SEPARATOR);
            push_field(out, &e.message);
            out.push('\n');
        }
    }
}

/// The aggregates as a long table.
pub fn summary_csv(summary: &Summary) -> String {
    let mut out = String::from("section;groupe;scenario;mesure;valeur\n");
    let mut line = |section: &str, groupe: &str, scenario: &str, mesure: &str, valeur: &str| {
        for (i, f) in [section, groupe, scenario, mesure].into_iter().enumerate() {
            if i > 0 {
                out.push(SEPARATOR);
            }
            push_field(&mut out, f);
        }
        out.push(SEPARATOR);
        push_field(&mut out, &french_number(valeur));
        out.push('\n');
    };
    let l = &summary.lignes;
    for (mesure, n) in [
        ("lues", l.lues),
        ("valides", l.valides),
        ("invalides", l.invalides),
    ] {
        line("lignes", "", "", mesure, &n.to_string());
    }
    for s in &summary.scenarios {
        line(
            "total",
            "",
            &s.nom,
            "total",
            &round_cents(s.total).to_string(),
        );
        line(
            "total",
            "",
            &s.nom,
            "ecart",
            &round_cents(s.ecart).to_string(),
        );
    }
    let names: Vec<&str> = summary.scenarios.iter().map(|s| s.nom.as_str()).collect();
    for d in &summary.dispositifs {
        let groupe = format!("{} — {}", d.code, d.libelle);
        for (i, nom) in names.iter().enumerate() {
            line(
                "dispositif",
                &groupe,
                nom,
                "total",
                &round_cents(d.montants[i]).to_string(),
            );
            line(
                "dispositif",
                &groupe,
                nom,
                "ecart",
                &round_cents(d.ecarts[i]).to_string(),
            );
        }
    }
    for v in &summary.comparaisons {
        let nom = v.nom.as_str();
        for (mesure, c) in [
            ("gagnants", &v.gagnants),
            ("perdants", &v.perdants),
            ("inchanges", &v.inchanges),
        ] {
            line("comparaison", "", nom, mesure, &c.nombre.to_string());
            line(
                "comparaison",
                "",
                nom,
                &format!("part des {mesure} (%)"),
                &c.part,
            );
        }
        line(
            "comparaison",
            "",
            nom,
            "ecart moyen",
            &round_cents(v.ecart_moyen).to_string(),
        );
        line(
            "comparaison",
            "",
            nom,
            "sans reference",
            &v.sans_reference.to_string(),
        );
        for (section, d) in [
            ("ecarts en euros", &v.ecarts_euros),
            ("ecarts en %", &v.ecarts_pourcent),
        ] {
            distribution_lines(&mut line, section, nom, d);
        }
        for (section, list) in [
            ("plus fortes hausses", &v.plus_fortes_hausses),
            ("plus fortes baisses", &v.plus_fortes_baisses),
        ] {
            for e in list {
                line(
                    section,
                    &format!("ligne {}", e.ligne),
                    nom,
                    "ecart",
                    &round_cents(e.ecart).to_string(),
                );
            }
        }
    }
    for b in &summary.repartitions {
        for g in &b.groupes {
            line(
                b.dimension,
                g.groupe.libelle,
                "",
                "nombre",
                &g.nombre.to_string(),
            );
            for (i, nom) in names.iter().enumerate() {
                line(
                    b.dimension,
                    g.groupe.libelle,
                    nom,
                    "total",
                    &round_cents(g.totaux[i]).to_string(),
                );
            }
            for (i, nom) in names[1..].iter().enumerate() {
                line(
                    b.dimension,
                    g.groupe.libelle,
                    nom,
                    "ecart",
                    &round_cents(g.ecarts[i]).to_string(),
                );
                line(
                    b.dimension,
                    g.groupe.libelle,
                    nom,
                    "gagnants",
                    &g.gagnants[i].to_string(),
                );
                line(
                    b.dimension,
                    g.groupe.libelle,
                    nom,
                    "perdants",
                    &g.perdants[i].to_string(),
                );
                line(
                    b.dimension,
                    g.groupe.libelle,
                    nom,
                    "inchanges",
                    &g.inchanges[i].to_string(),
                );
            }
        }
    }
    for e in &summary.erreurs {
        line(
            "erreurs",
            &format!("ligne {}", e.ligne),
            "",
            &e.champ,
            &e.message,
        );
    }
    out
}

fn distribution_lines(
    line: &mut impl FnMut(&str, &str, &str, &str, &str),
    section: &str,
    nom: &str,
    d: &distribution::Summary,
) {
    for (mesure, v) in [("min", &d.min), ("mediane", &d.mediane), ("max", &d.max)] {
        if let Some(v) = v {
            line(section, "", nom, mesure, v);
        }
    }
    for (k, v) in d.deciles.iter().enumerate() {
        line(section, &format!("D{}", k + 1), nom, "decile", v);
    }
    for b in &d.histogramme {
        let bound = |x: &Option<String>, infinity: &str| {
            x.as_deref()
                .map_or(infinity.to_owned(), |s| french_number(s).into_owned())
        };
        let groupe = format!("de {} à {}", bound(&b.de, "-∞"), bound(&b.a, "+∞"));
        line(section, &groupe, nom, "nombre", &b.nombre.to_string());
    }
}
