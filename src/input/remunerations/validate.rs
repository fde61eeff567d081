//! Validation of the sections beside the forfaits: every error on its field, in French.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::super::validate::{above, acts, at_most, count, Errors};
use super::super::{DecimalInput, Profile};

/// Weeks a year can touch (a week started in one year and ended in the next counts in both).
const MAX_WEEKS: i64 = 53;
/// Hours in a leap year.
const MAX_HOURS: Decimal = dec!(8784);
/// Largest amount of euros accepted in an amount field (a typing error beyond).
const MAX_EUROS: Decimal = dec!(1000000000);
/// Regional rates entered at most (the regions, with room for split ones).
const MAX_REGIONS: usize = 30;
/// An overrun rate above 1 000 % is a typing error.
const MAX_RATE: Decimal = dec!(1000);
/// Days of a leave within one year.
const MAX_DAYS: i64 = 366;
/// Two half-days a day, seven days a week.
const MAX_HALF_DAYS: i64 = 14;
/// Séances of a commission in a year: one a day at most.
const MAX_SEANCES: i64 = 366;

pub fn validate(profile: &Profile, errors: &mut impl Errors) {
    soins_non_programmes(profile, errors);
    interessements(profile, errors);
    optam(profile, errors);
    conge(profile, errors);
    let creation = profile.ess.annee_creation;
    if creation != 0 && !super::super::YEARS.contains(&i32::try_from(creation).unwrap_or(0)) {
        errors.add(
            || "ess.annee_creation",
            || {
                format!(
                    "Année de création entre {} et {} (ou vide).",
                    super::super::YEARS.start(),
                    super::super::YEARS.end()
                )
            },
        );
    }
    decimal(
        || "ess.dotation_annuelle".to_owned(),
        &profile.ess.dotation_annuelle,
        MAX_EUROS,
        errors,
    );
    within(
        || "commissions.seances".to_owned(),
        profile.commissions.seances,
        MAX_SEANCES,
        "séances",
        errors,
    );
}

fn soins_non_programmes(profile: &Profile, errors: &mut impl Errors) {
    let s = &profile.soins_non_programmes;
    let field = |name: &str| format!("soins_non_programmes.{name}");
    let snp = acts(|| field("snp"), s.snp, errors);
    let she = acts(|| field("she"), s.she, errors);
    for (name, value) in [
        ("she_patientele_mt", s.she_patientele_mt),
        ("mvr", s.mvr),
        ("mhp", s.mhp),
        ("visites_pdsa", s.visites_pdsa),
    ] {
        acts(|| field(name), value, errors);
    }
    let weeks = within(
        || field("semaines_snp"),
        s.semaines_snp,
        MAX_WEEKS,
        "semaines",
        errors,
    );
    if snp && weeks && s.snp > 0 && s.semaines_snp == 0 {
        errors.add(|| field("semaines_snp"), || "Nombre de semaines où vous avez facturé des SNP attendu (de 1 à 53) : la majoration est plafonnée par semaine.");
    }
    if snp && she {
        at_most(
            || field("she"),
            s.she,
            s.snp,
            "La SHE hors patientèle médecin traitant se facture en sus d'une SNP : plus de SHE que de SNP",
            errors,
        );
    }
    decimal(
        || field("heures_regulation"),
        &s.heures_regulation,
        MAX_HOURS,
        errors,
    );
}

