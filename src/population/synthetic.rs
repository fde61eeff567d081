//! A **synthetic** population of physicians for the demonstration and the benchmarks: any number,
//! the same for the same seed on every machine. Every proportion below is an assumption chosen to
//! look plausible and to reach every dispositif — none is a statistic, and the figures costed on
//! this population say nothing of the real one (the README lists the assumptions).
//!
//! Integers only: a small deterministic generator (SplitMix64), shares in per mille.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::{
    ActiviteOptam, AgeBand, AssistantMedical, BandePatientele, Commissions, CongeParental,
    ConsultationsAvancees, ContractKind, DateInput, DecimalInput, DemographicContract, Ess,
    ForfaitStructure, Interessements, Missions, Molecule, NatureConge, Numerique, Optam, OptionEtp,
    Patientele, Practice, Prevention, Profile, Qualite, Respect, Rosp, Secteur, SoinsNonProgrammes,
    Specialite, Usage, Vsm, VsmResults, YearResults, Zonage,
};

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `lo..=hi` (`lo` if the range is empty).
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo) as u64 + 1;
        // Multiply-shift: the bias (span / 2⁶⁴) is far below anything a demonstration shows.
        lo + ((u128::from(self.next_u64()) * u128::from(span)) >> 64) as i64
    }

    /// True `per_mille` times in a thousand.
    pub fn chance(&mut self, per_mille: i64) -> bool {
        self.range(0, 999) < per_mille
    }

    /// One of `choices`, each with its weight.
    pub fn pick<T: Copy>(&mut self, choices: &[(T, i64)]) -> T {
        let total: i64 = choices.iter().map(|(_, w)| w).sum();
        let mut r = self.range(0, total - 1);
        for (c, w) in choices {
            if r < *w {
                return *c;
            }
            r -= w;
        }
        choices[choices.len() - 1].0
    }

    /// `n` × a share drawn in `lo..=hi` per mille.
    fn share(&mut self, n: i64, lo: i64, hi: i64) -> i64 {
        n * self.range(lo, hi) / 1000
    }
}

/// The physicians of a seed, one after the other.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
}

impl Generator {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Rng::new(seed),
        }
    }
}

impl Iterator for Generator {
    type Item = Profile;

    fn next(&mut self) -> Option<Profile> {
        Some(physician(&mut self.rng))
    }
}

/// Spécialités, per mille.
const SPECIALITES: [(Specialite, i64); 13] = [
    (Specialite::MedecineGenerale, 480),
    (Specialite::Pediatrie, 30),
    (Specialite::Chirurgie, 110),
    (Specialite::Radiologie, 60),
    (Specialite::Radiotherapie, 8),
    (Specialite::Stomatologie, 10),
    (Specialite::Anesthesie, 50),
    (Specialite::Anatomocytopathologie, 12),
    (Specialite::MedecineNucleaire, 5),
    (Specialite::AutreSpecialite, 145),
    (Specialite::GynecologieObstetrique, 35),
    (Specialite::Psychiatrie, 40),
    (Specialite::Cardiologie, 15),
];

/// Share of the age bands in the patientèle médecin traitant, per mille (youngest first).
fn band_shares(s: Specialite) -> [i64; 5] {
    match s {
        Specialite::MedecineGenerale => [15, 45, 760, 70, 110],
        Specialite::Pediatrie => [250, 400, 350, 0, 0],
        _ => [0, 5, 835, 70, 90],
    }
}

/// Patients in ALD in each age band, per mille.
const ALD: [i64; 5] = [20, 20, 170, 450, 650];

fn date(rng: &mut Rng, year: i64) -> NaiveDate {
    let year = i32::try_from(year).unwrap_or(2000);
    NaiveDate::from_yo_opt(year, rng.range(1, 365) as u32).unwrap_or_default()
}

