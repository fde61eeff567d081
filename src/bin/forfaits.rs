//! Command line: reads a profile JSON (file or stdin), prints the report JSON — the same core and
//! the same JSON as the page; costs a cohort of physicians (CSV or JSON Lines, streamed, on every
//! core); writes the cohort template and a synthetic population.
//!
//! ```text
//! forfaits [--annee 2026] [profil.json | -]
//! forfaits --comparer 2025 2026 [profil.json | -]
//! forfaits --scenario option2.json [--scenario autre.json …] [--annee 2026] [profil.json | -]
//! forfaits --assistant [profil.json | -]      (échéancier de l'aide à l'assistant médical)
//! forfaits --cohorte medecins.csv [--scenario s.json … | --comparer 2025 2026] [--annee 2026]
//!          [--format json|csv] [--resultats lignes.csv] [--fils N]
//! forfaits --modele-cohorte
//! forfaits --population-synthetique N [--graine S] [--format csv|json]
//! forfaits --profil-par-defaut | --parametres | --scenarios-fournis
//! ```
//! Years: 2012 to 2016 (convention of 2011) and 2021 to 2035; 2011 and 2017 to 2020 are refused
//! with the reason (their texts are not in the sources), as the page does.
//! Prints `{"statut": "rapport" | "comparaison" | "scenarios" | "echeancier" | "cohorte", …}` or
//! `{"statut": "erreurs", "erreurs": [{"champ", "message"}]}`. Exit codes: 0 done; 1 the input is
//! wrong (field errors, a file that is not a cohort), nothing computed; 2 the command is wrong
//! (unknown or incompatible options, a file that cannot be opened); 3 a cohort costed, but some of
//! its rows were invalid and left out (they are listed). With `--scenario`, the signed text is the
//! first column, then each scenario.

use std::io::{Read, Write};
use std::process::ExitCode;

use forfaits::population::{self, columns, parallel, results, synthetic, Costing};
use forfaits::scenario::{shipped, Scenario, MAX_SCENARIOS};
use forfaits::{defaults, input, params, FieldError, Outcome, Parameters};
use serde::Serialize;

const USAGE: &str = "usage : forfaits [--annee AAAA] [profil.json | -]
        forfaits --comparer AAAA AAAA [profil.json | -]
        forfaits --scenario scenario.json [--scenario …] [--annee AAAA] [profil.json | -]
        forfaits --assistant [profil.json | -]
        forfaits --cohorte medecins.csv [--scenario scenario.json … | --comparer AAAA AAAA]
                 [--annee AAAA] [--format json|csv] [--resultats lignes.csv] [--fils N]
        forfaits --modele-cohorte
        forfaits --population-synthetique N [--graine S] [--format csv|json]
        forfaits --profil-par-defaut | --parametres | --scenarios-fournis
codes de sortie : 0 calculé ; 1 saisie ou fichier invalide ; 2 commande invalide ou fichier
illisible ; 3 cohorte calculée, des lignes invalides écartées";

