//! Validation of a profile for a calculation year: every error, each addressed to its field, in
//! French. Nothing here panics, whatever the numbers.

use std::ops::RangeInclusive;

use chrono::Datelike;
use serde::Serialize;

use super::assistant::MAX_ANNEES;
use super::date::full_years;
use super::{DateInput, Optam, Profile, Secteur};

/// The message of a date the calendar does not have (or out of the dates the form accepts).
pub(super) const IMPOSSIBLE_DATE: &str =
    "Date impossible : saisissez une date du calendrier entre 1900 et 2100 (jj/mm/aaaa).";

/// The calculation years the page and the CLI accept, but those of [`UNCOVERED`].
pub const YEARS: RangeInclusive<i32> = 2012..=2035;

/// The years whose texts are not in the sources (see `params::calendar`): refused with the reason.
pub fn uncovered() -> RangeInclusive<i32> {
    crate::params::UNCOVERED_START.year()..=crate::params::UNCOVERED_END.year()
}

/// Why year `annee` cannot be computed, if it cannot.
pub fn year_error(annee: i32) -> Option<String> {
    let gap = uncovered();
    if YEARS.contains(&annee) && !gap.contains(&annee) {
        return None;
    }
    let computed = format!(
        "Années calculées : {} à {} (convention de 2011) et {} à {}.",
        YEARS.start(),
        gap.start() - 1,
        gap.end() + 1,
        YEARS.end()
    );
    if gap.contains(&annee) {
        Some(format!(
            "Année {annee} non calculable : les années {} à {} relèvent de la convention de 2016 avant \
             son avenant 9 (ROSP de 2016, FPMT, forfait structure, contrats démographiques), dont les \
             textes ne sont pas dans les sources ; le calculateur ne donne pas de montant inventé. {computed}",
            gap.start(),
            gap.end()
        ))
    } else if annee == YEARS.start() - 1 {
        Some(format!(
            "Année {annee} non calculable : l'aide à la télétransmission versée en mars {} au titre de \
             {annee} (deux forfaits de 250 € et 0,07 € par feuille de soins électronique, circulaire \
             CNAMTS 19/2011, II.8 d) relève du règlement arbitral de 2010, dont les conditions ne sont \
             pas dans les sources, pas plus que les autres rémunérations de {annee}. {computed}",
            annee + 1
        ))
    } else {
        Some(format!(
            "Année de calcul hors du champ du calculateur. {computed}"
        ))
    }
}

/// Years of results of an assistant médical contract accepted (contract years 3 to 22).
pub const MAX_RESULTATS: usize = MAX_ANNEES as usize;

/// Largest count accepted in any field: more patients than any patientèle holds is a typing
/// error, and it keeps every sum far from overflow.
pub const MAX_COUNT: i64 = 100_000;

/// An error placed on a field: `champ` is the path of the field in the profile (dots between
/// keys), `message` says in French what is wrong and what is expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct FieldError {
    pub champ: String,
    pub message: String,
}

impl FieldError {
    pub fn new(champ: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            champ: champ.into(),
            message: message.into(),
        }
    }
}

/// All the errors of `profile` for a computation of year `annee`; empty when it can be computed.
pub fn validate(profile: &Profile, annee: i32) -> Vec<FieldError> {
    let mut errors = year_errors(annee);
    errors.extend(validate_fields(profile));
    errors
}

/// The error on the year `annee`, if it cannot be computed, as the first error of [`validate`].
pub fn year_errors(annee: i32) -> Vec<FieldError> {
    year_error(annee)
        .map(|message| FieldError::new("annee", message))
        .into_iter()
        .collect()
}

/// The errors of the profile's fields, whatever the year: [`validate`] but the year's. A costing
/// checks each physician once with it, for all its columns.
pub fn validate_fields(profile: &Profile) -> Vec<FieldError> {
    // The same checks twice over, the second time only if the first found something: a valid
    // profile (nearly every one a costing reads) is checked without writing a path or a message,
    // which lets the compiler reduce each check to its comparison. The first view's wasm, built
    // for size and checking one profile per keystroke, keeps one pass: the checks' second copy
    // would weigh about 4 Kio of gzip there for no time a user could see.
    let mut errors = Vec::new();
    if crate::SIZED_FOR_PAGE || any_error(profile) {
        fields(profile, &mut errors);
    }
    errors
}

