//! Dotation numérique (DONUM), from 2026 — Circulaire CNAM du 31/07/2024, §3.3 A (articles 28 et
//! 29, annexes 8 et 9 de la convention). Paid in the first half of n+1 on the results at 31/12/n.
//!
//! Socle: both indicators required (equipment; mean of the DCMT, PSE, FSE and AAT rates at the
//! target), 280 points, and it opens the optional indicators, each independent: mean of CM AT-MP,
//! SPE and DSG (60 points), mean of DMP and ordonnance numérique (60 points), at least one FSE with
//! the application carte Vitale and one message through Mon espace santé (20 points). A rate whose
//! denominator is under 10 is neutralised: left out of its mean. Points at 7 €.

use rust_decimal::Decimal;

use crate::input::{Numerique, Profile, Usage};
use crate::money::{count, pct, Cents};
use crate::params::{donum as d, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{famille, Group, Line, Payment};

use super::kit::{
    points, whole_from, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La dotation numérique (DONUM)",
    feminine: true,
    replaces: Some("elle remplace le forfait structure"),
    replaced_by: None,
};

#[derive(Debug, Clone)]
pub struct Params {
    point: Resolved,
    socle_points: Resolved,
    socle_cible: Resolved,
    autres_points: Resolved,
    autres_cible: Resolved,
    numerique_points: Resolved,
    numerique_cible: Resolved,
    app_cv_mss_points: Resolved,
    neutralisation: Resolved,
    /// The smallest whole denominator that is not neutralised: the threshold rounded up, read
    /// once for the year (a denominator is a count: d < threshold ⇔ d < ⌈threshold⌉).
    counted_from: i64,
    /// What each indicator pays when reached (socle, autres téléservices, numérique en santé,
    /// appCV et messagerie): its points at the point's value, computed once for the year.
    paid: [Cents; 4],
    /// The targets of the socle, autres téléservices and numérique en santé as the bounded mean
    /// reads them, once for the year ([`small_target`]).
    small_targets: [SmallTarget; 3],
}

#[derive(Debug, Clone)]
pub struct Donum(InForce<Params>);

impl Donum {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let get = |param| params.get(param, year.parameters_date);
            let neutralisation = get(&d::NEUTRALISATION_DENOMINATEUR)?;
            let point = get(&d::POINT)?;
            let socle_points = get(&d::SOCLE_POINTS)?;
            let autres_points = get(&d::AUTRES_TELESERVICES_POINTS)?;
            let numerique_points = get(&d::NUMERIQUE_SANTE_POINTS)?;
            let app_cv_mss_points = get(&d::APP_CV_MSS_POINTS)?;
            let socle_cible = get(&d::SOCLE_CIBLE)?;
            let autres_cible = get(&d::AUTRES_TELESERVICES_CIBLE)?;
            let numerique_cible = get(&d::NUMERIQUE_SANTE_CIBLE)?;
            Ok::<_, NotInForce>(Params {
                paid: [
                    &socle_points,
                    &autres_points,
                    &numerique_points,
                    &app_cv_mss_points,
                ]
                .map(|pts| points::amount(pts.value, &point)),
                // Not read by the first view's wasm, which keeps the checked mean alone.
                small_targets: if crate::SIZED_FOR_PAGE {
                    [None; 3]
                } else {
                    [&socle_cible, &autres_cible, &numerique_cible].map(|c| small_target(c.value))
                },
                point,
                socle_points,
                socle_cible,
                autres_points,
                autres_cible,
                numerique_points,
                numerique_cible,
                app_cv_mss_points,
                counted_from: whole_from(neutralisation.value),
                neutralisation,
            })
        }))
    }
}

/// A service of a composite indicator: its usage in `Numerique` (read by field, not by key: the
/// total path reads nine of them per profile) and its short name.
#[derive(Debug)]
struct Service {
    usage: fn(&Numerique) -> &Usage,
    name: &'static str,
}

const fn service(usage: fn(&Numerique) -> &Usage, name: &'static str) -> Service {
    Service { usage, name }
}

