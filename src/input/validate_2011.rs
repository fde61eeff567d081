//! Validation of what the dispositifs of the 2011 convention read (see `convention_2011`): every
//! error on its field, in French.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::validate::{above, acts, count, Errors, IMPOSSIBLE_DATE, MAX_COUNT};
use super::{DecimalInput, OptionKind, Profile};
use crate::params::rosp_2011::{Echelle, Indicator};
use crate::params::CONVENTION_2011_START;

/// Largest amount of fees or aid accepted, in € (a typing error beyond).
const MAX_EUROS: Decimal = dec!(10000000);

/// Largest number of antibiotic treatments per 100 patients accepted.
const MAX_TREATMENTS: Decimal = dec!(1000);

/// The checks of the sections of 2011, skipped natively when nothing is typed in them, as in most
/// profiles a costing reads: a handful of comparisons instead of a call through every check. The
/// first view's wasm keeps the checks alone (no second walk of the sections).
#[inline(always)]
pub(super) fn validate(profile: &Profile, errors: &mut impl Errors) {
    if crate::SIZED_FOR_PAGE || !untouched(profile) {
        checks(profile, errors);
    }
}

/// Whether the sections of 2011 are as a profile without them has them, so that no check can
/// fail: no indicator, no questionnaire, no option nor its date, no number but 0 or nothing.
#[inline(always)]
fn untouched(profile: &Profile) -> bool {
    let zero = |v: &DecimalInput| v.get().is_some_and(|v| v.is_zero());
    let (s, o, a) = (&profile.sophia, &profile.options_2011, &profile.avenant_20);
    profile.rosp_2011.indicateurs.is_empty()
        & (s.questionnaires == 0)
        & (s.renouvellements == 0)
        & (o.option == OptionKind::Aucune)
        & o.date_adhesion.is_empty()
        & (o.jours_zone == 0)
        & (a.annee_nouveau_zonage == 0)
        && zero(&o.part_activite_zone)
        && zero(&o.honoraires_zone)
        && zero(&a.aide_annuelle)
}

// Out of line: the fields of 2011 are empty in most profiles, and inlined into the validation of
// every profile they slowed the fast path of costing (native bench, about 10 %).
#[inline(never)]
fn checks(profile: &Profile, errors: &mut impl Errors) {
    rosp(profile, errors);
    sophia(profile, errors);
    options(profile, errors);
    avenant_20(profile, errors);
}

/// A number typed in a decimal field, from 0 to `max`; `what` names the number in the messages.
#[inline(always)]
fn number(champ: &str, value: &DecimalInput, max: Decimal, what: &str, errors: &mut impl Errors) {
    // Empty or zero, as in most profiles: nothing to compare, no call.
    if value.get().is_some_and(|v| v.is_zero()) {
        return;
    }
    checked_number(champ, value, max, what, errors);
}

#[inline(never)]
fn checked_number(
    champ: &str,
    value: &DecimalInput,
    max: Decimal,
    what: &str,
    errors: &mut impl Errors,
) {
    let message = match value.get() {
        None => "Nombre attendu, en chiffres (par exemple 52,5).".to_owned(),
        Some(v) if v.is_sign_negative() && !v.is_zero() => {
            format!("{what} ne peut pas être négatif.")
        }
        Some(v) if above(v, max) => {
            format!("{what} ne peut pas dépasser {}.", crate::money::plain(max))
        }
        Some(_) => return,
    };
    errors.add(|| champ, || message);
}

fn rosp(profile: &Profile, errors: &mut impl Errors) {
    for (key, r) in &profile.rosp_2011.indicateurs {
        let path = |field: &str| format!("rosp_2011.indicateurs.{key}.{field}");
        let Some(indicator) = Indicator::by_key(key) else {
            errors.add(
                || format!("rosp_2011.indicateurs.{key}"),
                || format!("La grille de la ROSP de 2011 n'a pas d'indicateur « {key} »."),
            );
            continue;
        };
        acts(|| path("effectif"), r.effectif, errors);
        let (max, what) = match indicator.echelle {
            Echelle::Pourcentage => (Decimal::ONE_HUNDRED, "Un taux en %"),
            Echelle::PourCentPatients => {
                (MAX_TREATMENTS, "Un nombre de traitements pour 100 patients")
            }
        };
        number(&path("taux"), &r.taux, max, what, errors);
        number(&path("taux_initial"), &r.taux_initial, max, what, errors);
    }
}