/// Whether the checks find anything wrong, nothing written.
fn any_error(profile: &Profile) -> bool {
    let mut any = AnyError(false);
    fields(profile, &mut any);
    any.0
}

/// Where the checks put what they find: each error with its path and message, or only whether
/// there is one ([`AnyError`]). The path and the message are closures, written only if kept.
pub(super) trait Errors {
    fn add<C: Into<String>, M: Into<String>>(
        &mut self,
        champ: impl FnOnce() -> C,
        message: impl FnOnce() -> M,
    );
}

impl Errors for Vec<FieldError> {
    // Inlined, as `push` was at each check before: one instance per check would add kilobytes.
    #[inline(always)]
    fn add<C: Into<String>, M: Into<String>>(
        &mut self,
        champ: impl FnOnce() -> C,
        message: impl FnOnce() -> M,
    ) {
        push(self, champ().into(), message().into());
    }
}

/// One error added to the list, not inlined at each of the hundred checks.
#[inline(never)]
fn push(errors: &mut Vec<FieldError>, champ: String, message: String) {
    errors.push(FieldError { champ, message });
}

/// Whether any check failed, nothing written.
struct AnyError(bool);

impl Errors for AnyError {
    #[inline(always)]
    fn add<C: Into<String>, M: Into<String>>(
        &mut self,
        _: impl FnOnce() -> C,
        _: impl FnOnce() -> M,
    ) {
        self.0 = true;
    }
}

/// Every check of the fields, in the order of the messages.
fn fields(profile: &Profile, errors: &mut impl Errors) {
    practice(profile, errors);
    let patients = patientele(profile, errors);
    prevention(profile, patients, errors);
    before_2026(profile, errors);
    numerique(profile, errors);
    from_2026(profile, errors);
    assistant(profile, errors);
    super::remunerations::validate(profile, errors);
    super::validate_2011::validate(profile, errors);
}

fn assistant(profile: &Profile, errors: &mut impl Errors) {
    let Some(a) = &profile.assistant_medical else {
        return;
    };
    if a.date_signature.is_empty() {
        errors.add(
            || "assistant_medical.date_signature",
            || "Date de signature du contrat obligatoire.",
        );
    } else if a.date_signature.is_invalid() {
        errors.add(|| "assistant_medical.date_signature", || IMPOSSIBLE_DATE);
    }
    if a.date_resiliation.is_invalid() {
        errors.add(|| "assistant_medical.date_resiliation", || IMPOSSIBLE_DATE);
    }
    if let (Some(s), Some(r)) = (a.date_signature.get(), a.date_resiliation.get()) {
        if r < s {
            errors.add(
                || "assistant_medical.date_resiliation",
                || "La résiliation ne peut pas précéder la signature.",
            );
        }
    }
    share(
        "assistant_medical.part_ccam_pourcent",
        &a.part_ccam_pourcent,
        errors,
    );
    if !(1..=MAX_ANNEES).contains(&a.annees) {
        errors.add(
            || "assistant_medical.annees",
            || format!("Nombre d'années de contrat entre 1 et {MAX_ANNEES}."),
        );
    }
    for (i, r) in a.resultats.iter().enumerate() {
        let fields = [
            ("pfa_depart", r.pfa_depart),
            ("pfa_objectif", r.pfa_objectif),
            ("pfa_realisee", r.pfa_realisee),
            ("pmt_depart", r.pmt_depart),
            ("pmt_objectif", r.pmt_objectif),
            ("pmt_realisee", r.pmt_realisee),
        ];
        for (field, value) in fields {
            count(
                || format!("assistant_medical.resultats.{i}.{field}"),
                value,
                errors,
            );
        }
    }
    if a.resultats.len() > MAX_RESULTATS {
        errors.add(
            || "assistant_medical.resultats",
            || format!("{MAX_ANNEES} années de résultats au plus."),
        );
    }
}

/// A share of the fees, in %: a number from 0 to 100, or nothing typed.
fn share(champ: &str, value: &super::DecimalInput, errors: &mut impl Errors) {
    match value.get() {
        None => errors.add(|| champ, || "Pourcentage attendu (par exemple 15 ou 12,5)."),
        Some(v)
            if v.is_sign_negative() && !v.is_zero() || v > rust_decimal::Decimal::ONE_HUNDRED =>
        {
            errors.add(|| champ, || "Une part des honoraires va de 0 à 100 %.")
        }
        Some(_) => {}
    }
}

