//! Structured generators: from the fuzzer's bytes, inputs that reach deep into the core.
//!
//! A profile is drawn *consistent* most of the time (counts within their bounds, a part never
//! above its whole, dates in order), so that validation passes and every rule runs, with values
//! pulled towards the edges of each bound; otherwise *wild* (any number, impossible dates, wrong
//! types, unknown keys) for the validation and the readers. Scenarios override any parameter by
//! its identifier (`params::all()`) with values at, inside and beyond its domain. Now and then a
//! text is broken at a random place. The field names come from the core's own lists (age bands,
//! indicators, téléservices) so that the generators follow the profile when it grows.

use arbitrary::{Result, Unstructured};
use forfaits::input::{
    uncovered, AgeBand, Lieu, NatureConge, Numerique, OptionKind, Prevention, Regroupement,
    Respect, Specialite, MAX_COUNT, REGIONS, YEARS,
};
use forfaits::params::{self, Param, Unit, CONVENTION_2011_START, REGIME_2011_END};
use forfaits::representativite::{MAX_NOM, MAX_SIEGES, MAX_SYNDICATS, MAX_VOIX};
use forfaits::Decimal;
use serde_json::{json, Map, Value};

/// Largest number of acts (téléservices, SNP) a profile accepts (`input::validate`).
const MAX_ACTS: i64 = 1_000_000;

/// One of `items`.
fn pick<T: Clone>(u: &mut Unstructured, items: &[T]) -> Result<T> {
    Ok(u.choose(items)?.clone())
}

/// True once in `n` draws; false when the fuzzer's bytes run out (a short input then draws the
/// common case: a consistent profile, every section present).
fn one_in(u: &mut Unstructured, n: u32) -> Result<bool> {
    Ok(u.int_in_range(1..=n)? == n)
}

/// A calculation year: mostly one of the calculator's range (2012 to 2035, the years without
/// texts 2017 to 2020 included: refused on the field `annee`), sometimes one at an edge of the
/// conventions, or just outside, or any.
pub fn year(u: &mut Unstructured) -> Result<i32> {
    let (first, last) = (*YEARS.start(), *YEARS.end());
    Ok(match u.int_in_range(0..=11)? {
        11 => u.arbitrary()?,
        10 => pick(
            u,
            &[
                first - 1,
                first,
                *uncovered().start() - 1,
                *uncovered().start(),
                *uncovered().end(),
                *uncovered().end() + 1,
                last,
                last + 1,
                0,
                -1,
                i32::MIN,
                i32::MAX,
                262_143,
                262_144,
            ],
        )?,
        // The 2011 convention's years, drawn more often than their share of the range.
        9 => u.int_in_range(first..=*uncovered().start() - 1)?,
        _ => u.int_in_range(first..=last)?,
    })
}

/// A count from 0 to `max`, pulled towards 0, 1 and `max`.
fn bounded(u: &mut Unstructured, max: i64) -> Result<i64> {
    Ok(match u.int_in_range(0..=7)? {
        0 => 0,
        1 => max,
        2 => 1.min(max),
        3 => (max - 1).max(0),
        4 | 5 => u.int_in_range(0..=max.min(60))?,
        _ => u.int_in_range(0..=max)?,
    })
}

/// Any whole number: for the wild profiles.
fn wild_integer(u: &mut Unstructured) -> Result<i64> {
    Ok(match u.int_in_range(0..=3)? {
        0 => u.arbitrary()?,
        1 => pick(u, &[-1, i64::MAX, i64::MIN, MAX_COUNT + 1, MAX_ACTS + 1])?,
        _ => u.int_in_range(-10..=MAX_ACTS * 2)?,
    })
}

/// Not a whole number: a value of the wrong type for a count, which the reader refuses.
fn wrong_type(u: &mut Unstructured) -> Result<Value> {
    pick(
        u,
        &[
            json!(u64::MAX),
            json!(0.5),
            json!(1e300),
            json!("12"),
            json!("douze"),
            Value::Null,
            json!(true),
            json!([1, 2]),
        ],
    )
}

/// A count within `max` (consistent profiles) or any whole number, rarely not one (wild ones).
fn count(u: &mut Unstructured, wild: bool, max: i64) -> Result<Value> {
    if !wild {
        return Ok(json!(bounded(u, max)?));
    }
    Ok(match u.int_in_range(0..=59)? {
        0 => wrong_type(u)?,
        1..=20 => json!(wild_integer(u)?),
        _ => json!(bounded(u, max)?),
    })
}

/// A part of `whole`: never above it in a consistent profile.
fn part_of(u: &mut Unstructured, wild: bool, whole: &Value) -> Result<Value> {
    let whole = whole.as_i64().filter(|w| *w >= 0).unwrap_or(MAX_COUNT);
    count(u, wild, whole)
}

/// A decimal number as typed: any scale up to 28 decimals, a French comma, or not a number.
fn decimal_text(u: &mut Unstructured, wild: bool, max: i64) -> Result<Value> {
    if wild && one_in(u, 3)? {
        return Ok(json!(pick(
            u,
            &[
                "",
                "douze",
                "1e3",
                "NaN",
                "-0",
                "1,5",
                " 12 ",
                "1\u{a0}200",
                "٣",
                "0x10",
                "79228162514264337593543950335",
                "-79228162514264337593543950335",
                "0.0000000000000000000000000001",
                "0.00000000000000000000000000001",
                "99999999999999999999999999999999",
            ]
        )?));
    }
    let scale = u.int_in_range(0..=28)?;
    let whole = bounded(u, max)?;
    let fraction: u64 = u.int_in_range(0..=999_999)?;
    let mut v = Decimal::from(whole) + Decimal::new(fraction as i64, 6);
    v = v.round_dp(scale).min(Decimal::from(max));
    Ok(if one_in(u, 4)? {
        json!(v.to_string().replace('.', ","))
    } else {
        json!(v.to_string())
    })
}

