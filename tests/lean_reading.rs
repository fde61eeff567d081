//! The page's request read without serde's derived reading (`input::lean`, the first wasm
//! module's) gives what serde's reading gives (`input::read_json`, the CLI's and the complete
//! module's): the same request, or the same error on the same field with the same message, for
//! synthetic physicians' requests and for those requests mutated (a value replaced by one of
//! another kind, a field removed, an unknown field added, a field repeated).
#![cfg(not(target_arch = "wasm32"))]

use forfaits::input::{lean, read_json, FieldError};
use forfaits::page::Demande;
use forfaits::population::synthetic::{Generator, Rng};
use proptest::prelude::*;
use serde_json::{json, Value};

fn serde(text: &str) -> Result<String, FieldError> {
    read_json::<Demande>(text, "la demande").map(|d| format!("{d:?}"))
}

fn lean(text: &str) -> Result<String, FieldError> {
    lean::read::<Demande>(text, "la demande").map(|d| format!("{d:?}"))
}

/// Values of every kind, and the edges of serde_json's numbers.
const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "12",
    "-3",
    "-0",
    "1.5",
    "-2.25e1",
    "1e400",
    "-1e400",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "99999999999999999999",
    "-9223372036854775809",
    "1e29",
    "\"\"",
    "\"12\"",
    "\"412,5\"",
    "\"2024-02-29\"",
    "\"2025-02-30\"",
    "\"zip\"",
    "\"1\"",
    "\"1/3\"",
    "\"CAIM\"",
    "\"medecine_generale\"",
    "\"douze\"",
    "\"a\\u00e9\\\"b\"",
    "\"\\ud800\"",
    "[]",
    "[1, 2]",
    "[0,0,0,0]",
    "[0,0,0,0,0,0,0,0,0,0,0,0]",
    "[0,0,0,0,0,0,0,0,0,0,0,0,0]",
    "{}",
    "{\"x\": 1}",
];

/// Every value of `v` with its place, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// The length of the JSON value at the start of `text`.
fn value_len(text: &str) -> usize {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<serde::de::IgnoredAny>();
    let _ = stream.next();
    stream.byte_offset()
}

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.range(0, items.len() as i64 - 1) as usize]
}

/// A synthetic physician's request with up to three mutations.
fn request(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let profile = Generator::new(seed).next().expect("endless");
    let mut demande = json!({"profil": profile, "annee": rng.range(2010, 2036)});
    if rng.chance(300) {
        demande["comparer"] = json!(2025);
    }
    if rng.chance(300) {
        demande["ouverts"] = json!(["FMT", "ROSP"]);
    }
    if rng.chance(200) {
        demande["trajectoire"] = json!(true);
    }
    if rng.chance(300) {
        demande["connu"] = json!("2026/2025/1101");
    }
    for _ in 0..rng.range(0, 3) {
        let mut all = Vec::new();
        pointers(&demande, String::new(), &mut all);
        if all.len() < 2 {
            break;
        }
        let at = pick(&mut rng, &all[1..]).clone();
        let (parent, key) = at.rsplit_once('/').expect("not the root");
        match rng.range(0, 9) {
            0 => {
                if let Some(Value::Object(m)) = demande.pointer_mut(parent) {
                    m.remove(key);
                }
            }
            1 => {
                if let Some(Value::Object(m)) = demande.pointer_mut(parent) {
                    m.insert("inconnu".into(), json!(1));
                }
            }
            2 => {
                // A field repeated: renamed to a marker, written twice once the tree is text.
                if let Some(Value::Object(m)) = demande.pointer_mut(parent) {
                    if let Some(v) = m.remove(key) {
                        m.insert(format!("\u{2}{key}"), v);
                    }
                }
            }
            _ => {
                // A marker, replaced by the value's text once written (a tree cannot hold
                // every number serde_json reads).
                if let Some(v) = demande.pointer_mut(&at) {
                    *v = json!(format!("\u{1}{}", rng.range(0, VALUES.len() as i64 - 1)));
                }
            }
        }
    }
    let mut text = demande.to_string();
    while let Some(i) = text.find("\"\\u0002") {
        let end = i + text[i + 1..].find('"').expect("closed") + 2;
        let key = text[i + 7..end - 1].to_owned();
        text.replace_range(i..end, &format!("\"{key}\""));
        let value_end = i + key.len() + 3 + value_len(&text[i + key.len() + 3..]);
        let field = text[i..value_end].to_owned();
        text.insert_str(i, &format!("{field},"));
    }
    while let Some(i) = text.find("\"\\u0001") {
        let end = i + text[i + 1..].find('"').expect("closed") + 2;
        let k: usize = text[i + 7..end - 1].parse().expect("an index");
        text.replace_range(i..end, VALUES[k]);
    }
    text
}

/// The two forms serde reads and the lean reading refuses (no form of the page writes them):
/// a group given as a list, a choice given as a group.
fn refused_on_purpose(text: &str, e: &FieldError) -> bool {
    // What of `VALUES` a tree cannot hold: numbers beyond the floats, a lone surrogate.
    let holdable = text.replace("1e400", "0").replace("\\ud800", "x");
    let Ok(tree) = serde_json::from_str::<Value>(&holdable) else {
        return false;
    };
    let pointer = if e.champ.is_empty() {
        String::new()
    } else {
        format!("/{}", e.champ.replace('.', "/"))
    };
    match tree.pointer(&pointer) {
        Some(Value::Array(_)) => e.message.starts_with("Groupe de champs attendu"),
        Some(Value::Object(_)) => e.message.starts_with("Valeur non reconnue"),
        _ => false,
    }
}

