//! Reads the case files, computes each case through the paths users take (`Outcome::of`,
//! `Outcome::of_comparison`, `Outcome::of_schedule`, as the CLI does), and gathers every failure.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use forfaits::report::Detail;
use forfaits::{Engine, FieldError, Outcome, Parameters, Report};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::check::{self, Checker, Item};
use crate::format::*;

/// The profile every case starts from, unless it starts from the page's default profile: a
/// médecin généraliste de secteur 1, nothing else. `profil_commun`, then `profil`, then the
/// variant are merged over it.
pub fn minimal_base() -> Value {
    json!({"exercice": {"secteur": "1", "specialite": "medecine_generale"}})
}

/// `over` merged into `base`: mappings key by key, at every depth; anything else (a number, a
/// text, a list, null) replaces what was there.
pub fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// A case that failed (or a file that could not be read), with all its differences.
#[derive(Debug)]
pub struct Failure {
    pub fichier: String,
    pub titre: String,
    pub contexte: String,
    pub calcul: String,
    pub items: Vec<Item>,
}

/// What the files held and how much was checked.
#[derive(Debug, Default)]
pub struct Summary {
    pub fichiers: usize,
    pub cas: usize,
    pub calculs: usize,
    pub verifications: usize,
    pub failures: Vec<Failure>,
}

fn malformed(fichier: &str, titre: &str, message: impl Into<String>) -> Failure {
    Failure {
        fichier: fichier.to_owned(),
        titre: titre.to_owned(),
        contexte: "fichier de cas mal formé".to_owned(),
        calcul: String::new(),
        items: vec![Item {
            champ: "format".to_owned(),
            attendu: "un cas conforme à tests/cases/README.md".to_owned(),
            calcule: message.into(),
            formule: None,
        }],
    }
}

/// Every `.yaml` file under `dir`, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn typed<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        if path == "." {
            e.inner().to_string()
        } else {
            format!("{path} : {}", e.inner())
        }
    })
}

/// Runs the cases of one file's text, adding them to `summary`.
pub fn run_text(fichier: &str, text: &str, summary: &mut Summary) {
    summary.fichiers += 1;
    let value: Value = match serde_saphyr::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return summary
                .failures
                .push(malformed(fichier, "(YAML illisible)", e.to_string()))
        }
    };
    let file: CaseFile = match typed(value) {
        Ok(f) => f,
        Err(e) => {
            return summary
                .failures
                .push(malformed(fichier, "(structure du fichier)", e))
        }
    };
    if file.cas.is_empty() {
        return summary
            .failures
            .push(malformed(fichier, "(aucun cas)", "« cas » est vide"));
    }
    for (i, raw) in file.cas.into_iter().enumerate() {
        summary.cas += 1;
        let titre = format!("cas {} « {} »", i + 1, raw.titre.trim());
        match prepare(raw, file.source.as_deref(), file.profil_commun.as_ref()) {
            Ok(case) => run_case(fichier, &titre, &case, summary),
            Err(e) => summary.failures.push(malformed(fichier, &titre, e)),
        }
    }
}

/// A case ready to run.
struct Case {
    calcul: String,
    profiles: Vec<(String, Value)>,
    scenario: Option<forfaits::Scenario>,
    mode: Mode,
}

