//! Forfait structure, 2021 to 2025 — avenant 9 (JO du 25/09/2021), article 5 and annexe 3; kept
//! until 31/12/2025 and replaced by the DONUM (circulaire CNAM du 31/07/2024, §3.3 A).
//!
//! Volet 1: prerequisites, all required, paid as a block of points; they condition volet 2.
//! Volet 2: independent indicators, each worth its points when reached; the SAS effection is
//! scored per quarter. Points at 7 € (convention de 2016, article 20).

use rust_decimal::Decimal;

use crate::input::{Profile, Specialite, Usage};
use crate::money::{count, pct, plain, Cents};
use crate::params::{forfait_structure as fs, NotInForce, Param, Parameters, Resolved};
use crate::report::{famille, Group, Line, Payment};

use super::kit::maitre_de_stage::MaitreDeStage;
use super::kit::{points, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait structure",
    feminine: false,
    replaces: None,
    replaced_by: Some("remplacé par la dotation numérique (DONUM)"),
};

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
    logiciel_segur: Resolved,
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
            point: get(&fs::POINT)?,
            volet1: get(&fs::VOLET1_POINTS)?,
            teletransmission: get(&fs::VOLET1_TELETRANSMISSION_SEUIL)?,
            logiciel_segur: get(&fs::VOLET1_LOGICIEL_SEGUR)?,
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
#[derive(Debug, Clone)]
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
            count(usage.numerateur),
            count(usage.denominateur),
            pct(r.round_dp(1))
        ),
        None => "aucun acte".to_owned(),
    }
}

fn prerequisites(profile: &Profile, p: &Params) -> Vec<Prerequisite> {
    let n = &profile.numerique;
    let yes = |b: bool| if b { "oui" } else { "non" }.to_owned();
    let logiciel = if p.logiciel_segur.value.is_zero() {
        "Logiciel métier compatible DMP avec un LAP certifié HAS"
    } else {
        "Logiciel référencé Ségur avec un LAP certifié HAS"
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
#[derive(Debug, Clone)]
struct Indicator {
    /// A téléservice usage rate (rather than a declaration).
    usage: bool,
    code: String,
    libelle: String,
    formula: String,
    points: Decimal,
    source: String,
}

fn usage_indicators<'a>(
    profile: &'a Profile,
    p: &'a Params,
) -> impl Iterator<Item = Indicator> + 'a {
    let numerique = &profile.numerique;
    p.usages.iter().map(move |(key, label, target, pts)| {
        let usage = numerique.usage(key).copied().unwrap_or_default();
        let reached = usage.percent().is_some_and(|r| r >= target.value);
        Indicator {
            usage: true,
            code: format!("FS.V2.{}", key.to_ascii_uppercase()),
            libelle: format!("Usage — {label}"),
            formula: format!(
                "{} ; cible {} : {}",
                rate_text(&usage),
                pct(target.value),
                if reached { "atteinte" } else { "non atteinte" }
            ),
            points: if reached { pts.value } else { Decimal::ZERO },
            source: format!("{} ; {}", target.citation(), pts.citation()),
        }
    })
}

fn declared_indicators<'a>(
    profile: &'a Profile,
    p: &'a Params,
) -> impl Iterator<Item = Indicator> + 'a {
    p.declared.iter().map(move |(key, label, pts)| {
        let reached = declared(profile, key);
        Indicator {
            usage: false,
            code: format!("FS.V2.{}", key.to_ascii_uppercase()),
            libelle: label.to_string(),
            formula: if reached {
                "déclaré"
            } else {
                "non déclaré"
            }
            .to_owned(),
            points: if reached { pts.value } else { Decimal::ZERO },
            source: pts.citation().to_owned(),
        }
    })
}

/// The SAS effection, scored quarter by quarter « pour les médecins généralistes » (art. 5, 2° c),
/// indicator 9): other specialties score no point, whatever they enter.
fn sas_effection(profile: &Profile, bands: &[(Resolved, Resolved); 5]) -> Indicator {
    let quarters = profile.forfait_structure.snp_sas_trimestres;
    let generaliste = profile.exercice.specialite == Specialite::MedecineGenerale;
    let per_quarter = quarters.map(|n| {
        if generaliste {
            band_points(n, bands)
        } else {
            Decimal::ZERO
        }
    });
    let detail = quarters
        .iter()
        .zip(&per_quarter)
        .enumerate()
        .map(|(i, (n, pts))| format!("T{} : {} SNP → {} pts", i + 1, n, plain(*pts)))
        .collect::<Vec<_>>()
        .join(" ; ");
    Indicator {
        usage: false,
        code: "FS.V2.EFFECTION_SAS".to_owned(),
        libelle: "Effection des soins non programmés régulés par le SAS".to_owned(),
        formula: if generaliste {
            detail
        } else {
            format!("Indicateur réservé aux médecins généralistes : {detail}")
        },
        points: crate::money::sum(per_quarter),
        source: bands[0].0.citation().to_owned(),
    }
}

/// Every decision of the forfait structure and what it pays: volet 2 only when every prerequisite
/// of volet 1 is met (avenant 9, art. 5, 1°).
#[derive(Debug, Clone)]
pub struct Amounts {
    prerequisites: Vec<Prerequisite>,
    all_met: bool,
    volet1: Cents,
    indicators: Vec<Indicator>,
    /// What each indicator pays, in the order of `indicators` (0 when volet 1 is not met).
    volet2: Vec<Cents>,
    maitre_de_stage: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.volet1 + self.volet2.iter().sum() + self.maitre_de_stage
    }
}

