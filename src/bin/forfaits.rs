//! Command line: reads a profile JSON (file or stdin), prints the report JSON.
//!
//! ```text
//! forfaits [--annee 2026] [profil.json | -]
//! forfaits --comparer 2025 2026 [profil.json | -]
//! forfaits --assistant [profil.json | -]      (échéancier de l'aide à l'assistant médical)
//! forfaits --profil-par-defaut
//! forfaits --parametres
//! ```
//! Prints `{"statut": "rapport", "rapport": …}` (exit 0) or `{"statut": "erreurs",
//! "erreurs": [{"champ", "message"}]}` (exit 1), the same JSON as the page receives; exit 2 on
//! usage errors.

use std::io::Read;
use std::process::ExitCode;

use forfaits::{defaults, input, params, Outcome, Parameters};

const USAGE: &str = "usage : forfaits [--annee AAAA] [profil.json | -]\n        forfaits --comparer AAAA AAAA [profil.json | -]\n        forfaits --assistant [profil.json | -]\n        forfaits --profil-par-defaut\n        forfaits --parametres";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn print(value: &impl serde::Serialize) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let mut annee = 2026;
    let mut comparer: Option<(i32, i32)> = None;
    let mut assistant = false;
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
            "--profil-par-defaut" => {
                print(&defaults::profile())?;
                return Ok(ExitCode::SUCCESS);
            }
            "--parametres" => {
                print(&params::SETS)?;
                return Ok(ExitCode::SUCCESS);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("argument en trop : {arg}")),
        }
    }
    let text = match path.as_deref() {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| e.to_string())?;
            s
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("lecture de {p} : {e}"))?,
    };
    let profile = input::from_json(&text);
    let params = Parameters::official();
    let outcome = match comparer {
        _ if assistant => Outcome::of_schedule(profile, &params),
        Some((a, b)) => Outcome::of_comparison(profile, a, b, &params),
        None => Outcome::of(profile, annee, &params),
    };
    print(&outcome)?;
    Ok(if outcome.is_error() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