/// The services of each composite indicator.
const SOCLE: [Service; 4] = [
    service(|n| &n.dcmt, "DCMT"),
    service(|n| &n.pse, "PSE"),
    service(|n| &n.fse, "FSE"),
    service(|n| &n.aat, "AAT"),
];
const AUTRES: [Service; 3] = [
    service(|n| &n.cm_atmp, "CM AT-MP"),
    service(|n| &n.spe, "SPE"),
    service(|n| &n.dsg, "DSG"),
];
const NUMERIQUE_SANTE: [Service; 2] = [
    service(|n| &n.dmp, "DMP"),
    service(|n| &n.ordonnance_numerique, "ordonnance numérique"),
];

/// A composite indicator: the mean of the rates that are not neutralised, against its target.
#[derive(Debug, Clone, Copy)]
struct Composite {
    services: &'static [Service],
    /// The rates that count, as numerator and denominator.
    fractions: Fractions,
    reached: bool,
    neutralised: usize,
}

/// The rates of an indicator that count: numerator and denominator, four at most.
#[derive(Debug, Clone, Copy)]
struct Fractions {
    items: [(i64, i64); 4],
    len: usize,
}

impl Fractions {
    fn as_slice(&self) -> &[(i64, i64)] {
        &self.items[..self.len]
    }
}

/// One service's rate in a composite indicator.
enum Rate {
    /// Denominator under the threshold: left out of the mean.
    Neutralised(i64),
    Counted(Decimal),
}

fn rates<'a>(
    n: &'a Numerique,
    services: &'static [Service],
    p: &'a Params,
) -> impl Iterator<Item = (&'static str, Rate)> + 'a {
    services.iter().filter_map(move |s| {
        let u = (s.usage)(n);
        if u.denominateur < p.counted_from {
            Some((s.name, Rate::Neutralised(u.denominateur)))
        } else {
            u.percent().map(|r| (s.name, Rate::Counted(r)))
        }
    })
}

// Inlined at its three calls but in the first view's wasm (sized, see `crate::SIZED_FOR_PAGE`):
// each indicator's services are then constants, their usages read by field, not through a
// pointer.
#[cfg_attr(
    not(all(target_arch = "wasm32", not(feature = "cohorte"))),
    inline(always)
)]
fn composite(
    n: &Numerique,
    services: &'static [Service],
    target: (&Resolved, SmallTarget),
    p: &Params,
) -> Composite {
    // At most four services in an indicator: a fixed array, no allocation on the total path. The
    // places past the rates that count hold 0/1, which adds nothing to a sum of fractions.
    let mut items = [(0_i64, 1_i64); 4];
    let (mut len, mut neutralised) = (0, 0);
    for s in services.iter().take(items.len()) {
        let u = (s.usage)(n);
        // Without a branch (the usages vary from one physician to the next): a rate under the
        // threshold is neutralised; one that counts is written at the next place, one without
        // acts writes 0/1 there again. The place is in the array: `len` ≤ the services read
        // before this one.
        let counted = u.denominateur >= p.counted_from;
        let kept = counted & (u.denominateur > 0);
        neutralised += usize::from(!counted);
        if let Some(place) = items.get_mut(len) {
            *place = if kept {
                (u.numerateur, u.denominateur)
            } else {
                (0, 1)
            };
        }
        len += usize::from(kept);
    }
    // Decided on the array as written, before it is moved into the result: read back at once
    // from a copy, it would wait for the copy's stores (a stall measured at 13 % of this function).
    let reached = mean_reaches(&items, len, target);
    Composite {
        services,
        fractions: Fractions { items, len },
        reached,
        neutralised,
    }
}

