//! Command line: reads a profile JSON (file or stdin), prints the report JSON — the same core and
//! the same JSON as the page.
//!
//! ```text
//! forfaits [--annee 2026] [profil.json | -]
//! forfaits --comparer 2025 2026 [profil.json | -]
//! forfaits --scenario option2.json [--scenario autre.json …] [--annee 2026] [profil.json | -]
//! forfaits --cohorte profils.json --scenario option2.json [--annee 2026]
//! forfaits --assistant [profil.json | -]      (échéancier de l'aide à l'assistant médical)
//! forfaits --profil-par-defaut | --parametres | --scenarios-fournis
//! ```
//! Years: 2012 to 2016 (convention of 2011) and 2021 to 2035; 2011 and 2017 to 2020 are refused
//! with the reason (their texts are not in the sources), as the page does.
//! Prints `{"statut": "rapport" | "comparaison" | "scenarios" | "echeancier" | "cohorte", …}`
//! (exit 0) or `{"statut": "erreurs", "erreurs": [{"champ", "message"}]}` (exit 1); exit 2 on
//! usage errors. With `--scenario`, the signed text is the first column, then each scenario.

use std::io::Read;
use std::process::ExitCode;

use forfaits::scenario::{shipped, Scenario};
use forfaits::{defaults, input, params, Decimal, Engine, FieldError, Outcome, Parameters};
use serde::Serialize;

const USAGE: &str = "usage : forfaits [--annee AAAA] [profil.json | -]
        forfaits --comparer AAAA AAAA [profil.json | -]
        forfaits --scenario scenario.json [--scenario …] [--annee AAAA] [profil.json | -]
        forfaits --cohorte profils.json [--scenario scenario.json …] [--annee AAAA]
        forfaits --assistant [profil.json | -]
        forfaits --profil-par-defaut | --parametres | --scenarios-fournis";

/// The usage, with the years the calculator computes and why the others are not.
fn usage() -> String {
    let gap = input::uncovered();
    format!(
        "{USAGE}\nannées calculées : {} à {} (convention de 2011) et {} à {} ; {} à {} : textes absents \
         des sources, non calculées (le message d'erreur dit pourquoi)",
        input::YEARS.start(),
        gap.start() - 1,
        gap.end() + 1,
        input::YEARS.end(),
        gap.start(),
        gap.end()
    )
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}\n{}", usage());
            ExitCode::from(2)
        }
    }
}

fn print(value: &impl Serialize) -> Result<(), String> {
    use std::io::Write;
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    // A reader that stops early (`| head`) is not an error of the calculator.
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn read(path: Option<&str>) -> Result<String, String> {
    match path {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| e.to_string())?;
            Ok(s)
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("lecture de {p} : {e}")),
    }
}

fn scenario(path: &str) -> Result<Scenario, FieldError> {
    let text = read(Some(path)).map_err(|e| FieldError::new("scenarios", e))?;
    serde_json::from_str(&text)
        .map_err(|e| FieldError::new("scenarios", format!("Scénario {path} illisible : {e}.")))
}

/// What a cohort costs under each scenario: the fast path over every profile.
#[derive(Serialize)]
struct Cohort {
    statut: &'static str,
    annee: i32,
    profils: usize,
    scenarios: Vec<CohortColumn>,
}

#[derive(Serialize)]
struct CohortColumn {
    nom: String,
    total: String,
    ecart: String,
}