fn physician(rng: &mut Rng) -> Profile {
    let specialite = rng.pick(&SPECIALITES);
    let mg = specialite == Specialite::MedecineGenerale;
    let secteur_2 = match specialite {
        Specialite::MedecineGenerale => 80,
        Specialite::Pediatrie => 250,
        Specialite::Chirurgie => 650,
        Specialite::Anesthesie => 500,
        Specialite::Radiologie => 150,
        _ => 400,
    };
    let (secteur, optam) = if rng.chance(secteur_2) {
        let aco = matches!(specialite, Specialite::Chirurgie | Specialite::Anesthesie);
        let optam = rng.pick(&[
            (Optam::Aucune, 450),
            (Optam::Optam, if aco { 350 } else { 550 }),
            (Optam::OptamAco, if aco { 200 } else { 0 }),
        ]);
        (Secteur::Deux, optam)
    } else {
        (Secteur::Un, Optam::Aucune)
    };
    let zonage = rng.pick(&[
        (Zonage::Zip, 180),
        (Zonage::Zac, 300),
        (Zonage::HorsZonage, 520),
    ]);
    let birth_year = rng.range(1955, 1994);
    let birth = date(rng, birth_year);
    let install_year = (birth_year + rng.range(28, 42)).min(2026);
    let install = date(rng, install_year).max(birth.with_year_plus(18));
    let secondary = rng.chance(40);
    let contract = (zonage == Zonage::Zip && rng.chance(60)).then(|| {
        let start = rng.range(install_year.max(2017), 2025);
        DemographicContract {
            kind: rng.pick(&[
                (ContractKind::Caim, 400),
                (ContractKind::Coscom, 300),
                (ContractKind::Cotram, 100),
                (ContractKind::Cstm, 200),
            ]),
            fin: {
                let year = start + rng.range(3, 5);
                date(rng, year).max(install).into()
            },
            resiliation: DateInput::default(),
        }
    });
    let patientele = patientele(rng, specialite, zonage);
    let total = patientele.total();
    let prevention = prevention(rng, &patientele);
    let ald: i64 = patientele
        .cells()
        .iter()
        .filter(|c| c.ald)
        .map(|c| c.cell.patients)
        .sum();
    let half_points = |rng: &mut Rng, lo: i64, hi: i64| {
        DecimalInput::from(Decimal::new(rng.range(lo, hi) * 5, 1))
    };
    let rosp = if mg {
        Rosp {
            points_ponderes: half_points(rng, 500, 1500),
            points_non_ponderes: half_points(rng, 80, 320),
        }
    } else {
        Rosp {
            points_ponderes: half_points(rng, 0, 600),
            points_non_ponderes: half_points(rng, 0, 200),
        }
    };
    let sas = rng.chance(250);
    let forfait_structure = ForfaitStructure {
        horaires_annuaire: rng.chance(800),
        prise_en_charge_coordonnee: rng.chance(500),
        capacite_a_coder: rng.chance(700),
        services_patients: rng.chance(600),
        videotransmission: rng.chance(150),
        equipements_connectes: rng.chance(100),
        participation_sas: sas,
        snp_sas_trimestres: [(); 4].map(|()| if sas { rng.range(0, 40) } else { 0 }),
    };
    let mut vsm_rate = 100;
    // One result per campaign, improving from one to the next.
    let vsm = crate::params::vsm::campaigns()
        .map(|campaign| {
            vsm_rate += rng.range(0, 300);
            let patients_ald = ald;
            let avec = patients_ald * vsm_rate.min(1000) / 1000;
            let results = VsmResults {
                patients_ald,
                patients_ald_avec_vsm: avec,
                vsm_structures: rng.share(avec, 0, 600),
            };
            (campaign.to_string(), results)
        })
        .collect();
    let advanced = rng.chance(40);
    Profile {
        exercice: Practice {
            secteur,
            optam,
            specialite,
            zonage,
            qpv: rng.chance(60),
            date_premiere_installation: install.into(),
            date_naissance: birth.into(),
            contrat_demographique: contract,
            cabinet_secondaire_zip: secondary,
            date_ouverture_cabinet_secondaire: if secondary {
                let year = rng.range(install_year, 2026);
                date(rng, year).max(install).into()
            } else {
                DateInput::default()
            },
        },
        numerique: numerique(rng, total, ald, specialite),
        patientele,
        prevention,
        rosp,
        forfait_structure,
        vsm: Vsm(vsm),
        missions: Missions {
            maitre_de_stage: rng.chance(if mg { 220 } else { 80 }),
            sas_departement_deploye: rng.chance(700),
            sas_inscription_individuelle: rng.chance(350),
            sas_agenda_interface: rng.chance(250),
            patientele_ame_importante: rng.chance(60),
            patients_orientes_ipa: if mg && rng.chance(120) {
                rng.range(1, 25).min(total)
            } else {
                0
            },
        },
        consultations_avancees: ConsultationsAvancees {
            demi_journees: [(); 12].map(|()| if advanced { rng.range(0, 4) } else { 0 }),
            tarif_opposable: advanced && (secteur == Secteur::Un || rng.chance(700)),
        },
        qualite: Qualite {
            prescripteur_sobre: rng.chance(200),
            seances_gap: if mg && rng.chance(350) {
                rng.range(1, 10)
            } else {
                0
            },
        },
        assistant_medical: rng
            .chance(if mg { 90 } else { 30 })
            .then(|| assistant(rng, total)),
        soins_non_programmes: soins_non_programmes(rng, mg),
        interessements: interessements(rng, mg),
        optam: activite_optam(rng, optam),
        conge_parental: conge(rng),
        ess: ess(rng),
        commissions: Commissions {
            seances: if rng.chance(20) { rng.range(1, 12) } else { 0 },
        },
        // The 2011 convention's inputs (years 2012 to 2016) are not drawn: the synthetic
        // population is for costing today's proposals.
        rosp_2011: Default::default(),
        sophia: Default::default(),
        options_2011: Default::default(),
        avenant_20: Default::default(),
    }
}

