//! Validation of a scenario: every error at once, each on the path of its field (dots between
//! keys, list positions from 0), in French. Nothing here panics, whatever the numbers.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{
    cle_syndicat, lignes_signataires, n_sieges, College, ResultatsCollege, Saisie, Signataires,
};
use crate::input::FieldError;
use crate::money::count;

/// Largest number of votes (or expressed votes) accepted: more than the physicians who vote.
pub const MAX_VOIX: i64 = 10_000_000;

/// Largest number of seats accepted in a college.
pub const MAX_SIEGES: i64 = 100;

/// Largest number of unions accepted in a college, and of signatories: the URPS elections count a
/// handful of lists per college (four representative unions in each in 2021); more is a mistake,
/// and the bound keeps the computation and its messages short whatever is sent.
pub const MAX_SYNDICATS: usize = 50;

/// Longest name of a union accepted, in characters.
pub const MAX_NOM: usize = 100;

/// All the errors of `scenario`; empty when it can be computed.
pub fn validate(scenario: &Saisie) -> Vec<FieldError> {
    let errors = sizes(scenario);
    if !errors.is_empty() {
        // Lists beyond the bounds are not read further: their errors alone would be thousands.
        return errors;
    }
    let mut errors = Vec::new();
    for college in College::ALL {
        results(
            scenario.resultats.college(college),
            &format!("resultats.{}", college.cle()),
            &mut errors,
        );
    }
    signatories(scenario, &mut errors);
    for college in College::ALL {
        seats(scenario, college, &mut errors);
    }
    errors
}

/// The lists longer than [`MAX_SYNDICATS`].
fn sizes(scenario: &Saisie) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for college in College::ALL {
        let n = scenario.resultats.college(college).syndicats.len();
        if n > MAX_SYNDICATS {
            errors.push(FieldError::new(
                format!("resultats.{}.syndicats", college.cle()),
                format!("{MAX_SYNDICATS} syndicats au plus par collège ({n} saisis)."),
            ));
        }
    }
    let n = scenario.signataires.len();
    if n > MAX_SYNDICATS {
        errors.push(FieldError::new(
            "signataires",
            format!("{MAX_SYNDICATS} syndicats signataires au plus ({n} saisis)."),
        ));
    }
    errors
}

/// A union's name, if it is one: not empty, not too long.
fn name_error(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        Some("Nom du syndicat attendu.".to_owned())
    } else if name.trim().chars().count() > MAX_NOM {
        Some(format!("Nom du syndicat de {MAX_NOM} caractères au plus."))
    } else {
        None
    }
}

fn votes(champ: String, value: i64, what: &str, errors: &mut Vec<FieldError>) -> bool {
    if value < 0 {
        errors.push(FieldError::new(
            champ,
            format!("Un nombre de {what} ne peut pas être négatif."),
        ));
        false
    } else if value > MAX_VOIX {
        errors.push(FieldError::new(
            champ,
            format!("Nombre trop grand : {} au plus.", count(MAX_VOIX)),
        ));
        false
    } else {
        true
    }
}

fn results(c: &ResultatsCollege, prefix: &str, errors: &mut Vec<FieldError>) {
    let exprimes_ok = votes(
        format!("{prefix}.exprimes"),
        c.exprimes,
        "suffrages",
        errors,
    );
    if c.syndicats.is_empty() {
        errors.push(FieldError::new(
            format!("{prefix}.syndicats"),
            "Au moins un syndicat attendu dans ce collège.",
        ));
    }
    let mut all_ok = exprimes_ok;
    let mut needs_exprimes = false;
    let mut seen = HashSet::new();
    for (i, l) in c.syndicats.iter().enumerate() {
        let path = |field: &str| format!("{prefix}.syndicats.{i}.{field}");
        if let Some(message) = name_error(&l.syndicat) {
            errors.push(FieldError::new(path("syndicat"), message));
        } else if !seen.insert(cle_syndicat(&l.syndicat)) {
            errors.push(FieldError::new(
                path("syndicat"),
                format!("« {} » est déjà saisi dans ce collège.", l.syndicat.trim()),
            ));
        }
        all_ok &= votes(path("voix"), l.voix, "voix", errors);
        match &l.part {
            None => needs_exprimes = true,
            Some(part) => match part.get() {
                None => errors.push(FieldError::new(
                    path("part"),
                    "Pourcentage attendu (par exemple 36,58).",
                )),
                Some(p) if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED => errors.push(
                    FieldError::new(path("part"), "Une part est un pourcentage entre 0 et 100."),
                ),
                Some(_) => {}
            },
        }
    }
    if exprimes_ok && needs_exprimes && c.exprimes == 0 {
        errors.push(FieldError::new(
            format!("{prefix}.exprimes"),
            "Suffrages exprimés attendus (plus de 0) pour calculer la part des syndicats sans \
             part publiée.",
        ));
    } else if all_ok {
        let total: i64 = c.syndicats.iter().map(|l| l.voix).sum();
        if total > c.exprimes {
            errors.push(FieldError::new(
                format!("{prefix}.exprimes"),
                format!(
                    "Moins de suffrages exprimés ({}) que de voix des syndicats ({}).",
                    count(c.exprimes),
                    count(total)
                ),
            ));
        }
    }
}

