//! OPTAM and OPTAM-ACO — Circulaire CNAM du 31/07/2024, §5 (articles 41 à 41-11 et annexes 12 à
//! 15): the modificateur of the year's acts half-year by half-year (K for the surgeons and
//! gynécologues-obstétriciens in OPTAM-ACO, T for those who chose the OPTAM, « 3 » for the
//! anaesthetists from 2025), the OPTAM's yearly prime (known, not computable), the partage de gains
//! of a revalorisation (from 2025), and the regional floor and ceiling for negotiators (see
//! [`regional`]).

mod regional;

use rust_decimal::Decimal;

use crate::input::{Optam, Profile, Respect, Secteur, Specialite};
use crate::money::{count, euros, pct, percent_of, plain, Cents};
use crate::params::{optam as o, NotInForce, Param, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'option de pratique tarifaire maîtrisée",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

const PARTAGE: &str = "Le §5 B b fixe la part de la revalorisation laissée au médecin selon son dernier niveau de respect connu : elle est appliquée à la hausse de la base de remboursement de ses actes que le médecin saisit ; le reste est retiré de son dépassement autorisé.";

/// The two half-years: the day their modificateur is read, their label.
const HALVES: [(u32, &str); 2] = [(1, "1er semestre"), (7, "2e semestre")];

/// Every value of the year, the modificateurs on 1 January and 1 July.
#[derive(Debug, Clone)]
pub struct Params {
    k: [Option<Resolved>; 2],
    t: [Option<Resolved>; 2],
    trois_optam_aco: [Option<Resolved>; 2],
    trois_secteur_1: [Option<Resolved>; 2],
    actes_optam_aco: Resolved,
    /// Respect strict, 1 to 5 points, more than 5 points (from 2025).
    partage: Option<[Resolved; 3]>,
    /// Points added to the lowest, removed from the highest regional rate (from 2025).
    regional: Option<(Resolved, Resolved)>,
}

#[derive(Debug, Clone)]
pub struct OptionTarifaire(InForce<Params>);

impl OptionTarifaire {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let on = year.parameters_date;
        let halves = |param: &'static Param| {
            HALVES.map(|(month, _)| {
                let day = chrono::NaiveDate::from_ymd_opt(year.annee, month, 1).unwrap_or(on);
                params.get(param, day).ok()
            })
        };
        let get = |param| params.get(param, on).ok();
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                k: halves(&o::MODIFICATEUR_K),
                t: halves(&o::MODIFICATEUR_T),
                trois_optam_aco: halves(&o::MODIFICATEUR_3_OPTAM_ACO),
                trois_secteur_1: halves(&o::MODIFICATEUR_3_SECTEUR_1),
                actes_optam_aco: params.get(&o::ACTES_OPTAM_ACO, on)?,
                partage: match [
                    get(&o::PARTAGE_RESPECT_STRICT),
                    get(&o::PARTAGE_ECART_1_A_5),
                    get(&o::PARTAGE_ECART_PLUS_DE_5),
                ] {
                    [Some(a), Some(b), Some(c)] => Some([a, b, c]),
                    _ => None,
                },
                regional: get(&o::PLANCHER_POINTS).zip(get(&o::PLAFOND_POINTS)),
            })
        }))
    }
}

/// The modificateur a practice bills on its acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modificateur {
    K,
    T,
    Trois,
}

impl Modificateur {
    fn name(self) -> &'static str {
        match self {
            Self::K => "K",
            Self::T => "T",
            Self::Trois => "« 3 »",
        }
    }

    /// Its rate in each half-year, for this practice.
    fn rates(self, p: &Params, secteur: Secteur) -> &[Option<Resolved>; 2] {
        match (self, secteur) {
            (Self::K, _) => &p.k,
            (Self::T, _) => &p.t,
            (Self::Trois, Secteur::Un) => &p.trois_secteur_1,
            (Self::Trois, Secteur::Deux) => &p.trois_optam_aco,
        }
    }
}

/// The anaesthetists may adhere to the OPTAM-ACO once its « 3 » exists (§5 A, from 2025).
fn anesthesie_aco(p: &Params) -> bool {
    p.trois_optam_aco.iter().any(Option::is_some)
}

/// The modificateur of the practice in the year, if any (§5 A).
fn modificateur(p: &Params, profile: &Profile) -> Option<Modificateur> {
    let e = &profile.exercice;
    let surgical = matches!(
        e.specialite,
        Specialite::Chirurgie | Specialite::GynecologieObstetrique
    );
    let anaesthesia = e.specialite == Specialite::Anesthesie;
    match (e.secteur, e.optam) {
        (Secteur::Deux, Optam::OptamAco) if surgical => Some(Modificateur::K),
        (Secteur::Deux, Optam::OptamAco) if anaesthesia => Some(Modificateur::Trois),
        (Secteur::Deux, Optam::Optam) if surgical || (anaesthesia && anesthesie_aco(p)) => {
            Some(Modificateur::T)
        }
        (Secteur::Un, _) if anaesthesia && p.trois_secteur_1.iter().any(Option::is_some) => {
            Some(Modificateur::Trois)
        }
        _ => None,
    }
}