/// Soins non programmés: mostly généralistes registered with the SAS; a few hours of régulation.
fn soins_non_programmes(rng: &mut Rng, mg: bool) -> SoinsNonProgrammes {
    if !rng.chance(if mg { 400 } else { 50 }) {
        return SoinsNonProgrammes::default();
    }
    let semaines = rng.range(5, 46);
    let snp = rng.range(0, semaines * 8);
    SoinsNonProgrammes {
        snp,
        semaines_snp: semaines,
        she: rng.share(snp, 0, 300),
        she_patientele_mt: rng.range(0, 20),
        mvr: if mg { rng.range(0, 30) } else { 0 },
        mhp: rng.range(0, 40),
        visites_pdsa: if mg { rng.range(0, 25) } else { 0 },
        heures_regulation: if rng.chance(150) {
            Decimal::from(rng.range(10, 200)).into()
        } else {
            DecimalInput::default()
        },
    }
}

/// Intéressements: a few switches to biosimilaires, some IPP de-prescription, OAM for some.
fn interessements(rng: &mut Rng, mg: bool) -> Interessements {
    let mut i = Interessements::default();
    for m in &crate::params::interessements::MOLECULES {
        if rng.chance(if m.prescription_restreinte { 20 } else { 60 }) {
            i.biosimilaires.molecules.insert(
                m.cle.to_owned(),
                Molecule {
                    patients: rng.range(1, 12),
                    economie_par_patient: Decimal::from(rng.range(100, 2500)).into(),
                },
            );
        }
    }
    if mg && rng.chance(200) {
        i.ipp.economie = Decimal::from(rng.range(50, 3000)).into();
    }
    if rng.chance(if mg { 80 } else { 20 }) {
        i.oam.prescripteur = true;
        i.oam.taux_national = Decimal::from(rng.range(8, 22)).into();
    }
    i
}

/// OPTAM activity for the physicians in the option: the bases of their acts and a revalorisation.
fn activite_optam(rng: &mut Rng, optam: Optam) -> ActiviteOptam {
    if optam == Optam::Aucune {
        return ActiviteOptam::default();
    }
    let base = |rng: &mut Rng| Decimal::from(rng.range(5_000, 60_000)).into();
    ActiviteOptam {
        actes_annee_precedant_adhesion: rng.range(20, 400),
        base_semestre_1: base(rng),
        base_semestre_2: base(rng),
        revalorisation: Decimal::from(rng.range(0, 3_000)).into(),
        respect: rng.pick(&[
            (Respect::Strict, 700),
            (Respect::Ecart1A5, 200),
            (Respect::EcartPlusDe5, 100),
        ]),
        taux_regionaux: Vec::new(),
    }
}

