//! Forfait structure, 2021 to 2025 — avenant 9 (JO du 25/09/2021), article 5 and annexe 3; kept
//! until 31/12/2025 and replaced by the DONUM (circulaire CNAM du 31/07/2024, §3.3 A).
//!
//! Volet 1: prerequisites, all required, paid as a block of points; they condition volet 2.
//! Volet 2: independent indicators, each worth its points when reached; the SAS effection is
//! scored per quarter. Points at 7 € (convention de 2016, article 20).

use rust_decimal::Decimal;

use crate::input::{Profile, Specialite, Usage};
use crate::money::{pct, plain};
use crate::params::{forfait_structure as fs, NotInForce, Param, Parameters, Resolved};
use crate::report::{famille, Dispositif, Group, Line, Payment};

use super::maitre_de_stage::MaitreDeStage;
use super::{points, InForce, Lifecycle, Rule, Year};

const CODE: &str = "FS";
const LIBELLE: &str = "Forfait structure";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait structure",
    feminine: false,
    replaces: None,
    replaced_by: Some("remplacé par la dotation numérique (DONUM) au 1er janvier 2026"),
};

fn source() -> String {
    "Avenant n° 9 (JO du 25/09/2021), art. 5 et annexe 3 ; circulaire CNAM du 31/07/2024, §3.3 A"
        .to_owned()
}

/// The usage indicators of volet 2: key in `Numerique`, French label, target (%), points.
static USAGES: [(&str, &str, &Param, &Param); 10] = [
    (
        "aat",
        "Arrêts de travail en ligne (AAT)",
        &fs::VOLET2_AAT_SEUIL,
        &fs::VOLET2_AAT_POINTS,
    ),
    (
        "cm_atmp",
        "Certificats AT-MP en ligne",
        &fs::VOLET2_CM_ATMP_SEUIL,
        &fs::VOLET2_CM_ATMP_POINTS,
    ),
    (
        "pse",
        "Protocoles de soins électroniques (PSE)",
        &fs::VOLET2_PSE_SEUIL,
        &fs::VOLET2_PSE_POINTS,
    ),
    (
        "dcmt",
        "Déclarations médecin traitant en ligne (DMT)",
        &fs::VOLET2_DCMT_SEUIL,
        &fs::VOLET2_DCMT_POINTS,
    ),
    (
        "spe",
        "Prescriptions électroniques de transport (SPE)",
        &fs::VOLET2_SPE_SEUIL,
        &fs::VOLET2_SPE_POINTS,
    ),
    (
        "dsg",
        "Déclarations simplifiées de grossesse (DSG)",
        &fs::VOLET2_DSG_SEUIL,
        &fs::VOLET2_DSG_POINTS,
    ),
    (
        "dmp",
        "Alimentation du DMP",
        &fs::VOLET2_DMP_SEUIL,
        &fs::VOLET2_DMP_POINTS,
    ),
    (
        "mss",
        "Échanges avec les patients par messagerie sécurisée",
        &fs::VOLET2_MSS_SEUIL,
        &fs::VOLET2_MSS_POINTS,
    ),
    (
        "ordonnance_numerique",
        "E-prescription",
        &fs::VOLET2_ORDONNANCE_NUMERIQUE_SEUIL,
        &fs::VOLET2_ORDONNANCE_NUMERIQUE_POINTS,
    ),
    (
        "app_carte_vitale",
        "Application carte Vitale",
        &fs::VOLET2_APP_CARTE_VITALE_SEUIL,
        &fs::VOLET2_APP_CARTE_VITALE_POINTS,
    ),
];

/// The declared indicators of volet 2: key, French label, points.
static DECLARED: [(&str, &str, &Param); 6] = [
    (
        "capacite_a_coder",
        "Capacité à coder",
        &fs::VOLET2_CAPACITE_A_CODER,
    ),
    (
        "prise_en_charge_coordonnee",
        "Implication dans la prise en charge coordonnée",
        &fs::VOLET2_PRISE_EN_CHARGE_COORDONNEE,
    ),
    (
        "services_patients",
        "Services offerts aux patients",
        &fs::VOLET2_SERVICES_PATIENTS,
    ),
    (
        "videotransmission",
        "Équipement pour la vidéotransmission",
        &fs::VOLET2_VIDEOTRANSMISSION,
    ),
    (
        "equipements_connectes",
        "Équipements médicaux connectés",
        &fs::VOLET2_EQUIPEMENTS_CONNECTES,
    ),
    (
        "participation_sas",
        "Participation au SAS",
        &fs::VOLET2_PARTICIPATION_SAS,
    ),
];