fn interessements(profile: &Profile, errors: &mut impl Errors) {
    let i = &profile.interessements;
    for (cle, m) in &i.biosimilaires.molecules {
        let path = |name: &str| format!("interessements.biosimilaires.molecules.{cle}.{name}");
        if crate::params::interessements::molecule_of(cle).is_none() {
            let known: Vec<&str> = crate::params::interessements::MOLECULES
                .iter()
                .map(|m| m.cle)
                .collect();
            errors.add(
                || format!("interessements.biosimilaires.molecules.{cle}"),
                || {
                    format!(
                        "Pas de molécule « {cle} » dans l'intéressement biosimilaires : {}.",
                        known.join(", ")
                    )
                },
            );
            continue;
        }
        count(|| path("patients"), m.patients, errors);
        decimal(
            || path("economie_par_patient"),
            &m.economie_par_patient,
            MAX_EUROS,
            errors,
        );
    }
    decimal(
        || "interessements.ipp.economie".to_owned(),
        &i.ipp.economie,
        MAX_EUROS,
        errors,
    );
    decimal(
        || "interessements.oam.taux_national".to_owned(),
        &i.oam.taux_national,
        Decimal::ONE_HUNDRED,
        errors,
    );
}

fn optam(profile: &Profile, errors: &mut impl Errors) {
    let o = &profile.optam;
    acts(
        || "optam.actes_annee_precedant_adhesion".to_owned(),
        o.actes_annee_precedant_adhesion,
        errors,
    );
    for (name, value) in [
        ("base_semestre_1", &o.base_semestre_1),
        ("base_semestre_2", &o.base_semestre_2),
        ("revalorisation", &o.revalorisation),
    ] {
        decimal(|| format!("optam.{name}"), value, MAX_EUROS, errors);
    }
    if o.taux_regionaux.len() > MAX_REGIONS {
        errors.add(
            || "optam.taux_regionaux",
            || format!("{MAX_REGIONS} taux régionaux au plus."),
        );
    }
    for (i, r) in o.taux_regionaux.iter().enumerate() {
        if r.region.chars().count() > 80 {
            errors.add(
                || format!("optam.taux_regionaux.{i}.region"),
                || "Nom de région de 80 caractères au plus.",
            );
        }
        decimal(
            || format!("optam.taux_regionaux.{i}.taux"),
            &r.taux,
            MAX_RATE,
            errors,
        );
    }
}

fn conge(profile: &Profile, errors: &mut impl Errors) {
    let c = &profile.conge_parental;
    within(
        || "conge_parental.jours".to_owned(),
        c.jours,
        MAX_DAYS,
        "jours",
        errors,
    );
    within(
        || "conge_parental.demi_journees".to_owned(),
        c.demi_journees,
        MAX_HALF_DAYS,
        "demi-journées par semaine",
        errors,
    );
}

/// A whole number from 0 to `max`; returns whether it is. The field's path is only written when
/// there is an error (validation runs on every profile).
fn within(
    champ: impl FnOnce() -> String,
    value: i64,
    max: i64,
    what: &str,
    errors: &mut impl Errors,
) -> bool {
    let ok = (0..=max).contains(&value);
    if !ok {
        errors.add(champ, || format!("Nombre de {what} entre 0 et {max}."));
    }
    ok
}

/// A decimal number from 0 to `max` (« 12,5 » or « 12.5 »); the field's path is only written
/// when there is an error.
fn decimal(
    champ: impl Fn() -> String,
    value: &DecimalInput,
    max: Decimal,
    errors: &mut impl Errors,
) {
    decimal_of(&champ, value, max, errors);
}

crate::one_copy_in_page! {
    /// [`decimal`], one copy for every field in the first view's wasm (see `validate::acts_of`).
    fn decimal_of(
        champ: &dyn Fn() -> String,
        value: &DecimalInput,
        max: Decimal,
        errors: &mut impl Errors,
    ) {
        let plain = crate::money::plain;
        match value.get() {
            None => errors.add(champ, || "Nombre attendu (par exemple 12,5)."),
            Some(v) if v.is_sign_negative() && !v.is_zero() => {
                errors.add(champ, || "Un nombre négatif n'est pas accepté ici.")
            }
            Some(v) if above(v, max) => errors.add(champ, || {
                format!("Nombre trop grand : {} au plus.", plain(max))
            }),
            Some(_) => {}
        }
    }
}