/// The exit codes (see the module and the README).
const INVALID_INPUT: u8 = 1;
const USAGE_ERROR: u8 = 2;
const ROWS_LEFT_OUT: u8 = 3;

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
    match parse(std::env::args().skip(1).collect()).and_then(run) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}\n{}", usage());
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// The options of the command line, as given.
#[derive(Default)]
struct Options {
    annee: Option<i32>,
    comparer: Option<(i32, i32)>,
    assistant: bool,
    scenarios: Vec<String>,
    cohorte: Option<String>,
    format: Option<String>,
    resultats: Option<String>,
    fils: Option<usize>,
    synthetique: Option<u64>,
    graine: Option<u64>,
    /// `--profil-par-defaut`, `--parametres`, `--scenarios-fournis`, `--modele-cohorte`.
    commande: Option<&'static str>,
    path: Option<String>,
    /// Every option given, in order (to name the incompatible ones).
    given: Vec<&'static str>,
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.into_iter();
    let value = |it: &mut std::vec::IntoIter<String>, option: &str, what: &str| {
        it.next()
            .filter(|v| v == "-" || !v.starts_with("--"))
            .ok_or_else(|| format!("{option} attend {what}"))
    };
    fn number<T: std::str::FromStr>(v: String, what: &str) -> Result<T, String> {
        v.parse().map_err(|_| format!("{what} invalide : {v}"))
    }
    while let Some(arg) = it.next() {
        let option: &'static str = match arg.as_str() {
            "--annee" => "--annee",
            "--comparer" => "--comparer",
            "--assistant" => "--assistant",
            "--scenario" => "--scenario",
            "--cohorte" => "--cohorte",
            "--format" => "--format",
            "--resultats" => "--resultats",
            "--fils" => "--fils",
            "--population-synthetique" => "--population-synthetique",
            "--graine" => "--graine",
            "--profil-par-defaut" => "--profil-par-defaut",
            "--parametres" => "--parametres",
            "--scenarios-fournis" => "--scenarios-fournis",
            "--modele-cohorte" => "--modele-cohorte",
            "-h" | "--help" => {
                o.commande = Some("--help");
                return Ok(o);
            }
            a if a.starts_with('-') && a != "-" => return Err(format!("option inconnue : {a}")),
            _ if o.path.is_none() => {
                o.path = Some(arg);
                continue;
            }
            _ => return Err(format!("argument en trop : {arg}")),
        };
        if o.given.contains(&option) && option != "--scenario" {
            return Err(format!("option répétée : {option}"));
        }
        o.given.push(option);
        match option {
            "--annee" => o.annee = Some(number(value(&mut it, option, "une année")?, "année")?),
            "--comparer" => {
                let a = number(value(&mut it, option, "deux années")?, "année")?;
                let b = number(value(&mut it, option, "deux années")?, "année")?;
                o.comparer = Some((a, b));
            }
            "--assistant" => o.assistant = true,
            "--scenario" => o.scenarios.push(value(&mut it, option, "un fichier")?),
            "--cohorte" => o.cohorte = Some(value(&mut it, option, "un fichier")?),
            "--format" => {
                let f = value(&mut it, option, "json ou csv")?;
                if f != "json" && f != "csv" {
                    return Err(format!("--format attend json ou csv, pas {f}"));
                }
                o.format = Some(f);
            }
            "--resultats" => o.resultats = Some(value(&mut it, option, "un fichier")?),
            "--fils" => {
                let n: usize = number(value(&mut it, option, "un nombre")?, "nombre de fils")?;
                if n == 0 {
                    return Err("--fils attend un nombre de 1 ou plus".to_owned());
                }
                o.fils = Some(n);
            }
            "--population-synthetique" => {
                o.synthetique = Some(number(
                    value(&mut it, option, "un nombre")?,
                    "nombre de médecins",
                )?)
            }
            "--graine" => o.graine = Some(number(value(&mut it, option, "un nombre")?, "graine")?),
            command => o.commande = Some(command),
        }
    }
    check(&o)?;
    Ok(o)
}

/// Refuses the options that do not go together, rather than silently ignoring one.
fn check(o: &Options) -> Result<(), String> {
    let with = |allowed: &[&str], main: &str| -> Result<(), String> {
        match o.given.iter().find(|g| **g != main && !allowed.contains(g)) {
            Some(other) => Err(format!(
                "les options {main} et {other} ne s'emploient pas ensemble"
            )),
            None => Ok(()),
        }
    };
    let no_path = |main: &str| match &o.path {
        Some(p) => Err(format!(
            "{main} ne lit pas de profil : argument en trop : {p}"
        )),
        None => Ok(()),
    };
    if let Some(command) = o.commande {
        with(&[], command)?;
        return no_path(command);
    }
    if o.synthetique.is_some() {
        with(&["--graine", "--format"], "--population-synthetique")?;
        return no_path("--population-synthetique");
    }
    if o.cohorte.is_some() {
        with(
            &[
                "--scenario",
                "--comparer",
                "--annee",
                "--format",
                "--resultats",
                "--fils",
            ],
            "--cohorte",
        )?;
        no_path("--cohorte")?;
    } else {
        for option in ["--format", "--resultats", "--fils", "--graine"] {
            if o.given.contains(&option) {
                let needs = if option == "--graine" {
                    "--population-synthetique"
                } else {
                    "--cohorte"
                };
                return Err(format!("{option} ne s'emploie qu'avec {needs}"));
            }
        }
    }
    if o.assistant {
        with(&[], "--assistant")?;
    }
    if o.comparer.is_some() {
        with(
            &["--cohorte", "--format", "--resultats", "--fils"],
            "--comparer",
        )?;
    }
    if o.scenarios.len() >= MAX_SCENARIOS {
        return Err(format!(
            "--scenario : {} fichiers au plus (le texte signé est toujours la première colonne)",
            MAX_SCENARIOS - 1
        ));
    }
    Ok(())
}

