//! Intéressements — avenant 9, art. 6 (article 27 bis of the 2016 convention: biosimilaires);
//! circulaire du 31/07/2024, §9.3 (articles 62 à 65 and annexe 18 of the 2024 convention:
//! biosimilaires, dé-prescription des IPP, initiation des OAM, insuffisance cardiaque); the slides
//! of 14/03/2024 for the 2024 share key, ranibizumab's first years and the OAM estimates.
//!
//! A molecule's share key is in force exactly while the molecule is in the dispositif: its dated
//! values are the table of §9.3 A (date d'entrée, date de sortie).

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::documents::{AVENANT_9, CONVENTION_2024, MULTILATERALE_2024};
use super::{date, parameters, year, Dated, Param, Unit};

/// Ranibizumab enters the dispositif on 01/07/2023 (§9.3 A).
const RANIBIZUMAB_ENTREE: NaiveDate = date(2023, 7, 1);
/// The IPP and OAM intéressements start on 01/01/2025 and end 3 years later (§9.3 B and C).
const TROIS_ANS_2025: (NaiveDate, NaiveDate) = (date(2025, 1, 1), date(2027, 12, 31));

parameters! {
    REPARTITION_MOLECULES_2022 = Param::new(
        "interessements.biosimilaires.part.molecules_2022",
        "Biosimilaires — part de l'économie pour le médecin (étanercept, adalimumab, follitropine alpha, insuline asparte, énoxaparine, tériparatide)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(30), year(2022), &AVENANT_9, "art. 6 (article 27 bis 4 : 30 % pour les médecins en 2022) ; entrée au 01/01/2022 selon le tableau du §9.3 A de la circulaire du 31/07/2024"),
            Dated::during(dec!(20), year(2023), &AVENANT_9, "art. 6 (article 27 bis 4 : 20 % pour les médecins en 2023)"),
            Dated::during(dec!(10), year(2024), &MULTILATERALE_2024, "« Calendrier actuel et modalités de répartition des économies » (répartition 90 %/10 % en 2024) ; sortie au 31/12/2024 selon le §9.3 A de la circulaire du 31/07/2024")
                .read_as("L'avenant 9 (article 27 bis 4) prévoit 10 % en 2024 « si les partenaires en conviennent » : la présentation du 14/03/2024 l'applique (répartition 90 %/10 % en 2024), le calculateur aussi."),
        ],
    );

    REPARTITION_RANIBIZUMAB = Param::new(
        "interessements.biosimilaires.part.ranibizumab",
        "Biosimilaires — part de l'économie pour le médecin (ranibizumab)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(30), (RANIBIZUMAB_ENTREE, date(2024, 12, 31)), &MULTILATERALE_2024, "« Calendrier actuel et modalités de répartition des économies » (ranibizumab entré le 01/07/2023, répartition 70 %/30 % en 2024 ; la même clé sur 3 ans pour une nouvelle molécule) et « Focus sur les anti VEGF » (129,52 € par patient pour les prescriptions de 2023 et 2024)")
                .read_as("Une molécule entrée en cours de convention suit la clé 30 % / 20 % / 10 % sur ses propres années (présentation du 14/03/2024) ; le ranibizumab, entré le 01/07/2023, est à 30 % en 2023 et en 2024, comme le disent la répartition de 2024 et le montant par patient des prescriptions de 2023 et 2024."),
            Dated::during(dec!(50), year(2025), &CONVENTION_2024, "§9.3 A (économie partagée à 50 % ; ranibizumab reconduit jusqu'au 31/12/2025)"),
        ],
    );

    MINIMUM_PAR_MOLECULE = Param::new(
        "interessements.biosimilaires.minimum_par_molecule",
        "Biosimilaires — montant minimal par molécule pour être versé",
        Unit::Euro,
        &[
            Dated::during(dec!(50), (date(2022, 1, 1), date(2024, 12, 31)), &AVENANT_9, "art. 6 (article 27 bis 5 : 50 € par médecin et par molécule)"),
            Dated::during(dec!(50), year(2025), &CONVENTION_2024, "§9.3 A (règles de plafonnement et de minimum maintenues)"),
        ],
    );

    PLAFOND = Param::new(
        "interessements.biosimilaires.plafond",
        "Biosimilaires — plafond par médecin, toutes molécules confondues",
        Unit::Euro,
        &[
            Dated::during(dec!(7000), (date(2022, 1, 1), date(2024, 12, 31)), &AVENANT_9, "art. 6 (article 27 bis 5 : 7 000 € toute molécule confondue par médecin)"),
            Dated::during(dec!(7000), year(2025), &CONVENTION_2024, "§9.3 A (règles de plafonnement et de minimum maintenues)"),
        ],
    );

    PART_IPP = Param::new(
        "interessements.ipp.part",
        "Dé-prescription des IPP — part de l'économie pour le médecin",
        Unit::Pourcent,
        &[
            Dated::during(dec!(20), TROIS_ANS_2025, &CONVENTION_2024, "§9.3 B (20 % pour les médecins ; du 1er janvier 2025, pour 3 ans)"),
        ],
    );

    PART_OAM = Param::new(
        "interessements.oam.part",
        "Initiation des OAM — part de l'économie pour les médecins",
        Unit::Pourcent,
        &[
            Dated::during(dec!(20), TROIS_ANS_2025, &CONVENTION_2024, "§9.3 C (20 % pour les médecins ; du 1er janvier 2025, pour 3 ans)"),
        ],
    );

    OAM_CIBLE = Param::new(
        "interessements.oam.taux_cible",
        "Initiation des OAM — taux national d'initiation qui déclenche l'intéressement",
        Unit::Pourcent,
        &[
            Dated::during(dec!(10), year(2025), &CONVENTION_2024, "§9.3 C (objectif collectif de 10 % la première année)"),
            Dated::during(dec!(15), year(2026), &CONVENTION_2024, "§9.3 C (objectif collectif de 15 % la deuxième année)"),
            Dated::during(dec!(20), year(2027), &CONVENTION_2024, "§9.3 C (objectif collectif de 20 % la troisième année)"),
        ],
    );

    OAM_ECONOMIE = Param::new(
        "interessements.oam.economie_nationale",
        "Initiation des OAM — économie nationale de l'année (estimation au taux cible)",
        Unit::Euro,
        &[
            Dated::during(dec!(6000000), year(2025), &MULTILATERALE_2024, "« Intéressement forfaitaire à l'initiation d'OAM » (6 M€ d'économie au taux de 10 %, année 1)")
                .read_as(OAM_ESTIMATE),
            Dated::during(dec!(17000000), year(2026), &MULTILATERALE_2024, "« Intéressement forfaitaire à l'initiation d'OAM » (17 M€ d'économie au taux de 15 %, année 2)")
                .read_as(OAM_ESTIMATE),
            Dated::during(dec!(30000000), year(2027), &MULTILATERALE_2024, "« Intéressement forfaitaire à l'initiation d'OAM » (30 M€ d'économie au taux de 20 %, année 3)")
                .read_as(OAM_ESTIMATE),
        ],
    )
    .within(dec!(0), dec!(1000000000));

    OAM_PRESCRIPTEURS = Param::new(
        "interessements.oam.prescripteurs",
        "Initiation des OAM — nombre de médecins prescripteurs entre qui l'intéressement est réparti",
        Unit::Nombre,
        &[
            Dated::during(dec!(6294), TROIS_ANS_2025, &MULTILATERALE_2024, "« Exemples de rémunérations pour le médecin avec nos hypothèses » (nombre de PS concernés : 6 294)")
                .read_as("L'annexe 18 n'est pas dans les sources : l'intéressement collectif est « équitablement réparti entre les PS concernés » (présentation du 14/03/2024), sur l'économie et le nombre de prescripteurs estimés par l'Assurance maladie ; un scénario peut y mettre les montants constatés."),
        ],
    )
    .within(dec!(1), dec!(100000));

    INSUFFISANCE_CARDIAQUE = Param::new(
        "interessements.insuffisance_cardiaque",
        "Accompagnement des patients en insuffisance cardiaque — rémunération prévue (1) ou non (0)",
        Unit::OuiNon,
        &[
            Dated::since(dec!(1), date(2026, 1, 1), &CONVENTION_2024, "§9.3 D (à compter de 2026, article 65 ; modalités définies en CPN)"),
        ],
    );
}