/// The SAS effection bands (from 2022): threshold of SNP in the quarter, points.
static SNP_BANDS: [(&Param, &Param); 5] = [
    (&fs::VOLET2_SNP_SAS_SEUIL_1, &fs::VOLET2_SNP_SAS_POINTS_1),
    (&fs::VOLET2_SNP_SAS_SEUIL_2, &fs::VOLET2_SNP_SAS_POINTS_2),
    (&fs::VOLET2_SNP_SAS_SEUIL_3, &fs::VOLET2_SNP_SAS_POINTS_3),
    (&fs::VOLET2_SNP_SAS_SEUIL_4, &fs::VOLET2_SNP_SAS_POINTS_4),
    (&fs::VOLET2_SNP_SAS_SEUIL_5, &fs::VOLET2_SNP_SAS_POINTS_5),
];

#[derive(Debug, Clone)]
pub struct Params {
    point: Resolved,
    volet1: Resolved,
    teletransmission: Resolved,
    /// Usage indicators in force this year: (key, label, target %, points).
    usages: Vec<(&'static str, &'static str, Resolved, Resolved)>,
    /// Declared indicators in force this year: (key, label, points).
    declared: Vec<(&'static str, &'static str, Resolved)>,
    /// SAS effection bands, from 2022: (threshold of SNP in the quarter, points).
    snp_bands: Option<[(Resolved, Resolved); 5]>,
    maitre_de_stage: MaitreDeStage,
}

#[derive(Debug, Clone)]
pub struct ForfaitStructure(InForce<Box<Params>>);

impl Params {
    fn resolve(params: &Parameters, year: Year) -> Result<Self, NotInForce> {
        let get = |param| params.get(param, year.parameters_date);
        // An indicator of some years only is left out of the others.
        let usages = USAGES
            .iter()
            .filter_map(|(key, label, target, pts)| {
                Some((*key, *label, get(target).ok()?, get(pts).ok()?))
            })
            .collect();
        let declared = DECLARED
            .iter()
            .filter_map(|(key, label, pts)| Some((*key, *label, get(pts).ok()?)))
            .collect();
        let band = |(threshold, pts): &(&'static Param, &'static Param)| {
            Some((get(threshold).ok()?, get(pts).ok()?))
        };
        let snp_bands = match SNP_BANDS.each_ref().map(band) {
            [Some(a), Some(b), Some(c), Some(d), Some(e)] => Some([a, b, c, d, e]),
            _ => None,
        };
        Ok(Self {
            point: get(&crate::params::forfait_structure::POINT)?,
            volet1: get(&crate::params::forfait_structure::VOLET1_POINTS)?,
            teletransmission: get(
                &crate::params::forfait_structure::VOLET1_TELETRANSMISSION_SEUIL,
            )?,
            usages,
            declared,
            snp_bands,
            maitre_de_stage: MaitreDeStage::resolve(params, year)?,
        })
    }
}

impl ForfaitStructure {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Params::resolve(params, year).map(Box::new)
        }))
    }
}

/// A prerequisite of volet 1: label, whether it is met, and how.
struct Prerequisite {
    code: &'static str,
    libelle: String,
    met: bool,
    detail: String,
}

fn rate_text(usage: &Usage) -> String {
    match usage.percent() {
        Some(r) => format!(
            "{} sur {} ({})",
            crate::money::count(usage.numerateur),
            crate::money::count(usage.denominateur),
            pct(r.round_dp(1))
        ),
        None => "aucun acte".to_owned(),
    }
}