/// Whether the mean of the first `len` rates numerator/denominator of `items` (in %) reaches the
/// target (in %), exactly: Σ nᵢ/dᵢ ≥ target × k / 100, cross-multiplied in integers, so that a
/// mean exactly at the target (100/3 + 200/3 …) is not lost to a rounded division. Falls back
/// to decimals on overflow.
#[cfg_attr(
    not(all(target_arch = "wasm32", not(feature = "cohorte"))),
    inline(always)
)]
fn mean_reaches(items: &[(i64, i64); 4], len: usize, target: (&Resolved, SmallTarget)) -> bool {
    if len == 0 {
        return false;
    }
    // The first view's wasm, built for size, keeps the checked arithmetic alone.
    let sized = crate::SIZED_FOR_PAGE;
    let small = if sized {
        None
    } else {
        small_mean_reaches(items, len, target.1)
    };
    small.unwrap_or_else(|| wide_mean_reaches(&items[..len], target.0.value))
}

/// [`mean_reaches`] with every step checked, for any counts and target.
fn wide_mean_reaches(fractions: &[(i64, i64)], target: Decimal) -> bool {
    // The product of the denominators but the i-th: common / dᵢ without a 128-bit division, on
    // 64 bits (three denominators of a validated profile, 10⁶ acts at most each, fit).
    let others = |i: usize| {
        fractions
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .try_fold(1_i64, |l, (_, (_, d))| l.checked_mul(*d))
    };
    let exact = || -> Option<bool> {
        let (last, (_, d_last)) = (fractions.len() - 1, fractions.last()?);
        // Products of two i64 always fit an i128.
        let common = i128::from(others(last)?) * i128::from(*d_last);
        let sum = fractions
            .iter()
            .enumerate()
            .try_fold(0_i128, |acc, (i, (num, _))| {
                acc.checked_add(i128::from(*num) * i128::from(others(i)?))
            })?;
        // target = mantissa / 10^scale
        let scale = 10_i128.checked_pow(target.scale())?;
        let k = i128::try_from(fractions.len()).ok()?;
        let left = sum.checked_mul(100)?.checked_mul(scale)?;
        let right = target.mantissa().checked_mul(k)?.checked_mul(common)?;
        Some(left >= right)
    };
    exact().unwrap_or_else(|| {
        let sum = crate::money::sum(
            fractions
                .iter()
                .map(|(num, d)| Decimal::from(*num) * Decimal::ONE_HUNDRED / Decimal::from(*d)),
        );
        sum >= target * Decimal::from(fractions.len())
    })
}

/// A target as [`small_mean_reaches`] reads it: its mantissa and 100 × 10^scale, when the
/// mantissa is under 2⁴⁰ and the scale at most 6; `None` otherwise (the checked mean).
type SmallTarget = Option<(u64, u64)>;

fn small_target(target: Decimal) -> SmallTarget {
    let mantissa = u64::try_from(target.mantissa())
        .ok()
        .filter(|m| *m < 1 << 40)?;
    Some((mantissa, 100 * POWERS_OF_TEN.get(target.scale() as usize)?))
}

/// [`mean_reaches`] for counts under 2²⁰ (every validated profile: 10⁶ acts at most; a
/// denominator is at least 1) and a [`SmallTarget`]: the same cross-multiplication, whose terms
/// are then bounded, so no step needs an overflow check; `None` outside those bounds. The four
/// places of `items` are read whatever `len` (those past it hold 0/1), so that no step branches.
/// Σ nᵢ/dᵢ is summed as one fraction sum/common, a term at a time: (s/c) + (n/d) = (s·d + n·c)/(c·d).
/// The first three terms on 64 bits (common < 2⁶⁰; sum < 3·2⁶⁰, each of its terms a numerator
/// times two denominators), the fourth on 128 (common < 2⁸⁰, sum < 2⁸³), and the comparison on
/// 128 (left < 2¹¹⁰, right < 2¹²²).
fn small_mean_reaches(items: &[(i64, i64); 4], len: usize, target: SmallTarget) -> Option<bool> {
    const LIMIT: u64 = 1 << 20;
    let (mantissa, factor) = target?;
    // Every count in 0..2²⁰ checked at once: a negative count read as u64 is above the limit.
    let (mut high, mut zero) = (0_u64, false);
    for &(n, d) in items {
        high |= n as u64 | d as u64;
        zero |= d == 0;
    }
    if high >= LIMIT || zero || len > items.len() {
        return None;
    }
    let [first, second, third, (n4, d4)] = *items;
    let (mut sum, mut common) = (0_u64, 1_u64);
    for (n, d) in [first, second, third] {
        sum = sum * d as u64 + n as u64 * common;
        common *= d as u64;
    }
    let sum = u128::from(sum) * d4 as u128 + n4 as u128 * u128::from(common);
    let common = u128::from(common) * d4 as u128;
    let k = len as u64;
    Some(sum * u128::from(factor) >= u128::from(mantissa * k) * common)
}

