//! Rémunération médecin traitant (RMT) of the patients in ALD, 2012 to 2016 — circulaire CNAMTS
//! 19/2011, II.2 a): kept at 40 € per patient in ALD, paid within 45 days after the end of each
//! quarter (annexe XIII).

use rust_decimal_macros::dec;

use super::calendar::{CONVENTION_2011_START, REGIME_2011_END};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

parameters! {
    MONTANT = Param::new(
        "rmt.montant",
        "RMT — montant annuel par patient en ALD du médecin traitant",
        Unit::Euro,
        &[
            Dated::during(dec!(40), (CONVENTION_2011_START, REGIME_2011_END), &CONVENTION_2011, "II.2 a) (maintien de la RMT à 40 €)"),
        ],
    );

    DELAI_VERSEMENT = Param::new(
        "rmt.delai_versement",
        "RMT — délai de versement après la fin du trimestre (jours)",
        Unit::Nombre,
        &[
            Dated::during(dec!(45), (CONVENTION_2011_START, REGIME_2011_END), &CONVENTION_2011, "II.2 a) et annexe XIII (versement dans les 45 jours suivant la fin du trimestre)"),
        ],
    )
    // Within a quarter of the next one.
    .within(dec!(0), dec!(366));
}