/// Why the OPTAM-ACO's modificateur is not billed, if so: the specialty is not (yet) eligible, or
/// fewer acts than required the year before adhering (§5 A). Put in words by the report only
/// ([`AcoRefusal::motif`]): the total path meets it for every OPTAM-ACO adherent it concerns.
fn aco_refusal(p: &Params, profile: &Profile) -> Option<AcoRefusal> {
    let e = &profile.exercice;
    if e.secteur != Secteur::Deux || e.optam != Optam::OptamAco {
        return None;
    }
    match e.specialite {
        Specialite::Chirurgie | Specialite::GynecologieObstetrique => {}
        Specialite::Anesthesie if anesthesie_aco(p) => {}
        Specialite::Anesthesie => return Some(AcoRefusal::Anesthesie),
        _ => return Some(AcoRefusal::Specialite),
    }
    let n = profile.optam.actes_annee_precedant_adhesion;
    (Decimal::from(n) < p.actes_optam_aco.value).then_some(AcoRefusal::Actes(n))
}

#[derive(Debug, Clone, Copy)]
enum AcoRefusal {
    /// An anaesthetist before the « 3 » exists.
    Anesthesie,
    /// A specialty the OPTAM-ACO is not open to.
    Specialite,
    /// Fewer acts than required the year before adhering: this many.
    Actes(i64),
}

impl AcoRefusal {
    fn motif(self, p: &Params) -> String {
        match self {
            Self::Anesthesie => "l'OPTAM-ACO n'est ouvert aux anesthésistes-réanimateurs qu'avec le modificateur « 3 », à compter du 01/01/2025 (§5 A)".to_owned(),
            Self::Specialite => "l'OPTAM-ACO est réservé aux chirurgiens, aux gynécologues-obstétriciens et aux anesthésistes-réanimateurs (§5 A) : pas de modificateur".to_owned(),
            Self::Actes(n) => format!(
                "OPTAM-ACO non ouvert : {} acte(s) d'anesthésie, de chirurgie ou d'obstétrique l'année précédant l'adhésion, moins des {} requis",
                count(n),
                plain(p.actes_optam_aco.value)
            ),
        }
    }
}

/// Whether the OPTAM's yearly prime applies: an OPTAM adherent without a modificateur that
/// replaces it (the « 3 » replaced it for the anaesthetists, §5 A).
fn prime(p: &Params, profile: &Profile) -> bool {
    profile.exercice.secteur == Secteur::Deux
        && profile.exercice.optam == Optam::Optam
        && modificateur(p, profile) != Some(Modificateur::T)
}

fn adherent(profile: &Profile) -> bool {
    profile.exercice.secteur == Secteur::Deux && profile.exercice.optam != Optam::Aucune
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    modificateur: [Cents; 2],
    partage: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.modificateur[0] + self.modificateur[1] + self.partage
    }
}

/// The share of the revalorisation of the physician's last known level of respect (§5 B b).
fn partage_rate<'a>(partage: &'a [Resolved; 3], profile: &Profile) -> &'a Resolved {
    match profile.optam.respect {
        Respect::Strict => &partage[0],
        Respect::Ecart1A5 => &partage[1],
        Respect::EcartPlusDe5 => &partage[2],
    }
}

fn bases(profile: &Profile) -> [Decimal; 2] {
    [
        profile.optam.base_semestre_1.value(),
        profile.optam.base_semestre_2.value(),
    ]
}