/// 10⁰ to 10⁶: the scales of a target [`small_mean_reaches`] takes.
const POWERS_OF_TEN: [u64; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/// « DCMT 95 % ; PSE neutralisé (dénominateur 8 < 10) ; … », for the report only.
fn detail(c: &Composite, n: &Numerique, p: &Params) -> String {
    rates(n, c.services, p)
        .map(|(name, rate)| match rate {
            Rate::Neutralised(den) => format!(
                "{name} neutralisé (dénominateur {} < {})",
                count(den),
                crate::money::plain(p.neutralisation.value)
            ),
            Rate::Counted(r) => format!("{name} {}", pct(r.round_dp(1))),
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

/// Every decision of the DONUM for a profile, and the points and amounts they give.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    equipment: bool,
    socle_rates: Composite,
    socle: bool,
    autres: Composite,
    numerique: Composite,
    /// Points of (socle, autres téléservices, numérique en santé, appCV et messagerie).
    points: [Decimal; 4],
    amounts: [Cents; 4],
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.amounts.iter().sum()
    }
}

impl Computation for Donum {
    const CODE: &'static str = "DONUM";
    const LIBELLE: &'static str = "Dotation numérique (DONUM)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§3.3 A (articles 28 et 29, annexes 8 et 9 de la convention)")
    }

    // Inlined in the total (but in the first view's wasm): what the report alone reads (the
    // rates kept, the points) is then never written there.
    #[cfg_attr(
        not(all(target_arch = "wasm32", not(feature = "cohorte"))),
        inline(always)
    )]
    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let n = &profile.numerique;
        let equipment = n.logiciel_lap && n.cahier_des_charges_sesam_vitale;
        let socle_rates = composite(n, &SOCLE, (&p.socle_cible, p.small_targets[0]), p);
        let socle = equipment && socle_rates.reached;
        let autres = composite(n, &AUTRES, (&p.autres_cible, p.small_targets[1]), p);
        let numerique = composite(
            n,
            &NUMERIQUE_SANTE,
            (&p.numerique_cible, p.small_targets[2]),
            p,
        );
        let app_cv_mss = n.app_carte_vitale.numerateur >= 1 && n.mss.numerateur >= 1;
        // The socle opens the optional indicators, each independent of the others.
        let reached = [
            socle,
            socle && autres.reached,
            socle && numerique.reached,
            socle && app_cv_mss,
        ];
        let all_points = [
            &p.socle_points,
            &p.autres_points,
            &p.numerique_points,
            &p.app_cv_mss_points,
        ];
        // An indicator pays its points at the point's value (`Params::paid`), or nothing.
        Ok(Amounts {
            equipment,
            socle_rates,
            socle,
            autres,
            numerique,
            points: std::array::from_fn(|i| {
                if reached[i] {
                    all_points[i].value
                } else {
                    Decimal::ZERO
                }
            }),
            amounts: std::array::from_fn(|i| if reached[i] { p.paid[i] } else { Cents::ZERO }),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let total: Cents = a.amounts.iter().sum();
        Explained {
            groups: vec![
                Group::new(
                    "DONUM.SOCLE",
                    "Indicateurs socles",
                    socle_lines(p, profile, a, detail),
                ),
                Group::new(
                    "DONUM.OPTIONNELS",
                    "Indicateurs optionnels",
                    optional_lines(p, profile, a, detail),
                ),
            ],
            payments: vec![Payment::new(
                format!("1er semestre {}", year.annee + 1),
                format!("DONUM {} (résultats au 31/12/{})", year.annee, year.annee),
                total.value(),
                || CONVENTION_2024.cite("§3.3 A (versement au 1er semestre de l'année n+1)"),
            )],
        }
    }
}