fn cohort(
    path: &str,
    annee: i32,
    scenarios: &[Scenario],
) -> Result<Result<Cohort, Vec<FieldError>>, String> {
    let text = read(Some(path))?;
    let values: Vec<serde_json::Value> = match serde_json::from_str(&text) {
        Ok(serde_json::Value::Array(list)) => list,
        _ => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()
            .map_err(|e| format!("{path} : un tableau JSON ou une ligne JSON par profil ({e})"))?,
    };
    let mut profiles = Vec::with_capacity(values.len());
    let mut errors = Vec::new();
    for (i, v) in values.into_iter().enumerate() {
        match input::from_deserializer(v) {
            Ok(p) => profiles.push(p),
            Err(e) => errors.push(FieldError::new(format!("[{i}].{}", e.champ), e.message)),
        }
    }
    let mut errors_of =
        |s: &Scenario, i: usize| errors.extend(s.validate(&format!("scenarios.{i}")));
    scenarios
        .iter()
        .enumerate()
        .for_each(|(i, s)| errors_of(s, i));
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let mut columns: Vec<CohortColumn> = Vec::new();
    let mut reference = Decimal::ZERO;
    for (i, s) in scenarios.iter().enumerate() {
        let engine = Engine::new(&s.parameters(), annee);
        let mut total = Decimal::ZERO;
        for (j, p) in profiles.iter().enumerate() {
            match engine.total(p) {
                Ok(t) => total += t,
                Err(e) => {
                    let erreurs = e
                        .into_iter()
                        .map(|f| FieldError::new(format!("[{j}].{}", f.champ), f.message))
                        .collect();
                    return Ok(Err(erreurs));
                }
            }
        }
        if i == 0 {
            reference = total;
        }
        columns.push(CohortColumn {
            nom: s.nom.clone(),
            total: forfaits::money::round_cents(total).to_string(),
            ecart: forfaits::money::round_cents(total - reference).to_string(),
        });
    }
    Ok(Ok(Cohort {
        statut: "cohorte",
        annee,
        profils: profiles.len(),
        scenarios: columns,
    }))
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let mut annee = 2026;
    let mut comparer: Option<(i32, i32)> = None;
    let mut assistant = false;
    let mut scenario_files: Vec<String> = Vec::new();
    let mut cohort_file: Option<String> = None;
    let year = |v: Option<String>| -> Result<i32, String> {
        let v = v.ok_or("une année est attendue")?;
        v.parse().map_err(|_| format!("année invalide : {v}"))
    };
    let mut path: Option<String> = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--annee" => annee = year(it.next())?,
            "--comparer" => comparer = Some((year(it.next())?, year(it.next())?)),
            "--assistant" => assistant = true,
            "--scenario" => scenario_files.push(it.next().ok_or("--scenario attend un fichier")?),
            "--cohorte" => cohort_file = Some(it.next().ok_or("--cohorte attend un fichier")?),
            "--profil-par-defaut" => {
                print(&defaults::profile())?;
                return Ok(ExitCode::SUCCESS);
            }
            "--parametres" => {
                print(&params::by_text())?;
                return Ok(ExitCode::SUCCESS);
            }
            "--scenarios-fournis" => {
                print(&shipped())?;
                return Ok(ExitCode::SUCCESS);
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(ExitCode::SUCCESS);
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("argument en trop : {arg}")),
        }
    }
    let params = Parameters::official();
    // The signed text first, then each scenario given.
    let scenarios: Result<Vec<Scenario>, FieldError> = std::iter::once(Ok(shipped().remove(0)))
        .chain(scenario_files.iter().map(|f| scenario(f)))
        .collect();
    let outcome = if let Some(file) = cohort_file {
        match scenarios
            .map_err(|e| vec![e])
            .map(|s| cohort(&file, annee, &s))
        {
            Ok(Err(message)) => return Err(message),
            Ok(Ok(Ok(cohort))) => {
                print(&cohort)?;
                return Ok(ExitCode::SUCCESS);
            }
            Ok(Ok(Err(erreurs))) | Err(erreurs) => Outcome::Erreurs { erreurs },
        }
    } else {
        let profile = input::from_json(&read(path.as_deref())?);
        match comparer {
            _ if assistant => Outcome::of_schedule(profile, &params),
            _ if !scenario_files.is_empty() => Outcome::of_scenarios(profile, annee, scenarios),
            Some((a, b)) => Outcome::of_comparison(profile, a, b, &params),
            None => Outcome::of(profile, annee, &params),
        }
    };
    print(&outcome)?;
    Ok(if outcome.is_error() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