/// Whether both readings agree; `Ok(false)` when the lean reading refuses on purpose.
fn check(text: &str) -> Result<bool, TestCaseError> {
    let (by_serde, by_lean) = (serde(text), lean(text));
    if let Err(e) = &by_lean {
        if by_serde.as_ref().err() != Some(e) && refused_on_purpose(text, e) {
            return Ok(false);
        }
    }
    prop_assert_eq!(by_serde, by_lean, "{}", text);
    Ok(true)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn reads_requests_as_serde_does(seed in any::<u64>()) {
        check(&request(seed))?;
    }
}

#[test]
fn reads_requests_of_every_shape_as_serde_does() {
    for text in [
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026}"#,
        r#"{"annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1"}}, "annee": 2026}"#,
        r#"{"profil": {}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "3", "specialite": "x"}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie", "secteur": "2"}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie", "contrat_demographique": {}}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}, "assistant_medical": {"date_signature": "2024-01-01"}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}, "consultations_avancees": {"demi_journees": [1,2]}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}, "vsm": {"2024": {}, "2024": {"patients_ald": 3}}}, "annee": 2026}"#,
        r#"{"profil": null, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026, "scenarios": {"colonnes": ["x"], "y": 1}}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026, "scenarios": 3}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026, "ouverts": ["FMT", 3]}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026, "connu": 3}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026, "connu": null, "connu": "x"}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie", "date_naissance": "\ud800"}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie", "date_naissance": "\ud800\udc00"}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "p\u00e9diatrie"}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}, "vsm": {"\ud800": {}}}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}}, "annee": 2026, "ouverts": ["\udc00"]}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "pediatrie"}, "\ud800": 1}, "annee": 2026}"#,
        r#"{"profil": {"exercice": {"secteur": "1", "specialite": "\ud800"}}, "annee": 2026}"#,
        "[]",
        "3",
        "{\"annee\": 2026",
        "{} {}",
        "\u{feff}{\"annee\": 1}",
    ] {
        assert!(check(text).unwrap(), "{text}");
    }
}

/// The generated requests test something: most are compared, some read, some refused.
#[test]
fn the_generated_requests_are_compared() {
    let (mut compared, mut read, mut refused) = (0, 0, 0);
    for seed in 0..500 {
        let text = request(seed);
        if check(&text).unwrap() {
            compared += 1;
            match lean(&text) {
                Ok(_) => read += 1,
                Err(_) => refused += 1,
            }
        }
    }
    assert!(compared > 450, "{compared}");
    assert!(read > 50 && refused > 200, "{read} read, {refused} refused");
}

/// The names serde's derived reading gives a struct's fields, in their order.
fn serde_fields<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{Error, Visitor};
    #[derive(Debug)]
    struct Fields(&'static [&'static str]);
    impl std::fmt::Display for Fields {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }
    impl std::error::Error for Fields {}
    impl Error for Fields {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Fields(&[])
        }
    }
    /// Answers the struct's field names instead of reading it.
    struct Names;
    impl<'de> serde::Deserializer<'de> for Names {
        type Error = Fields;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Fields> {
            Err(Fields(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Fields> {
            Err(Fields(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    match T::deserialize(Names) {
        Err(Fields(names)) => names,
        Ok(_) => &[],
    }
}

/// Every struct the lean reading reads lists serde's fields, in serde's order (a field added to
/// a struct and not to its table, in `population::places` or `page`, fails here).
#[test]
fn every_struct_lists_serdes_fields() {
    use forfaits::input::lean::Fields;
    use forfaits::input::*;
    macro_rules! same {
        ($($T:ty),* $(,)?) => {$(
            assert_eq!(<$T as Fields>::NAMES, serde_fields::<$T>(), "{}", stringify!($T));
        )*};
    }
    same!(
        Demande,
        Profile,
        Practice,
        DemographicContract,
        Patientele,
        PatientsByAld,
        PatientsByC2s,
        Cell,
        Prevention,
        Indicator,
        Rosp,
        Numerique,
        Usage,
        ForfaitStructure,
        VsmResults,
        Missions,
        ConsultationsAvancees,
        Qualite,
        AssistantMedical,
        YearResults,
        SoinsNonProgrammes,
        Interessements,
        Biosimilaires,
        Molecule,
        Ipp,
        Oam,
        ActiviteOptam,
        TauxRegional,
        CongeParental,
        Ess,
        Commissions,
        Rosp2011,
        Organisation2011,
        Resultat2011,
        Sophia,
        Options2011,
        Avenant20,
    );
}

/// A group keyed by the user's texts reads 100 entries and stops at the 101st, on its key, in
/// both readings (each entry is put in its place among the others: beyond, many keys in
/// descending order would make the reading quadratic); a key given again is no new entry.
#[test]
fn a_keyed_group_holds_a_hundred_entries() {
    let vsm = |keys: &mut dyn Iterator<Item = u32>| {
        let entries: Vec<String> = keys.map(|k| format!("\"{k}\": {{}}")).collect();
        format!(
            r#"{{"annee": 2026, "profil": {{"exercice": {{"secteur": "1", "specialite": "medecine_generale"}}, "vsm": {{{}}}}}}}"#,
            entries.join(", ")
        )
    };
    for text in [
        vsm(&mut (1..=100).rev()),
        vsm(&mut (1..=100).chain(1..=100)),
    ] {
        assert!(lean(&text).is_ok(), "{:?}", lean(&text));
        assert_eq!(serde(&text), lean(&text));
    }
    let text = vsm(&mut (1..=101).rev());
    let e = lean(&text).expect_err("101 entries");
    assert_eq!(e.champ, "profil.vsm.1");
    assert_eq!(e.message, "Trop d'entrées dans ce groupe : 100 au plus.");
    assert_eq!(serde(&text), Err(e));
}