impl Computation for OptionTarifaire {
    const CODE: &'static str = "OPTAM";
    const LIBELLE: &'static str = "OPTAM et OPTAM-ACO (modificateurs, partage de gains)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§5 (articles 41 à 41-11 et annexes 12 à 15 de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let m = modificateur(p, profile);
        if m.is_none() && !adherent(profile) {
            return Err(NotApplicable::new(
                "Réservé au secteur 2 adhérant à l'OPTAM ou à l'OPTAM-ACO, et en secteur 1 au modificateur « 3 » des anesthésistes à compter de 2025 (§5).",
            ));
        }
        let billed = m.filter(|_| aco_refusal(p, profile).is_none());
        let [b1, b2] = bases(profile);
        let half = |i: usize, base: Decimal| {
            billed
                .and_then(|m| m.rates(p, profile.exercice.secteur)[i].as_ref())
                .map_or(Cents::ZERO, |r| Cents::of(percent_of(base, r.value)))
        };
        Ok(Amounts {
            modificateur: [half(0, b1), half(1, b2)],
            partage: p
                .partage
                .as_ref()
                .filter(|_| adherent(profile))
                .map_or(Cents::ZERO, |t| {
                    Cents::of(percent_of(
                        profile.optam.revalorisation.value(),
                        partage_rate(t, profile).value,
                    ))
                }),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let mut e = Explained::default();
        let m = modificateur(p, profile);
        if m.is_some() || aco_refusal(p, profile).is_some() {
            e.groups
                .push(modificateur_group(p, profile, m, year, a, detail));
        }
        if prime(p, profile) {
            e.groups.push(prime_group(detail));
        }
        if let Some(t) = p.partage.as_ref().filter(|_| adherent(profile)) {
            e.groups.push(partage_group(t, profile, a.partage, detail));
        }
        if let Some((plancher, plafond)) = &p.regional {
            e.groups
                .push(regional::group(profile, plancher, plafond, detail));
        }
        e.payments = vec![
            Payment::new(
                format!("Avec chaque acte facturé en {}", year.annee),
                "Modificateur des actes",
                (a.modificateur[0] + a.modificateur[1]).value(),
                || CONVENTION_2024.cite("§5 A"),
            ),
            Payment::new(
                format!("Avec chaque acte facturé en {}", year.annee),
                "Partage de gains des revalorisations",
                a.partage.value(),
                || CONVENTION_2024.cite("§5 B b"),
            ),
        ];
        e
    }
}

fn modificateur_group(
    p: &Params,
    profile: &Profile,
    m: Option<Modificateur>,
    year: Year,
    a: &Amounts,
    detail: Detail,
) -> Group {
    let refusal = aco_refusal(p, profile).map(|r| r.motif(p));
    let none = [None, None];
    let rates = m.map_or(&none, |m| m.rates(p, profile.exercice.secteur));
    let name = m.map_or("", Modificateur::name);
    let title = m.map_or_else(
        || "Modificateur".to_owned(),
        |m| format!("Modificateur {}", m.name()),
    );
    let lines = HALVES
        .iter()
        .zip(bases(profile))
        .enumerate()
        .map(|(i, ((_, label), base))| {
            let rate = rates[i].as_ref().filter(|_| refusal.is_none());
            let formula = || match (rate, &refusal) {
                (_, Some(why)) => why.clone(),
                (None, None) => format!("pas de modificateur {name} au {label} {}", year.annee),
                (Some(r), None) => format!(
                    "base de remboursement {} × {name} {}",
                    euros(base),
                    pct(r.value)
                ),
            };
            Line::new(
                format!("OPTAM.MODIFICATEUR.S{}", i + 1),
                format!("{title} — {label} {}", year.annee),
                detail.text(formula),
                a.modificateur[i],
                detail.text(|| {
                    rate.map_or_else(|| CONVENTION_2024.cite("§5 A"), |r| r.citation().to_owned())
                }),
            )
            .interpretations(rate.and_then(|r| r.interpretation))
        })
        .collect();
    Group::new(
        "OPTAM.MODIFICATEUR",
        "Modificateur des actes, semestre par semestre",
        lines,
    )
}

fn prime_group(detail: Detail) -> Group {
    Group::new(
        "OPTAM.PRIME",
        "Rémunération spécifique annuelle de l'OPTAM (prime)",
        vec![Line::new(
            "OPTAM.PRIME",
            "Prime de l'OPTAM",
            detail.text(|| "non calculable : elle dépend du taux de charges de la spécialité et de paliers de respect que les sources ne donnent pas en entier (de 100 % pour un respect strict à 30 % pour un écart de 4 à 5 points)"),
            Cents::ZERO,
            detail.text(|| CONVENTION_2024.cite("§5 B")),
        )
        .note_in(detail, || "Montant inconnu ici : il n'est pas compté dans le total.")],
    )
}

fn partage_group(t: &[Resolved; 3], profile: &Profile, amount: Cents, detail: Detail) -> Group {
    let r = partage_rate(t, profile);
    let level = || match profile.optam.respect {
        Respect::Strict => "respect strict",
        Respect::Ecart1A5 => "non-respect de 1 à 5 points",
        Respect::EcartPlusDe5 => "non-respect de plus de 5 points",
    };
    let revalorisation = profile.optam.revalorisation.value();
    Group::new(
        "OPTAM.PARTAGE_DE_GAINS",
        "Partage de gains des revalorisations",
        vec![Line::new(
            "OPTAM.PARTAGE_DE_GAINS",
            "Part de la revalorisation gardée par le médecin",
            detail.text(|| format!("revalorisation de la base de remboursement {} × {} ({})", euros(revalorisation), pct(r.value), level())),
            amount,
            detail.text(|| r.citation().to_owned()),
        )
        .interpretation(PARTAGE)
        .note_in(detail, || format!(
            "Le reste de la revalorisation ({}) réduit d'autant le dépassement autorisé par les nouveaux taux d'engagement.",
            pct(Decimal::ONE_HUNDRED - r.value)
        ))],
    )
}
