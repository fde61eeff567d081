//! Missions spécifiques of the 2024 convention — Circulaire CNAM du 31/07/2024, §3.4 (articles 30
//! à 30-4): participation au SAS (from 2026), maître de stage (from 2026; the forfait structure
//! pays it before, see `maitre_de_stage`), patientèle AME importante and orientation vers une IPA
//! (from 2025).

use rust_decimal::Decimal;

use crate::input::{Profile, Specialite};
use crate::money::{count, euros};
use crate::params::{NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Dispositif, Group, Line, Payment};

use super::maitre_de_stage::MaitreDeStage;
use super::{InForce, Lifecycle, Rule, Year};

const CODE: &str = "MISSIONS";
const LIBELLE: &str = "Missions spécifiques";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération des missions de la convention de 2024",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

fn source() -> String {
    CONVENTION_2024.cite("§3.4 (articles 30 à 30-4 de la convention)")
}

#[derive(Debug, Clone)]
pub struct Params {
    sas: Option<Resolved>,
    /// `None` while the forfait structure pays the encadrement des étudiants.
    maitre_de_stage: Option<MaitreDeStage>,
    ame: Option<Resolved>,
    /// (at least that many patients, amount), in increasing order.
    ipa: Option<[(Resolved, Resolved); 3]>,
}

#[derive(Debug, Clone)]
pub struct Missions(InForce<Params>);