/// Half-days in a month: two a day at most.
const MAX_HALF_DAYS: i64 = 62;

/// Sessions of GAP in a year: one a day at most.
const MAX_GAP: i64 = 366;

fn from_2026(profile: &Profile, errors: &mut impl Errors) {
    count(
        || "missions.patients_orientes_ipa".to_owned(),
        profile.missions.patients_orientes_ipa,
        errors,
    );
    for (i, n) in profile
        .consultations_avancees
        .demi_journees
        .iter()
        .enumerate()
    {
        let champ = || format!("consultations_avancees.demi_journees.{i}");
        if *n < 0 {
            errors.add(champ, || {
                "Un nombre de demi-journées ne peut pas être négatif."
            });
        } else if *n > MAX_HALF_DAYS {
            errors.add(champ, || {
                format!("{MAX_HALF_DAYS} demi-journées par mois au plus.")
            });
        }
    }
    let gap = profile.qualite.seances_gap;
    if !(0..=MAX_GAP).contains(&gap) {
        errors.add(
            || "qualite.seances_gap",
            || format!("Nombre de séances entre 0 et {MAX_GAP}."),
        );
    }
    let p = &profile.exercice;
    let installed = p.date_premiere_installation.get();
    let before_installation =
        |date: &DateInput| date.get().zip(installed).is_some_and(|(d, i)| d < i);
    if before_installation(&p.date_ouverture_cabinet_secondaire) {
        errors.add(
            || "exercice.date_ouverture_cabinet_secondaire",
            || "Le cabinet secondaire ne peut pas ouvrir avant la première installation.",
        );
    }
    if let Some(c) = &p.contrat_demographique {
        if before_installation(&c.resiliation) {
            errors.add(
                || "exercice.contrat_demographique.resiliation",
                || "Le contrat ne peut pas être résilié avant la première installation.",
            );
        }
    }
    if p.date_ouverture_cabinet_secondaire.is_invalid() {
        errors.add(
            || "exercice.date_ouverture_cabinet_secondaire",
            || IMPOSSIBLE_DATE,
        );
    }
    if let Some(contract) = &p.contrat_demographique {
        if contract.resiliation.is_invalid() {
            errors.add(
                || "exercice.contrat_demographique.resiliation",
                || IMPOSSIBLE_DATE,
            );
        }
    }
}

/// Whether a number typed is above `max` (never negative): most are 0, answered without a
/// decimal comparison.
pub(super) fn above(value: rust_decimal::Decimal, max: rust_decimal::Decimal) -> bool {
    !value.is_zero() && value > max
}

/// Largest number of acts (FSE, prescriptions…) accepted for a year.
pub const MAX_ACTS: i64 = 1_000_000;

/// Largest number of ROSP points accepted (the 2011 grid had 1 300 at most).
const MAX_POINTS: i64 = 10_000;

pub(super) fn acts(champ: impl Fn() -> String, value: i64, errors: &mut impl Errors) -> bool {
    acts_of(&champ, value, errors)
}

crate::one_copy_in_page! {
    /// [`acts`], one copy for every field in the first view's wasm: its path reached through a
    /// pointer, not a copy of the checks and their messages inlined at each field (elsewhere,
    /// inlined, the pointer is gone and the checks of a valid profile reduce to comparisons).
    fn acts_of(champ: &dyn Fn() -> String, value: i64, errors: &mut impl Errors) -> bool {
        if value < 0 {
            errors.add(champ, || "Un nombre ne peut pas être négatif.");
            false
        } else if value > MAX_ACTS {
            errors.add(champ, || {
                format!(
                    "Nombre trop grand : {} au plus.",
                    crate::money::count(MAX_ACTS)
                )
            });
            false
        } else {
            true
        }
    }
}

/// A part (`part`) that cannot exceed its whole (`whole`), both already checked.
pub(super) fn at_most(
    champ: impl Fn() -> String,
    part: i64,
    whole: i64,
    what: &str,
    errors: &mut impl Errors,
) {
    if part > whole {
        errors.add(champ, || format!("{what} ({part} pour {whole})."));
    }
}