/// A date of the calendar between the years `from` and `to`, pulled towards the days the rules
/// look at (1 January, 30 June, 22 June 2024, 31 December, 29 February); in a wild profile,
/// anything a user could type.
fn date(u: &mut Unstructured, wild: bool, from: i32, to: i32) -> Result<Value> {
    if wild && one_in(u, 3)? {
        return Ok(match u.int_in_range(0..=3)? {
            0 => json!(pick(
                u,
                &[
                    "2025-02-29",
                    "2025-02-30",
                    "2025-13-01",
                    "2025-00-10",
                    "1899-12-31",
                    "2101-01-01",
                    "+2025-01-01",
                    "2025-1-1",
                    "31/12/2025",
                    "",
                    " ",
                    "aujourd'hui",
                    "２０２５-01-01",
                    "2025-06-30T00:00",
                    "-0001-01-01",
                ]
            )?),
            1 => Value::Null,
            2 => json!(20_250_101),
            _ => json!(format!(
                "{:04}-{:02}-{:02}",
                u.int_in_range(0..=9999)?,
                u.int_in_range(0..=99)?,
                u.int_in_range(0..=99)?
            )),
        });
    }
    let (from, to) = (from.clamp(1900, 2100), to.clamp(1900, 2100));
    let y = if to < from {
        from
    } else {
        u.int_in_range(from..=to)?
    };
    let (m, d) = match u.int_in_range(0..=7)? {
        0 => (1, 1),
        1 => (12, 31),
        2 => (6, 30),
        3 => (7, 1),
        4 => (6, 22),
        5 => (
            2,
            if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) {
                29
            } else {
                28
            },
        ),
        _ => (u.int_in_range(1..=12)?, u.int_in_range(1..=28)?),
    };
    Ok(json!(format!("{y:04}-{m:02}-{d:02}")))
}

/// The year of a date drawn by [`date`], if it is one.
fn year_of(d: &Value) -> Option<i32> {
    d.as_str()?.get(..4)?.parse().ok()
}

/// The serde names of `values`, as a profile writes them.
fn keys<T: serde::Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|v| match serde_json::to_value(v) {
            Ok(Value::String(s)) => s,
            _ => String::new(),
        })
        .collect()
}

/// One of `valid`, or in a wild profile anything.
fn choice(u: &mut Unstructured, wild: bool, valid: &[impl AsRef<str>]) -> Result<Value> {
    if wild && one_in(u, 15)? {
        return pick(
            u,
            &[
                json!("inconnu"),
                json!(1),
                Value::Null,
                json!(""),
                json!({}),
            ],
        );
    }
    Ok(json!(u.choose(valid)?.as_ref()))
}

fn boolean(u: &mut Unstructured, wild: bool) -> Result<Value> {
    if wild && one_in(u, 25)? {
        return pick(u, &[json!("oui"), json!(1), Value::Null]);
    }
    Ok(json!(u.arbitrary::<bool>()?))
}

/// Draws a section of the profile (`wild`, the patientèle's total).
type Section = fn(&mut Unstructured, bool, i64) -> Result<Value>;

/// A profile as JSON text. `assistant`: draw an assistant médical contract always (the
/// schedule's target) or sometimes.
pub fn profile(u: &mut Unstructured, assistant: bool) -> Result<String> {
    let wild = one_in(u, 5)?;
    let mut p = Map::new();
    let (exercice, installed) = practice(u, wild)?;
    p.insert("exercice".into(), exercice);
    let (patientele, mut total) = patientele(u, wild)?;
    if one_in(u, 10)? {
        total = 0;
    } else {
        p.insert("patientele".into(), patientele);
    }
    let sections: [(&str, Section); 18] = [
        ("prevention", prevention),
        ("rosp", rosp),
        ("numerique", numerique),
        ("forfait_structure", forfait_structure),
        ("vsm", vsm),
        ("missions", missions),
        ("consultations_avancees", consultations_avancees),
        ("qualite", qualite),
        ("soins_non_programmes", soins_non_programmes),
        ("interessements", interessements),
        ("optam", optam),
        ("conge_parental", conge_parental),
        ("ess", ess),
        ("commissions", commissions),
        ("rosp_2011", rosp_2011),
        ("sophia", sophia),
        ("options_2011", options_2011),
        ("avenant_20", avenant_20),
    ];
    for (key, section) in sections {
        if !one_in(u, 4)? {
            p.insert(key.into(), section(u, wild, total)?);
        }
    }
    if assistant || one_in(u, 4)? {
        p.insert("assistant_medical".into(), contract(u, wild, installed)?);
    }
    if wild && one_in(u, 8)? {
        p.insert("inconnu".into(), json!(1));
    }
    let text = Value::Object(p).to_string();
    broken(u, text)
}

