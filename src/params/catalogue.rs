//! What each parameter is: its French label and its unit. The values are in the sets.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Euros per patient, per indicator or per year, as the label says.
    Euro,
    /// A percentage: 10 means 10 %.
    Pourcent,
    /// A number of years.
    Annees,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Definition {
    pub id: &'static str,
    pub libelle: &'static str,
    pub unite: Unit,
}

const fn def(id: &'static str, libelle: &'static str, unite: Unit) -> Definition {
    Definition { id, libelle, unite }
}

/// Every parameter a rule may read. A test checks that each has a value with a source and that
/// each value of a set is defined here.
pub const DEFINITIONS: &[Definition] = &[
    def(
        "fmt.socle.ald_80_ans_et_plus",
        "FMT socle — patient en ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.ald_moins_80_ans",
        "FMT socle — patient en ALD de moins de 80 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.80_ans_et_plus",
        "FMT socle — patient hors ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.75_a_79_ans",
        "FMT socle — patient hors ALD de 75 à 79 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.7_a_74_ans",
        "FMT socle — patient hors ALD de 7 à 74 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.2_a_6_ans",
        "FMT socle — patient hors ALD de 2 à 6 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.moins_2_ans",
        "FMT socle — patient hors ALD de moins de 2 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.non_vu_2_ans",
        "FMT socle — patient non vu depuis 2 ans (par patient, au lieu du montant de sa catégorie)",
        Unit::Euro,
    ),
    def(
        "fmt.majoration.c2s",
        "FMT — majoration par patient bénéficiaire de la C2S vu dans les 2 ans",
        Unit::Euro,
    ),
    def(
        "fmt.majoration.zip_qpv",
        "FMT — majoration pérenne du socle, cabinet principal en ZIP ou QPV",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.primo_installe.annee_1",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 1re année",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.primo_installe.annee_2",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 2e année",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.primo_installe.annee_3",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 3e année",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.age",
        "FMT — majoration du socle, médecin ayant atteint l'âge seuil",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.age.seuil",
        "FMT — âge à partir duquel la majoration d'âge s'applique",
        Unit::Annees,
    ),
    def(
        "fmt.prevention.indicateur",
        "FMT prévention — montant par indicateur validé et par patient",
        Unit::Euro,
    ),
];

/// The definition of `id`, if it is a parameter of the calculator.
pub fn definition(id: &str) -> Option<&'static Definition> {
    DEFINITIONS.iter().find(|d| d.id == id)
}