fn prepare(
    raw: RawCase,
    file_source: Option<&str>,
    common: Option<&Value>,
) -> Result<Case, String> {
    if raw.titre.trim().is_empty() {
        return Err("« titre » est vide".to_owned());
    }
    if raw.calcul.trim().is_empty() {
        return Err("« calcul » est vide : écrivez le calcul à la main".to_owned());
    }
    let source = raw.source.as_deref().or(file_source).unwrap_or("");
    if source.trim().is_empty() {
        return Err(
            "« source » manque (le texte et sa section), dans le cas ou en tête du fichier"
                .to_owned(),
        );
    }
    let modes = [
        raw.annee.is_some(),
        raw.annees.is_some(),
        raw.comparer.is_some(),
        raw.echeancier,
    ];
    if modes.iter().filter(|m| **m).count() != 1 {
        return Err(
            "un et un seul de « annee », « annees », « comparer », « echeancier: true »".to_owned(),
        );
    }
    let attendu = |v: Value| -> Result<Value, String> {
        match &v {
            Value::Object(m) if !m.is_empty() => Ok(v),
            _ => Err("« attendu » est vide ou n'est pas un ensemble de clés : un cas qui ne peut pas échouer est refusé".to_owned()),
        }
    };
    let expected = attendu(raw.attendu)?;
    let in_attendu = |e: String| format!("attendu.{e}");
    let mode = if let Some(y) = raw.annee {
        Mode::Years(vec![y], Box::new(typed(expected).map_err(in_attendu)?))
    } else if let Some(ys) = raw.annees {
        if ys.is_empty() {
            return Err("« annees » est vide".to_owned());
        }
        Mode::Years(ys, Box::new(typed(expected).map_err(in_attendu)?))
    } else if let Some((a, b)) = raw.comparer {
        Mode::Comparison(a, b, Box::new(typed(expected).map_err(in_attendu)?))
    } else {
        Mode::Schedule(Box::new(typed(expected).map_err(in_attendu)?))
    };
    let mut base = if raw.partir_du_profil_par_defaut {
        serde_json::to_value(forfaits::defaults::profile()).map_err(|e| e.to_string())?
    } else {
        minimal_base()
    };
    if let Some(c) = common {
        merge(&mut base, c);
    }
    if let Some(p) = &raw.profil {
        merge(&mut base, p);
    }
    let profiles = match raw.variantes {
        None => vec![(String::new(), base)],
        Some(v) if v.is_empty() => return Err("« variantes » est vide".to_owned()),
        Some(v) => v
            .iter()
            .enumerate()
            .map(|(i, over)| {
                let mut p = base.clone();
                merge(&mut p, over);
                (format!("variante {} : {}", i + 1, over), p)
            })
            .collect(),
    };
    Ok(Case {
        calcul: format!("{}\n(source : {})", raw.calcul.trim_end(), source.trim()),
        profiles,
        scenario: raw.scenario,
        mode,
    })
}

/// The parameters of the case: the official ones, or the scenario's (and its errors).
fn parameters(case: &Case) -> (Parameters, Vec<FieldError>) {
    match &case.scenario {
        None => (Parameters::official(), Vec::new()),
        Some(s) => (s.parameters(), s.validate("scenario")),
    }
}

fn run_case(fichier: &str, titre: &str, case: &Case, summary: &mut Summary) {
    let (params, scenario_errors) = parameters(case);
    for (variant, profile) in &case.profiles {
        let text = profile.to_string();
        // An invalid scenario is refused with all its errors, as the page and the CLI do.
        let outcome = |of: &dyn Fn(Result<forfaits::Profile, FieldError>) -> Outcome| {
            if scenario_errors.is_empty() {
                of(forfaits::input::from_json(&text))
            } else {
                Outcome::Erreurs {
                    erreurs: scenario_errors.clone(),
                }
            }
        };
        let runs: Vec<(String, Checker)> = match &case.mode {
            Mode::Years(years, e) => years
                .iter()
                .map(|&y| {
                    let result = outcome(&|p| Outcome::of(p, y, &params));
                    let profile = forfaits::input::from_json(&text).ok();
                    let checker = one_year(result, profile.as_ref(), y, &params, e);
                    (format!("année {y}"), checker)
                })
                .collect(),
            Mode::Comparison(a, b, e) => {
                let result = outcome(&|p| Outcome::of_comparison(p, *a, *b, &params));
                vec![(format!("comparaison {a} → {b}"), compared(result, e))]
            }
            Mode::Schedule(e) => {
                let result = outcome(&|p| Outcome::of_schedule(p, &params));
                vec![("échéancier".to_owned(), scheduled(result, e))]
            }
        };
        for (context, checker) in runs {
            summary.calculs += 1;
            summary.verifications += checker.checks;
            let contexte = if variant.is_empty() {
                context
            } else {
                format!("{context}, {variant}")
            };
            let mut items = checker.items;
            if checker.checks == 0 && items.is_empty() {
                items.push(Item {
                    champ: "attendu".to_owned(),
                    attendu: "au moins une vérification".to_owned(),
                    calcule: "aucune : un cas qui ne peut pas échouer est refusé".to_owned(),
                    formule: None,
                });
            }
            if !items.is_empty() {
                summary.failures.push(Failure {
                    fichier: fichier.to_owned(),
                    titre: titre.to_owned(),
                    contexte,
                    calcul: case.calcul.clone(),
                    items,
                });
            }
        }
    }
}

