//! Missions of the 2024 convention — circulaire du 31/07/2024, §3.4: SAS (amount from the
//! slides of 14/03/2024, the circular being silent), maître de stage (one rule, dated amounts:
//! 350 € before 2026, the 50 points of the forfait structure at 7 €), AME and IPA.

use rust_decimal_macros::dec;

use super::calendar::{AVENANT_9_START, FMT_START, MISSIONS_2025, OLD_REGIME_END};
use super::documents::{CONVENTION_2024, MULTILATERALE_2024};
use super::{parameters, Dated, Param, Unit};

parameters! {
    MAITRE_DE_STAGE_ZIP = Param::new(
        "mission.maitre_de_stage.zip",
        "Maître de stage — montant annuel, médecin installé en ZIP",
        Unit::Euro,
        &[
            Dated::during(dec!(350), (AVENANT_9_START, OLD_REGIME_END), &CONVENTION_2024, "§3.4 B (350 € avant 2026)"),
            Dated::since(dec!(800), FMT_START, &CONVENTION_2024, "§3.4 B (800 € par an en ZIP à compter du 1er janvier 2026)"),
        ],
    );

    MAITRE_DE_STAGE_HORS_ZIP = Param::new(
        "mission.maitre_de_stage.hors_zip",
        "Maître de stage — montant annuel, médecin installé hors ZIP",
        Unit::Euro,
        &[
            Dated::during(dec!(350), (AVENANT_9_START, OLD_REGIME_END), &CONVENTION_2024, "§3.4 B (350 € avant 2026)"),
            Dated::since(dec!(500), FMT_START, &CONVENTION_2024, "§3.4 B (500 € par an hors ZIP à compter du 1er janvier 2026)"),
        ],
    );

    SAS = Param::new(
        "mission.sas",
        "Participation au SAS — montant annuel",
        Unit::Euro,
        &[
            Dated::since(dec!(1000), FMT_START, &MULTILATERALE_2024, "« Maître de stage et participation au SAS » : forfait de 1 000 € par an (la circulaire du 31/07/2024, §3.4 A, fixe les conditions sans donner le montant)")
                .read_as("La circulaire du 31/07/2024 (§3.4 A) fixe les conditions sans donner le montant : celui de la proposition du 14/03/2024 (1 000 € par an) est appliqué."),
        ],
    );

    AME = Param::new(
        "mission.ame",
        "Patientèle AME importante — montant annuel",
        Unit::Euro,
        &[
            Dated::since(dec!(500), MISSIONS_2025, &CONVENTION_2024, "§3.4 C (500 € par an à compter du 1er janvier 2025)"),
        ],
    );

    IPA_SEUIL_1 = Param::new(
        "mission.ipa.seuil_1",
        "Orientation vers une IPA — 1er palier (patients)",
        Unit::Nombre,
        &[
            Dated::since(dec!(10), MISSIONS_2025, &CONVENTION_2024, "§3.4 D (au moins 10 patients)"),
        ],
    );

    IPA_SEUIL_2 = Param::new(
        "mission.ipa.seuil_2",
        "Orientation vers une IPA — 2e palier (patients)",
        Unit::Nombre,
        &[
            Dated::since(dec!(35), MISSIONS_2025, &CONVENTION_2024, "§3.4 D (au moins 35 patients)"),
        ],
    );

    IPA_SEUIL_3 = Param::new(
        "mission.ipa.seuil_3",
        "Orientation vers une IPA — 3e palier (patients)",
        Unit::Nombre,
        &[
            Dated::since(dec!(100), MISSIONS_2025, &CONVENTION_2024, "§3.4 D (au moins 100 patients)"),
        ],
    );

    IPA_MONTANT_1 = Param::new(
        "mission.ipa.montant_1",
        "Orientation vers une IPA — montant du 1er palier",
        Unit::Euro,
        &[
            Dated::since(dec!(100), MISSIONS_2025, &CONVENTION_2024, "§3.4 D"),
        ],
    );

    IPA_MONTANT_2 = Param::new(
        "mission.ipa.montant_2",
        "Orientation vers une IPA — montant du 2e palier",
        Unit::Euro,
        &[
            Dated::since(dec!(400), MISSIONS_2025, &CONVENTION_2024, "§3.4 D"),
        ],
    );

    IPA_MONTANT_3 = Param::new(
        "mission.ipa.montant_3",
        "Orientation vers une IPA — montant du 3e palier",
        Unit::Euro,
        &[
            Dated::since(dec!(1000), MISSIONS_2025, &CONVENTION_2024, "§3.4 D"),
        ],
    );
}
