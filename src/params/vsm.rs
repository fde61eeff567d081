//! Forfait élaboration initiale du VSM — avenant 9, art. 4 and circulaire du 31/07/2024, §3.3 B:
//! campaigns with results at 30 June 2023, 2024 and 2025 (the last paid at 90 %), then abolished.

use chrono::Datelike;
use rust_decimal_macros::dec;

use super::calendar::VSM_END;
use super::documents::{AVENANT_9, CONVENTION_2024};
use super::{date, parameters, year, Dated, Param, Unit};

parameters! {
    MONTANT_MOITIE = Param::new(
        "vsm.montant.moitie",
        "Forfait VSM — montant si la moitié de la patientèle ALD a un VSM au DMP",
        Unit::Euro,
        &[
            Dated::during(dec!(1500), year(2023), &AVENANT_9, "art. 4, 19.3.2"),
            Dated::during(dec!(1500), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B, modalités de calcul"),
        ],
    );

    MONTANT_QUASI_TOTALITE = Param::new(
        "vsm.montant.quasi_totalite",
        "Forfait VSM — montant si 90 % de la patientèle ALD a un VSM au DMP",
        Unit::Euro,
        &[
            Dated::during(dec!(3000), year(2023), &AVENANT_9, "art. 4, 19.3.2"),
            Dated::during(dec!(3000), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B, modalités de calcul"),
        ],
    );

    SEUIL_MOITIE = Param::new(
        "vsm.seuil.moitie",
        "Forfait VSM — premier seuil de patients ALD avec VSM",
        Unit::Pourcent,
        &[
            Dated::during(dec!(50), year(2023), &AVENANT_9, "art. 4, 19.3.2 (au moins la moitié de la patientèle ALD)"),
            Dated::during(dec!(50), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B (au moins la moitié de la patientèle en ALD)"),
        ],
    );

    SEUIL_QUASI_TOTALITE = Param::new(
        "vsm.seuil.quasi_totalite",
        "Forfait VSM — second seuil de patients ALD avec VSM",
        Unit::Pourcent,
        &[
            Dated::during(dec!(90), year(2023), &AVENANT_9, "art. 4, 19.3.2 (90 % de la patientèle ALD)"),
            Dated::during(dec!(90), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B (90 % de la patientèle ALD)"),
        ],
    );

    STRUCTURE_SEUIL = Param::new(
        "vsm.structure.seuil",
        "Forfait VSM — part de VSM structurés à dépasser pour la majoration",
        Unit::Pourcent,
        &[
            Dated::during(dec!(33.333333333333333333333333333), year(2023), &AVENANT_9, "art. 4, 19.3.2 (plus d'un tiers des VSM structurés)"),
            Dated::during(dec!(33.333333333333333333333333333), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B (plus d'un tiers des VSM structurés)"),
        ],
    );

    STRUCTURE_MAJORATION = Param::new(
        "vsm.structure.majoration",
        "Forfait VSM — majoration pour VSM structurés",
        Unit::Pourcent,
        &[
            Dated::during(dec!(20), year(2023), &AVENANT_9, "art. 4, 19.3.2"),
            Dated::during(dec!(20), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B"),
        ],
    );

    PATIENTELE_REFERENCE = Param::new(
        "vsm.patientele_reference",
        "Forfait VSM — patientèle de référence de la pondération",
        Unit::Nombre,
        &[
            Dated::during(dec!(800), year(2023), &AVENANT_9, "art. 4, 19.3.2 (patientèle de référence de la ROSP, art. 27.3)"),
            Dated::during(dec!(800), (date(2024, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B (patientèle moyenne de référence, 800 patients)"),
        ],
    )
    // A divisor of the weighting: at least one patient.
    .within(dec!(1), dec!(100000));

    TAUX_VERSEMENT = Param::new(
        "vsm.taux_versement",
        "Forfait VSM — part du montant calculé qui est versée",
        Unit::Pourcent,
        &[
            Dated::during(dec!(100), year(2023), &AVENANT_9, "art. 4, 19.3.2 (versement au second semestre 2023, sans abattement)"),
            Dated::during(dec!(100), year(2024), &CONVENTION_2024, "§3.3 B, modalités de paiement (résultats au 30 juin 2024)"),
            Dated::during(dec!(90), (date(2025, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B, modalités de paiement (résultats au 30 juin 2025 versés à 90 %)"),
        ],
    );

    COMPLEMENT = Param::new(
        "vsm.complement",
        "Forfait VSM — un médecin déjà payé reçoit un complément si ses résultats s'améliorent (1 oui, 0 non)",
        Unit::OuiNon,
        &[
            Dated::during(dec!(0), year(2023), &AVENANT_9, "art. 4, 19.3.2 (forfait perçu une seule fois)"),
            Dated::during(dec!(0), year(2024), &CONVENTION_2024, "§3.3 B, modalités de calcul (forfait perçu une seule fois)"),
            Dated::during(dec!(1), (date(2025, 1, 1), VSM_END), &CONVENTION_2024, "§3.3 B, modalités de paiement (complément si amélioration des résultats au 30 juin 2025 par rapport à 2024)"),
        ],
    );
}

/// The years of the campaigns: those whose results, read on 30 June, have a forfait in force.
/// Found once: the validation of every profile asks for each of its campaigns' keys.
pub fn campaigns() -> impl Iterator<Item = i32> {
    static CAMPAIGNS: std::sync::OnceLock<Vec<i32>> = std::sync::OnceLock::new();
    CAMPAIGNS
        .get_or_init(|| {
            let first = MONTANT_QUASI_TOTALITE.first_day().map_or(0, |d| d.year());
            let last = MONTANT_QUASI_TOTALITE
                .last_day()
                .map_or(first, |d| d.year());
            (first..=last)
                .filter(|y| {
                    chrono::NaiveDate::from_ymd_opt(*y, 6, 30)
                        .is_some_and(|d| MONTANT_QUASI_TOTALITE.at(d).is_some())
                })
                .collect()
        })
        .iter()
        .copied()
}