fn errors_only(
    c: &mut Checker,
    expected: &Option<Vec<ErrorExpect>>,
    errors: &[FieldError],
    more: bool,
) {
    match expected {
        Some(e) => {
            c.errors("erreurs", e, errors);
            if more {
                c.fail(
                    "attendu",
                    "« erreurs » seules (rien d'autre n'est calculé)",
                    "d'autres attentes à côté de « erreurs »",
                    None,
                );
            }
        }
        None => {
            let shown: Vec<String> = errors
                .iter()
                .map(|e| format!("{} : {}", e.champ, e.message))
                .collect();
            c.fail(
                "calcul",
                "un résultat",
                format!("des erreurs : {}", shown.join(" | ")),
                None,
            );
        }
    }
}

fn unexpected_success(c: &mut Checker, what: String) {
    c.fail("erreurs", "des erreurs de saisie", what, None);
}

fn report_has_more(e: &ReportExpect) -> bool {
    e.total.is_some()
        || e.a_part.is_some()
        || !e.lignes.is_empty()
        || !e.lignes_presentes.is_empty()
        || !e.lignes_absentes.is_empty()
        || !e.groupes.is_empty()
        || !e.dispositifs.is_empty()
        || e.versements.is_some()
        || e.interpretations.is_some()
        || e.date_observation.is_some()
}

fn one_year(
    outcome: Outcome,
    profile: Option<&forfaits::Profile>,
    annee: i32,
    params: &Parameters,
    e: &ReportExpect,
) -> Checker {
    let mut c = Checker::default();
    match outcome {
        Outcome::Rapport { rapport } => {
            check::adds_up(&mut c, "", &rapport);
            if let Some(p) = profile {
                fast_path(&mut c, &rapport, p, annee, params);
            }
            match &e.erreurs {
                Some(_) => {
                    unexpected_success(&mut c, format!("un rapport (total {})", rapport.total))
                }
                None => check::report(&mut c, "", e, &rapport),
            }
        }
        Outcome::Erreurs { erreurs } => {
            errors_only(&mut c, &e.erreurs, &erreurs, report_has_more(e))
        }
        other => c.fail("calcul", "un rapport", format!("{other:?}"), None),
    }
    c
}

/// The library's direct call gives the same report; the fast path for costing many physicians
/// gives the same totals, to the cent.
fn fast_path(c: &mut Checker, r: &Report, p: &forfaits::Profile, annee: i32, params: &Parameters) {
    if forfaits::compute(p, annee, params).as_ref() != Ok(r) {
        c.fail(
            "cohérence : forfaits::compute",
            "le rapport de Outcome::of",
            "un autre rapport",
            None,
        );
    }
    let engine = Engine::new(params, annee);
    if engine.total(p) != Ok(r.total) {
        c.fail(
            "cohérence : Engine::total",
            r.total.to_string(),
            format!("{:?}", engine.total(p)),
            None,
        );
    }
    let totals: Vec<_> = r.dispositifs.iter().map(|d| d.total).collect();
    if engine.totals(p) != Ok(totals.clone()) {
        c.fail(
            "cohérence : Engine::totals",
            format!("{totals:?}"),
            format!("{:?}", engine.totals(p)),
            None,
        );
    }
    let summed = engine.compute_detailed(p, |_| Detail::Sommaire);
    if summed.as_ref().map(summary) != Ok(summary(r)) {
        c.fail(
            "cohérence : Engine::compute_detailed (Detail::Sommaire)",
            "le même rapport, aux formules, sources et notes près",
            "un autre rapport",
            None,
        );
    }
}

/// What a report written with [`Detail::Sommaire`] must hold the same: the report without its
/// lines' formulas, sources and notes nor its dispositifs' and payments' sources (which that mode
/// may leave empty).
fn summary(r: &Report) -> Report {
    let mut r = r.clone();
    for p in &mut r.versements {
        p.source.clear();
    }
    for d in &mut r.dispositifs {
        d.source.clear();
        for p in &mut d.versements {
            p.source.clear();
        }
        for l in d.groupes.iter_mut().flat_map(|g| g.lignes.iter_mut()) {
            l.formule.clear();
            l.source.clear();
            l.notes.clear();
        }
    }
    r
}

