//! The columns of a cohort file: every field of the profile by its dotted path, as the form, the
//! validation and the JSON profile name it; the required ones; the CSV template; a profile written
//! as a CSV row.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::csv::{french_number, push_field, SEPARATOR};
use super::flatten::{dotted, flatten, Leaf, Seg, Sink};
use crate::defaults;
use crate::input::{
    AgeBand, AssistantMedical, BandePatientele, ContractKind, DateInput, DecimalInput,
    DemographicContract, Optam, OptionEtp, Patientele, Prevention, Profile, Secteur, Specialite,
    VsmResults, YearResults, Zonage, MAX_RESULTATS,
};

/// The columns a row cannot do without (the profile's only fields without a default).
pub const REQUIRED: [&str; 2] = ["exercice.secteur", "exercice.specialite"];

/// Years of assistant médical results in the template (contract years 3 to 5 of the default
/// five-year contract); a file may carry up to [`MAX_RESULTATS`].
const TEMPLATE_RESULTATS: usize = 3;

/// Every column a cohort file may hold, in the order of the profile's fields.
#[derive(Debug)]
pub struct Catalogue {
    paths: Vec<Vec<Seg>>,
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl Catalogue {
    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn paths(&self) -> &[Vec<Seg>] {
        &self.paths
    }

    /// The position of the column named `name`, if it is one.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }
}

/// The catalogue, built once from a profile whose every option is filled.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        struct Paths(Vec<Vec<Seg>>);
        impl Sink for Paths {
            fn leaf(&mut self, path: &[Seg], _: Leaf<'_>) {
                self.0.push(path.to_vec());
            }
        }
        let mut paths = Paths(Vec::new());
        flatten(&every_field(), &mut paths);
        let names: Vec<String> = paths.0.iter().map(|p| dotted(p)).collect();
        let index = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        Catalogue {
            paths: paths.0,
            names,
            index,
        }
    })
}

/// A profile with every optional group present, so that each field has its column.
fn every_field() -> Profile {
    let mut p = defaults::profile();
    p.exercice.contrat_demographique = Some(DemographicContract {
        kind: ContractKind::Caim,
        fin: Default::default(),
        resiliation: Default::default(),
    });
    p.assistant_medical = Some(AssistantMedical {
        date_signature: Default::default(),
        option: OptionEtp::Un,
        bande_patientele: BandePatientele::default(),
        part_ccam_pourcent: Default::default(),
        mep: false,
        objectifs_1_etp_atteints: false,
        annees: 5,
        date_resiliation: Default::default(),
        resultats: vec![YearResults::default(); MAX_RESULTATS],
    });
    let bio = &mut p.interessements.biosimilaires.molecules;
    for m in &crate::params::interessements::MOLECULES {
        bio.insert(m.cle.to_owned(), Default::default());
    }
    p.optam.taux_regionaux = vec![Default::default(); crate::input::REGIONS];
    p
}

/// The columns of the template and of the synthetic population: every column but the assistant
/// médical's results beyond the 5th contract year.
pub fn template_columns() -> Vec<&'static [Seg]> {
    catalogue()
        .paths()
        .iter()
        .filter(|p| {
            !matches!(p.as_slice(),
                [Seg::Name("assistant_medical"), Seg::Name("resultats"), Seg::Index(i), ..]
                    if *i >= TEMPLATE_RESULTATS)
        })
        .map(Vec::as_slice)
        .collect()
}

/// The header line of `columns` (without the line break).
pub fn header_of(columns: &[&[Seg]]) -> String {
    let names: Vec<String> = columns.iter().map(|p| dotted(p)).collect();
    names.join(&SEPARATOR.to_string())
}

/// The CSV template: the header and two example physicians (the page's default médecin
/// généraliste, and a pédiatre de secteur 2 à l'OPTAM en ZAC).
pub fn template() -> String {
    let columns = template_columns();
    let mut out = header_of(&columns);
    out.push('\n');
    for profile in [defaults::profile(), pediatre()] {
        write_row(&columns, &profile, &mut out);
        out.push('\n');
    }
    out
}