fn before_2026(profile: &Profile, errors: &mut impl Errors) {
    let rosp = [
        ("rosp.points_ponderes", &profile.rosp.points_ponderes),
        (
            "rosp.points_non_ponderes",
            &profile.rosp.points_non_ponderes,
        ),
    ];
    for (champ, points) in rosp {
        match points.get() {
            None => errors.add(|| champ, || "Nombre de points attendu (par exemple 412,5)."),
            Some(p) if p.is_sign_negative() && !p.is_zero() => {
                errors.add(|| champ, || "Un nombre de points ne peut pas être négatif.")
            }
            Some(p) if above(p, rust_decimal::Decimal::from(MAX_POINTS)) => errors.add(
                || champ,
                || {
                    format!(
                        "Nombre de points trop grand : {} au plus.",
                        crate::money::count(MAX_POINTS)
                    )
                },
            ),
            Some(_) => {}
        }
    }
    for (i, snp) in profile
        .forfait_structure
        .snp_sas_trimestres
        .iter()
        .enumerate()
    {
        acts(
            || format!("forfait_structure.snp_sas_trimestres.{i}"),
            *snp,
            errors,
        );
    }
    for (annee, r) in &profile.vsm.0 {
        let known = super::Vsm::year_of(annee)
            .is_some_and(|y| crate::params::vsm::campaigns().any(|c| c == y));
        if !known {
            let list: Vec<String> = crate::params::vsm::campaigns()
                .map(|y| y.to_string())
                .collect();
            errors.add(
                || format!("vsm.{annee}"),
                || {
                    format!(
                        "Pas de campagne VSM « {annee} » : les résultats sont ceux du 30 juin {}.",
                        list.join(", ")
                    )
                },
            );
            continue;
        }
        let path = |field: &str| format!("vsm.{annee}.{field}");
        let ald = count(|| path("patients_ald"), r.patients_ald, errors);
        let with = count(
            || path("patients_ald_avec_vsm"),
            r.patients_ald_avec_vsm,
            errors,
        );
        let structured = count(|| path("vsm_structures"), r.vsm_structures, errors);
        if ald && with {
            at_most(
                || path("patients_ald_avec_vsm"),
                r.patients_ald_avec_vsm,
                r.patients_ald,
                "Plus de patients avec un VSM que de patients en ALD",
                errors,
            );
        }
        if with && structured {
            at_most(
                || path("vsm_structures"),
                r.vsm_structures,
                r.patients_ald_avec_vsm,
                "Plus de VSM structurés que de VSM",
                errors,
            );
        }
    }
}

fn numerique(profile: &Profile, errors: &mut impl Errors) {
    // As the grid's: every usage read without a branch, the messages only if one fails.
    let all_ok = !crate::SIZED_FOR_PAGE && {
        let usages = profile.numerique.values();
        at_most_whole(usages.map(|u| (u.numerateur, u.denominateur)), MAX_ACTS)
    };
    if !all_ok {
        usage_errors(profile, errors);
    }
}

/// Whether every pair (part, whole) has 0 ≤ part ≤ whole ≤ `most` (`most` ≥ 0), read without a
/// branch: the largest whole, read unsigned (a negative one is then larger than any bound), at
/// most `most`; no part and no difference whole − part negative (their signs or'ed: with the
/// whole in range and the part not negative, the difference cannot wrap). Three instructions a
/// pair, where the six comparisons combined are about twice as many.
fn at_most_whole<const K: usize>(pairs: [(i64, i64); K], most: i64) -> bool {
    let (mut largest, mut signs) = (0_u64, 0_i64);
    for (part, whole) in pairs {
        largest = largest.max(whole as u64);
        signs |= part | whole.wrapping_sub(part);
    }
    largest <= most as u64 && signs >= 0
}

/// The errors of the usages: a count out of range, more acts online than acts.
fn usage_errors(profile: &Profile, errors: &mut impl Errors) {
    for u in &profile.numerique.usages() {
        let path = |field: &str| format!("numerique.{}.{field}", u.key);
        let num = acts(|| path("numerateur"), u.usage.numerateur, errors);
        let den = acts(|| path("denominateur"), u.usage.denominateur, errors);
        if num && den {
            at_most(
                || path("numerateur"),
                u.usage.numerateur,
                u.usage.denominateur,
                "Plus d'actes en ligne que d'actes au total",
                errors,
            );
        }
    }
}