fn compared(outcome: Outcome, e: &CompareExpect) -> Checker {
    let mut c = Checker::default();
    match outcome {
        Outcome::Comparaison { comparaison } => {
            check::comparison_adds_up(&mut c, &comparaison);
            match &e.erreurs {
                Some(_) => unexpected_success(
                    &mut c,
                    format!("une comparaison (écart {})", comparaison.ecart),
                ),
                None => check::comparison(&mut c, e, &comparaison),
            }
        }
        Outcome::Erreurs { erreurs } => {
            let more = e.ecart.is_some()
                || e.ecart_pourcent.is_some()
                || e.verdict.is_some()
                || !e.composantes.is_empty()
                || !e.explications.is_empty()
                || e.ordre_des_explications.is_some()
                || !e.explications_absentes.is_empty()
                || e.rapport_a.is_some()
                || e.rapport_b.is_some();
            errors_only(&mut c, &e.erreurs, &erreurs, more);
        }
        other => c.fail("calcul", "une comparaison", format!("{other:?}"), None),
    }
    c
}

fn scheduled(outcome: Outcome, e: &ScheduleExpect) -> Checker {
    let mut c = Checker::default();
    match outcome {
        Outcome::Echeancier { echeancier: None } => {
            c.checks += 1;
            if !e.sans_echeancier {
                c.fail(
                    "echeancier",
                    "un échéancier",
                    "aucun (pas de contrat d'assistant médical dans le profil)",
                    None,
                );
            }
        }
        Outcome::Echeancier {
            echeancier: Some(s),
        } => {
            check::schedule_adds_up(&mut c, &s);
            if e.sans_echeancier {
                c.checks += 1;
                c.fail(
                    "sans_echeancier",
                    "aucun échéancier",
                    format!("un échéancier (total {})", s.total),
                    None,
                );
            } else if e.erreurs.is_some() {
                unexpected_success(&mut c, format!("un échéancier (total {})", s.total));
            } else {
                check::schedule(&mut c, e, &s);
            }
        }
        Outcome::Erreurs { erreurs } => {
            let more = e.sans_echeancier
                || e.option.is_some()
                || e.motif_ineligibilite.is_some()
                || e.maxima.is_some()
                || e.modulations.is_some()
                || e.revalorise.is_some()
                || !e.annees_contrat.is_empty()
                || e.versements.is_some()
                || e.par_annee_civile.is_some()
                || e.total.is_some()
                || e.notes.is_some()
                || e.interpretations.is_some();
            errors_only(&mut c, &e.erreurs, &erreurs, more);
        }
        other => c.fail("calcul", "un échéancier", format!("{other:?}"), None),
    }
    c
}

/// Runs every case file under `dir` whose path contains `filter`.
pub fn run_dir(dir: &Path, filter: Option<&str>) -> Summary {
    let mut summary = Summary::default();
    for path in files(dir) {
        let name = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        if filter.is_some_and(|f| !name.contains(f)) {
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => run_text(&format!("tests/cases/{name}"), &text, &mut summary),
            Err(e) => summary
                .failures
                .push(malformed(&name, "(lecture)", e.to_string())),
        }
    }
    summary
}

fn indent(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}

/// Every failure, in French, for the expert who wrote the case.
pub fn describe(failures: &[Failure]) -> String {
    let mut out = String::new();
    for f in failures {
        let _ = writeln!(out, "\n✗ {} — {} ({})", f.fichier, f.titre, f.contexte);
        for i in &f.items {
            let _ = writeln!(out, "    champ   : {}", i.champ);
            let _ = writeln!(out, "    attendu : {}", i.attendu);
            let _ = writeln!(out, "    calculé : {}", i.calcule);
            if let Some(formule) = &i.formule {
                let _ = write!(out, "    formule :\n{}", indent(formule, "        "));
            }
        }
        if !f.calcul.is_empty() {
            let _ = write!(
                out,
                "    calcul à la main :\n{}",
                indent(&f.calcul, "        | ")
            );
        }
    }
    out
}