/// A leave for maternité, paternité or adoption, for a few.
fn conge(rng: &mut Rng) -> CongeParental {
    let nature = rng.pick(&[
        (NatureConge::Aucun, 950),
        (NatureConge::Maternite, 25),
        (NatureConge::Paternite, 20),
        (NatureConge::Adoption, 5),
    ]);
    if nature == NatureConge::Aucun {
        return CongeParental::default();
    }
    CongeParental {
        nature,
        jours: if nature == NatureConge::Paternite {
            rng.range(7, 28)
        } else {
            rng.range(30, 112)
        },
        demi_journees: rng.range(4, 10),
    }
}

/// A member of an équipe de soins spécialisée, for a few.
fn ess(rng: &mut Rng) -> Ess {
    if !rng.chance(15) {
        return Ess::default();
    }
    Ess {
        membre: true,
        annee_creation: rng.range(2024, 2027),
        dotation_annuelle: Decimal::from(rng.range(50_000, 100_000)).into(),
    }
}

trait PlusYears {
    fn with_year_plus(self, years: i32) -> NaiveDate;
}

impl PlusYears for NaiveDate {
    /// The same day `years` later (the 28th for a 29 February that has none).
    fn with_year_plus(self, years: i32) -> NaiveDate {
        use chrono::Datelike;
        let y = self.year() + years;
        NaiveDate::from_ymd_opt(y, self.month(), self.day())
            .or_else(|| NaiveDate::from_ymd_opt(y, self.month(), 28))
            .unwrap_or(self)
    }
}

fn patientele(rng: &mut Rng, specialite: Specialite, zonage: Zonage) -> Patientele {
    let total = match specialite {
        Specialite::MedecineGenerale => {
            300 + rng.range(0, 600) + rng.range(0, 600) + rng.range(0, 600)
        }
        Specialite::Pediatrie => 200 + rng.range(0, 600) + rng.range(0, 600),
        _ => rng.range(0, 60),
    };
    let c2s = rng.range(40, 160) + if zonage == Zonage::Zip { 40 } else { 0 };
    let shares = band_shares(specialite);
    let mut p = Patientele::default();
    for (i, band) in AgeBand::ALL.into_iter().enumerate() {
        let n = total * shares[i] / 1000;
        let ald = n * ALD[i] / 1000;
        for (is_ald, m) in [(false, n - ald), (true, ald)] {
            let in_c2s = m * c2s / 1000;
            for (is_c2s, patients) in [(false, m - in_c2s), (true, in_c2s)] {
                let cell = p.band_mut(band).cell_mut(is_ald, is_c2s);
                cell.patients = patients;
                cell.non_vus = rng.share(patients, 0, 80);
            }
        }
    }
    p
}

fn prevention(rng: &mut Rng, p: &Patientele) -> Prevention {
    let band = |b: AgeBand| -> i64 {
        let by_ald = p.band(b);
        [by_ald.hors_ald, by_ald.ald]
            .iter()
            .map(|c| c.hors_c2s.patients + c.c2s.patients)
            .sum()
    };
    let (under_2, from_2, adults) = (
        band(AgeBand::Moins2),
        band(AgeBand::De2a6),
        band(AgeBand::De7a74),
    );
    let elders = band(AgeBand::De75a79) + band(AgeBand::De80EtPlus);
    let total = p.total();
    // (indicator, population it applies to, share of it eligible per mille)
    let bases = [
        ("grippe", elders + adults / 8, 800),
        ("covid", elders + adults / 8, 800),
        ("pneumocoque", elders + adults / 10, 500),
        ("ror", under_2 + from_2, 300),
        ("meningocoque_c", under_2 + from_2, 300),
        ("hpv", adults, 60),
        ("cancer_sein", adults, 120),
        ("cancer_col", adults, 250),
        ("cancer_colorectal", adults + elders, 280),
        ("diabete_glycemie", adults, 150),
        ("mrc", adults + elders, 100),
        ("hba1c", adults + elders, 60),
        ("examen_m9", under_2, 400),
        ("examen_m24", under_2, 400),
        ("bucco_dentaire", from_2 + adults / 5, 500),
    ];
    let mut out = Prevention::default();
    for (key, base, share) in bases {
        let eligibles = (base * share / 1000).min(total);
        if let Some(i) = out.indicator_mut(key) {
            i.eligibles = eligibles;
            i.valides = rng.share(eligibles, 200, 850);
        }
    }
    out
}