fn practice(profile: &Profile, errors: &mut impl Errors) {
    let p = &profile.exercice;
    if p.secteur == Secteur::Un && p.optam != Optam::Aucune {
        errors.add(|| "exercice.optam", || "L'OPTAM et l'OPTAM-ACO sont des options du secteur 2 : choisissez « aucune » en secteur 1.");
    }
    let dates = [
        ("exercice.date_naissance", &p.date_naissance),
        (
            "exercice.date_premiere_installation",
            &p.date_premiere_installation,
        ),
    ];
    for (champ, date) in dates {
        if date.is_invalid() {
            errors.add(|| champ, || IMPOSSIBLE_DATE);
        }
    }
    if let (Some(birth), Some(install)) =
        (p.date_naissance.get(), p.date_premiere_installation.get())
    {
        if full_years(birth, install) < 18 {
            errors.add(|| "exercice.date_premiere_installation", || "Installation avant 18 ans : vérifiez la date d'installation et la date de naissance.");
        }
    }
    if let Some(contract) = &p.contrat_demographique {
        if contract.fin.is_invalid() {
            errors.add(|| "exercice.contrat_demographique.fin", || IMPOSSIBLE_DATE);
        }
        if let (Some(end), Some(install)) = (contract.fin.get(), p.date_premiere_installation.get())
        {
            if end < install {
                errors.add(
                    || "exercice.contrat_demographique.fin",
                    || "Le contrat ne peut pas finir avant la première installation.",
                );
            }
        }
    }
    if let Some(birth) = p.date_naissance.get() {
        if birth.year() > *YEARS.end() - 18 {
            errors.add(
                || "exercice.date_naissance",
                || "Date de naissance trop récente pour un médecin installé.",
            );
        }
    }
}

/// A count must be a whole number between 0 and [`MAX_COUNT`]; returns whether it is.
/// The field's path is only written when there is an error (validation runs on every profile).
pub(super) fn count(champ: impl Fn() -> String, value: i64, errors: &mut impl Errors) -> bool {
    count_of(&champ, value, errors)
}

crate::one_copy_in_page! {
    /// [`count`], one copy for every field in the first view's wasm (see [`acts_of`]).
    fn count_of(champ: &dyn Fn() -> String, value: i64, errors: &mut impl Errors) -> bool {
        if value < 0 {
            errors.add(champ, || "Un nombre de patients ne peut pas être négatif.");
            false
        } else if value > MAX_COUNT {
            errors.add(champ, || {
                format!(
                    "Nombre trop grand : {} au plus.",
                    crate::money::count(MAX_COUNT)
                )
            });
            false
        } else {
            true
        }
    }
}

/// Checks the grid; returns its total of patients if every count of patients is in range (the
/// prevention's comparisons need it).
fn patientele(profile: &Profile, errors: &mut impl Errors) -> Option<i64> {
    // Every cell read without a branch (the compiler vectorises the walk over the 40 counts); the
    // messages are written by `cell_errors` only for a grid where a cell fails its checks.
    let grid = profile.patientele.grid();
    let (mut total, mut largest) = (0_i64, 0_u64);
    for c in &grid {
        // A negative count, read unsigned, is larger than the bound.
        largest = largest.max(c.patients as u64);
        // Wrapping: the total is only kept when every count is in range, far from overflow.
        total = total.wrapping_add(c.patients);
    }
    let patients_ok = largest <= MAX_COUNT as u64;
    let cells_ok = patients_ok && at_most_whole(grid.map(|c| (c.non_vus, c.patients)), MAX_COUNT);
    if !cells_ok {
        cell_errors(profile, errors);
    }
    patients_ok.then_some(total)
}

/// The errors of the grid's cells: a count out of range, more patients not seen than patients.
fn cell_errors(profile: &Profile, errors: &mut impl Errors) {
    for cell in &profile.patientele.cells() {
        let path = || cell.path();
        let patients_ok = count(
            || format!("{}.patients", path()),
            cell.cell.patients,
            errors,
        );
        let non_vus_ok = count(|| format!("{}.non_vus", path()), cell.cell.non_vus, errors);
        if patients_ok && non_vus_ok && cell.cell.non_vus > cell.cell.patients {
            errors.add(
                || format!("{}.non_vus", path()),
                || {
                    format!(
                        "Plus de patients non vus ({}) que de patients dans la case ({}).",
                        cell.cell.non_vus, cell.cell.patients
                    )
                },
            );
        }
    }
}