fn prerequisites(profile: &Profile, p: &Params, year: Year) -> Vec<Prerequisite> {
    let n = &profile.numerique;
    let yes = |b: bool| if b { "oui" } else { "non" }.to_owned();
    let logiciel = if year.annee >= 2023 {
        "Logiciel référencé Ségur avec un LAP certifié HAS"
    } else {
        "Logiciel métier compatible DMP avec un LAP certifié HAS"
    };
    let tele_met = n
        .fse
        .percent()
        .is_some_and(|r| r > p.teletransmission.value);
    let mut list = vec![
        Prerequisite {
            code: "FS.V1.LOGICIEL",
            libelle: logiciel.to_owned(),
            met: n.logiciel_lap,
            detail: yes(n.logiciel_lap),
        },
        Prerequisite {
            code: "FS.V1.MSS",
            libelle: "Messagerie sécurisée de santé".to_owned(),
            met: n.messagerie_securisee,
            detail: yes(n.messagerie_securisee),
        },
        Prerequisite {
            code: "FS.V1.SESAM_VITALE",
            libelle: "Version du cahier des charges SESAM-Vitale à jour".to_owned(),
            met: n.cahier_des_charges_sesam_vitale,
            detail: yes(n.cahier_des_charges_sesam_vitale),
        },
        Prerequisite {
            code: "FS.V1.TELETRANSMISSION",
            libelle: format!(
                "Taux de télétransmission supérieur à {}",
                pct(p.teletransmission.value.round_dp(2))
            ),
            met: tele_met,
            detail: rate_text(&n.fse),
        },
        Prerequisite {
            code: "FS.V1.HORAIRES",
            libelle: "Horaires du cabinet affichés dans l'annuaire santé".to_owned(),
            met: profile.forfait_structure.horaires_annuaire,
            detail: yes(profile.forfait_structure.horaires_annuaire),
        },
    ];
    // « Indicateur transféré du volet 2 » (art. 5, 1°): a prerequisite once it left volet 2.
    if !p
        .declared
        .iter()
        .any(|(k, ..)| *k == "prise_en_charge_coordonnee")
    {
        let met = profile.forfait_structure.prise_en_charge_coordonnee;
        list.push(Prerequisite {
            code: "FS.V1.PRISE_EN_CHARGE_COORDONNEE",
            libelle: "Implication dans les démarches de prise en charge coordonnée".to_owned(),
            met,
            detail: yes(met),
        });
    }
    list
}

fn declared(profile: &Profile, key: &str) -> bool {
    let f = &profile.forfait_structure;
    match key {
        "capacite_a_coder" => f.capacite_a_coder,
        "prise_en_charge_coordonnee" => f.prise_en_charge_coordonnee,
        "services_patients" => f.services_patients,
        "videotransmission" => f.videotransmission,
        "equipements_connectes" => f.equipements_connectes,
        "participation_sas" => f.participation_sas,
        _ => false,
    }
}

/// Points of the SAS effection band reached by `snp` soins non programmés in a quarter.
fn band_points(snp: i64, bands: &[(Resolved, Resolved); 5]) -> Decimal {
    bands
        .iter()
        .rev()
        .find(|(threshold, _)| Decimal::from(snp) >= threshold.value)
        .map_or(Decimal::ZERO, |(_, pts)| pts.value)
}

/// A volet 2 indicator, decided: its line's parts, and its points if reached.
struct Indicator {
    /// A téléservice usage rate (rather than a declaration).
    usage: bool,
    code: String,
    libelle: String,
    formula: String,
    points: Decimal,
    source: String,
}

fn volet2(profile: &Profile, p: &Params) -> Vec<Indicator> {
    let mut out = Vec::new();
    for (key, label, target, pts) in &p.usages {
        let usage = profile.numerique.usage(key).copied().unwrap_or_default();
        let reached = usage.percent().is_some_and(|r| r >= target.value);
        out.push(Indicator {
            usage: true,
            code: format!("FS.V2.{}", key.to_uppercase()),
            libelle: format!("Usage — {label}"),
            formula: format!(
                "{} ; cible {} : {}",
                rate_text(&usage),
                pct(target.value),
                if reached { "atteinte" } else { "non atteinte" }
            ),
            points: if reached { pts.value } else { Decimal::ZERO },
            source: format!("{} ; {}", target.citation, pts.citation),
        });
    }
    for (key, label, pts) in &p.declared {
        let reached = declared(profile, key);
        out.push(Indicator {
            usage: false,
            code: format!("FS.V2.{}", key.to_uppercase()),
            libelle: label.to_string(),
            formula: if reached {
                "déclaré".to_owned()
            } else {
                "non déclaré".to_owned()
            },
            points: if reached { pts.value } else { Decimal::ZERO },
            source: pts.citation.clone(),
        });
    }
    if let Some(bands) = &p.snp_bands {
        let quarters = profile.forfait_structure.snp_sas_trimestres;
        // « Pour les médecins généralistes » (art. 5, 2° c), indicateur 9): other specialties
        // score no point, whatever they enter.
        let generaliste = profile.exercice.specialite == Specialite::MedecineGenerale;
        let per_quarter: Vec<Decimal> = quarters
            .iter()
            .map(|n| {
                if generaliste {
                    band_points(*n, bands)
                } else {
                    Decimal::ZERO
                }
            })
            .collect();
        let detail = quarters
            .iter()
            .zip(&per_quarter)
            .enumerate()
            .map(|(i, (n, pts))| format!("T{} : {} SNP → {} pts", i + 1, n, plain(*pts)))
            .collect::<Vec<_>>()
            .join(" ; ");
        out.push(Indicator {
            usage: false,
            code: "FS.V2.EFFECTION_SAS".to_owned(),
            libelle: "Effection des soins non programmés régulés par le SAS".to_owned(),
            formula: if generaliste {
                detail
            } else {
                format!("Indicateur réservé aux médecins généralistes : {detail}")
            },
            points: per_quarter.iter().sum(),
            source: bands[0].0.citation.clone(),
        });
    }
    out
}