fn sophia(profile: &Profile, errors: &mut impl Errors) {
    let s = &profile.sophia;
    let first = count(
        || "sophia.questionnaires".to_owned(),
        s.questionnaires,
        errors,
    );
    let renewed = count(
        || "sophia.renouvellements".to_owned(),
        s.renouvellements,
        errors,
    );
    if !(first && renewed) || s.questionnaires + s.renouvellements == 0 {
        return;
    }
    // A grid with a count out of range already has its error: no comparison with its total.
    let grid_ok = profile
        .patientele
        .cells()
        .iter()
        .all(|c| (0..=MAX_COUNT).contains(&c.cell.patients));
    let patients = profile.patientele.total();
    if grid_ok && s.questionnaires + s.renouvellements > patients {
        errors.add(
            || "sophia.questionnaires",
            || {
                format!(
                "Plus de questionnaires Sophia ({}) que de patients médecin traitant ({patients}).",
                s.questionnaires + s.renouvellements
            )
            },
        );
    }
}

fn options(profile: &Profile, errors: &mut impl Errors) {
    let o = &profile.options_2011;
    let adhesion = &o.date_adhesion;
    if adhesion.is_invalid() {
        errors.add(|| "options_2011.date_adhesion", || IMPOSSIBLE_DATE);
    } else if adhesion.is_empty() && o.option != OptionKind::Aucune {
        errors.add(|| "options_2011.date_adhesion", || "Date d'adhésion à l'option obligatoire : elle date l'aide à l'investissement et les années d'engagement.");
    } else if adhesion.get().is_some_and(|d| d < CONVENTION_2011_START) {
        errors.add(|| "options_2011.date_adhesion", || format!(
                "Les options de la convention de 2011 n'existent qu'à partir de son entrée en vigueur, le {}.",
                super::date::french(CONVENTION_2011_START)
            ));
    }
    number(
        "options_2011.part_activite_zone",
        &o.part_activite_zone,
        Decimal::ONE_HUNDRED,
        "Une part d'activité en %",
        errors,
    );
    number(
        "options_2011.honoraires_zone",
        &o.honoraires_zone,
        MAX_EUROS,
        "Un montant d'honoraires",
        errors,
    );
    if !(0..=366).contains(&o.jours_zone) {
        errors.add(
            || "options_2011.jours_zone",
            || "Nombre de jours de l'année entre 0 et 366.",
        );
    }
}

fn avenant_20(profile: &Profile, errors: &mut impl Errors) {
    let a = &profile.avenant_20;
    number(
        "avenant_20.aide_annuelle",
        &a.aide_annuelle,
        MAX_EUROS,
        "Un montant d'aide",
        errors,
    );
    let years = i64::from(chrono::Datelike::year(&CONVENTION_2011_START))
        ..=i64::from(chrono::Datelike::year(&crate::params::REGIME_2011_END));
    if a.annee_nouveau_zonage != 0 && !years.contains(&a.annee_nouveau_zonage) {
        errors.add(|| "avenant_20.annee_nouveau_zonage", || format!(
                "Année du nouveau zonage de l'ARS entre {} et {} (0 s'il n'est pas encore en vigueur).",
                years.start(),
                years.end()
            ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::validate::validate_fields;
    use super::*;
    use crate::input::DateInput;

    /// One field typed wrong in otherwise empty sections of 2011 keeps its error: the skip of the
    /// untouched sections lets none through, whichever of its conditions the field breaks.
    #[test]
    fn a_single_field_typed_in_2011_is_still_checked() {
        type Typed = fn(&mut Profile);
        let cases: [(&str, Typed); 10] = [
            ("rosp_2011.indicateurs.inconnu", |p| {
                let r = super::super::Resultat2011::default();
                p.rosp_2011.indicateurs.insert("inconnu".to_owned(), r);
            }),
            ("sophia.questionnaires", |p| p.sophia.questionnaires = -1),
            ("sophia.renouvellements", |p| p.sophia.renouvellements = -1),
            ("options_2011.date_adhesion", |p| {
                p.options_2011.option = OptionKind::Demographie;
            }),
            ("options_2011.date_adhesion", |p| {
                p.options_2011.date_adhesion = DateInput::new("2025-02-30");
            }),
            ("options_2011.jours_zone", |p| {
                p.options_2011.jours_zone = 367
            }),
            ("avenant_20.annee_nouveau_zonage", |p| {
                p.avenant_20.annee_nouveau_zonage = 1999;
            }),
            ("options_2011.part_activite_zone", |p| {
                p.options_2011.part_activite_zone = DecimalInput::new("101");
            }),
            ("options_2011.honoraires_zone", |p| {
                p.options_2011.honoraires_zone = DecimalInput::new("douze");
            }),
            ("avenant_20.aide_annuelle", |p| {
                p.avenant_20.aide_annuelle = DecimalInput::new("-1");
            }),
        ];
        for (champ, typed) in cases {
            let mut p = crate::defaults::profile();
            assert!(untouched(&p) && validate_fields(&p).is_empty());
            typed(&mut p);
            let champs: Vec<String> = validate_fields(&p).into_iter().map(|e| e.champ).collect();
            assert_eq!(champs, [champ]);
        }
    }
}