const NEUTRALISATION: &str = "Un taux dont le dénominateur est inférieur au seuil est neutralisé : il est \
                              exclu de la moyenne ; si tous les taux d'un indicateur sont neutralisés, \
                              l'indicateur n'est pas atteint (le texte ne le dit pas).";

/// The line, with the reading of the neutralisation if one of its rates was neutralised.
fn with_neutralisation(line: Line, c: &Composite) -> Line {
    if c.neutralised > 0 {
        line.interpretation(NEUTRALISATION)
    } else {
        line
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "oui"
    } else {
        "non"
    }
}

fn socle_lines(p: &Params, profile: &Profile, a: &Amounts, detail: Detail) -> Vec<Line> {
    let n = &profile.numerique;
    vec![
        Line::new(
            "DONUM.SOCLE.EQUIPEMENT",
            "Socle — logiciel référencé Ségur avec LAP certifié HAS et cahier des charges SESAM-Vitale à jour",
            detail.text(|| {
                format!(
                    "logiciel : {} ; SESAM-Vitale à jour : {} → {}",
                    yes(n.logiciel_lap),
                    yes(n.cahier_des_charges_sesam_vitale),
                    if a.equipment { "atteint" } else { "non atteint" }
                )
            }),
            Cents::ZERO,
            detail.text(|| p.socle_points.citation()),
        ),
        with_neutralisation(
            Line::new(
                "DONUM.SOCLE.TELESERVICES",
                "Socle — moyenne des taux DCMT, PSE, FSE et AAT",
                detail.text(|| composite_formula(&a.socle_rates, n, p, &p.socle_cible)),
                Cents::ZERO,
                detail.text(|| {
                    format!("{} ; {}", p.socle_cible.citation(), p.neutralisation.citation())
                }),
            ),
            &a.socle_rates,
        ),
        Line::new(
            "DONUM.SOCLE",
            "Indicateurs socles (les deux requis)",
            detail.text(|| {
                if a.socle {
                    points::formula(a.points[0], &p.point)
                } else {
                    "Socle non atteint → 0 point, et aucun indicateur optionnel".to_owned()
                }
            }),
            a.amounts[0],
            detail.text(|| format!("{} ; {}", p.socle_points.citation(), p.point.citation())),
        )
        .famille(famille::NUMERIQUE),
    ]
}

fn optional_lines(p: &Params, profile: &Profile, a: &Amounts, detail: Detail) -> Vec<Line> {
    let n = &profile.numerique;
    let optional = |i: usize,
                    code: &'static str,
                    libelle: &'static str,
                    formula: &dyn Fn() -> String,
                    citation: &dyn Fn() -> String| {
        let formula = detail.text(|| {
            let formula = formula();
            if !a.socle {
                format!("{formula} — non rémunéré : socle non atteint")
            } else if a.points[i].is_zero() {
                format!("{formula} → 0 point")
            } else {
                format!("{formula} → {}", points::formula(a.points[i], &p.point))
            }
        });
        Line::new(code, libelle, formula, a.amounts[i], detail.text(citation))
            .famille(famille::NUMERIQUE)
    };
    vec![
        with_neutralisation(
            optional(
                1,
                "DONUM.AUTRES_TELESERVICES",
                "Moyenne des taux CM AT-MP, SPE et DSG",
                &|| composite_formula(&a.autres, n, p, &p.autres_cible),
                &|| format!("{} ; {}", p.autres_cible.citation(), p.autres_points.citation()),
            ),
            &a.autres,
        ),
        with_neutralisation(
            optional(
                2,
                "DONUM.NUMERIQUE_SANTE",
                "Moyenne des taux d'alimentation du DMP et d'ordonnances numériques",
                &|| composite_formula(&a.numerique, n, p, &p.numerique_cible),
                &|| format!("{} ; {}", p.numerique_cible.citation(), p.numerique_points.citation()),
            ),
            &a.numerique,
        ),
        optional(
            3,
            "DONUM.APP_CV_MSS",
            "Au moins une FSE avec l'application carte Vitale et un message à un patient par Mon espace santé",
            &|| {
                format!(
                    "FSE avec l'application carte Vitale : {} ; messages : {}",
                    count(n.app_carte_vitale.numerateur),
                    count(n.mss.numerateur)
                )
            },
            &|| p.app_cv_mss_points.citation().to_owned(),
        ),
    ]
}

