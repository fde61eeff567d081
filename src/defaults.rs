//! The profile the page opens with: a plausible médecin généraliste de secteur 1 installed in a
//! ZIP, with about a thousand patients médecin traitant. Every number can be changed on the page.

use chrono::NaiveDate;

use rust_decimal_macros::dec;

use crate::input::{
    ActiviteOptam, AgeBand, Avenant20, Commissions, CongeParental, ConsultationsAvancees,
    DateInput, Ess, ForfaitStructure, Interessements, Missions, Numerique, Optam, Options2011,
    Patientele, Practice, Prevention, Profile, Qualite, Rosp, Rosp2011, Secteur,
    SoinsNonProgrammes, Sophia, Specialite, Usage, Vsm, VsmResults, Zonage,
};

fn date(y: i32, m: u32, d: u32) -> DateInput {
    NaiveDate::from_ymd_opt(y, m, d)
        .map(DateInput::from)
        .unwrap_or_default()
}

/// (band, ald, c2s, patients, non vus)
const GRID: [(AgeBand, bool, bool, i64, i64); 20] = [
    (AgeBand::Moins2, false, false, 22, 0),
    (AgeBand::Moins2, false, true, 4, 0),
    (AgeBand::Moins2, true, false, 1, 0),
    (AgeBand::Moins2, true, true, 0, 0),
    (AgeBand::De2a6, false, false, 48, 2),
    (AgeBand::De2a6, false, true, 6, 0),
    (AgeBand::De2a6, true, false, 2, 0),
    (AgeBand::De2a6, true, true, 0, 0),
    (AgeBand::De7a74, false, false, 560, 40),
    (AgeBand::De7a74, false, true, 60, 5),
    (AgeBand::De7a74, true, false, 150, 3),
    (AgeBand::De7a74, true, true, 20, 1),
    (AgeBand::De75a79, false, false, 40, 2),
    (AgeBand::De75a79, false, true, 2, 0),
    (AgeBand::De75a79, true, false, 35, 0),
    (AgeBand::De75a79, true, true, 2, 0),
    (AgeBand::De80EtPlus, false, false, 45, 2),
    (AgeBand::De80EtPlus, false, true, 1, 0),
    (AgeBand::De80EtPlus, true, false, 60, 1),
    (AgeBand::De80EtPlus, true, true, 3, 0),
];

/// (indicator, eligible, validated)
const PREVENTION: [(&str, i64, i64); 15] = [
    ("grippe", 320, 190),
    ("covid", 320, 95),
    ("pneumocoque", 180, 40),
    ("ror", 12, 11),
    ("meningocoque_c", 8, 7),
    ("hpv", 40, 18),
    ("cancer_sein", 130, 75),
    ("cancer_col", 210, 120),
    ("cancer_colorectal", 280, 90),
    ("diabete_glycemie", 110, 70),
    ("mrc", 150, 45),
    ("hba1c", 75, 50),
    ("examen_m9", 10, 8),
    ("examen_m24", 11, 9),
    ("bucco_dentaire", 150, 80),
];

pub fn profile() -> Profile {
    let mut patientele = Patientele::default();
    for (band, ald, c2s, patients, non_vus) in GRID {
        let cell = patientele.band_mut(band).cell_mut(ald, c2s);
        cell.patients = patients;
        cell.non_vus = non_vus;
    }
    let mut prevention = Prevention::default();
    for (key, eligibles, valides) in PREVENTION {
        if let Some(i) = prevention.indicator_mut(key) {
            i.eligibles = eligibles;
            i.valides = valides;
        }
    }
    Profile {
        exercice: Practice {
            secteur: Secteur::Un,
            optam: Optam::Aucune,
            specialite: Specialite::MedecineGenerale,
            zonage: Zonage::Zip,
            qpv: false,
            date_premiere_installation: date(2011, 9, 1),
            date_naissance: date(1972, 4, 12),
            contrat_demographique: None,
            cabinet_secondaire_zip: false,
            date_ouverture_cabinet_secondaire: DateInput::default(),
        },
        patientele,
        prevention,
        rosp: Rosp {
            points_ponderes: dec!(520).into(),
            points_non_ponderes: dec!(100).into(),
        },
        numerique: numerique(),
        forfait_structure: ForfaitStructure {
            horaires_annuaire: true,
            prise_en_charge_coordonnee: true,
            capacite_a_coder: true,
            services_patients: true,
            videotransmission: false,
            equipements_connectes: false,
            participation_sas: true,
            snp_sas_trimestres: [12, 20, 8, 30],
        },
        vsm: Vsm([
            ("2023", vsm(270, 140, 30)),
            ("2024", vsm(272, 150, 40)),
            ("2025", vsm(270, 250, 100)),
        ]
        .into_iter()
        .map(|(year, r)| (year.to_owned(), r))
        .collect()),
        missions: Missions {
            maitre_de_stage: true,
            sas_departement_deploye: false,
            sas_inscription_individuelle: false,
            sas_agenda_interface: false,
            patientele_ame_importante: false,
            patients_orientes_ipa: 0,
        },
        qualite: Qualite {
            prescripteur_sobre: false,
            seances_gap: 0,
        },
        // Nothing else declared: no assistant médical, no soins non programmés…
        ..empty()
    }
}

/// The form a physician starts « mon cas » from: nothing declared, only the choices a profile
/// cannot go without, on the most common answer (secteur 1, médecine générale, hors zonage).
pub fn empty() -> Profile {
    Profile {
        exercice: Practice {
            secteur: Secteur::Un,
            optam: Optam::Aucune,
            specialite: Specialite::MedecineGenerale,
            zonage: Zonage::default(),
            qpv: false,
            date_premiere_installation: DateInput::default(),
            date_naissance: DateInput::default(),
            contrat_demographique: None,
            cabinet_secondaire_zip: false,
            date_ouverture_cabinet_secondaire: DateInput::default(),
        },
        patientele: Patientele::default(),
        prevention: Prevention::default(),
        rosp: Rosp::default(),
        numerique: Numerique::default(),
        forfait_structure: ForfaitStructure::default(),
        vsm: Vsm::default(),
        missions: Missions::default(),
        consultations_avancees: ConsultationsAvancees::default(),
        qualite: Qualite::default(),
        assistant_medical: None,
        soins_non_programmes: SoinsNonProgrammes::default(),
        interessements: Interessements::default(),
        optam: ActiviteOptam::default(),
        conge_parental: CongeParental::default(),
        ess: Ess::default(),
        commissions: Commissions::default(),
        rosp_2011: Rosp2011::default(),
        sophia: Sophia::default(),
        options_2011: Options2011::default(),
        avenant_20: Avenant20::default(),
    }
}

fn vsm(patients_ald: i64, patients_ald_avec_vsm: i64, vsm_structures: i64) -> VsmResults {
    VsmResults {
        patients_ald,
        patients_ald_avec_vsm,
        vsm_structures,
    }
}

fn numerique() -> Numerique {
    let u = |numerateur, denominateur| Usage {
        numerateur,
        denominateur,
    };
    Numerique {
        logiciel_lap: true,
        messagerie_securisee: true,
        cahier_des_charges_sesam_vitale: true,
        aat: u(300, 330),
        dcmt: u(95, 100),
        pse: u(40, 42),
        fse: u(5600, 5800),
        cm_atmp: u(12, 20),
        spe: u(30, 60),
        dsg: u(3, 4),
        dmp: u(1400, 4800),
        ordonnance_numerique: u(2000, 4500),
        mss: u(300, 4800),
        app_carte_vitale: u(100, 5800),
    }
}
