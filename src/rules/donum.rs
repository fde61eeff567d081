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
use crate::money::{count, pct};
use crate::params::{NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{famille, Dispositif, Group, Line, Payment};

use super::{points, InForce, Lifecycle, Rule, Year};

const CODE: &str = "DONUM";
const LIBELLE: &str = "Dotation numérique (DONUM)";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La dotation numérique (DONUM)",
    feminine: true,
    replaces: Some("elle remplace le forfait structure"),
    replaced_by: None,
};

fn source() -> String {
    CONVENTION_2024.cite("§3.3 A (articles 28 et 29, annexes 8 et 9 de la convention)")
}

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
}

#[derive(Debug, Clone)]
pub struct Donum(InForce<Params>);

impl Donum {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let get = |id| params.get(id, year.parameters_date);
            Ok::<_, NotInForce>(Params {
                point: get(&crate::params::donum::POINT)?,
                socle_points: get(&crate::params::donum::SOCLE_POINTS)?,
                socle_cible: get(&crate::params::donum::SOCLE_CIBLE)?,
                autres_points: get(&crate::params::donum::AUTRES_TELESERVICES_POINTS)?,
                autres_cible: get(&crate::params::donum::AUTRES_TELESERVICES_CIBLE)?,
                numerique_points: get(&crate::params::donum::NUMERIQUE_SANTE_POINTS)?,
                numerique_cible: get(&crate::params::donum::NUMERIQUE_SANTE_CIBLE)?,
                app_cv_mss_points: get(&crate::params::donum::APP_CV_MSS_POINTS)?,
                neutralisation: get(&crate::params::donum::NEUTRALISATION_DENOMINATEUR)?,
            })
        }))
    }
}

/// The services of each composite indicator: key in `Numerique`, short name.
const SOCLE: [(&str, &str); 4] = [
    ("dcmt", "DCMT"),
    ("pse", "PSE"),
    ("fse", "FSE"),
    ("aat", "AAT"),
];
const AUTRES: [(&str, &str); 3] = [("cm_atmp", "CM AT-MP"), ("spe", "SPE"), ("dsg", "DSG")];
const NUMERIQUE_SANTE: [(&str, &str); 2] = [
    ("dmp", "DMP"),
    ("ordonnance_numerique", "ordonnance numérique"),
];

/// A composite indicator: the mean of the rates that are not neutralised, against its target.
struct Composite {
    services: &'static [(&'static str, &'static str)],
    /// The rates that count, as numerator and denominator.
    fractions: Fractions,
    reached: bool,
    neutralised: usize,
}

