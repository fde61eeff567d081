//! Missions spécifiques of the 2024 convention — Circulaire CNAM du 31/07/2024, §3.4 (articles 30
//! à 30-4): participation au SAS (from 2026), maître de stage (from 2026; the forfait structure
//! pays it before, see `maitre_de_stage`), patientèle AME importante and orientation vers une IPA
//! (from 2025).

use crate::input::{Profile, Specialite};
use crate::money::{count, euros, plain, Cents};
use crate::params::{
    forfait_structure as fs, missions as m, NotInForce, Param, Parameters, Resolved,
    CONVENTION_2024,
};
use crate::report::{Group, Line, Payment};

use super::kit::maitre_de_stage::MaitreDeStage;
use super::kit::{
    whole_from, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération des missions de la convention de 2024",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

/// The IPA tiers: at least that many patients, amount (§3.4 D).
static IPA: [(&Param, &Param); 3] = [
    (&m::IPA_SEUIL_1, &m::IPA_MONTANT_1),
    (&m::IPA_SEUIL_2, &m::IPA_MONTANT_2),
    (&m::IPA_SEUIL_3, &m::IPA_MONTANT_3),
];

#[derive(Debug, Clone)]
pub struct Params {
    sas: Option<Resolved>,
    /// `None` while the forfait structure pays the encadrement des étudiants.
    maitre_de_stage: Option<MaitreDeStage>,
    ame: Option<Resolved>,
    /// (at least that many patients, amount), in increasing order.
    ipa: Option<[(Resolved, Resolved); 3]>,
    /// The same read once for the year, for every profile's total.
    fixed: Fixed,
}

/// Each mission's amount in cents (zero when it does not exist in the year) and the IPA tiers'
/// thresholds as whole numbers (`kit::whole_from`), read once for the year.
#[derive(Debug, Clone, Copy)]
struct Fixed {
    sas: Cents,
    ame: Cents,
    ipa_from: [i64; 3],
    ipa: [Cents; 3],
}

impl Fixed {
    fn new(
        sas: Option<&Resolved>,
        ame: Option<&Resolved>,
        ipa: Option<&[(Resolved, Resolved); 3]>,
    ) -> Self {
        let cents = |r: Option<&Resolved>| r.map_or(Cents::ZERO, |r| Cents::of(r.value));
        Self {
            sas: cents(sas),
            ame: cents(ame),
            ipa_from: ipa.map_or([i64::MAX; 3], |t| {
                t.each_ref().map(|(s, _)| whole_from(s.value))
            }),
            ipa: ipa.map_or([Cents::ZERO; 3], |t| {
                t.each_ref().map(|(_, a)| Cents::of(a.value))
            }),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Missions(InForce<Params>);

impl Missions {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let on = year.parameters_date;
        let get = |param| params.get(param, on).ok();
        let tier = |(threshold, amount): &(&'static Param, &'static Param)| {
            Some((get(threshold)?, get(amount)?))
        };
        // While the forfait structure exists, it pays the encadrement des étudiants (§3.4 B).
        let fs_pays_it = params.get(&fs::POINT, on).is_ok();
        let (sas, ame) = (get(&m::SAS), get(&m::AME));
        let ipa = match IPA.each_ref().map(tier) {
            [Some(a), Some(b), Some(c)] => Some([a, b, c]),
            _ => None,
        };
        let p = Params {
            fixed: Fixed::new(sas.as_ref(), ame.as_ref(), ipa.as_ref()),
            sas,
            maitre_de_stage: if fs_pays_it {
                None
            } else {
                MaitreDeStage::resolve(params, year).ok()
            },
            ame,
            ipa,
        };
        Self(InForce::resolve(&LIFECYCLE, year, || {
            if p.sas.is_none() && p.maitre_de_stage.is_none() && p.ame.is_none() && p.ipa.is_none()
            {
                // Say when the first mission (AME, IPA) starts.
                params.get(&m::AME, on)?;
            }
            Ok::<_, NotInForce>(p)
        }))
    }
}

fn sas_met(profile: &Profile) -> bool {
    let m = &profile.missions;
    m.sas_departement_deploye && m.sas_inscription_individuelle && m.sas_agenda_interface
}

/// The AME mission is for the médecin généraliste (§3.4 C).
fn ame_met(profile: &Profile) -> bool {
    profile.missions.patientele_ame_importante
        && profile.exercice.specialite == Specialite::MedecineGenerale
}

/// The IPA tier reached, if any: the highest threshold at or below the number of patients
/// (`from`: the thresholds as whole numbers, `Fixed::ipa_from`).
fn ipa_tier(profile: &Profile, from: &[i64; 3]) -> Option<usize> {
    let n = profile.missions.patients_orientes_ipa;
    (0..3).rev().find(|&i| n >= from[i])
}

/// What each mission pays.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    sas: Cents,
    maitre_de_stage: Cents,
    ame: Cents,
    ipa: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.sas + self.maitre_de_stage + self.ame + self.ipa
    }
}

impl Computation for Missions {
    const CODE: &'static str = "MISSIONS";
    const LIBELLE: &'static str = "Missions spécifiques";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§3.4 (articles 30 à 30-4 de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let f = &p.fixed;
        let paid = |amount: Cents, met: bool| if met { amount } else { Cents::ZERO };
        Ok(Amounts {
            sas: paid(f.sas, sas_met(profile)),
            maitre_de_stage: p
                .maitre_de_stage
                .as_ref()
                .map_or(Cents::ZERO, |m| m.amount(profile)),
            ame: paid(f.ame, ame_met(profile)),
            ipa: ipa_tier(profile, &f.ipa_from).map_or(Cents::ZERO, |i| f.ipa[i]),
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
        if let Some(r) = &p.sas {
            sas(&mut e, r, profile, year, a.sas, detail);
        }
        if let Some(msu) = &p.maitre_de_stage {
            e.groups.push(Group::new(
                "MISSIONS.MAITRE_DE_STAGE",
                "Encadrement des étudiants",
                vec![msu.line(
                    profile,
                    "MISSIONS.MAITRE_DE_STAGE",
                    a.maitre_de_stage,
                    detail,
                )],
            ));
            pay(
                &mut e,
                Payment::new(
                    format!("Année {} (sur la déclaration annuelle amelipro)", year.annee),
                    "Maître de stage",
                    a.maitre_de_stage.value(),
                    || CONVENTION_2024.cite("§3.4 B"),
                )
                .interpretation(
                    "Le §3.4 B fonde la rémunération sur la déclaration annuelle sans dater le versement : il est présenté dans l'année.",
                ),
            );
        }
        if let Some(r) = &p.ame {
            ame(&mut e, r, profile, year, a.ame, detail);
        }
        if let Some(tiers) = &p.ipa {
            let tier = ipa_tier(profile, &p.fixed.ipa_from);
            ipa(&mut e, tiers, tier, profile, year, a.ipa, detail);
        }
        e
    }
}

/// A payment of nothing is not listed.
fn pay(e: &mut Explained, payment: Payment) {
    if !payment.montant.is_zero() {
        e.payments.push(payment);
    }
}

fn sas(
    e: &mut Explained,
    r: &Resolved,
    profile: &Profile,
    year: Year,
    amount: Cents,
    detail: Detail,
) {
    let m = &profile.missions;
    let yes = |b: bool| if b { "oui" } else { "non" };
    e.groups.push(Group::new(
        "MISSIONS.SAS",
        "Participation au service d'accès aux soins (SAS)",
        vec![Line::new(
            "MISSIONS.SAS",
            "Participation au SAS (trois conditions cumulatives)",
            detail.text(|| format!(
                "département avec SAS opérationnel : {} ; inscription individuelle sur la plateforme : {} ; \
                 agenda interfacé avec la plateforme : {} → {}",
                yes(m.sas_departement_deploye),
                yes(m.sas_inscription_individuelle),
                yes(m.sas_agenda_interface),
                if sas_met(profile) { euros(r.value) } else { "conditions non réunies".to_owned() }
            )),
            amount,
            detail.text(|| format!("{} ; conditions : {}", r.citation(), CONVENTION_2024.cite("§3.4 A"))),
        )
        .interpretations(r.interpretation)],
    ));
    pay(
        e,
        Payment::new(
            format!("Année {}", year.annee),
            "Participation au SAS",
            amount.value(),
            || r.citation().to_owned(),
        )
        .interpretation("Le texte ne date pas le versement : il est présenté dans l'année."),
    );
}

fn ame(
    e: &mut Explained,
    r: &Resolved,
    profile: &Profile,
    year: Year,
    amount: Cents,
    detail: Detail,
) {
    let formula = || match (profile.missions.patientele_ame_importante, ame_met(profile)) {
        (_, true) => format!(
            "patientèle AME importante (médecin généraliste) → {}",
            euros(r.value)
        ),
        (true, false) => "réservé au médecin généraliste (§3.4 C)".to_owned(),
        (false, _) => "patientèle AME importante non déclarée".to_owned(),
    };
    e.groups.push(Group::new(
        "MISSIONS.AME",
        "Patientèle bénéficiaire de l'AME",
        vec![Line::new(
            "MISSIONS.AME",
            "Patientèle AME importante",
            detail.text(formula),
            amount,
            detail.text(|| r.citation()),
        )
        .interpretation(
            "Le §3.4 C ne définit pas le seuil d'une patientèle AME « importante » : le médecin \
             déclare si la caisse la reconnaît comme telle.",
        )],
    ));
    pay(
        e,
        Payment::new(
            format!("Année {} (données au 31/12/{})", year.annee, year.annee - 1),
            "Patientèle AME importante",
            amount.value(),
            || CONVENTION_2024.cite("§3.4 C"),
        ),
    );
}

fn ipa(
    e: &mut Explained,
    tiers: &[(Resolved, Resolved); 3],
    tier: Option<usize>,
    profile: &Profile,
    year: Year,
    amount: Cents,
    detail: Detail,
) {
    let n = profile.missions.patients_orientes_ipa;
    let formula = || match tier {
        Some(i) => format!(
            "{} patients orientés vers une IPA (au moins {}) → {}",
            count(n),
            plain(tiers[i].0.value),
            euros(tiers[i].1.value)
        ),
        None => format!(
            "{} patients orientés vers une IPA (moins de {}) → 0 €",
            count(n),
            plain(tiers[0].0.value)
        ),
    };
    let citation = || tier.map_or(tiers[0].0.citation(), |i| tiers[i].1.citation());
    e.groups.push(Group::new(
        "MISSIONS.IPA",
        "Travail en coopération avec une IPA",
        vec![Line::new(
            "MISSIONS.IPA",
            "Orientation de patients vers une IPA libérale",
            detail.text(formula),
            amount,
            detail.text(citation),
        )],
    ));
    pay(
        e,
        Payment::new(
            format!("Courant {}", year.annee + 1),
            "Orientation vers une IPA",
            amount.value(),
            || CONVENTION_2024.cite("§3.4 D (calculée au 31/12/n, versée en n+1)"),
        ),
    );
}