fn composite_formula(c: &Composite, n: &Numerique, p: &Params, target: &Resolved) -> String {
    let detail = detail(c, n, p);
    let fractions = c.fractions.as_slice();
    let mean = (!fractions.is_empty()).then(|| {
        let sum = crate::money::sum(
            fractions
                .iter()
                .map(|(num, d)| Decimal::from(*num) * Decimal::ONE_HUNDRED / Decimal::from(*d)),
        );
        sum / Decimal::from(fractions.len())
    });
    match mean {
        Some(m) => format!(
            "{detail} → moyenne {} ; cible {} : {}",
            pct(m.round_dp(1)),
            pct(target.value),
            if c.reached {
                "atteinte"
            } else {
                "non atteinte"
            }
        ),
        None => format!("{detail} → aucun taux à moyenner : cible non atteinte"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`small_mean_reaches`] of the rates `fractions` (four at most), as `composite` lays them.
    fn small(fractions: &[(i64, i64)], target: Decimal) -> Option<bool> {
        let mut items = [(0, 1); 4];
        items.get_mut(..fractions.len())?.copy_from_slice(fractions);
        small_mean_reaches(&items, fractions.len(), small_target(target))
    }

    // proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The bounded cross-multiplication decides as the checked one.
        #[test]
        fn small_mean_is_the_checked_mean(
            raw in proptest::collection::vec((0_i64..1 << 20, 1_i64..1 << 20), 1..=4),
            mantissa in 0_i64..20_000,
            scale in 0_u32..=6,
        ) {
            let fractions: Vec<(i64, i64)> = raw.iter().map(|(n, d)| (*n % (*d + 1), *d)).collect();
            let target = Decimal::new(mantissa, scale);
            proptest::prop_assert_eq!(
                small(&fractions, target),
                Some(wide_mean_reaches(&fractions, target))
            );
        }
    }

    #[test]
    fn a_mean_exactly_at_the_target_reaches_it() {
        // (1/3 + 2/3) / 2 = 50 %.
        let fractions = [(1, 3), (2, 3)];
        assert_eq!(small(&fractions, Decimal::new(50, 0)), Some(true));
        assert_eq!(small(&fractions, Decimal::new(5001, 2)), Some(false));
        assert!(wide_mean_reaches(&fractions, Decimal::new(50, 0)));
    }

    #[test]
    fn the_bounds_of_the_small_mean_hold_at_their_extremes() {
        // Four rates at the largest counts and the largest target the bounds take: every step
        // at its bound (64 bits for three terms, 128 for the fourth and the comparison).
        let top = (1 << 20) - 1;
        let fractions = [(top, top), (top, top - 1), (top - 2, top), (top, 1)];
        for target in [
            Decimal::new((1 << 40) - 1, 6),
            Decimal::new((1 << 40) - 1, 0),
            Decimal::new(1, 6),
        ] {
            assert_eq!(
                small(&fractions, target),
                Some(wide_mean_reaches(&fractions, target))
            );
        }
        assert_eq!(small(&[(1 << 20, 1)], Decimal::ONE), None);
        assert_eq!(small(&[(-1, 1)], Decimal::ONE), None);
        assert_eq!(small(&[(1, 0)], Decimal::ONE), None);
        // A target finer than 10⁻⁶ or past 2⁴⁰ goes to the checked mean.
        assert_eq!(small(&[(1, 2)], Decimal::new(1, 7)), None);
        assert_eq!(small(&[(1, 2)], Decimal::new(1 << 40, 0)), None);
    }
}