/// `patients`: the patientèle's total, if its grid is valid (a grid with a count out of range
/// already has its error: no comparison with its total).
fn prevention(profile: &Profile, patients: Option<i64>, errors: &mut impl Errors) {
    // As the grid's: every indicator read without a branch, the messages only if one fails.
    // The patientèle's total, when kept, is a sum of counts in range: not negative.
    let most = patients.map_or(MAX_COUNT, |p| p.min(MAX_COUNT));
    let all_ok = !crate::SIZED_FOR_PAGE
        && at_most_whole(
            profile
                .prevention
                .values()
                .map(|i| (i.valides, i.eligibles)),
            most,
        );
    if !all_ok {
        indicator_errors(profile, patients, errors);
    }
}

/// The errors of the prevention's indicators: a count out of range, more patients validated
/// than eligible, more eligible than the patientèle's `patients` (if its grid is valid).
fn indicator_errors(profile: &Profile, patients: Option<i64>, errors: &mut impl Errors) {
    for r in &profile.prevention.indicators() {
        let path = || r.path();
        let eligibles_ok = count(
            || format!("{}.eligibles", path()),
            r.indicator.eligibles,
            errors,
        );
        let valides_ok = count(
            || format!("{}.valides", path()),
            r.indicator.valides,
            errors,
        );
        if eligibles_ok && valides_ok && r.indicator.valides > r.indicator.eligibles {
            errors.add(
                || format!("{}.valides", path()),
                || {
                    format!(
                        "Plus de patients validés ({}) que d'éligibles ({}).",
                        r.indicator.valides, r.indicator.eligibles
                    )
                },
            );
        }
        if let Some(patients) = patients.filter(|p| eligibles_ok && r.indicator.eligibles > *p) {
            errors.add(|| format!("{}.eligibles", path()), || format!(
                    "Plus d'éligibles ({}) que de patients dans la patientèle médecin traitant ({}).",
                    r.indicator.eligibles, patients
                ));
        }
    }
}

// proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The walks without a branch over the grid, the indicators and the usages let through
        /// exactly the profiles whose messages are none: same errors as the checks alone.
        #[test]
        fn the_quick_walks_miss_no_error(
            // Mostly zeros, so that most profiles have one failing check or none.
            counts in proptest::collection::vec(proptest::prop_oneof![
                40 => proptest::strategy::Just(0_i64),
                1 => proptest::sample::select(vec![
                    -1, 1, 7, MAX_COUNT - 1, MAX_COUNT, MAX_COUNT + 1, MAX_ACTS, MAX_ACTS + 1,
                    // Where a difference would wrap, or a count read unsigned stays small.
                    i64::MIN, i64::MIN + 1, i64::MAX, -MAX_COUNT,
                ]),
            ], 92),
        ) {
            let mut p = crate::defaults::profile();
            let mut next = counts.into_iter();
            let mut take = || next.next().unwrap_or_default();
            for band in super::super::AgeBand::ALL {
                for (ald, c2s) in [(false, false), (false, true), (true, false), (true, true)] {
                    let cell = p.patientele.band_mut(band).cell_mut(ald, c2s);
                    cell.patients = take();
                    cell.non_vus = take();
                }
            }
            let keys: Vec<&str> = p.prevention.indicators().iter().map(|r| r.key).collect();
            for key in keys {
                if let Some(i) = p.prevention.indicator_mut(key) {
                    i.eligibles = take();
                    i.valides = take();
                }
            }
            let n = &mut p.numerique;
            for u in [
                &mut n.aat, &mut n.dcmt, &mut n.pse, &mut n.fse, &mut n.cm_atmp, &mut n.spe,
                &mut n.dsg, &mut n.dmp, &mut n.ordonnance_numerique, &mut n.mss,
                &mut n.app_carte_vitale,
            ] {
                u.numerateur = take();
                u.denominateur = take();
            }
            let mut quick = Vec::new();
            let patients = patientele(&p, &mut quick);
            prevention(&p, patients, &mut quick);
            numerique(&p, &mut quick);
            let mut checked = Vec::new();
            cell_errors(&p, &mut checked);
            indicator_errors(&p, patients, &mut checked);
            usage_errors(&p, &mut checked);
            proptest::prop_assert_eq!(quick, checked);
            let grid_ok = p.patientele.cells().iter().all(|c| (0..=MAX_COUNT).contains(&c.cell.patients));
            proptest::prop_assert_eq!(patients, grid_ok.then(|| p.patientele.total()));
        }
    }
}