impl Computation for ForfaitStructure {
    const CODE: &'static str = "FS";
    const LIBELLE: &'static str = "Forfait structure";
    type Params = Box<Params>;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Box<Params>> {
        &self.0
    }

    fn source() -> String {
        "Avenant n° 9 (JO du 25/09/2021), art. 5 et annexe 3 ; circulaire CNAM du 31/07/2024, §3.3 A"
            .to_owned()
    }

    fn amounts(p: &Box<Params>, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let prerequisites = prerequisites(profile, p);
        let all_met = prerequisites.iter().all(|r| r.met);
        let mut indicators: Vec<Indicator> = usage_indicators(profile, p)
            .chain(declared_indicators(profile, p))
            .collect();
        if let Some(bands) = &p.snp_bands {
            indicators.push(sas_effection(profile, bands));
        }
        let gated = |amount: Cents| if all_met { amount } else { Cents::ZERO };
        Ok(Amounts {
            volet1: gated(points::amount(p.volet1.value, &p.point)),
            volet2: indicators
                .iter()
                .map(|i| gated(points::amount(i.points, &p.point)))
                .collect(),
            maitre_de_stage: gated(p.maitre_de_stage.amount(profile)),
            prerequisites,
            all_met,
            indicators,
        })
    }

    fn explain(
        p: &Box<Params>,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let total = a.volet1 + a.volet2.iter().sum() + a.maitre_de_stage;
        Explained {
            groups: vec![
                Group::new(
                    "FS.VOLET1",
                    "Volet 1 — équipement du cabinet (prérequis)",
                    volet1_lines(p, a, detail),
                ),
                Group::new(
                    "FS.VOLET2",
                    "Volet 2 — services et organisation",
                    volet2_lines(p, profile, a, detail),
                ),
            ],
            payments: vec![Payment::new(
                format!("Année {} (paiement annuel)", year.annee + 1),
                format!("Forfait structure {}", year.annee),
                total.value(),
                || "Avenant n° 9 (JO du 25/09/2021), art. 5, 2° c) (paiement annuel du forfait structure)",
            )
            .interpretation(
                "Le forfait structure de l'année n, calculé sur ses indicateurs de l'année, est présenté \
                 comme versé en n+1 ; les sources ne donnent pas la date du paiement annuel.",
            )],
        }
    }
}

fn volet1_lines(p: &Params, a: &Amounts, detail: Detail) -> Vec<Line> {
    let mut lines: Vec<Line> = a
        .prerequisites
        .iter()
        .map(|r| {
            let line = Line::new(
                r.code,
                format!("Prérequis — {}", r.libelle),
                detail.text(|| {
                    format!(
                        "{} : {}",
                        r.detail,
                        if r.met { "atteint" } else { "non atteint" }
                    )
                }),
                Cents::ZERO,
                detail.text(|| p.volet1.citation()),
            );
            if r.code == "FS.V1.LOGICIEL" {
                line.note_in(detail, || {
                    "Le LAP certifié n'est pas exigé d'une spécialité sans offre de tels logiciels \
                     (avenant 9, annexe 3, 3°) : le logiciel seul suffit alors."
                })
            } else {
                line
            }
        })
        .collect();
    let missing: Vec<&str> = a
        .prerequisites
        .iter()
        .filter(|r| !r.met)
        .map(|r| r.libelle.as_str())
        .collect();
    lines.push(
        Line::new(
            "FS.V1",
            "Volet 1 (prérequis tous atteints)",
            detail.text(|| {
                if a.all_met {
                    points::formula(p.volet1.value, &p.point)
                } else {
                    format!(
                        "Prérequis non atteint(s) : {} → 0 point",
                        missing.join(", ")
                    )
                }
            }),
            a.volet1,
            detail.text(|| format!("{} ; {}", p.volet1.citation(), p.point.citation())),
        )
        .famille(famille::NUMERIQUE),
    );
    lines
}

fn volet2_lines(p: &Params, profile: &Profile, a: &Amounts, detail: Detail) -> Vec<Line> {
    let gate = |line: Line| {
        if a.all_met {
            line
        } else {
            line.note_in(detail, || {
                "Volet 1 non atteint : le volet 2 n'est pas rémunéré (avenant 9, art. 5, 1°)."
            })
        }
    };
    let mut lines: Vec<Line> = a
        .indicators
        .iter()
        .zip(&a.volet2)
        .map(|(i, amount)| {
            let formula = || {
                if i.points.is_zero() {
                    format!("{} → 0 point", i.formula)
                } else {
                    format!("{} → {}", i.formula, points::formula(i.points, &p.point))
                }
            };
            let line = Line::new(
                i.code.clone(),
                i.libelle.clone(),
                detail.text(formula),
                *amount,
                detail.text(|| i.source.as_str()),
            );
            gate(if i.usage {
                line.famille(famille::NUMERIQUE).interpretation(
                    "Un téléservice sans aucun acte dans l'année n'atteint pas sa cible (le forfait \
                     structure ne prévoit pas de neutralisation dans les sources).",
                )
            } else {
                line
            })
        })
        .collect();
    lines.push(gate(p.maitre_de_stage.line(
        profile,
        "FS.V2.ENCADREMENT_ETUDIANTS",
        a.maitre_de_stage,
        detail,
    )));
    lines
}
