//! What the dispositifs of the years before 2026 read: the points of the ROSP, the forfait
//! structure's declarations, the results of the VSM campaigns; and the missions, which span both.

use serde::{Deserialize, Serialize};

use super::DecimalInput;

/// ROSP points obtained in the year (the detailed 2016 grid is not in the sources: the physician
/// enters the points of their statement).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rosp {
    /// Points of the indicators weighted by the patientèle (defined for 800 patients).
    pub points_ponderes: DecimalInput,
    /// Points of the other indicators.
    pub points_non_ponderes: DecimalInput,
}

/// Declarations of the forfait structure (avenant 9, art. 5), other than the digital usages
/// (see `Numerique`) and the maître de stage (see `Missions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ForfaitStructure {
    /// Opening hours shown in the annuaire santé (volet 1).
    pub horaires_annuaire: bool,
    /// Involvement in coordinated care (volet 2 in 2021, volet 1 from 2022).
    pub prise_en_charge_coordonnee: bool,
    pub capacite_a_coder: bool,
    pub services_patients: bool,
    pub videotransmission: bool,
    pub equipements_connectes: bool,
    pub participation_sas: bool,
    /// Soins non programmés régulés par le SAS, per quarter (indicator 9, from 2022).
    pub snp_sas_trimestres: [i64; 4],
}

/// Results of one VSM campaign (at 30 June).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VsmResults {
    pub patients_ald: i64,
    /// Patients in ALD with a VSM fed to the DMP.
    pub patients_ald_avec_vsm: i64,
    /// Among those VSM, the structured ones (CI-SIS format).
    pub vsm_structures: i64,
}

/// The results of the campaigns of the forfait élaboration initiale du VSM, keyed by the year of
/// their date (30 June): « 2023 » (avenant 9), « 2024 » and « 2025 » (convention 2024, §3.3 B).
/// Which campaigns exist is the parameters' fact (`params::vsm::campaigns`); the validation
/// refuses any other key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Vsm(pub super::Keyed<VsmResults>);

impl Vsm {
    /// The results at 30 June of `annee`, if entered.
    pub fn campaign(&self, annee: i32) -> Option<&VsmResults> {
        self.0
            .iter()
            .find(|(key, _)| Self::year_of(key) == Some(annee))
            .map(|(_, r)| r)
    }

    /// The year a key names, as `str::parse::<i32>` reads it; a key of four digits (every key a
    /// profile holds) read at once, without the general parser (the validation reads every key
    /// of every profile), but in the first view's wasm (sized: one profile per keystroke).
    #[inline]
    pub fn year_of(key: &str) -> Option<i32> {
        if crate::SIZED_FOR_PAGE {
            return key.parse().ok();
        }
        if let &[a, b, c, d] = key.as_bytes() {
            let digits = [a, b, c, d].map(|x| x.wrapping_sub(b'0'));
            if digits.iter().all(|x| *x < 10) {
                let [a, b, c, d] = digits.map(i32::from);
                return Some(a * 1000 + b * 100 + c * 10 + d);
            }
        }
        Self::parsed(key)
    }

    /// Any other key, as the parser reads it: out of line, so that the four digits' reading is
    /// inlined where keys are read.
    #[inline(never)]
    fn parsed(key: &str) -> Option<i32> {
        key.parse().ok()
    }

    /// The day a campaign's results are read: 30 June of its year.
    pub fn results_day(campaign: i32) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(campaign, 6, 30)
    }
}

/// Missions beyond the cabinet (circulaire du 31/07/2024, §3.4): the maître de stage (paid by
/// the forfait structure until 2025), and from 2025–2026 the SAS, the AME and the IPA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Missions {
    /// Declared as maître de stage for the year.
    pub maitre_de_stage: bool,
    /// SAS, condition 1: the département has an operational SAS.
    pub sas_departement_deploye: bool,
    /// SAS, condition 2: individually registered on the national SAS platform.
    pub sas_inscription_individuelle: bool,
    /// SAS, condition 3: appointment tool interfaced with the SAS platform (or a validated
    /// territorial organisation that is).
    pub sas_agenda_interface: bool,
    /// A large AME patientèle, as the caisse recognises it (§3.4 C gives no threshold).
    pub patientele_ame_importante: bool,
    /// Patients of the patientèle médecin traitant oriented to an IPA, at 31/12 of the year.
    pub patients_orientes_ipa: i64,
}

// proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Vsm;

    proptest::proptest! {
        /// A key's year is the one `str::parse` reads, four digits or not.
        #[test]
        fn a_keys_year_is_the_parsers(key in "[0-9+\\- a٣]{0,6}") {
            proptest::prop_assert_eq!(Vsm::year_of(&key), key.parse::<i32>().ok());
        }
    }

    #[test]
    fn four_digits_are_read_as_the_parser_reads_them() {
        for key in [
            "2023", "0000", "9999", "0999", "02023", "+202", "-202", "20a3", "", "2 23", "/023",
            ":023",
        ] {
            assert_eq!(Vsm::year_of(key), key.parse::<i32>().ok(), "{key}");
        }
    }
}
