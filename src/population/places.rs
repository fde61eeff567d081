//! Where each column of a cohort file goes in the profile: a column name is resolved once per
//! header into the writer of its field, so that a row is a loop over its non-empty cells, each
//! converted as serde converts it in the whole-row reading of `row.rs` (the same functions) and
//! stored in place, instead of serde walking the profile's tree for every row. The path to a
//! field is composed when the header is read (each struct's resolver hands its fields' getters
//! down), so that a cell costs one call, whatever its depth.
//!
//! The same table reads the page's request without serde's derived reading: each `structure!`
//! line also gives its struct's `input::lean::FromJson` (its fields by their serialised names).
//!
//! A column this module does not place makes the header read every row through serde (slower,
//! never wrong); the tests of `row.rs` check that every column of the catalogue is placed, and
//! that a row read by its columns is the profile serde reads, for rows right and wrong.

use crate::input::Keyed;
use std::borrow::Cow;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::row::{boolean, integer, Value};
use crate::input::{
    ActiviteOptam, AssistantMedical, Avenant20, BandePatientele, Biosimilaires, Cell,
    CongeParental, ConsultationsAvancees, ContractKind, DateInput, DecimalInput,
    DemographicContract, ForfaitStructure, Indicator, Interessements, Lieu, Missions, Molecule,
    NatureConge, Numerique, Oam, Optam, OptionEtp, OptionKind, Options2011, Organisation2011,
    Patientele, PatientsByAld, PatientsByC2s, Practice, Prevention, Profile, Qualite, Regroupement,
    Respect, Resultat2011, Rosp, Rosp2011, Secteur, SoinsNonProgrammes, Sophia, Specialite,
    TauxRegional, Usage, Vsm, VsmResults, YearResults, Zonage, MAX_RESULTATS, REGIONS,
};

/// Stores one non-empty cell (trimmed) in its field; `None` if the cell does not read as the
/// field's type (the row is then read by serde, for the message).
pub type Write = Box<dyn Fn(&mut Profile, &str) -> Option<()> + Send + Sync>;

/// The groups a non-empty cell brings into being (an `Option` of the profile, by the prefix of
/// its columns) and the columns they cannot do without: the fields serde finds no default for
/// (a date may be absent: it reads as an empty one).
pub const REQUIRED_IN_GROUPS: [(&str, &[&str]); 2] = [
    (
        "exercice.contrat_demographique.",
        &["exercice.contrat_demographique.type"],
    ),
    ("assistant_medical.", &["assistant_medical.option"]),
];

/// The writer of the column `path` (its dotted name split), if it is placed.
pub fn place(path: &[&str]) -> Option<Write> {
    profile(|p: &mut Profile| p, path)
}

/// The profile every row starts from: every field at the default serde gives an absent one (the
/// required ones, always written by a row that reads, hold a placeholder).
pub fn blank_profile() -> Profile {
    blank(r#"{"exercice": {"secteur": "1", "specialite": "medecine_generale"}}"#)
}

/// A `T` as serde reads `json`: its defaults, and placeholders for what `json` gives.
fn blank<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("the required fields alone make the group")
}

/// A type a cell converts to.
pub trait FromCell: Sized {
    /// The value of a non-empty, trimmed cell, as the whole-row reading gives it.
    fn from_cell(text: &str) -> Option<Self>;
}

/// Counts: the conversion serde's `deserialize_i64` makes in `row.rs`.
impl FromCell for i64 {
    #[inline]
    fn from_cell(text: &str) -> Option<Self> {
        integer(text)
    }
}

impl FromCell for bool {
    #[inline]
    fn from_cell(text: &str) -> Option<Self> {
        boolean(text)
    }
}

/// Dates, decimals, text and choices: serde, over the cell alone.
macro_rules! by_serde {
    ($($t:ty),* $(,)?) => {
        $(impl FromCell for $t {
            fn from_cell(text: &str) -> Option<Self> {
                <$t>::deserialize(Value::one(&[Cow::Borrowed(text)])).ok()
            }
        })*
    };
}

by_serde!(
    DateInput,
    DecimalInput,
    String,
    Secteur,
    Optam,
    Specialite,
    Zonage,
    ContractKind,
    OptionEtp,
    BandePatientele,
    Respect,
    NatureConge,
    OptionKind,
    Regroupement,
    Lieu,
);