fn numerique(rng: &mut Rng, total: i64, ald: i64, specialite: Specialite) -> Numerique {
    let fse = total * 5
        + if specialite == Specialite::MedecineGenerale {
            0
        } else {
            1500
        };
    let (logiciel_lap, messagerie_securisee, cahier_des_charges_sesam_vitale) =
        (rng.chance(850), rng.chance(800), rng.chance(920));
    let mut usage = |denominateur: i64, lo: i64, hi: i64| Usage {
        numerateur: rng.share(denominateur, lo, hi),
        denominateur,
    };
    Numerique {
        logiciel_lap,
        messagerie_securisee,
        cahier_des_charges_sesam_vitale,
        aat: usage(total / 4, 400, 1000),
        dcmt: usage(total / 15, 500, 1000),
        pse: usage(ald / 8, 400, 1000),
        fse: usage(fse, 850, 1000),
        cm_atmp: usage(total / 60, 200, 1000),
        spe: usage(total / 20, 100, 900),
        dsg: usage(total / 200, 0, 1000),
        dmp: usage(fse, 100, 600),
        ordonnance_numerique: usage(fse * 8 / 10, 200, 900),
        mss: usage(fse, 0, 300),
        app_carte_vitale: usage(fse, 0, 100),
    }
}

fn assistant(rng: &mut Rng, total: i64) -> AssistantMedical {
    let signed_year = rng.range(2019, 2025);
    let results = (2025 - signed_year - 1).clamp(0, 3);
    let resultats = (0..results)
        .map(|_| {
            let (pmt, pfa) = (total, total * 13 / 10);
            YearResults {
                pfa_depart: pfa,
                pfa_objectif: pfa + rng.share(pfa, 50, 250),
                pfa_realisee: rng.share(pfa, 950, 1300),
                pmt_depart: pmt,
                pmt_objectif: pmt + rng.share(pmt, 50, 250),
                pmt_realisee: rng.share(pmt, 950, 1300),
                nouvel_objectif_primo_installe: false,
            }
        })
        .collect();
    AssistantMedical {
        date_signature: date(rng, signed_year).into(),
        option: rng.pick(&[
            (OptionEtp::Tiers, 250),
            (OptionEtp::Demi, 350),
            (OptionEtp::Un, 400),
        ]),
        bande_patientele: rng.pick(&[
            (BandePatientele::SousP30, 50),
            (BandePatientele::P30AP90, 750),
            (BandePatientele::P90AP94, 120),
            (BandePatientele::P95EtPlus, 80),
        ]),
        // Read for surgeons only (§4.1: under am.ccam.max of their fees).
        part_ccam_pourcent: rust_decimal::Decimal::from(rng.range(0, 40)).into(),
        mep: false,
        objectifs_1_etp_atteints: false,
        annees: 5,
        date_resiliation: DateInput::default(),
        resultats,
    }
}

/// Writes `count` physicians of `seed` as a CSV file with the template's columns.
pub fn write_csv(seed: u64, count: u64, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let columns = super::columns::template_columns();
    let mut line = super::columns::header_of(&columns);
    line.push('\n');
    out.write_all(line.as_bytes())?;
    for profile in Generator::new(seed).take(count as usize) {
        line.clear();
        super::columns::write_row(&columns, &profile, &mut line);
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Writes `count` physicians of `seed` as JSON Lines (one profile per line).
pub fn write_json_lines(
    seed: u64,
    count: u64,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    for profile in Generator::new(seed).take(count as usize) {
        serde_json::to_writer(&mut *out, &profile)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_fixed_by_its_seed() {
        let mut a = Rng::new(42);
        // SplitMix64's reference output for seed 42 (first value).
        assert_eq!(a.next_u64(), 0xBDD7_3226_2FEB_6E95);
        let first: Vec<Profile> = Generator::new(7).take(3).collect();
        assert_eq!(first, Generator::new(7).take(3).collect::<Vec<_>>());
        assert_ne!(first, Generator::new(8).take(3).collect::<Vec<_>>());
    }

    #[test]
    fn every_synthetic_physician_is_valid() {
        for (i, p) in Generator::new(1).take(3_000).enumerate() {
            for annee in [2021, 2025, 2026, 2035] {
                let errors = crate::input::validate(&p, annee);
                assert!(errors.is_empty(), "physician {i} in {annee}: {errors:?}");
            }
        }
    }
}