const OAM_ESTIMATE: &str = "Le calcul de l'annexe 18 n'est pas dans les sources : l'économie nationale de l'année est l'estimation de l'Assurance maladie au taux cible (présentation du 14/03/2024) ; un scénario peut y mettre l'économie constatée.";

/// A molecule of the biosimilaires intéressement (avenant 9, article 27 bis 2; §9.3 A).
#[derive(Debug)]
pub struct Molecule {
    /// Its key in the profile (« etanercept »).
    pub cle: &'static str,
    pub nom: &'static str,
    /// The report's group for it.
    pub code: &'static str,
    /// The physician's share of the saving, in force while the molecule is in the dispositif.
    pub part: &'static Param,
    /// Only the physicians allowed to prescribe it are eligible (article 27 bis 3).
    pub prescription_restreinte: bool,
    /// The reading behind its dates, where the texts do not set them.
    pub lecture: Option<&'static str>,
}

/// The molecules of the table of §9.3 A, and tériparatide (avenant 9, article 27 bis 2).
pub static MOLECULES: [Molecule; 7] = [
    molecule("etanercept", "étanercept", "INTERESSEMENTS.BIOSIMILAIRES.ETANERCEPT", true),
    molecule("adalimumab", "adalimumab", "INTERESSEMENTS.BIOSIMILAIRES.ADALIMUMAB", true),
    molecule("follitropine_alpha", "follitropine alpha", "INTERESSEMENTS.BIOSIMILAIRES.FOLLITROPINE_ALPHA", true),
    molecule("insuline_asparte", "insuline asparte", "INTERESSEMENTS.BIOSIMILAIRES.INSULINE_ASPARTE", false),
    molecule("enoxaparine", "énoxaparine", "INTERESSEMENTS.BIOSIMILAIRES.ENOXAPARINE", false),
    Molecule {
        lecture: Some("Le tériparatide, inclus par l'avenant 9 (article 27 bis 2) et présent dans la présentation du 14/03/2024 avec la clé de 2024, n'est pas dans le tableau du §9.3 A : il suit les dates des cinq premières molécules (sortie au 31/12/2024)."),
        ..molecule("teriparatide", "tériparatide", "INTERESSEMENTS.BIOSIMILAIRES.TERIPARATIDE", false)
    },
    Molecule {
        part: &REPARTITION_RANIBIZUMAB,
        ..molecule("ranibizumab", "ranibizumab", "INTERESSEMENTS.BIOSIMILAIRES.RANIBIZUMAB", false)
    },
];

const fn molecule(
    cle: &'static str,
    nom: &'static str,
    code: &'static str,
    prescription_restreinte: bool,
) -> Molecule {
    Molecule {
        cle,
        nom,
        code,
        part: &REPARTITION_MOLECULES_2022,
        prescription_restreinte,
        lecture: None,
    }
}

/// The molecule of profile key `cle`, if it is one.
pub fn molecule_of(cle: &str) -> Option<&'static Molecule> {
    MOLECULES.iter().find(|m| m.cle == cle)
}