/// The rates of an indicator that count: numerator and denominator, four at most.
#[derive(Clone, Copy)]
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
    services: &'static [(&'static str, &'static str)],
    p: &'a Params,
) -> impl Iterator<Item = (&'static str, Rate)> + 'a {
    services.iter().filter_map(move |(key, name)| {
        let u: Usage = n.usage(key).copied().unwrap_or_default();
        if Decimal::from(u.denominateur) < p.neutralisation.value {
            Some((*name, Rate::Neutralised(u.denominateur)))
        } else {
            u.percent().map(|r| (*name, Rate::Counted(r)))
        }
    })
}

fn composite(
    n: &Numerique,
    services: &'static [(&'static str, &'static str)],
    target: &Resolved,
    p: &Params,
) -> Composite {
    // At most four services in an indicator: a fixed array, no allocation on the total path.
    let mut items = [(0_i64, 1_i64); 4];
    let (mut len, mut neutralised) = (0, 0);
    for (key, _) in services.iter().take(items.len()) {
        let u: Usage = n.usage(key).copied().unwrap_or_default();
        if Decimal::from(u.denominateur) < p.neutralisation.value {
            neutralised += 1;
        } else if u.denominateur > 0 {
            items[len] = (u.numerateur, u.denominateur);
            len += 1;
        }
    }
    let fractions = Fractions { items, len };
    Composite {
        services,
        reached: mean_reaches(fractions.as_slice(), target.value),
        fractions,
        neutralised,
    }
}

/// Whether the mean of the rates numerator/denominator (in %) reaches `target` (in %), exactly:
/// Σ nᵢ/dᵢ ≥ target × k / 100, cross-multiplied in integers, so that a mean exactly at the target
/// (100/3 + 200/3 …) is not lost to a rounded division. Falls back to decimals on overflow.
fn mean_reaches(fractions: &[(i64, i64)], target: Decimal) -> bool {
    if fractions.is_empty() {
        return false;
    }
    let exact = || -> Option<bool> {
        let common: i128 = fractions
            .iter()
            .try_fold(1_i128, |l, (_, d)| l.checked_mul(i128::from(*d)))?;
        let sum = fractions.iter().try_fold(0_i128, |acc, (num, d)| {
            acc.checked_add(i128::from(*num).checked_mul(common / i128::from(*d))?)
        })?;
        // target = mantissa / 10^scale
        let scale = 10_i128.checked_pow(target.scale())?;
        let k = i128::try_from(fractions.len()).ok()?;
        let left = sum.checked_mul(100)?.checked_mul(scale)?;
        let right = target.mantissa().checked_mul(k)?.checked_mul(common)?;
        Some(left >= right)
    };
    exact().unwrap_or_else(|| {
        let sum: Decimal = fractions
            .iter()
            .map(|(num, d)| Decimal::from(*num) * Decimal::ONE_HUNDRED / Decimal::from(*d))
            .sum();
        sum >= target * Decimal::from(fractions.len())
    })
}

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

/// Every decision of the DONUM for a profile, before any line is written.
struct Decisions {
    equipment: bool,
    socle_rates: Composite,
    socle: bool,
    autres: Composite,
    numerique: Composite,
    app_cv_mss: bool,
}

fn decide(profile: &Profile, p: &Params) -> Decisions {
    let n = &profile.numerique;
    let equipment = n.logiciel_lap && n.cahier_des_charges_sesam_vitale;
    let socle_rates = composite(n, &SOCLE, &p.socle_cible, p);
    Decisions {
        equipment,
        socle: equipment && socle_rates.reached,
        socle_rates,
        autres: composite(n, &AUTRES, &p.autres_cible, p),
        numerique: composite(n, &NUMERIQUE_SANTE, &p.numerique_cible, p),
        app_cv_mss: n.app_carte_vitale.numerateur >= 1 && n.mss.numerateur >= 1,
    }
}

impl Decisions {
    /// Points of (socle, autres téléservices, numérique en santé, appCV et messagerie).
    fn points(&self, p: &Params) -> [Decimal; 4] {
        let opt = |reached: bool, pts: &Resolved| {
            if self.socle && reached {
                pts.value
            } else {
                Decimal::ZERO
            }
        };
        [
            if self.socle {
                p.socle_points.value
            } else {
                Decimal::ZERO
            },
            opt(self.autres.reached, &p.autres_points),
            opt(self.numerique.reached, &p.numerique_points),
            opt(self.app_cv_mss, &p.app_cv_mss_points),
        ]
    }
}

fn composite_formula(c: &Composite, n: &Numerique, p: &Params, target: &Resolved) -> String {
    let detail = detail(c, n, p);
    let fractions = c.fractions.as_slice();
    let mean = (!fractions.is_empty()).then(|| {
        let sum: Decimal = fractions
            .iter()
            .map(|(num, d)| Decimal::from(*num) * Decimal::ONE_HUNDRED / Decimal::from(*d))
            .sum();
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

impl Rule for Donum {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        self.0.total(|p| {
            decide(profile, p)
                .points(p)
                .iter()
                .map(|pts| points::amount(*pts, &p.point))
                .sum()
        })
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, source, |p| {
        let d = decide(profile, p);
        let [socle_pts, autres_pts, numerique_pts, app_pts] = d.points(p);
        let yes = |b: bool| if b { "oui" } else { "non" };
        let neutralisation = "Un taux dont le dénominateur est inférieur au seuil est neutralisé : il est \
                              exclu de la moyenne ; si tous les taux d'un indicateur sont neutralisés, \
                              l'indicateur n'est pas atteint (le texte ne le dit pas).";
        let with_neutralisation = |line: Line, c: &Composite| {
            if c.neutralised > 0 {
                line.interpretation(neutralisation)
            } else {
                line
            }
        };
        let socle_lines = vec![
            Line::new(
                "DONUM.SOCLE.EQUIPEMENT",
                "Socle — logiciel référencé Ségur avec LAP certifié HAS et cahier des charges SESAM-Vitale à jour",
                format!(
                    "logiciel : {} ; SESAM-Vitale à jour : {} → {}",
                    yes(profile.numerique.logiciel_lap),
                    yes(profile.numerique.cahier_des_charges_sesam_vitale),
                    if d.equipment { "atteint" } else { "non atteint" }
                ),
                Decimal::ZERO,
                p.socle_points.citation.clone(),
            ),
            with_neutralisation(
                Line::new(
                    "DONUM.SOCLE.TELESERVICES",
                    "Socle — moyenne des taux DCMT, PSE, FSE et AAT",
                    composite_formula(&d.socle_rates, &profile.numerique, p, &p.socle_cible),
                    Decimal::ZERO,
                    format!("{} ; {}", p.socle_cible.citation, p.neutralisation.citation),
                ),
                &d.socle_rates,
            ),
            Line::new(
                "DONUM.SOCLE",
                "Indicateurs socles (les deux requis)",
                if d.socle {
                    points::formula(socle_pts, &p.point)
                } else {
                    "Socle non atteint → 0 point, et aucun indicateur optionnel".to_owned()
                },
                points::amount(socle_pts, &p.point),
                format!("{} ; {}", p.socle_points.citation, p.point.citation),
            )
            .famille(famille::NUMERIQUE),
        ];
        let optional =
            |code: &str, libelle: &str, formula: String, pts: Decimal, citation: String| {
                let formula = if !d.socle {
                    format!("{formula} — non rémunéré : socle non atteint")
                } else if pts.is_zero() {
                    format!("{formula} → 0 point")
                } else {
                    format!("{formula} → {}", points::formula(pts, &p.point))
                };
                Line::new(
                    code,
                    libelle,
                    formula,
                    points::amount(pts, &p.point),
                    citation,
                )
                .famille(famille::NUMERIQUE)
            };
        let optional_lines = vec![
            with_neutralisation(
                optional(
                    "DONUM.AUTRES_TELESERVICES",
                    "Moyenne des taux CM AT-MP, SPE et DSG",
                    composite_formula(&d.autres, &profile.numerique, p, &p.autres_cible),
                    autres_pts,
                    format!("{} ; {}", p.autres_cible.citation, p.autres_points.citation),
                ),
                &d.autres,
            ),
            with_neutralisation(
                optional(
                    "DONUM.NUMERIQUE_SANTE",
                    "Moyenne des taux d'alimentation du DMP et d'ordonnances numériques",
                    composite_formula(&d.numerique, &profile.numerique, p, &p.numerique_cible),
                    numerique_pts,
                    format!("{} ; {}", p.numerique_cible.citation, p.numerique_points.citation),
                ),
                &d.numerique,
            ),
            optional(
                "DONUM.APP_CV_MSS",
                "Au moins une FSE avec l'application carte Vitale et un message à un patient par Mon espace santé",
                format!(
                    "FSE avec l'application carte Vitale : {} ; messages : {}",
                    count(profile.numerique.app_carte_vitale.numerateur),
                    count(profile.numerique.mss.numerateur)
                ),
                app_pts,
                p.app_cv_mss_points.citation.clone(),
            ),
        ];
        let groups = vec![
            Group::new("DONUM.SOCLE", "Indicateurs socles", socle_lines),
            Group::new("DONUM.OPTIONNELS", "Indicateurs optionnels", optional_lines),
        ];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment {
            echeance: format!("1er semestre {}", year.annee + 1),
            objet: format!("DONUM {} (résultats au 31/12/{})", year.annee, year.annee),
            montant: total,
            source: CONVENTION_2024.cite("§3.3 A (versement au 1er semestre de l'année n+1)"),
            interpretation: None,
        }];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
        })
    }
}
