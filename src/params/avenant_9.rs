//! Values set by avenant n° 9 to the 2016 convention (arrêté du 22/09/2021, JO du 25/09/2021,
//! `shared/sources/004_3e40b2c5595d2a8b.txt`): the forfait structure of 2021, 2022 and 2023
//! (article 5, annexe 3) and the forfait élaboration initiale du VSM (article 4).
//!
//! The forfait structure is kept until 31/12/2025 (circulaire du 31/07/2024, §3.3 A); the texts
//! of the sources set no value after 2023, so the 2023 values carry on in 2024 and 2025 — an
//! interpretation written on each of those values' section.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{date, dated, ParameterSet, Value};

const Y2021: (NaiveDate, Option<NaiveDate>) = (date(2021, 1, 1), Some(date(2021, 12, 31)));
const Y2022: (NaiveDate, Option<NaiveDate>) = (date(2022, 1, 1), Some(date(2022, 12, 31)));
/// 2023 values, carried on in 2024 and 2025 until the DONUM replaces the forfait structure.
const FROM_2023: (NaiveDate, Option<NaiveDate>) = (date(2023, 1, 1), Some(date(2025, 12, 31)));
const FROM_2022: (NaiveDate, Option<NaiveDate>) = (date(2022, 1, 1), Some(date(2025, 12, 31)));
const FROM_2021: (NaiveDate, Option<NaiveDate>) = (date(2021, 1, 1), Some(date(2025, 12, 31)));

const fn v(
    id: &'static str,
    valeur: Decimal,
    period: (NaiveDate, Option<NaiveDate>),
    section: &'static str,
) -> Value {
    dated(id, valeur, period.0, period.1, section)
}

const TELESERVICES: &str = "art. 5, 2° a), tableau des taux de dématérialisation";
const CARRIED: &str = "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)";
const VOLET2: &str = "art. 5, 2° d), tableau des points du volet 2";
const VOLET2_CARRIED: &str = "art. 5, 2° d), tableau des points du volet 2 (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)";