impl Rule for ForfaitStructure {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, year: Year) -> Decimal {
        let InForce::Yes(p) = &self.0 else {
            return Decimal::ZERO;
        };
        if !prerequisites(profile, p, year).iter().all(|r| r.met) {
            return Decimal::ZERO;
        }
        let v2: Decimal = volet2(profile, p)
            .iter()
            .map(|i| points::amount(i.points, &p.point))
            .sum();
        points::amount(p.volet1.value, &p.point) + v2 + p.maitre_de_stage.amount(profile)
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, source, |p| {
        let prereqs = prerequisites(profile, p, year);
        let all_met = prereqs.iter().all(|r| r.met);
        let mut v1: Vec<Line> = prereqs
            .iter()
            .map(|r| {
                let line = Line::new(
                    r.code,
                    format!("Prérequis — {}", r.libelle),
                    format!(
                        "{} : {}",
                        r.detail,
                        if r.met { "atteint" } else { "non atteint" }
                    ),
                    Decimal::ZERO,
                    p.volet1.citation.clone(),
                );
                if r.code == "FS.V1.LOGICIEL" {
                    line.note(
                        "Le LAP certifié n'est pas exigé d'une spécialité sans offre de tels logiciels \
                         (avenant 9, annexe 3, 3°) : le logiciel seul suffit alors.",
                    )
                } else {
                    line
                }
            })
            .collect();
        let missing: Vec<&str> = prereqs
            .iter()
            .filter(|r| !r.met)
            .map(|r| r.libelle.as_str())
            .collect();
        v1.push(
            Line::new(
                "FS.V1",
                "Volet 1 (prérequis tous atteints)",
                if all_met {
                    points::formula(p.volet1.value, &p.point)
                } else {
                    format!(
                        "Prérequis non atteint(s) : {} → 0 point",
                        missing.join(", ")
                    )
                },
                if all_met {
                    points::amount(p.volet1.value, &p.point)
                } else {
                    Decimal::ZERO
                },
                format!("{} ; {}", p.volet1.citation, p.point.citation),
            )
            .famille(famille::NUMERIQUE),
        );
        let gate = |line: Line| {
            if all_met {
                line
            } else {
                Line {
                    montant: crate::money::round_cents(Decimal::ZERO),
                    ..line
                }
                .note(
                    "Volet 1 non atteint : le volet 2 n'est pas rémunéré (avenant 9, art. 5, 1°).",
                )
            }
        };
        let mut v2: Vec<Line> = volet2(profile, p)
            .into_iter()
            .map(|i| {
                let formula = if i.points.is_zero() {
                    format!("{} → 0 point", i.formula)
                } else {
                    format!("{} → {}", i.formula, points::formula(i.points, &p.point))
                };
                let line = Line::new(i.code, i.libelle, formula, points::amount(i.points, &p.point), i.source);
                let line = if i.usage {
                    line.famille(famille::NUMERIQUE)
                } else {
                    line
                };
                let line = if i.usage {
                    line.interpretation(
                        "Un téléservice sans aucun acte dans l'année n'atteint pas sa cible (le forfait \
                         structure ne prévoit pas de neutralisation dans les sources).",
                    )
                } else {
                    line
                };
                gate(line)
            })
            .collect();
        v2.push(gate(
            p.maitre_de_stage
                .line(profile, "FS.V2.ENCADREMENT_ETUDIANTS"),
        ));
        let groups = vec![
            Group::new(
                "FS.VOLET1",
                "Volet 1 — équipement du cabinet (prérequis)",
                v1,
            ),
            Group::new("FS.VOLET2", "Volet 2 — services et organisation", v2),
        ];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment {
            echeance: format!("Année {} (paiement annuel)", year.annee + 1),
            objet: format!("Forfait structure {}", year.annee),
            montant: total,
            source: "Avenant n° 9 (JO du 25/09/2021), art. 5, 2° c) (paiement annuel du forfait structure)".to_owned(),
            interpretation: Some(
                "Le forfait structure de l'année n, calculé sur ses indicateurs de l'année, est présenté \
                 comme versé en n+1 ; les sources ne donnent pas la date du paiement annuel."
                    .to_owned(),
            ),
        }];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
        })
    }
}