/// A leaf: the cell converted and stored where `get` leads.
fn leaf<G, T>(get: G, rest: &[&str]) -> Option<Write>
where
    G: Fn(&mut Profile) -> &mut T + Clone + Send + Sync + 'static,
    T: FromCell,
{
    if !rest.is_empty() {
        return None;
    }
    Some(Box::new(move |p: &mut Profile, text: &str| {
        *get(p) = T::from_cell(text)?;
        Some(())
    }))
}

/// The index an element of a list or an array is named by (`snp_sas_trimestres.2`).
fn index<'p>(path: &'p [&'p str], len: usize) -> Option<(usize, &'p [&'p str])> {
    let (i, rest) = path.split_first()?;
    let i: usize = i.parse().ok().filter(|i| *i < len)?;
    Some((i, rest))
}

/// An element of a fixed array.
fn element<G, T, const N: usize>(get: G, path: &[&str]) -> Option<Write>
where
    G: Fn(&mut Profile) -> &mut [T; N] + Clone + Send + Sync + 'static,
    T: FromCell,
{
    let (i, rest) = index(path, N)?;
    leaf(move |p: &mut Profile| &mut get(p)[i], rest)
}

/// Element `i` of a list, the list grown to it with the elements between at their defaults (as
/// serde reads a list up to its last non-empty element).
fn grown<T: Default>(list: &mut Vec<T>, i: usize) -> &mut T {
    if list.len() <= i {
        list.resize_with(i + 1, T::default);
    }
    &mut list[i]
}

/// The value of `key` in a map, created at its defaults (the key copied only then).
fn entry<'m, T: Default>(map: &'m mut Keyed<T>, key: &str) -> &'m mut T {
    map.get_or_insert_with(key, T::default)
}

/// A clone of the `T` a `blank` builds once.
fn cached<T: Clone>(cache: &OnceLock<T>, blank: impl FnOnce() -> T) -> T {
    cache.get_or_init(blank).clone()
}