/// Appends `profile` as a CSV row under `columns` (without the line break): booleans as « oui » or
/// « non », decimal numbers with a comma, an absent option as empty cells.
pub fn write_row(columns: &[impl AsRef<[Seg]>], profile: &Profile, out: &mut String) {
    let mut writer = RowWriter {
        columns,
        written: 0,
        out,
    };
    flatten(profile, &mut writer);
    while writer.written < columns.len() {
        writer.cell();
    }
}

struct RowWriter<'a, C> {
    columns: &'a [C],
    /// Cells already written.
    written: usize,
    out: &'a mut String,
}

impl<C> RowWriter<'_, C> {
    /// Starts the next cell.
    fn cell(&mut self) {
        if self.written > 0 {
            self.out.push(SEPARATOR);
        }
        self.written += 1;
    }
}

impl<C: AsRef<[Seg]>> Sink for RowWriter<'_, C> {
    fn leaf(&mut self, path: &[Seg], value: Leaf<'_>) {
        // The leaves come in the columns' order; a leaf without a column is left out.
        let Some(offset) = self.columns[self.written..]
            .iter()
            .position(|c| c.as_ref() == path)
        else {
            return;
        };
        for _ in 0..offset {
            self.cell();
        }
        self.cell();
        match value {
            Leaf::Bool(b) => self.out.push_str(if b { "oui" } else { "non" }),
            Leaf::Int(n) => self.out.push_str(&n.to_string()),
            Leaf::Text(t) => push_field(self.out, &french_number(t)),
        }
    }
}

/// A pédiatre de secteur 2 à l'OPTAM, in a ZAC, with a small patientèle of children.
fn pediatre() -> Profile {
    let mut p = defaults::profile();
    p.exercice.secteur = Secteur::Deux;
    p.exercice.optam = Optam::Optam;
    p.exercice.specialite = Specialite::Pediatrie;
    p.exercice.zonage = Zonage::Zac;
    p.exercice.date_naissance = DateInput::new("1985-06-03");
    p.exercice.date_premiere_installation = DateInput::new("2019-01-07");
    p.patientele = Patientele::default();
    for (band, patients, non_vus) in [
        (AgeBand::Moins2, 140, 2),
        (AgeBand::De2a6, 260, 10),
        (AgeBand::De7a74, 180, 25),
    ] {
        p.patientele.band_mut(band).cell_mut(false, false).patients = patients;
        p.patientele.band_mut(band).cell_mut(false, false).non_vus = non_vus;
        p.patientele.band_mut(band).cell_mut(false, true).patients = patients / 10;
    }
    p.patientele.de_7_a_74_ans.ald.hors_c2s.patients = 12;
    p.prevention = Prevention::default();
    for (key, eligibles, valides) in [
        ("ror", 120, 110),
        ("meningocoque_c", 110, 100),
        ("hpv", 60, 30),
        ("examen_m9", 70, 65),
        ("examen_m24", 70, 60),
        ("bucco_dentaire", 300, 170),
    ] {
        if let Some(i) = p.prevention.indicator_mut(key) {
            i.eligibles = eligibles;
            i.valides = valides;
        }
    }
    p.rosp.points_ponderes = DecimalInput::new("310,5");
    p.rosp.points_non_ponderes = DecimalInput::new("80");
    p.vsm = crate::input::Vsm(
        [(
            "2025".to_owned(),
            VsmResults {
                patients_ald: 12,
                patients_ald_avec_vsm: 6,
                vsm_structures: 2,
            },
        )]
        .into_iter()
        .collect(),
    );
    p.forfait_structure.snp_sas_trimestres = [0; 4];
    p.missions.maitre_de_stage = false;
    p
}
