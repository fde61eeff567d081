//! Soins non programmés and régulation — circulaire du 31/07/2024, §6 (articles 49 à 52 de la
//! convention): the SAS majorations SNP, SHE and MVR, the MHP and the PDSA home visit; the
//! régulation libérale of avenant 9 (art. 3, article 9.7.2 of the 2016 convention) then of the
//! 2024 convention; the SNP's own article of the NGAP (14.1.3) before the 2024 convention.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::calendar::CONVENTION_2024_START;
use super::documents::{AVENANT_9, CONVENTION_2024, NGAP};
use super::{date, parameters, Dated, Param, Unit};

/// The NGAP's article 14.1.3 (majoration SNP), published in the JO of 14/05/2023.
const NGAP_SNP: NaiveDate = date(2023, 5, 14);
/// The day before the 2024 convention comes into force.
const BEFORE_CONVENTION_2024: NaiveDate = date(2024, 6, 21);
/// « Ces deux majorations entrent en vigueur au 22/12/2024 » (§6 A 1): the SNP's companion SHE;
/// also the end of the six-month delay of art. L. 162-14-1-1 CSS for the 2024 convention's fees.
const TARIFS_2024: NaiveDate = date(2024, 12, 22);
/// The MVR and the PDSA visit's revalorisation (§6 A 1, §6 B 1).
const JANVIER_2026: NaiveDate = date(2026, 1, 1);
/// Avenant 9 was published in the JO of 25/09/2021; its article 3 applies from the next day.
const AVENANT_9_IN_FORCE: NaiveDate = date(2021, 9, 26);

parameters! {
    SNP = Param::new(
        "snp.majoration_snp",
        "Majoration SNP — par acte régulé par le SAS, patient hors patientèle médecin traitant",
        Unit::Euro,
        &[
            Dated::during(dec!(15), (NGAP_SNP, BEFORE_CONVENTION_2024), &NGAP, "art. 14.1.3 (majoration SNP, JO du 14/05/2023) ; 15 €, montant que la circulaire du 31/07/2024 (§6 A 1) dit maintenu")
                .read_as("La circulaire du 31/07/2024 (§6 A 1) « maintient » la majoration SNP de 15 € sans la dater : elle est comptée depuis son inscription à la NGAP (art. 14.1.3, JO du 14/05/2023), au même montant."),
            Dated::since(dec!(15), CONVENTION_2024_START, &CONVENTION_2024, "§6 A 1 (majoration « SNP » de 15 € pour la patientèle non médecin traitant, maintenue)"),
        ],
    );

    SNP_PAR_SEMAINE = Param::new(
        "snp.plafond_hebdomadaire",
        "Majoration SNP — nombre facturable au plus par semaine",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), (NGAP_SNP, BEFORE_CONVENTION_2024), &NGAP, "art. 14.1.3 (20 majorations SNP par semaine au plus)"),
            Dated::since(dec!(20), CONVENTION_2024_START, &CONVENTION_2024, "§6 A 1 (facturable au maximum 20 fois par semaine par médecin)"),
        ],
    )
    .within(dec!(1), dec!(1000));

    SHE = Param::new(
        "snp.majoration_she",
        "Majoration SHE — prise en charge entre 19 h et 21 h à la demande de la régulation",
        Unit::Euro,
        &[
            Dated::since(dec!(5), TARIFS_2024, &CONVENTION_2024, "§6 A 1 (majoration supplémentaire « SHE » de 5 €, en vigueur au 22/12/2024)"),
        ],
    );

    MVR = Param::new(
        "snp.majoration_mvr",
        "Majoration MVR — visite à domicile dans les 24 h de l'appel de la régulation SAS",
        Unit::Euro,
        &[
            Dated::since(dec!(10), JANVIER_2026, &CONVENTION_2024, "§6 A 1 (majoration « MVR » de 10 € à compter du 1er janvier 2026)"),
        ],
    );

    MHP = Param::new(
        "snp.majoration_mhp",
        "Majoration MHP — soins non régulés aux horaires de la PDSA, au tarif opposable",
        Unit::Euro,
        &[
            Dated::since(dec!(5), TARIFS_2024, &CONVENTION_2024, "§6 B 2 ii (majoration de 5 € « MHP »)")
                .read_as("Le §6 B 2 ne date pas la majoration MHP : elle est appliquée, comme les mesures tarifaires de la convention sans date propre, à l'issue du délai de six mois de l'article L. 162-14-1-1 du code de la sécurité sociale, le 22/12/2024 (date que le §6 A 1 donne à la SHE)."),
        ],
    );

    VISITE_PDSA = Param::new(
        "snp.revalorisation_visite_pdsa",
        "Visite à domicile aux horaires de la PDSA, au tarif opposable — revalorisation par visite",
        Unit::Euro,
        &[
            Dated::since(dec!(6.50), JANVIER_2026, &CONVENTION_2024, "§6 B 1 (visites revalorisées de 6,50 € à partir du 1er janvier 2026)"),
        ],
    );

    REGULATION = Param::new(
        "snp.regulation_horaire",
        "Régulation libérale — montant par heure",
        Unit::Euro,
        &[
            Dated::during(dec!(90), (AVENANT_9_IN_FORCE, BEFORE_CONVENTION_2024), &AVENANT_9, "art. 3 (article 9.7.2 de la convention : 90 euros par heure)")
                .read_as("L'avenant 9 ne date pas la valorisation de la régulation : elle est appliquée au lendemain de sa publication au JO (26/09/2021)."),
            Dated::since(dec!(100), CONVENTION_2024_START, &CONVENTION_2024, "§6 A 1 (rémunération des médecins régulateurs, 100 € de l'heure)")
                .read_as("La circulaire du 31/07/2024 « maintient » 100 € de l'heure sans dater le passage de 90 € à 100 € : 100 € sont appliqués à compter de l'entrée en vigueur de la convention (22/06/2024), 90 € avant."),
        ],
    );
}