/// The assistant médical's contract a cell opens: serde's defaults (five years…).
fn blank_assistant() -> AssistantMedical {
    static BLANK: OnceLock<AssistantMedical> = OnceLock::new();
    cached(&BLANK, || blank(r#"{"date_signature": "", "option": "1"}"#))
}

fn blank_contract() -> DemographicContract {
    static BLANK: OnceLock<DemographicContract> = OnceLock::new();
    cached(&BLANK, || blank(r#"{"type": "CAIM"}"#))
}

/// The resolver of a struct's columns: each field by its serialised name (`field = "name"` when
/// it is renamed) with the resolver of what it holds, given the getter of the field.
macro_rules! structure {
    ($name:ident: $S:ty { $($field:ident $(= $key:literal)?: $inner:expr),* $(,)? }) => {
        fn $name<G>(get: G, path: &[&str]) -> Option<Write>
        where
            G: Fn(&mut Profile) -> &mut $S + Clone + Send + Sync + 'static,
        {
            let (head, rest) = path.split_first()?;
            $(
                #[allow(unused_variables)]
                let key = stringify!($field);
                $(let key = $key;)?
                if *head == key {
                    let get = get.clone();
                    return $inner(move |p: &mut Profile| &mut get(p).$field, rest);
                }
            )*
            None
        }

        $crate::input::lean::group_json!($S { $($field $(= $key)?),* });
    };
}

/// The resolver of a collection's columns: the element (or value) named by the path's next
/// segment, reached by `$reach` from the collection, then `$inner` below it.
macro_rules! collection {
    ($name:ident: $C:ty, |$c:ident, $at:ident| $reach:expr, $segment:expr, $inner:ident) => {
        fn $name<G>(get: G, path: &[&str]) -> Option<Write>
        where
            G: Fn(&mut Profile) -> &mut $C + Clone + Send + Sync + 'static,
        {
            let (at, rest) = $segment(path)?;
            $inner(
                move |p: &mut Profile| {
                    let ($c, $at) = (get(p), &at);
                    $reach
                },
                rest,
            )
        }
    };
}

/// A key of a map: any segment.
fn key<'p>(path: &'p [&'p str]) -> Option<(String, &'p [&'p str])> {
    let (k, rest) = path.split_first()?;
    Some(((*k).to_owned(), rest))
}

/// A year of the assistant médical's results.
fn year<'p>(path: &'p [&'p str]) -> Option<(usize, &'p [&'p str])> {
    index(path, MAX_RESULTATS)
}

fn region<'p>(path: &'p [&'p str]) -> Option<(usize, &'p [&'p str])> {
    index(path, REGIONS)
}

/// An optional group: the path goes on below it.
fn whole<'p>(path: &'p [&'p str]) -> Option<((), &'p [&'p str])> {
    Some(((), path))
}

collection!(resultats: Vec<YearResults>, |v, i| grown(v, *i), year, year_results);
collection!(taux_regionaux: Vec<TauxRegional>, |v, i| grown(v, *i), region, taux_regional);
collection!(vsm_years: Keyed<VsmResults>, |m, k| entry(m, k), key, vsm_results);
collection!(molecules: Keyed<Molecule>, |m, k| entry(m, k), key, molecule);
collection!(indicateurs_2011: Keyed<Resultat2011>, |m, k| entry(m, k), key, resultat_2011);
collection!(assistant: Option<AssistantMedical>, |o, _u| o.get_or_insert_with(blank_assistant), whole, assistant_medical);
collection!(contrat: Option<DemographicContract>, |o, _u| o.get_or_insert_with(blank_contract), whole, contract);

/// The VSM campaigns, by year.
fn vsm<G>(get: G, path: &[&str]) -> Option<Write>
where
    G: Fn(&mut Profile) -> &mut Vsm + Clone + Send + Sync + 'static,
{
    vsm_years(move |p: &mut Profile| &mut get(p).0, path)
}

structure!(profile: Profile {
    exercice: practice,
    patientele: patientele,
    prevention: prevention,
    rosp: rosp,
    numerique: numerique,
    forfait_structure: forfait_structure,
    vsm: vsm,
    missions: missions,
    consultations_avancees: consultations_avancees,
    qualite: qualite,
    assistant_medical: assistant,
    soins_non_programmes: soins_non_programmes,
    interessements: interessements,
    optam: optam,
    conge_parental: conge_parental,
    ess: ess,
    commissions: commissions,
    rosp_2011: rosp_2011,
    sophia: sophia,
    options_2011: options_2011,
    avenant_20: avenant_20,
});

structure!(practice: Practice {
    secteur: leaf,
    optam: leaf,
    specialite: leaf,
    zonage: leaf,
    qpv: leaf,
    date_premiere_installation: leaf,
    date_naissance: leaf,
    contrat_demographique: contrat,
    cabinet_secondaire_zip: leaf,
    date_ouverture_cabinet_secondaire: leaf,
});

structure!(contract: DemographicContract {
    kind = "type": leaf,
    fin: leaf,
    resiliation: leaf,
});

structure!(patientele: Patientele {
    moins_2_ans: by_ald,
    de_2_a_6_ans: by_ald,
    de_7_a_74_ans: by_ald,
    de_75_a_79_ans: by_ald,
    de_80_ans_et_plus: by_ald,
});

structure!(by_ald: PatientsByAld { hors_ald: by_c2s, ald: by_c2s });

structure!(by_c2s: PatientsByC2s { hors_c2s: cell, c2s: cell });

structure!(cell: Cell { patients: leaf, non_vus: leaf });

structure!(prevention: Prevention {
    grippe: indicator,
    covid: indicator,
    pneumocoque: indicator,
    ror: indicator,
    meningocoque_c: indicator,
    hpv: indicator,
    cancer_sein: indicator,
    cancer_col: indicator,
    cancer_colorectal: indicator,
    diabete_glycemie: indicator,
    mrc: indicator,
    hba1c: indicator,
    examen_m9: indicator,
    examen_m24: indicator,
    bucco_dentaire: indicator,
});

structure!(indicator: Indicator { eligibles: leaf, valides: leaf });

structure!(rosp: Rosp { points_ponderes: leaf, points_non_ponderes: leaf });

structure!(numerique: Numerique {
    logiciel_lap: leaf,
    messagerie_securisee: leaf,
    cahier_des_charges_sesam_vitale: leaf,
    aat: usage,
    dcmt: usage,
    pse: usage,
    fse: usage,
    cm_atmp: usage,
    spe: usage,
    dsg: usage,
    dmp: usage,
    ordonnance_numerique: usage,
    mss: usage,
    app_carte_vitale: usage,
});

structure!(usage: Usage { numerateur: leaf, denominateur: leaf });

structure!(forfait_structure: ForfaitStructure {
    horaires_annuaire: leaf,
    prise_en_charge_coordonnee: leaf,
    capacite_a_coder: leaf,
    services_patients: leaf,
    videotransmission: leaf,
    equipements_connectes: leaf,
    participation_sas: leaf,
    snp_sas_trimestres: element,
});

structure!(vsm_results: VsmResults {
    patients_ald: leaf,
    patients_ald_avec_vsm: leaf,
    vsm_structures: leaf,
});

structure!(missions: Missions {
    maitre_de_stage: leaf,
    sas_departement_deploye: leaf,
    sas_inscription_individuelle: leaf,
    sas_agenda_interface: leaf,
    patientele_ame_importante: leaf,
    patients_orientes_ipa: leaf,
});

structure!(consultations_avancees: ConsultationsAvancees {
    demi_journees: element,
    tarif_opposable: leaf,
});

structure!(qualite: Qualite { prescripteur_sobre: leaf, seances_gap: leaf });

structure!(assistant_medical: AssistantMedical {
    date_signature: leaf,
    option: leaf,
    bande_patientele: leaf,
    part_ccam_pourcent: leaf,
    mep: leaf,
    objectifs_1_etp_atteints: leaf,
    annees: leaf,
    date_resiliation: leaf,
    resultats: resultats,
});

structure!(year_results: YearResults {
    pfa_depart: leaf,
    pfa_objectif: leaf,
    pfa_realisee: leaf,
    pmt_depart: leaf,
    pmt_objectif: leaf,
    pmt_realisee: leaf,
    nouvel_objectif_primo_installe: leaf,
});

structure!(soins_non_programmes: SoinsNonProgrammes {
    snp: leaf,
    semaines_snp: leaf,
    she: leaf,
    she_patientele_mt: leaf,
    mvr: leaf,
    mhp: leaf,
    visites_pdsa: leaf,
    heures_regulation: leaf,
});

structure!(interessements: Interessements {
    biosimilaires: biosimilaires,
    ipp: ipp,
    oam: oam,
});

structure!(biosimilaires: Biosimilaires { refus: leaf, molecules: molecules });

structure!(molecule: Molecule { patients: leaf, economie_par_patient: leaf });

structure!(ipp: crate::input::Ipp { economie: leaf });

structure!(oam: Oam { prescripteur: leaf, taux_national: leaf });

structure!(optam: ActiviteOptam {
    actes_annee_precedant_adhesion: leaf,
    base_semestre_1: leaf,
    base_semestre_2: leaf,
    revalorisation: leaf,
    respect: leaf,
    taux_regionaux: taux_regionaux,
});

structure!(taux_regional: TauxRegional { region: leaf, taux: leaf });

structure!(conge_parental: CongeParental { nature: leaf, jours: leaf, demi_journees: leaf });

structure!(ess: crate::input::Ess {
    membre: leaf,
    annee_creation: leaf,
    dotation_annuelle: leaf,
});

structure!(commissions: crate::input::Commissions { seances: leaf });

structure!(rosp_2011: Rosp2011 {
    organisation: organisation_2011,
    indicateurs: indicateurs_2011,
});

structure!(organisation_2011: Organisation2011 {
    dossier_informatise: leaf,
    logiciel_aide_prescription: leaf,
    equipement_teleservices: leaf,
    affichage_horaires: leaf,
    synthese_annuelle: leaf,
});

structure!(resultat_2011: Resultat2011 { effectif: leaf, taux: leaf, taux_initial: leaf });

structure!(sophia: Sophia { questionnaires: leaf, renouvellements: leaf });

structure!(options_2011: Options2011 {
    option: leaf,
    date_adhesion: leaf,
    regroupement: leaf,
    lieu: leaf,
    part_activite_zone: leaf,
    secteur_2_tarifs_opposables: leaf,
    honoraires_zone: leaf,
    jours_zone: leaf,
});

structure!(avenant_20: Avenant20 {
    adherent: leaf,
    aide_annuelle: leaf,
    annee_nouveau_zonage: leaf,
    zone_reste_deficitaire: leaf,
});