impl Missions {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let on = year.parameters_date;
        let get = |id| params.get(id, on).ok();
        let tier = |i: usize| -> Option<(Resolved, Resolved)> {
            let ids = [
                (
                    &crate::params::missions::IPA_SEUIL_1,
                    &crate::params::missions::IPA_MONTANT_1,
                ),
                (
                    &crate::params::missions::IPA_SEUIL_2,
                    &crate::params::missions::IPA_MONTANT_2,
                ),
                (
                    &crate::params::missions::IPA_SEUIL_3,
                    &crate::params::missions::IPA_MONTANT_3,
                ),
            ];
            Some((get(ids[i].0)?, get(ids[i].1)?))
        };
        // While the forfait structure exists, it pays the encadrement des étudiants (§3.4 B).
        let fs_pays_it = params
            .get(&crate::params::forfait_structure::POINT, on)
            .is_ok();
        let p = Params {
            sas: get(&crate::params::missions::SAS),
            maitre_de_stage: if fs_pays_it {
                None
            } else {
                MaitreDeStage::resolve(params, year).ok()
            },
            ame: get(&crate::params::missions::AME),
            ipa: match (tier(0), tier(1), tier(2)) {
                (Some(a), Some(b), Some(c)) => Some([a, b, c]),
                _ => None,
            },
        };
        Self(InForce::resolve(&LIFECYCLE, year, || {
            if p.sas.is_none() && p.maitre_de_stage.is_none() && p.ame.is_none() && p.ipa.is_none()
            {
                // Say when the first mission (AME, IPA) starts.
                params.get(&crate::params::missions::AME, on)?;
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

/// The IPA tier reached, if any: the highest threshold at or below the number of patients.
fn ipa_tier(profile: &Profile, tiers: &[(Resolved, Resolved); 3]) -> Option<usize> {
    let n = Decimal::from(profile.missions.patients_orientes_ipa);
    (0..3).rev().find(|&i| n >= tiers[i].0.value)
}

impl Params {
    /// (SAS, maître de stage, AME, IPA) amounts.
    fn amounts(&self, profile: &Profile) -> [Decimal; 4] {
        let z = Decimal::ZERO;
        [
            self.sas
                .as_ref()
                .filter(|_| sas_met(profile))
                .map_or(z, |r| r.value),
            self.maitre_de_stage
                .as_ref()
                .map_or(z, |m| m.amount(profile)),
            self.ame
                .as_ref()
                .filter(|_| ame_met(profile))
                .map_or(z, |r| r.value),
            self.ipa
                .as_ref()
                .and_then(|t| ipa_tier(profile, t).map(|i| t[i].1.value))
                .unwrap_or(z),
        ]
    }
}

impl Rule for Missions {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        self.0.total(|p| p.amounts(profile).iter().sum())
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, source, |p| {
        let [sas, msu, ame, ipa] = p.amounts(profile);
        let m = &profile.missions;
        let yes = |b: bool| if b { "oui" } else { "non" };
        let mut groups = Vec::new();
        let mut payments = Vec::new();
        let mut pay = |echeance: String,
                       objet: &str,
                       montant: Decimal,
                       source: String,
                       interpretation: Option<&str>| {
            if !montant.is_zero() {
                payments.push(Payment {
                    echeance,
                    objet: objet.to_owned(),
                    montant,
                    source,
                    interpretation: interpretation.map(str::to_owned),
                });
            }
        };
        if let Some(r) = &p.sas {
            groups.push(Group::new(
                "MISSIONS.SAS",
                "Participation au service d'accès aux soins (SAS)",
                vec![Line::new(
                    "MISSIONS.SAS",
                    "Participation au SAS (trois conditions cumulatives)",
                    format!(
                        "département avec SAS opérationnel : {} ; inscription individuelle sur la plateforme : {} ; \
                         agenda interfacé avec la plateforme : {} → {}",
                        yes(m.sas_departement_deploye),
                        yes(m.sas_inscription_individuelle),
                        yes(m.sas_agenda_interface),
                        if sas_met(profile) { euros(r.value) } else { "conditions non réunies".to_owned() }
                    ),
                    sas,
                    format!("{} ; conditions : {}", r.citation, CONVENTION_2024.cite("§3.4 A")),
                )
                .interpretation(
                    "La circulaire du 31/07/2024 (§3.4 A) fixe les conditions sans donner le montant : celui \
                     de la proposition du 14/03/2024 (1 000 € par an) est appliqué.",
                )],
            ));
            pay(
                format!("Année {}", year.annee),
                "Participation au SAS",
                sas,
                r.citation.clone(),
                Some("Le texte ne date pas le versement : il est présenté dans l'année."),
            );
        }
        if let Some(msu_rule) = &p.maitre_de_stage {
            groups.push(Group::new(
                "MISSIONS.MAITRE_DE_STAGE",
                "Encadrement des étudiants",
                vec![msu_rule.line(profile, "MISSIONS.MAITRE_DE_STAGE")],
            ));
            pay(
                format!("Année {} (sur la déclaration annuelle amelipro)", year.annee),
                "Maître de stage",
                msu,
                CONVENTION_2024.cite("§3.4 B"),
                Some("Le §3.4 B fonde la rémunération sur la déclaration annuelle sans dater le versement : il est présenté dans l'année."),
            );
        }
        if let Some(r) = &p.ame {
            let formula = match (m.patientele_ame_importante, ame_met(profile)) {
                (_, true) => format!(
                    "patientèle AME importante (médecin généraliste) → {}",
                    euros(r.value)
                ),
                (true, false) => "réservé au médecin généraliste (§3.4 C)".to_owned(),
                (false, _) => "patientèle AME importante non déclarée".to_owned(),
            };
            groups.push(Group::new(
                "MISSIONS.AME",
                "Patientèle bénéficiaire de l'AME",
                vec![Line::new("MISSIONS.AME", "Patientèle AME importante", formula, ame, r.citation.clone())
                    .interpretation(
                        "Le §3.4 C ne définit pas le seuil d'une patientèle AME « importante » : le médecin \
                         déclare si la caisse la reconnaît comme telle.",
                    )],
            ));
            pay(
                format!("Année {} (données au 31/12/{})", year.annee, year.annee - 1),
                "Patientèle AME importante",
                ame,
                CONVENTION_2024.cite("§3.4 C"),
                None,
            );
        }
        if let Some(tiers) = &p.ipa {
            let n = m.patients_orientes_ipa;
            let formula = match ipa_tier(profile, tiers) {
                Some(i) => format!(
                    "{} patients orientés vers une IPA (au moins {}) → {}",
                    count(n),
                    crate::money::plain(tiers[i].0.value),
                    euros(tiers[i].1.value)
                ),
                None => format!(
                    "{} patients orientés vers une IPA (moins de {}) → 0 €",
                    count(n),
                    crate::money::plain(tiers[0].0.value)
                ),
            };
            let citation = ipa_tier(profile, tiers)
                .map_or(tiers[0].0.citation.clone(), |i| tiers[i].1.citation.clone());
            groups.push(Group::new(
                "MISSIONS.IPA",
                "Travail en coopération avec une IPA",
                vec![Line::new(
                    "MISSIONS.IPA",
                    "Orientation de patients vers une IPA libérale",
                    formula,
                    ipa,
                    citation,
                )],
            ));
            pay(
                format!("Courant {}", year.annee + 1),
                "Orientation vers une IPA",
                ipa,
                CONVENTION_2024.cite("§3.4 D (calculée au 31/12/n, versée en n+1)"),
                None,
            );
        }
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
        })
    }
}