/// Writes `text` on stdout; a reader that stops early (`| head`) is not an error.
fn out(text: &str) -> Result<(), String> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(io_error("la sortie", &e)),
        _ => Ok(()),
    }
}

fn print(value: &impl Serialize) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    out(&format!("{text}\n"))
}

/// An error of the operating system, in French.
fn io_error(what: &str, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let reason = match e.kind() {
        K::NotFound => "fichier introuvable",
        K::PermissionDenied => "accès refusé",
        K::IsADirectory => "c'est un dossier, pas un fichier",
        K::AlreadyExists => "le fichier existe déjà",
        K::StorageFull => "disque plein",
        K::ReadOnlyFilesystem => "système de fichiers en lecture seule",
        K::BrokenPipe => "sortie fermée",
        _ => "erreur du système",
    };
    match e.raw_os_error() {
        Some(code) => format!("{what} : {reason} (code {code})"),
        None => format!("{what} : {reason}"),
    }
}

/// The bytes of a file, or of stdin for `-` or no file.
fn read_bytes(path: Option<&str>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| io_error("l'entrée standard", &e))?,
        Some(p) => std::fs::File::open(p)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| io_error(p, &e))?,
    };
    Ok(bytes)
}

/// The text of a file: not being UTF-8 is an error of its content, addressed to `champ`.
fn read_text(path: Option<&str>, champ: &str) -> Result<Result<String, FieldError>, String> {
    let bytes = read_bytes(path)?;
    let name = path.filter(|p| *p != "-").unwrap_or("L'entrée standard");
    Ok(String::from_utf8(bytes).map_err(|e| {
        FieldError::new(
            champ,
            format!(
                "{name} n'est pas du texte UTF-8 (octet n° {} invalide) : enregistrez-le en UTF-8.",
                e.utf8_error().valid_up_to() + 1
            ),
        )
    }))
}

/// The signed text, then each scenario file (its errors on `scenarios.<i>`).
fn scenarios(files: &[String]) -> Result<Result<Vec<Scenario>, FieldError>, String> {
    let mut list = vec![shipped().remove(0)];
    for (i, f) in files.iter().enumerate() {
        let champ = format!("scenarios.{}", i + 1);
        let scenario = read_text(Some(f), &champ)?.and_then(|text| {
            Scenario::from_json(&text, i + 1)
                .map_err(|e| FieldError::new(e.champ, format!("{f} : {}", e.message)))
        });
        match scenario {
            Ok(s) => list.push(s),
            Err(e) => return Ok(Err(e)),
        }
    }
    Ok(Ok(list))
}

fn exit(outcome: &Outcome) -> Result<ExitCode, String> {
    print(outcome)?;
    Ok(if outcome.is_error() {
        ExitCode::from(INVALID_INPUT)
    } else {
        ExitCode::SUCCESS
    })
}

fn run(o: Options) -> Result<ExitCode, String> {
    match o.commande {
        Some("--help") => out(&format!("{}\n", usage()))?,
        Some("--profil-par-defaut") => print(&defaults::profile())?,
        Some("--parametres") => print(&params::by_text())?,
        Some("--scenarios-fournis") => print(&shipped())?,
        Some("--modele-cohorte") => out(&columns::template())?,
        _ if o.synthetique.is_some() => return synthetic_population(&o),
        _ if o.cohorte.is_some() => return cohort(&o),
        _ => return single(&o),
    }
    Ok(ExitCode::SUCCESS)
}