/// Now and then a text broken where a user's editor or a mail client would break it.
fn broken(u: &mut Unstructured, text: String) -> Result<String> {
    if !one_in(u, 16)? {
        return Ok(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let at = u.int_in_range(0..=chars.len())?;
    let (head, tail) = chars.split_at(at);
    let head: String = head.iter().collect();
    let after: String = tail.iter().skip(1).collect();
    let tail: String = tail.iter().collect();
    Ok(match u.int_in_range(0..=5)? {
        0 => head,
        1 => format!(
            "{head}{}{tail}",
            pick(u, &["\"", "}", ",", "]", "\u{0}", "é", "\u{feff}"])?
        ),
        2 => format!("\u{feff}{text}"),
        3 => format!("{text}{text}"),
        4 => format!("{head}{after}"),
        _ => format!("[{text}]"),
    })
}

/// The practice, and the year of the first installation if drawn.
fn practice(u: &mut Unstructured, wild: bool) -> Result<(Value, Option<i32>)> {
    let secteur = choice(u, wild, &["1", "2"])?;
    let optam = if secteur == "1" && !wild {
        json!("aucune")
    } else {
        choice(u, wild, &["aucune", "optam", "optam_aco"])?
    };
    let mut e = json!({
        "secteur": secteur,
        "optam": optam,
        "specialite": choice(u, wild, &keys(&Specialite::ALL))?,
        "zonage": choice(u, wild, &["zip", "zac", "hors_zonage"])?,
        "qpv": boolean(u, wild)?,
    });
    // Born before the last year minus 18, installed at 18 or later (validation's rules).
    let birth = if one_in(u, 4)? {
        None
    } else {
        Some(date(u, wild, 1900, YEARS.end() - 18)?)
    };
    let born = birth.as_ref().and_then(year_of).unwrap_or(1900);
    if let Some(b) = birth {
        e["date_naissance"] = b;
    }
    let install = if one_in(u, 4)? {
        None
    } else {
        Some(date(u, wild, born + 19, 2100)?)
    };
    let installed = install.as_ref().and_then(year_of);
    if let Some(i) = install {
        e["date_premiere_installation"] = i;
    }
    let after = installed.unwrap_or(1900) + 1;
    if one_in(u, 3)? {
        let mut c = json!({"type": choice(u, wild, &["CAIM", "COSCOM", "COTRAM", "CSTM"])?});
        if u.arbitrary()? {
            c["fin"] = date(u, wild, after, 2100)?;
        }
        if u.arbitrary()? {
            c["resiliation"] = date(u, wild, after, 2100)?;
        }
        e["contrat_demographique"] = c;
    }
    if one_in(u, 3)? {
        e["cabinet_secondaire_zip"] = boolean(u, wild)?;
        e["date_ouverture_cabinet_secondaire"] = date(u, wild, after, 2100)?;
    }
    Ok((e, installed))
}

/// The grid of the patientèle, and its total (for the prevention's eligibles).
fn patientele(u: &mut Unstructured, wild: bool) -> Result<(Value, i64)> {
    let mut grid = Map::new();
    let mut total = 0_i64;
    for band in AgeBand::ALL {
        let mut by_ald = Map::new();
        for ald in ["hors_ald", "ald"] {
            let mut by_c2s = Map::new();
            for c2s in ["hors_c2s", "c2s"] {
                let patients = count(u, wild, MAX_COUNT)?;
                let non_vus = part_of(u, wild, &patients)?;
                total = total.saturating_add(patients.as_i64().unwrap_or(0).max(0));
                by_c2s.insert(
                    c2s.into(),
                    json!({"patients": patients, "non_vus": non_vus}),
                );
            }
            by_ald.insert(ald.into(), Value::Object(by_c2s));
        }
        grid.insert(band.key().into(), Value::Object(by_ald));
    }
    Ok((Value::Object(grid), total))
}

fn prevention(u: &mut Unstructured, wild: bool, total: i64) -> Result<Value> {
    let mut p = Map::new();
    for i in Prevention::default().indicators() {
        let eligibles = count(u, wild, total.min(MAX_COUNT))?;
        let valides = part_of(u, wild, &eligibles)?;
        p.insert(
            i.key.into(),
            json!({"eligibles": eligibles, "valides": valides}),
        );
    }
    Ok(Value::Object(p))
}

fn rosp(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    Ok(json!({
        "points_ponderes": decimal_text(u, wild, 10_000)?,
        "points_non_ponderes": decimal_text(u, wild, 10_000)?,
    }))
}

fn numerique(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let mut n = json!({
        "logiciel_lap": boolean(u, wild)?,
        "messagerie_securisee": boolean(u, wild)?,
        "cahier_des_charges_sesam_vitale": boolean(u, wild)?,
    });
    for usage in Numerique::default().usages() {
        let denominateur = count(u, wild, MAX_ACTS)?;
        let numerateur = part_of(u, wild, &denominateur)?;
        n[usage.key] = json!({"numerateur": numerateur, "denominateur": denominateur});
    }
    Ok(n)
}

fn forfait_structure(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let mut f = Map::new();
    for key in [
        "horaires_annuaire",
        "prise_en_charge_coordonnee",
        "capacite_a_coder",
        "services_patients",
        "videotransmission",
        "equipements_connectes",
        "participation_sas",
    ] {
        f.insert(key.into(), boolean(u, wild)?);
    }
    let snp: Vec<Value> = (0..4)
        .map(|_| count(u, wild, MAX_ACTS))
        .collect::<Result<_>>()?;
    f.insert("snp_sas_trimestres".into(), json!(snp));
    Ok(Value::Object(f))
}

fn vsm(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let mut v = Map::new();
    let campaigns: &[&str] = if wild {
        &["2022", "2023", "2024", "2025", "2026", "x", ""]
    } else {
        &["2023", "2024", "2025"]
    };
    for c in campaigns {
        if u.arbitrary()? {
            let ald = count(u, wild, MAX_COUNT)?;
            let with = part_of(u, wild, &ald)?;
            let structured = part_of(u, wild, &with)?;
            v.insert((*c).into(), json!({
                "patients_ald": ald, "patients_ald_avec_vsm": with, "vsm_structures": structured,
            }));
        }
    }
    Ok(Value::Object(v))
}

fn missions(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    Ok(json!({
        "maitre_de_stage": boolean(u, wild)?,
        "sas_departement_deploye": boolean(u, wild)?,
        "sas_inscription_individuelle": boolean(u, wild)?,
        "sas_agenda_interface": boolean(u, wild)?,
        "patientele_ame_importante": boolean(u, wild)?,
        "patients_orientes_ipa": count(u, wild, MAX_COUNT)?,
    }))
}

fn consultations_avancees(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let months: Vec<Value> = (0..12).map(|_| count(u, wild, 62)).collect::<Result<_>>()?;
    Ok(json!({"demi_journees": months, "tarif_opposable": boolean(u, wild)?}))
}

fn qualite(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    Ok(json!({"prescripteur_sobre": boolean(u, wild)?, "seances_gap": count(u, wild, 366)?}))
}

/// Soins non programmés: the SHE never above the SNP, the SNP within 20 a week, when consistent.
fn soins_non_programmes(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let semaines = count(u, wild, 53)?;
    // At most 20 SNP a week (the cap of the majoration).
    let snp = count(u, wild, semaines.as_i64().unwrap_or(53).clamp(0, 53) * 20)?;
    Ok(json!({
        "snp": snp,
        "semaines_snp": semaines,
        "she": part_of(u, wild, &snp)?,
        "she_patientele_mt": count(u, wild, MAX_ACTS)?,
        "mvr": count(u, wild, MAX_ACTS)?,
        "mhp": count(u, wild, MAX_ACTS)?,
        "visites_pdsa": count(u, wild, MAX_ACTS)?,
        "heures_regulation": decimal_text(u, wild, 8784)?,
    }))
}

fn interessements(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let mut molecules = Map::new();
    for m in &params::interessements::MOLECULES {
        if u.arbitrary()? {
            molecules.insert(
                m.cle.into(),
                json!({
                    "patients": count(u, wild, MAX_COUNT)?,
                    "economie_par_patient": decimal_text(u, wild, 1_000_000_000)?,
                }),
            );
        }
    }
    if wild && one_in(u, 8)? {
        molecules.insert("paracetamol".into(), json!({"patients": 1}));
    }
    Ok(json!({
        "biosimilaires": {"refus": boolean(u, wild)?, "molecules": molecules},
        "ipp": {"economie": decimal_text(u, wild, 1_000_000_000)?},
        "oam": {"prescripteur": boolean(u, wild)?, "taux_national": decimal_text(u, wild, 100)?},
    }))
}

fn optam(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let rows = match u.int_in_range(0..=7)? {
        0 if wild => u.int_in_range(REGIONS..=31)?,
        0 => REGIONS,
        1..=3 => u.int_in_range(1..=REGIONS)?,
        _ => 0,
    };
    let mut taux = Vec::with_capacity(rows);
    for _ in 0..rows {
        let region = match u.int_in_range(0..=9)? {
            0 => String::new(),
            1 => "é".repeat(u.int_in_range(79..=81)?),
            _ => pick(u, &["Île-de-France", "Bretagne", "Guyane", "La Réunion"])?.to_owned(),
        };
        taux.push(json!({"region": region, "taux": decimal_text(u, wild, 1000)?}));
    }
    Ok(json!({
        "actes_annee_precedant_adhesion": count(u, wild, MAX_ACTS)?,
        "base_semestre_1": decimal_text(u, wild, 1_000_000_000)?,
        "base_semestre_2": decimal_text(u, wild, 1_000_000_000)?,
        "revalorisation": decimal_text(u, wild, 1_000_000_000)?,
        "respect": choice(u, wild, &keys(&Respect::ALL))?,
        "taux_regionaux": taux,
    }))
}

fn conge_parental(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let natures = [
        NatureConge::Aucun,
        NatureConge::Maternite,
        NatureConge::Paternite,
        NatureConge::Adoption,
    ];
    Ok(json!({
        "nature": choice(u, wild, &keys(&natures))?,
        "jours": count(u, wild, 366)?,
        "demi_journees": count(u, wild, 14)?,
    }))
}

fn ess(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    let creation = if one_in(u, 3)? {
        json!(0)
    } else if wild && one_in(u, 3)? {
        json!(wild_integer(u)?)
    } else {
        json!(u.int_in_range(*YEARS.start()..=*YEARS.end())?)
    };
    Ok(json!({
        "membre": boolean(u, wild)?,
        "annee_creation": creation,
        "dotation_annuelle": decimal_text(u, wild, 1_000_000_000)?,
    }))
}

fn commissions(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    Ok(json!({"seances": count(u, wild, 366)?}))
}

/// The ROSP of the 2011 convention: the organisation's proofs, and some indicators of the grid
/// (`params::rosp_2011`) with a size and rates within their scale.
fn rosp_2011(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    use params::rosp_2011::{Echelle, INDICATORS, ORGANISATION};
    let mut organisation = Map::new();
    for o in &ORGANISATION {
        organisation.insert(o.key.into(), boolean(u, wild)?);
    }
    let mut indicateurs = Map::new();
    let all = one_in(u, 4)?;
    for i in &INDICATORS {
        if !all && !one_in(u, 3)? {
            continue;
        }
        let max = match i.echelle {
            Echelle::Pourcentage => 100,
            Echelle::PourCentPatients => 1000,
        };
        let mut r = json!({"effectif": count(u, wild, MAX_ACTS)?});
        for field in ["taux", "taux_initial"] {
            if !one_in(u, 5)? {
                r[field] = decimal_text(u, wild, max)?;
            }
        }
        indicateurs.insert(i.key.into(), r);
    }
    if wild && one_in(u, 8)? {
        indicateurs.insert("inconnu".into(), json!({"effectif": 1}));
    }
    Ok(json!({"organisation": organisation, "indicateurs": indicateurs}))
}

/// Sophia's questionnaires: together at most the patientèle when consistent.
fn sophia(u: &mut Unstructured, wild: bool, total: i64) -> Result<Value> {
    let questionnaires = count(u, wild, total.min(MAX_COUNT))?;
    let left = total - questionnaires.as_i64().unwrap_or(0).clamp(0, total);
    Ok(json!({
        "questionnaires": questionnaires,
        "renouvellements": count(u, wild, left.max(0))?,
    }))
}

/// The options démographie and santé solidarité territoriale, adhered to from the convention's
/// start (its first day, its last year, or later in a wild profile).
fn options_2011(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    use chrono::Datelike;
    let options = [
        OptionKind::Aucune,
        OptionKind::Demographie,
        OptionKind::SanteSolidariteTerritoriale,
    ];
    let start = CONVENTION_2011_START;
    let mut o = json!({
        "option": choice(u, wild, &keys(&options))?,
        "regroupement": choice(u, wild, &keys(&[Regroupement::Groupe, Regroupement::PoleSante]))?,
        "lieu": choice(u, wild, &keys(&[Lieu::ZoneDeficitaire, Lieu::Proximite, Lieu::HorsZone]))?,
        "part_activite_zone": decimal_text(u, wild, 100)?,
        "secteur_2_tarifs_opposables": boolean(u, wild)?,
        "honoraires_zone": decimal_text(u, wild, 10_000_000)?,
        "jours_zone": count(u, wild, 366)?,
    });
    if !one_in(u, 6)? {
        o["date_adhesion"] = match u.int_in_range(0..=5)? {
            0 => json!(start.to_string()),
            1 => json!(start.pred_opt().unwrap_or(start).to_string()),
            _ => {
                let last = if wild { 2100 } else { REGIME_2011_END.year() };
                date(u, wild, start.year() + 1, last)?
            }
        };
    }
    Ok(o)
}

/// The avenant 20, with the year of the new zonage within the 2011 regime (0: not yet).
fn avenant_20(u: &mut Unstructured, wild: bool, _: i64) -> Result<Value> {
    use chrono::Datelike;
    let (first, last) = (CONVENTION_2011_START.year(), REGIME_2011_END.year());
    let zonage = match u.int_in_range(0..=5)? {
        0 | 1 => json!(0),
        2 if wild => json!(wild_integer(u)?),
        2 => json!(pick(u, &[first, last])?),
        _ => json!(u.int_in_range(first..=last)?),
    };
    Ok(json!({
        "adherent": boolean(u, wild)?,
        "aide_annuelle": decimal_text(u, wild, 10_000_000)?,
        "annee_nouveau_zonage": zonage,
        "zone_reste_deficitaire": boolean(u, wild)?,
    }))
}

/// An assistant médical contract signed after the installation (any time without one).
fn contract(u: &mut Unstructured, wild: bool, installed: Option<i32>) -> Result<Value> {
    let signature = date(u, wild, installed.unwrap_or(2015).max(2015), 2040)?;
    let signed = year_of(&signature).unwrap_or(2019);
    let mut c = json!({
        "date_signature": signature,
        "option": choice(u, wild, &["1/3", "1/2", "1", "1.5", "2"])?,
        "bande_patientele": choice(u, wild, &["sous_p30", "p30_a_p90", "p90_a_p94", "p95_et_plus"])?,
        "part_ccam_pourcent": decimal_text(u, wild, 100)?,
        "mep": boolean(u, wild)?,
        "objectifs_1_etp_atteints": boolean(u, wild)?,
    });
    if !one_in(u, 3)? {
        c["annees"] = if wild && one_in(u, 3)? {
            json!(wild_integer(u)?)
        } else {
            json!(u.int_in_range(1..=20)?)
        };
    }
    if one_in(u, 3)? {
        c["date_resiliation"] = date(u, wild, signed + 1, 2100)?;
    }
    let n = u.int_in_range(0..=if wild { 22 } else { 20 })?;
    let mut resultats = Vec::with_capacity(n);
    for _ in 0..n {
        resultats.push(json!({
            "pfa_depart": count(u, wild, MAX_COUNT)?,
            "pfa_objectif": count(u, wild, MAX_COUNT)?,
            "pfa_realisee": count(u, wild, MAX_COUNT)?,
            "pmt_depart": count(u, wild, MAX_COUNT)?,
            "pmt_objectif": count(u, wild, MAX_COUNT)?,
            "pmt_realisee": count(u, wild, MAX_COUNT)?,
            "nouvel_objectif_primo_installe": boolean(u, wild)?,
        }));
    }
    c["resultats"] = json!(resultats);
    Ok(c)
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/// A value for `param`: within its domain (its bounds, or between them with up to 28 decimals),
/// or just beyond it, or not a number at all.
fn parameter_value(u: &mut Unstructured, param: &Param) -> Result<Value> {
    let d = param.domaine;
    let tiny = Decimal::new(1, u.int_in_range(1..=28)?);
    let v = match u.int_in_range(0..=15)? {
        0 => d.min,
        1 => d.max,
        2 => d.min - tiny,
        3 => d.max + tiny,
        4 => d.min + tiny,
        5 => -tiny,
        6 => {
            return Ok(json!(pick(
                u,
                &[
                    "79228162514264337593543950335",
                    "-79228162514264337593543950335",
                    "0.0000000000000000000000000001",
                    "1e6",
                    "NaN",
                    "douze",
                    "",
                    "12,5",
                    "1 000",
                ]
            )?))
        }
        7 => {
            return pick(
                u,
                &[
                    json!(1e300),
                    json!(12.5),
                    Value::Null,
                    json!(true),
                    json!(-1),
                ],
            )
        }
        8 if param.unite == Unit::OuiNon => Decimal::from(u.int_in_range(0..=1)?),
        _ => {
            let k = Decimal::from(u.int_in_range(0..=1_000_000_u32)?);
            let between = d.min + (d.max - d.min) * k / Decimal::from(1_000_000);
            if d.entier {
                between.trunc()
            } else {
                between.round_dp(u.int_in_range(0..=28)?)
            }
        }
    };
    Ok(if one_in(u, 5)? {
        // As a JSON number: read back through f64 by serde_json.
        json!(v.to_string().parse::<f64>().unwrap_or(0.0))
    } else {
        json!(v.to_string())
    })
}

/// A scenario as JSON text: overrides of any parameters, by identifier.
pub fn scenario(u: &mut Unstructured) -> Result<String> {
    let all: Vec<&'static Param> = params::all().collect();
    let nom = match u.int_in_range(0..=9)? {
        9 => String::new(),
        8 => "x".repeat(u.int_in_range(119..=122)?),
        7 => "  ".to_owned(),
        _ => "Proposition".to_owned(),
    };
    let mut valeurs = Map::new();
    let most = if one_in(u, 8)? { all.len() } else { 12 };
    let n = u.int_in_range(0..=most)?;
    for _ in 0..n {
        let p = *u.choose(&all)?;
        let id = if one_in(u, 30)? {
            format!("{}.inconnu", p.id)
        } else {
            p.id.to_owned()
        };
        valeurs.insert(id, parameter_value(u, p)?);
    }
    let mut s = json!({"nom": nom, "valeurs": valeurs});
    if u.arbitrary()? {
        s["source"] = json!("Source du scénario");
    }
    if one_in(u, 20)? {
        s["inconnu"] = json!(0);
    }
    broken(u, s.to_string())
}

/// A list of scenarios: the shipped ones or drawn ones, 0 to 5 (4 at most are accepted).
pub fn scenarios(u: &mut Unstructured) -> Result<Vec<String>> {
    let n = match u.int_in_range(0..=9)? {
        0 => 0,
        1 => 5,
        _ => u.int_in_range(1..=4)?,
    };
    let shipped = forfaits::scenario::shipped();
    (0..n)
        .map(|_| {
            if one_in(u, 3)? {
                let s = u.choose(&shipped)?;
                Ok(serde_json::to_string(s).unwrap_or_default())
            } else {
                scenario(u)
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Représentativité

/// A union's name: the real ones (in any case, with spaces), short ones, long ones.
fn union_name(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=9)? {
        0 => String::new(),
        1 => "x".repeat(u.int_in_range(MAX_NOM - 1..=MAX_NOM + 1)?),
        2 => format!("  {}  ", pick(u, &["csmf", "MG FRANCE", "Sml"])?),
        3 => format!("S{}", u.int_in_range(0..=60)?),
        _ => pick(
            u,
            &[
                "CSMF",
                "FMF",
                "MG France",
                "UFML-S",
                "Avenir Spé-Le Bloc",
                "SML",
                "A",
                "B",
                "C",
            ],
        )?
        .to_owned(),
    })
}

/// One college's results: the votes add up to at most the expressed votes when consistent.
fn college(u: &mut Unstructured, wild: bool) -> Result<Value> {
    let n = match u.int_in_range(0..=19)? {
        0 => 0,
        1 => u.int_in_range(MAX_SYNDICATS - 1..=MAX_SYNDICATS + 10)?,
        _ => u.int_in_range(1..=8)?,
    };
    let mut total = 0_i64;
    let mut lines = Vec::with_capacity(n);
    for _ in 0..n {
        let voix = count(u, wild, MAX_VOIX / 10)?;
        total = total.saturating_add(voix.as_i64().unwrap_or(0).max(0));
        let mut line = json!({"syndicat": union_name(u)?, "voix": voix});
        if u.arbitrary()? {
            line["part"] = decimal_text(u, wild, 100)?;
        }
        lines.push(line);
    }
    let exprimes = if wild && one_in(u, 3)? {
        json!(wild_integer(u)?)
    } else {
        json!(total
            .saturating_add(bounded(u, MAX_VOIX / 2)?)
            .min(MAX_VOIX))
    };
    Ok(json!({"exprimes": exprimes, "syndicats": lines}))
}

/// A représentativité scenario as JSON text: the preloaded results edited here and there, or
/// results drawn from scratch; signatories among the unions (and some that are not).
pub fn representativite(u: &mut Unstructured) -> Result<String> {
    let wild = one_in(u, 5)?;
    let mut s =
        serde_json::to_value(forfaits::representativite::Saisie::default()).unwrap_or(Value::Null);
    if u.arbitrary()? {
        s["resultats"]["generalistes"] = college(u, wild)?;
        s["resultats"]["specialistes"] = college(u, wild)?;
        s["resultats"]["source"] = json!("");
    } else {
        // One cell of the preloaded table changed, or a published share removed.
        let c = pick(u, &["generalistes", "specialistes"])?;
        let i = u.int_in_range(0..=3)?;
        match u.int_in_range(0..=2)? {
            0 => s["resultats"][c]["syndicats"][i]["voix"] = count(u, wild, 10_000)?,
            1 => {
                if let Some(line) = s["resultats"][c]["syndicats"][i].as_object_mut() {
                    line.remove("part");
                }
            }
            _ => s["resultats"][c]["exprimes"] = count(u, wild, MAX_VOIX)?,
        }
    }
    if u.arbitrary()? {
        let n = match u.int_in_range(0..=9)? {
            0 => 0,
            1 => MAX_SYNDICATS + 1,
            _ => u.int_in_range(1..=6)?,
        };
        let names: Vec<Value> = (0..n)
            .map(|_| union_name(u).map(Value::from))
            .collect::<Result<_>>()?;
        s["signataires"] = json!(names);
    }
    for key in ["sieges_generalistes", "sieges_specialistes"] {
        if u.arbitrary()? {
            s[key] = if wild {
                json!(wild_integer(u)?)
            } else {
                json!(u.int_in_range(0..=MAX_SIEGES + 1)?)
            };
        }
    }
    if one_in(u, 10)? {
        if let Some(o) = s.as_object_mut() {
            o.remove(*u.choose(&["resultats", "signataires", "sieges_generalistes"])?);
        }
    }
    broken(u, s.to_string())
}

// ---------------------------------------------------------------------------------------------
// Cohorts

/// A CSV cell a spreadsheet or a hand could leave: blank, extreme, of the wrong type, quoted
/// (with the separator, a doubled quote or a line break inside), a quote left open, or huge.
fn wrong_cell(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=9)? {
        0 => String::new(),
        1 => format!(
            "\"{}\"",
            pick(u, &["1;2", "a\"\"b", "ligne\nsuivante", "12", " oui "])?
        ),
        2 => "\"ouvert".to_owned(),
        3 => {
            let n = match u.int_in_range(0..=9)? {
                0 => u.int_in_range(60_000..=1_100_000)?,
                _ => u.int_in_range(1_000..=20_000)?,
            };
            pick(u, &["9", "x", "é", ";"])?.repeat(n)
        }
        _ => pick(
            u,
            &[
                "oui",
                "non",
                "Oui",
                "vrai",
                "douze",
                "-1",
                "1e300",
                "1,5",
                "1.5",
                "9223372036854775808",
                "-9223372036854775809",
                "100001",
                "31/02/2025",
                "2025-02-29",
                "01/01/1899",
                "aaaa-mm-jj",
                "1/3",
                "CAIM",
                "zip",
                "medecine_generale",
                "\u{feff}1",
                "\t",
                "NaN",
                "79228162514264337593543950336",
            ],
        )?
        .to_owned(),
    })
}

/// The cells of a record, separated by `;` outside quotes.
fn cells(row: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in row.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// A cohort's header: the template's (`population::columns`), or some of its columns in another
/// order, with unknown, repeated or missing ones, in capitals, or with another separator.
fn cohort_header(u: &mut Unstructured) -> Result<Vec<String>> {
    let template = forfaits::population::columns::template();
    let all: Vec<String> = template
        .lines()
        .next()
        .unwrap_or_default()
        .split(';')
        .map(str::to_owned)
        .collect();
    Ok(match u.int_in_range(0..=9)? {
        0..=4 => all,
        5 | 6 => {
            // Some columns, the required ones first.
            let mut some: Vec<String> = forfaits::population::columns::REQUIRED
                .iter()
                .map(|c| (*c).to_owned())
                .collect();
            for _ in 0..u.int_in_range(0..=30)? {
                some.push(u.choose(&all)?.clone());
            }
            some.dedup();
            some
        }
        7 => {
            let mut h = all;
            let at = u.choose_index(h.len())?;
            match u.int_in_range(0..=3)? {
                0 => h[at] = "colonne.inconnue".to_owned(),
                1 => h.push(h[at].clone()),
                2 => {
                    h.remove(at.min(1));
                }
                _ => h[at] = h[at].to_uppercase(),
            }
            h
        }
        _ => vec![all.join(pick(u, &[",", "\t"])?)],
    })
}

/// A CSV row under `header`: a profile drawn by [`profile`] written by the core's writer, some
/// cells then replaced by wrong ones, cells added or left out; or a row of wrong cells.
fn csv_row(u: &mut Unstructured, header: &[String]) -> Result<String> {
    let mut row = match input_profile(u)? {
        Some(p) if u.int_in_range(0..=5)? < 5 => {
            let catalogue = forfaits::population::columns::catalogue();
            let columns: Vec<&[_]> = header
                .iter()
                .filter_map(|h| catalogue.position(h))
                .map(|i| catalogue.paths()[i].as_slice())
                .collect();
            let mut line = String::new();
            forfaits::population::columns::write_row(&columns, &p, &mut line);
            cells(&line)
        }
        _ => (0..header.len().min(8))
            .map(|_| wrong_cell(u))
            .collect::<Result<_>>()?,
    };
    if !row.is_empty() && u.arbitrary()? {
        for _ in 0..u.int_in_range(1..=4)? {
            let at = u.choose_index(row.len())?;
            row[at] = wrong_cell(u)?;
        }
    }
    match u.int_in_range(0..=9)? {
        9 => row.truncate(u.int_in_range(0..=row.len())?),
        8 => row.extend(std::iter::repeat_n(String::new(), u.int_in_range(1..=3)?)),
        7 => row.push("en trop".to_owned()),
        _ => {}
    }
    let mut text = row.join(";");
    if one_in(u, 12)? {
        // A row cut short (a file copied in part).
        let at = u.int_in_range(0..=text.chars().count())?;
        text = text.chars().take(at).collect();
    }
    Ok(text)
}

/// A profile drawn by [`profile`], if it reads.
fn input_profile(u: &mut Unstructured) -> Result<Option<forfaits::Profile>> {
    Ok(forfaits::input::from_json(&profile(u, false)?).ok())
}

/// A JSON line: a profile drawn by [`profile`] (now and then broken), or a line that is no
/// profile.
fn json_line(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=19)? {
        19 => String::new(),
        18 => pick(
            u,
            &[
                "{}",
                "[]",
                "null",
                "{\"exercice\":",
                "{\"exercice\":{}}",
                "   ",
            ],
        )?
        .to_owned(),
        17 => format!(
            "{{\"x\":\"{}\"}}",
            "y".repeat(u.int_in_range(1_000..=100_000)?)
        ),
        _ => profile(u, false)?.replace('\n', " "),
    })
}

/// A cohort file: CSV (the template's header or a wrong one, rows of drawn profiles with wrong
/// cells) or JSON Lines; with a byte order mark, CR LF, Latin-1 now and then; fed in pieces of
/// random sizes; costed in a year under the signed text and maybe a scenario, or two years.
pub fn cohort(u: &mut Unstructured) -> Result<crate::Case> {
    let annee = year(u)?;
    let comparer = if one_in(u, 5)? { Some(year(u)?) } else { None };
    let scenario = if comparer.is_none() && one_in(u, 3)? {
        Some(scenario(u)?)
    } else {
        None
    };
    let n = match u.int_in_range(0..=19)? {
        19 => 0,
        18 => u.int_in_range(100..=130)?,
        _ => u.int_in_range(1..=12)?,
    };
    let (entete, lignes) = if u.int_in_range(0..=2)? < 2 {
        let header = cohort_header(u)?;
        let mut lines = Vec::with_capacity(n);
        for _ in 0..n {
            lines.push(if n > 20 {
                // Many rows: cheap ones, valid or not, for the list of the first errors.
                pick(u, &["1;medecine_generale", "3;x", ";", "2;pediatrie"])?.to_owned()
            } else {
                csv_row(u, &header)?
            });
        }
        (Some(header.join(";")), lines)
    } else {
        let lines = (0..n).map(|_| json_line(u)).collect::<Result<_>>()?;
        (None, lines)
    };
    let mut lignes: Vec<String> = lignes;
    if one_in(u, 4)? {
        // The line break after the last line.
        lignes.push(String::new());
    }
    let morceaux = match u.int_in_range(0..=4)? {
        0 => Vec::new(),
        1 => vec![1],
        _ => (0..u.int_in_range(1..=6)?)
            .map(|_| {
                Ok(match u.int_in_range(0..=3)? {
                    0 => u.int_in_range(1..=3)?,
                    1 => u.int_in_range(4..=100)?,
                    2 => pick(u, &[4096, 65_536])?,
                    _ => u.int_in_range(1..=1_000_000)?,
                })
            })
            .collect::<Result<_>>()?,
    };
    Ok(crate::Case::Cohorte {
        annee,
        comparer,
        scenario,
        entete,
        lignes,
        bom: one_in(u, 5)?,
        crlf: one_in(u, 3)?,
        latin1: one_in(u, 12)?,
        morceaux,
    })
}

// ---------------------------------------------------------------------------------------------
// The page's patches

/// The page's dispositifs a request may open (a code unknown included).
const OUVERTS: [&str; 6] = [
    "FMT",
    "DONUM",
    "ASSISTANT_MEDICAL",
    "OPTAM",
    "ROSP",
    "INCONNU",
];

/// A request of the page read whole, then patches of it as www/core.js sends them: mostly the
/// request's own fields by their dotted paths with values of their kind, sometimes a path that
/// leads nowhere, a group or list sent whole, a value of another kind, a text that is no group.
pub fn retouche(u: &mut Unstructured) -> Result<crate::Case> {
    // The patches are drawn from bytes of their own, spread from a seed taken first: a profile
    // takes most of a short input, which would leave every patch the same.
    let spread = spread(u.arbitrary()?);
    let profil: Value = serde_json::from_str(&profile(u, false)?).unwrap_or_else(|_| json!({}));
    let mut demande = Map::new();
    demande.insert("profil".into(), profil);
    demande.insert("annee".into(), json!(year(u)?));
    if one_in(u, 2)? {
        demande.insert("comparer".into(), json!(year(u)?));
    }
    if one_in(u, 3)? {
        let n = u.int_in_range(0..=3)?;
        let ouverts = (0..n)
            .map(|_| pick(u, &OUVERTS))
            .collect::<Result<Vec<_>>>()?;
        demande.insert("ouverts".into(), json!(ouverts));
    }
    if one_in(u, 4)? {
        demande.insert("trajectoire".into(), json!(true));
    }
    let demande = Value::Object(demande);
    let mut places = Vec::new();
    paths(&demande, String::new(), &mut places);
    let u = &mut Unstructured::new(&spread);
    let n = u.int_in_range(1..=6)?;
    let retouches = (0..n)
        .map(|_| {
            let fields = u.int_in_range(1..=3)?;
            let mut text = String::from("{");
            for i in 0..fields {
                let (path, value) = change(u, &places)?;
                if i > 0 {
                    text.push(',');
                }
                text.push_str(&format!("{}:{value}", json!(path)));
            }
            text.push('}');
            broken(u, text)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(crate::Case::Retouche {
        demande: demande.to_string(),
        retouches,
    })
}

/// 4 kB drawn from `seed` (splitmix64).
fn spread(mut seed: u64) -> Vec<u8> {
    (0..512)
        .flat_map(|_| {
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = seed;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)).to_le_bytes()
        })
        .collect()
}

/// Every value of `v` with its dotted path (groups and lists too), below `at`.
fn paths(v: &Value, at: String, out: &mut Vec<(String, Value)>) {
    let below = |k: &str| {
        if at.is_empty() {
            k.to_owned()
        } else {
            format!("{at}.{k}")
        }
    };
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| paths(x, below(k), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| paths(x, below(&i.to_string()), out)),
        _ => {}
    }
    if !at.is_empty() {
        out.push((at, v.clone()));
    }
}

/// One field of a patch: a path and its new value (when the fuzzer's bytes run out: a field of
/// the request and a value of its kind, the common case).
fn change(u: &mut Unstructured, places: &[(String, Value)]) -> Result<(String, Value)> {
    let (path, now) = match places {
        [] => ("annee".to_owned(), json!(2026)),
        _ => pick(u, places)?,
    };
    let path = match u.int_in_range(0..=15)? {
        14 => format!("{path}.{}", pick(u, &["x", "0", "", "999"])?),
        15 => pick(
            u,
            &[
                "",
                ".",
                "profil..exercice",
                "profil.",
                "annee.0",
                "__proto__",
                "profil.patientele.-1",
                "profil.vsm.9999",
            ],
        )?
        .to_owned(),
        _ => path,
    };
    let value = match (u.int_in_range(0..=5)?, &now) {
        (5, _) => pick(
            u,
            &[
                Value::Null,
                json!(true),
                json!(0),
                json!(-1),
                json!(1.5),
                json!(1e300),
                json!(u64::MAX),
                json!(i64::MIN),
                json!("x"),
                json!("1e3"),
                json!("12,5"),
                json!("2026-02-30"),
                json!([]),
                json!({}),
                json!([1, "a"]),
                json!({"a": 1}),
            ],
        )?,
        (_, Value::Number(n)) => {
            let v = n.as_i64().unwrap_or(0);
            json!(match u.int_in_range(0..=3)? {
                0 => v.saturating_add(1),
                1 => v.saturating_sub(1),
                2 => u.int_in_range(0..=MAX_COUNT)?,
                _ => u.arbitrary::<i64>()?,
            })
        }
        (_, Value::Bool(b)) => json!(!b),
        (_, Value::String(t)) => json!(match u.int_in_range(0..=3)? {
            0 => format!("{t}0"),
            1 => String::new(),
            2 => t.chars().rev().collect(),
            _ => u.arbitrary::<String>()?,
        }),
        (_, group) => group.clone(),
    };
    Ok((path, value))
}