fn signatories(scenario: &Saisie, errors: &mut Vec<FieldError>) {
    let list = &scenario.signataires;
    if list.is_empty() {
        errors.push(FieldError::new(
            "signataires",
            "Au moins un syndicat signataire attendu.",
        ));
    }
    let r = &scenario.resultats;
    // Every union of the results, once, in the order of the results (for the message on an
    // unknown signatory).
    let mut unions = HashSet::new();
    let known: Vec<&str> = College::ALL
        .iter()
        .flat_map(|&c| r.college(c).syndicats.iter())
        .map(|l| l.syndicat.trim())
        .filter(|n| !n.is_empty() && unions.insert(cle_syndicat(n)))
        .collect();
    let mut seen = HashSet::new();
    for (i, name) in list.iter().enumerate() {
        let champ = format!("signataires.{i}");
        if let Some(message) = name_error(name) {
            errors.push(FieldError::new(champ, message));
        } else if !seen.insert(cle_syndicat(name)) {
            errors.push(FieldError::new(
                champ,
                format!("« {} » est déjà cité.", name.trim()),
            ));
        } else if !unions.contains(&cle_syndicat(name)) {
            errors.push(FieldError::new(
                champ,
                format!(
                    "Syndicat inconnu : « {} » n'a de résultats dans aucun collège (syndicats \
                     saisis : {}).",
                    name.trim(),
                    known.join(", ")
                ),
            ));
        }
    }
}

fn seats(scenario: &Saisie, college: College, errors: &mut Vec<FieldError>) {
    let c = scenario.resultats.college(college);
    let present = lignes_signataires(c, &Signataires::new(&scenario.signataires));
    let champ = format!("sieges_{}", college.cle());
    let total = scenario.sieges(college);
    if !scenario.signataires.is_empty() && present.is_empty() {
        errors.push(FieldError::new(
            "signataires",
            format!(
                "Aucun signataire n'a de résultats {} : ses sièges ne peuvent pas être répartis.",
                college.au_college()
            ),
        ));
    } else if !present.is_empty()
        && present.iter().all(|l| (0..=MAX_VOIX).contains(&l.voix))
        && present.iter().all(|l| l.voix == 0)
    {
        errors.push(FieldError::new(
            "signataires",
            format!(
                "Les signataires n'ont aucune voix {} : le quotient électoral ne peut pas être \
                 calculé.",
                college.au_college()
            ),
        ));
    }
    if total < 1 {
        errors.push(FieldError::new(champ, "Au moins 1 siège à pourvoir."));
    } else if total > MAX_SIEGES {
        errors.push(FieldError::new(
            champ,
            format!("{MAX_SIEGES} sièges au plus."),
        ));
    } else if (total as usize) < present.len() {
        errors.push(FieldError::new(
            champ,
            format!(
                "{} {} pas à assurer au moins un siège à chacun des {} signataires {} : {} au \
                 moins.",
                n_sieges(total),
                if total > 1 {
                    "ne suffisent"
                } else {
                    "ne suffit"
                },
                present.len(),
                college.au_college(),
                n_sieges(present.len() as i64)
            ),
        ));
    }
}