/// One profile: its report, its two years, its scenarios or its assistant's schedule.
fn single(o: &Options) -> Result<ExitCode, String> {
    let params = Parameters::official();
    let annee = o.annee.unwrap_or(2026);
    let profile = read_text(o.path.as_deref(), "")?.and_then(|t| input::from_json(&t));
    exit(&if o.assistant {
        Outcome::of_schedule(profile, &params)
    } else if !o.scenarios.is_empty() {
        Outcome::of_scenarios(profile, annee, scenarios(&o.scenarios)?)
    } else if let Some((a, b)) = o.comparer {
        Outcome::of_comparison(profile, a, b, &params)
    } else {
        Outcome::of(profile, annee, &params)
    })
}

/// A cohort costed under each scenario (or in two years), streamed on every core.
fn cohort(o: &Options) -> Result<ExitCode, String> {
    let costing = match o.comparer {
        Some((a, b)) => Costing::of_years(a, b, &Parameters::official()),
        None => scenarios(&o.scenarios)?
            .map_err(|e| vec![e])
            .and_then(|s| Costing::of_scenarios(o.annee.unwrap_or(2026), &s)),
    };
    let costing = match costing {
        Ok(c) => c,
        Err(erreurs) => return exit(&Outcome::Erreurs { erreurs }),
    };
    let path = o.cohorte.as_deref().unwrap_or("-");
    let input: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| io_error(path, &e))?)
    };
    let threads = o.fils.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let mut rows = match &o.resultats {
        Some(p) => {
            let file = std::fs::File::create(p).map_err(|e| io_error(p, &e))?;
            let mut w = std::io::BufWriter::new(file);
            writeln!(w, "{}", results::rows_header(&costing)).map_err(|e| io_error(p, &e))?;
            Some((p.as_str(), w, None::<std::io::Error>))
        }
        None => None,
    };
    let columns = costing.columns().len();
    let costed = {
        let mut line = String::new();
        let mut write_row = |outcome: &population::RowOutcome| {
            let Some((_, w, failed)) = rows.as_mut() else {
                return;
            };
            if failed.is_none() {
                line.clear();
                results::row_line(outcome, columns, &mut line);
                line.push('\n');
                if let Err(e) = w.write_all(line.as_bytes()) {
                    *failed = Some(e);
                }
            }
        };
        let on_row: Option<&mut (dyn FnMut(&population::RowOutcome) + Send)> =
            if o.resultats.is_some() {
                Some(&mut write_row)
            } else {
                None
            };
        parallel::cost_file(input, &costing, threads, on_row)
    };
    if let Some((p, mut w, failed)) = rows {
        if let Some(e) = failed.or_else(|| w.flush().err()) {
            return Err(io_error(p, &e));
        }
    }
    let aggregates = match costed {
        Ok(a) => a,
        Err(parallel::Failure::Io(e)) => return Err(io_error(path, &e)),
        Err(parallel::Failure::File(e)) => {
            return exit(&Outcome::Erreurs {
                erreurs: vec![FieldError::new("cohorte", e.message)],
            })
        }
    };
    let summary = aggregates.summary();
    if o.format.as_deref() == Some("csv") {
        out(&results::summary_csv(&summary))?;
    } else {
        print(&summary)?;
    }
    Ok(if aggregates.invalid() > 0 {
        ExitCode::from(ROWS_LEFT_OUT)
    } else {
        ExitCode::SUCCESS
    })
}

/// `--population-synthetique N`: N synthetic physicians on stdout.
fn synthetic_population(o: &Options) -> Result<ExitCode, String> {
    let count = o.synthetique.unwrap_or(0);
    let seed = o.graine.unwrap_or(1);
    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if o.format.as_deref() == Some("json") {
        synthetic::write_json_lines(seed, count, &mut w)
    } else {
        synthetic::write_csv(seed, count, &mut w)
    };
    match written.and_then(|()| w.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(io_error("la sortie", &e)),
        _ => Ok(ExitCode::SUCCESS),
    }
}