pub const SET: ParameterSet = ParameterSet {
    id: "avenant_9",
    document: "Avenant n° 9 à la convention médicale de 2016 (arrêté du 22/09/2021, JO du 25/09/2021)",
    fichier: "004_3e40b2c5595d2a8b.txt",
    valeurs: &[
        // Volet 1: prerequisites, all required; they condition volet 2 (art. 5, 1°).
        v("fs.volet1.points", dec!(280), Y2021, "art. 5, 1°, tableau du volet 1 (2021)"),
        v("fs.volet1.points", dec!(400), FROM_2022, "art. 5, 1°, tableau du volet 1 (2022 et 2023 ; maintenu jusqu'au 31/12/2025 : interprétation)"),
        // « Taux de télétransmission > 2/3 », strictly above two thirds.
        v("fs.volet1.teletransmission.seuil", dec!(66.666666666666666666666666667), FROM_2021, "art. 5, 1°, indicateur 4 (taux de télétransmission > 2/3)"),
        // Volet 2, indicator 1: téléservices, threshold and points per service and year.
        v("fs.volet2.aat.seuil", dec!(60), Y2021, TELESERVICES),
        v("fs.volet2.aat.seuil", dec!(80), Y2022, TELESERVICES),
        v("fs.volet2.aat.seuil", dec!(90), FROM_2023, CARRIED),
        v("fs.volet2.aat.points", dec!(22.5), FROM_2021, TELESERVICES),
        v("fs.volet2.cm_atmp.seuil", dec!(20), Y2021, TELESERVICES),
        v("fs.volet2.cm_atmp.seuil", dec!(30), Y2022, TELESERVICES),
        v("fs.volet2.cm_atmp.seuil", dec!(45), FROM_2023, CARRIED),
        v("fs.volet2.cm_atmp.points", dec!(22.5), FROM_2021, TELESERVICES),
        v("fs.volet2.pse.seuil", dec!(70), Y2021, TELESERVICES),
        v("fs.volet2.pse.seuil", dec!(80), Y2022, TELESERVICES),
        v("fs.volet2.pse.seuil", dec!(90), FROM_2023, CARRIED),
        v("fs.volet2.pse.points", dec!(22.5), FROM_2021, TELESERVICES),
        v("fs.volet2.dcmt.seuil", dec!(90), FROM_2021, TELESERVICES),
        v("fs.volet2.dcmt.points", dec!(22.5), FROM_2021, TELESERVICES),
        // SPE from 2022; DSG has a 2022 target but points only from 2023.
        v("fs.volet2.spe.seuil", dec!(10), Y2022, TELESERVICES),
        v("fs.volet2.spe.seuil", dec!(30), FROM_2023, CARRIED),
        v("fs.volet2.spe.points", dec!(10), FROM_2022, TELESERVICES),
        v("fs.volet2.dsg.seuil", dec!(50), FROM_2023, CARRIED),
        v("fs.volet2.dsg.points", dec!(10), FROM_2023, CARRIED),
        // Usage indicators created from 2022 and 2023.
        v("fs.volet2.dmp.seuil", dec!(20), FROM_2022, "art. 5, 2° a), indicateur d'usage et remplissage du DMP"),
        v("fs.volet2.dmp.points", dec!(40), FROM_2022, VOLET2),
        v("fs.volet2.mss.seuil", dec!(5), FROM_2022, "art. 5, 2° a), indicateur d'usage de la messagerie sécurisée"),
        v("fs.volet2.mss.points", dec!(40), FROM_2022, VOLET2),
        v("fs.volet2.ordonnance_numerique.seuil", dec!(50), FROM_2023, "art. 5, 2° a), indicateur d'usage de la e-prescription"),
        v("fs.volet2.ordonnance_numerique.points", dec!(40), FROM_2023, VOLET2_CARRIED),
        v("fs.volet2.app_carte_vitale.seuil", dec!(5), FROM_2023, "art. 5, 2° a), indicateur d'usage de l'application carte Vitale"),
        v("fs.volet2.app_carte_vitale.points", dec!(40), FROM_2023, VOLET2_CARRIED),
        // Declared indicators.
        v("fs.volet2.capacite_a_coder", dec!(50), FROM_2021, VOLET2),
        v("fs.volet2.prise_en_charge_coordonnee", dec!(120), Y2021, VOLET2),
        v("fs.volet2.services_patients", dec!(70), FROM_2021, VOLET2),
        v("fs.volet2.videotransmission", dec!(50), FROM_2021, VOLET2),
        v("fs.volet2.equipements_connectes", dec!(25), FROM_2021, VOLET2),
        v("fs.volet2.participation_sas", dec!(150), Y2021, "art. 5, 2° b), indicateur 8 (2021)"),
        v("fs.volet2.participation_sas", dec!(200), FROM_2022, "art. 5, 2° b), indicateur 8 (à partir de 2022)"),
        // Indicator 9: effection of SAS-regulated unscheduled care, per quarter, from 2022.
        v("fs.volet2.snp_sas.seuil_1", dec!(5), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.seuil_2", dec!(16), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.seuil_3", dec!(26), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.seuil_4", dec!(36), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.seuil_5", dec!(46), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel (au-delà de 45)"),
        v("fs.volet2.snp_sas.points_1", dec!(10), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.points_2", dec!(30), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.points_3", dec!(50), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.points_4", dec!(70), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        v("fs.volet2.snp_sas.points_5", dec!(90), FROM_2022, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        // Forfait élaboration initiale du VSM, results at 30/06/2023 at the latest (art. 4).
        v("vsm.montant.moitie", dec!(1500), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2"),
        v("vsm.montant.quasi_totalite", dec!(3000), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2"),
        v("vsm.seuil.moitie", dec!(50), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2 (au moins la moitié de la patientèle ALD)"),
        v("vsm.seuil.quasi_totalite", dec!(90), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2 (90 % de la patientèle ALD)"),
        v("vsm.structure.seuil", dec!(33.333333333333333333333333333), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2 (plus d'un tiers des VSM structurés)"),
        v("vsm.structure.majoration", dec!(20), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2"),
        v("vsm.patientele_reference", dec!(800), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2 (patientèle de référence de la ROSP, art. 27.3)"),
        v("vsm.taux_versement", dec!(100), (date(2023, 1, 1), Some(date(2023, 12, 31))), "art. 4, 19.3.2 (versement au second semestre 2023, sans abattement)"),
    ],
};
