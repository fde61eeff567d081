//! Compares what the core computed with what a case expects, collecting every difference (never
//! stopping at the first), each with the formula of the report line it concerns.

use std::fmt::Display;

use forfaits::compare::Comparison;
use forfaits::report::{Dispositif, Payment, Report};
use forfaits::rules::assistant_medical::Schedule;
use forfaits::{Decimal, FieldError};

use crate::format::*;

/// One difference between the case and the core.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub champ: String,
    pub attendu: String,
    pub calcule: String,
    /// The formula of the report line concerned, or the lines of the dispositif concerned.
    pub formule: Option<String>,
}

/// The differences found, and how many expectations were checked.
#[derive(Debug, Default)]
pub struct Checker {
    pub items: Vec<Item>,
    pub checks: usize,
}

/// Non-breaking spaces compare as spaces: an expert types a plain space in « 1 000 € ».
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

fn money(d: Decimal) -> String {
    d.normalize().to_string()
}

fn list<T: Display>(items: impl IntoIterator<Item = T>) -> String {
    let v: Vec<String> = items.into_iter().map(|x| x.to_string()).collect();
    format!("[{}]", v.join(", "))
}

/// The report's texts (fixed or worded) as the texts compared.
fn owned(texts: &[forfaits::report::Text]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

fn quoted(items: &[String]) -> String {
    if items.is_empty() {
        return "(aucun)".to_owned();
    }
    items
        .iter()
        .map(|s| format!("« {s} »"))
        .collect::<Vec<_>>()
        .join(" ; ")
}

impl Text {
    /// What the text must be, in words.
    fn describe(&self) -> String {
        match self {
            Text::Contains(s) => format!("contient « {s} »"),
            Text::Detail(d) => {
                let mut parts = Vec::new();
                if let Some(s) = &d.egal {
                    parts.push(format!("égal à « {s} »"));
                }
                if let Some(c) = &d.contient {
                    parts.extend(c.all().iter().map(|s| format!("contient « {s} »")));
                }
                if let Some(s) = &d.commence_par {
                    parts.push(format!("commence par « {s} »"));
                }
                if let Some(s) = &d.finit_par {
                    parts.push(format!("finit par « {s} »"));
                }
                parts.join(", ")
            }
        }
    }

    /// Whether `actual` is such a text; `None` when the expectation says nothing.
    fn matches(&self, actual: &str) -> Option<bool> {
        let actual = plain(actual);
        match self {
            Text::Contains(s) => Some(actual.contains(&plain(s))),
            Text::Detail(d) => {
                let mut tests: Vec<bool> = Vec::new();
                if let Some(s) = &d.egal {
                    tests.push(actual == plain(s));
                }
                if let Some(c) = &d.contient {
                    tests.extend(c.all().iter().map(|s| actual.contains(&plain(s))));
                }
                if let Some(s) = &d.commence_par {
                    tests.push(actual.starts_with(&plain(s)));
                }
                if let Some(s) = &d.finit_par {
                    tests.push(actual.ends_with(&plain(s)));
                }
                (!tests.is_empty()).then(|| tests.into_iter().all(|t| t))
            }
        }
    }
}

impl Checker {
    pub fn fail(
        &mut self,
        champ: impl Into<String>,
        attendu: impl Into<String>,
        calcule: impl Into<String>,
        formule: Option<String>,
    ) {
        self.items.push(Item {
            champ: champ.into(),
            attendu: attendu.into(),
            calcule: calcule.into(),
            formule,
        });
    }

    /// One expectation: `expected` equals `actual`.
    pub fn eq<T: PartialEq + Display>(
        &mut self,
        champ: &str,
        expected: T,
        actual: T,
        formule: Option<&str>,
    ) {
        self.checks += 1;
        if expected != actual {
            self.fail(
                champ,
                expected.to_string(),
                actual.to_string(),
                formule.map(str::to_owned),
            );
        }
    }

    pub fn amount(
        &mut self,
        champ: &str,
        expected: Amount,
        actual: Decimal,
        formule: Option<&str>,
    ) {
        self.checks += 1;
        if expected.0 != actual {
            self.fail(
                champ,
                money(expected.0),
                money(actual),
                formule.map(str::to_owned),
            );
        }
    }

    fn amounts(
        &mut self,
        champ: &str,
        expected: &[Amount],
        actual: &[Decimal],
        formule: Option<String>,
    ) {
        self.checks += 1;
        let e: Vec<Decimal> = expected.iter().map(|a| a.0).collect();
        if e != actual {
            self.fail(
                champ,
                list(e.iter().map(|d| money(*d))),
                list(actual.iter().map(|d| money(*d))),
                formule,
            );
        }
    }

    pub fn text(&mut self, champ: &str, expected: &Text, actual: &str, formule: Option<&str>) {
        self.checks += 1;
        match expected.matches(actual) {
            None => self.fail(
                champ,
                "une attente de texte (egal, contient, commence_par ou finit_par)",
                "une attente vide : le cas ne peut pas échouer",
                None,
            ),
            Some(true) => {}
            Some(false) => self.fail(
                champ,
                expected.describe(),
                format!("« {actual} »"),
                formule.map(str::to_owned),
            ),
        }
    }

    fn optional_text(&mut self, champ: &str, expected: &Option<Text>, actual: Option<&str>) {
        match (expected, actual) {
            (None, None) => self.checks += 1,
            (None, Some(a)) => {
                self.checks += 1;
                self.fail(champ, "aucun (null)", format!("« {a} »"), None);
            }
            (Some(_), None) => {
                self.checks += 1;
                self.fail(champ, "un texte", "aucun", None);
            }
            (Some(t), Some(a)) => self.text(champ, t, a, None),
        }
    }

    pub fn texts(&mut self, champ: &str, expected: &Texts, actual: &[String]) {
        let (nombre, contiennent, absents): (Option<usize>, &[Text], &[String]) = match expected {
            Texts::List(l) if l.is_empty() => (Some(0), &[], &[]),
            Texts::List(l) => (None, l, &[]),
            Texts::Detail(d) => (d.nombre, &d.contiennent, &d.ne_contiennent_pas),
        };
        if let Some(n) = nombre {
            self.checks += 1;
            if actual.len() != n {
                self.fail(
                    format!("{champ} (nombre)"),
                    n.to_string(),
                    format!("{} : {}", actual.len(), quoted(actual)),
                    None,
                );
            }
        }
        for t in contiennent {
            self.checks += 1;
            match actual
                .iter()
                .map(|a| t.matches(a))
                .collect::<Option<Vec<bool>>>()
            {
                _ if actual.is_empty() => self.fail(
                    champ,
                    format!("un texte qui {}", t.describe()),
                    "(aucun)",
                    None,
                ),
                None => self.fail(champ, "une attente de texte", "une attente vide", None),
                Some(found) if found.contains(&true) => {}
                Some(_) => self.fail(
                    champ,
                    format!("un texte qui {}", t.describe()),
                    quoted(actual),
                    None,
                ),
            }
        }
        for s in absents {
            self.checks += 1;
            if let Some(a) = actual.iter().find(|a| plain(a).contains(&plain(s))) {
                self.fail(
                    champ,
                    format!("aucun texte contenant « {s} »"),
                    format!("« {a} »"),
                    None,
                );
            }
        }
    }

    pub fn errors(&mut self, champ: &str, expected: &[ErrorExpect], actual: &[FieldError]) {
        let shown = || {
            actual
                .iter()
                .map(|e| format!("{} : {}", e.champ, e.message))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        self.checks += 1;
        let champs: Vec<&str> = actual.iter().map(|e| e.champ.as_str()).collect();
        let wanted: Vec<&str> = expected.iter().map(|e| e.champ.as_str()).collect();
        if champs != wanted {
            self.fail(
                champ,
                format!("les erreurs, dans l'ordre, sur {}", list(&wanted)),
                shown(),
                None,
            );
            return;
        }
        for (i, (e, a)) in expected.iter().zip(actual).enumerate() {
            if let Some(m) = &e.message {
                self.text(
                    &format!("{champ}.{i}.message ({})", a.champ),
                    m,
                    &a.message,
                    None,
                );
            }
        }
    }

    fn payments(&mut self, champ: &str, expected: &Payments, actual: &[Payment]) {
        match expected {
            Payments::All(list_) => {
                let amounts: Vec<Decimal> = actual.iter().map(|p| p.montant).collect();
                self.checks += 1;
                if list_.len() != actual.len() {
                    self.fail(
                        format!("{champ} (nombre)"),
                        list_.len().to_string(),
                        format!(
                            "{} : {}",
                            actual.len(),
                            list(amounts.iter().map(|d| money(*d)))
                        ),
                        None,
                    );
                    return;
                }
                for (i, (e, a)) in list_.iter().zip(actual).enumerate() {
                    let c = format!("{champ}.{i}");
                    self.amount(&format!("{c}.montant"), e.montant, a.montant, None);
                    if let Some(t) = &e.echeance {
                        self.text(&format!("{c}.echeance"), t, &a.echeance, None);
                    }
                    if let Some(t) = &e.objet {
                        self.text(&format!("{c}.objet"), t, &a.objet, None);
                    }
                }
            }
            Payments::ByObject(map) => {
                for (objet, amounts) in map {
                    let found: Vec<Decimal> = actual
                        .iter()
                        .filter(|p| plain(&p.objet).contains(&plain(objet)))
                        .map(|p| p.montant)
                        .collect();
                    self.amounts(
                        &format!("{champ}[objet contenant « {objet} »]"),
                        amounts,
                        &found,
                        None,
                    );
                }
            }
        }
    }
}

/// The lines of a dispositif, each with its formula: what to show when its total differs.
fn lines_of(d: &Dispositif) -> String {
    d.lines()
        .map(|l| format!("{} = {} ({})", l.code, money(l.montant), l.formule))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The codes of the report's lines that start like `code`, to help with a misspelt one.
fn near(r: &Report, code: &str) -> String {
    let head = code.split('.').next().unwrap_or(code);
    let codes: Vec<&str> = r
        .dispositifs
        .iter()
        .flat_map(|d| d.lines())
        .map(|l| l.code.as_ref())
        .filter(|c| c.starts_with(head))
        .collect();
    format!("absente ; lignes en {head} : {}", list(codes))
}

pub fn report(c: &mut Checker, prefix: &str, e: &ReportExpect, r: &Report) {
    if let Some(t) = e.total {
        c.amount(&format!("{prefix}total"), t, r.total, None);
    }
    if let Some(t) = e.a_part {
        c.amount(&format!("{prefix}a_part"), t, r.a_part, None);
    }
    for (code, expected) in &e.lignes {
        let champ = format!("{prefix}lignes.{code}");
        let Some(l) = r.line(code) else {
            c.checks += 1;
            c.fail(champ, "une ligne de ce code", near(r, code), None);
            continue;
        };
        let f = Some(l.formule.as_str());
        match expected {
            LineExpect::Amount(a) => c.amount(&champ, *a, l.montant, f),
            LineExpect::Detail(d) => {
                if let Some(a) = d.montant {
                    c.amount(&format!("{champ}.montant"), a, l.montant, f);
                }
                if let Some(t) = &d.libelle {
                    c.text(&format!("{champ}.libelle"), t, &l.libelle, f);
                }
                if let Some(t) = &d.formule {
                    c.text(&format!("{champ}.formule"), t, &l.formule, None);
                }
                if let Some(t) = &d.source {
                    c.text(&format!("{champ}.source"), t, &l.source, f);
                }
                if let Some(t) = &d.notes {
                    c.texts(&format!("{champ}.notes"), t, &l.notes);
                }
                if let Some(t) = &d.interpretations {
                    c.texts(
                        &format!("{champ}.interpretations"),
                        t,
                        &owned(&l.interpretations),
                    );
                }
            }
        }
    }
    for code in &e.lignes_presentes {
        c.checks += 1;
        if r.line(code).is_none() {
            c.fail(
                format!("{prefix}lignes_presentes"),
                code.clone(),
                near(r, code),
                None,
            );
        }
    }
    for code in &e.lignes_absentes {
        c.checks += 1;
        if let Some(l) = r.line(code) {
            c.fail(
                format!("{prefix}lignes_absentes"),
                format!("pas de ligne {code}"),
                format!("une ligne de {}", money(l.montant)),
                Some(l.formule.clone()),
            );
        }
    }
    for (code, expected) in &e.groupes {
        let champ = format!("{prefix}groupes.{code}");
        let Some(g) = r
            .dispositifs
            .iter()
            .flat_map(|d| d.groupes.iter())
            .find(|g| g.code == code)
        else {
            c.checks += 1;
            c.fail(champ, "un groupe de ce code", "absent", None);
            continue;
        };
        let f = g
            .lignes
            .iter()
            .map(|l| format!("{} = {} ({})", l.code, money(l.montant), l.formule))
            .collect::<Vec<_>>()
            .join("\n");
        match expected {
            GroupExpect::Amount(a) => c.amount(&champ, *a, g.sous_total, Some(&f)),
            GroupExpect::Detail(d) => {
                if let Some(a) = d.sous_total {
                    c.amount(&format!("{champ}.sous_total"), a, g.sous_total, Some(&f));
                }
                if let Some(n) = d.lignes {
                    c.eq(&format!("{champ}.lignes"), n, g.lignes.len(), None);
                }
            }
        }
    }
    for (code, expected) in &e.dispositifs {
        let champ = format!("{prefix}dispositifs.{code}");
        let Some(d) = r.dispositif(code) else {
            c.checks += 1;
            let codes: Vec<&str> = r.dispositifs.iter().map(|d| d.code).collect();
            c.fail(
                champ,
                "un dispositif de ce code",
                format!("absent ; dispositifs : {}", list(codes)),
                None,
            );
            continue;
        };
        dispositif(c, &champ, expected, d);
    }
    if let Some(p) = &e.versements {
        c.payments(&format!("{prefix}versements"), p, &r.versements);
    }
    if let Some(t) = &e.interpretations {
        c.texts(
            &format!("{prefix}interpretations"),
            t,
            &owned(&r.interpretations),
        );
    }
    if let Some(d) = &e.date_observation {
        c.eq(
            &format!("{prefix}date_observation"),
            d.clone(),
            r.date_observation.to_string(),
            None,
        );
    }
}

fn dispositif(c: &mut Checker, champ: &str, expected: &DispositifExpect, d: &Dispositif) {
    let shown = lines_of(d);
    let f = (!shown.is_empty()).then_some(shown.as_str());
    let e = match expected {
        DispositifExpect::Amount(a) => return c.amount(champ, *a, d.total, f),
        DispositifExpect::Detail(e) => e,
    };
    if let Some(a) = e.total {
        c.amount(&format!("{champ}.total"), a, d.total, f);
    }
    if let Some(v) = e.en_vigueur {
        c.eq(&format!("{champ}.en_vigueur"), v, d.en_vigueur, None);
    }
    if let Some(m) = &e.motif_absence {
        let field = format!("{champ}.motif_absence");
        c.optional_text(&field, m, d.motif_absence.as_deref());
        if m.is_some() {
            // Absent: nothing paid, nothing shown.
            c.amount(
                &format!("{champ}.total (absent)"),
                Amount(Decimal::ZERO),
                d.total,
                f,
            );
            c.eq(
                &format!("{champ}.groupes (absent)"),
                0,
                d.groupes.len(),
                None,
            );
            c.eq(
                &format!("{champ}.versements (absent)"),
                0,
                d.versements.len(),
                None,
            );
        }
    }
    if let Some(p) = &e.versements {
        c.payments(&format!("{champ}.versements"), p, &d.versements);
    }
    if let Some(a) = e.chaque_ligne {
        c.checks += 1;
        for l in d.lines().filter(|l| l.montant != a.0) {
            c.fail(
                format!("{champ}.chaque_ligne ({})", l.code),
                money(a.0),
                money(l.montant),
                Some(l.formule.clone()),
            );
        }
    }
}

pub fn comparison(c: &mut Checker, e: &CompareExpect, x: &Comparison) {
    if let Some(a) = e.ecart {
        c.amount("ecart", a, x.ecart, None);
    }
    if let Some(p) = &e.ecart_pourcent {
        c.optional_text("ecart_pourcent", p, x.ecart_pourcent.as_deref());
    }
    if let Some(t) = &e.verdict {
        c.text("verdict", t, &x.verdict, None);
    }
    for (code, expected) in &e.composantes {
        let champ = format!("composantes.{code}");
        let Some(d) = x.composantes.iter().find(|d| d.code == code) else {
            c.checks += 1;
            c.fail(champ, "une composante de ce code", "absente", None);
            continue;
        };
        let amounts = (d.montant_a, d.montant_b, d.ecart);
        let motifs = (d.motif_a.as_deref(), d.motif_b.as_deref());
        diff(
            c,
            &champ,
            expected,
            amounts,
            Some(motifs),
            d.libelle,
            d.code,
        );
    }
    for (key, expected) in &e.explications {
        let champ = format!("explications.{key}");
        let Some(d) = x.explications.iter().find(|d| &d.code == key) else {
            c.checks += 1;
            let keys: Vec<&str> = x.explications.iter().map(|d| d.code.as_ref()).collect();
            c.fail(
                champ,
                "une explication de cette clé",
                format!("absente ; explications : {}", list(keys)),
                None,
            );
            continue;
        };
        let amounts = (d.montant_a, d.montant_b, d.ecart);
        diff(c, &champ, expected, amounts, None, &d.libelle, d.dispositif);
    }
    if let Some(order) = &e.ordre_des_explications {
        let keys: Vec<&str> = x.explications.iter().map(|d| d.code.as_ref()).collect();
        c.eq("ordre_des_explications", list(order), list(keys), None);
    }
    for key in &e.explications_absentes {
        c.checks += 1;
        if let Some(d) = x.explications.iter().find(|d| &d.code == key) {
            c.fail(
                "explications_absentes",
                format!("pas d'explication {key}"),
                format!("écart de {}", money(d.ecart)),
                None,
            );
        }
    }
    if let Some(r) = &e.rapport_a {
        report(c, "rapport_a.", r, &x.rapport_a);
    }
    if let Some(r) = &e.rapport_b {
        report(c, "rapport_b.", r, &x.rapport_b);
    }
}

type Motifs<'a> = (Option<&'a str>, Option<&'a str>);

fn diff(
    c: &mut Checker,
    champ: &str,
    expected: &DiffExpect,
    (a, b, ecart): (Decimal, Decimal, Decimal),
    motifs: Option<Motifs>,
    libelle: &str,
    dispositif: &str,
) {
    let d = match expected {
        DiffExpect::Triple(x, y, z) => {
            c.amount(&format!("{champ}.montant_a"), *x, a, None);
            c.amount(&format!("{champ}.montant_b"), *y, b, None);
            c.amount(&format!("{champ}.ecart"), *z, ecart, None);
            return;
        }
        DiffExpect::Detail(d) => d,
    };
    for (name, e, x) in [
        ("montant_a", d.montant_a, a),
        ("montant_b", d.montant_b, b),
        ("ecart", d.ecart, ecart),
    ] {
        if let Some(e) = e {
            c.amount(&format!("{champ}.{name}"), e, x, None);
        }
    }
    for (name, e, pick) in [("motif_a", &d.motif_a, 0), ("motif_b", &d.motif_b, 1)] {
        let Some(e) = e else { continue };
        match motifs {
            Some(m) => c.optional_text(
                &format!("{champ}.{name}"),
                e,
                if pick == 0 { m.0 } else { m.1 },
            ),
            None => {
                c.checks += 1;
                c.fail(
                    format!("{champ}.{name}"),
                    "(sans objet)",
                    "une explication n'a pas de motif d'absence",
                    None,
                );
            }
        }
    }
    if let Some(t) = &d.libelle {
        c.text(&format!("{champ}.libelle"), t, libelle, None);
    }
    if let Some(s) = &d.dispositif {
        c.eq(&format!("{champ}.dispositif"), s.as_str(), dispositif, None);
    }
}

pub fn schedule(c: &mut Checker, e: &ScheduleExpect, s: &Schedule) {
    if let Some(t) = &e.option {
        c.text("option", t, s.option, None);
    }
    if let Some(m) = &e.motif_ineligibilite {
        c.optional_text("motif_ineligibilite", m, s.motif_ineligibilite.as_deref());
        if m.is_some() {
            c.eq("annees_contrat (refusé)", 0, s.annees_contrat.len(), None);
            c.eq("versements (refusé)", 0, s.versements.len(), None);
            c.amount("total (refusé)", Amount(Decimal::ZERO), s.total, None);
        }
    }
    let years = &s.annees_contrat;
    // What each contract year says of its amount and modulation.
    let explained = years
        .iter()
        .map(|y| format!("année {} : {}", y.rang, y.explication))
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(m) = &e.maxima {
        let actual: Vec<Decimal> = years.iter().map(|y| y.montant_maximal).collect();
        c.amounts("maxima", m, &actual, Some(explained.clone()));
    }
    if let Some(m) = &e.modulations {
        let actual: Vec<Decimal> = years.iter().map(|y| y.modulation).collect();
        c.amounts("modulations", m, &actual, Some(explained.clone()));
    }
    if let Some(r) = &e.revalorise {
        c.eq(
            "revalorise",
            list(r),
            list(years.iter().map(|y| y.revalorise)),
            None,
        );
    }
    for (rank, y) in &e.annees_contrat {
        let champ = format!("annees_contrat.{rank}");
        let Some(a) = years.iter().find(|a| a.rang.to_string() == *rank) else {
            c.checks += 1;
            c.fail(
                champ,
                "une année de contrat de ce rang",
                format!("{} années", years.len()),
                None,
            );
            continue;
        };
        let f = Some(a.explication.as_str());
        if let Some(d) = &y.debut {
            c.eq(
                &format!("{champ}.debut"),
                d.clone(),
                a.debut.to_string(),
                None,
            );
        }
        if let Some(d) = &y.fin {
            c.eq(&format!("{champ}.fin"), d.clone(), a.fin.to_string(), None);
        }
        if let Some(m) = y.montant_maximal {
            c.amount(&format!("{champ}.montant_maximal"), m, a.montant_maximal, f);
        }
        if let Some(m) = y.modulation {
            c.amount(&format!("{champ}.modulation"), m, a.modulation, f);
        }
        if let Some(r) = y.revalorise {
            c.eq(&format!("{champ}.revalorise"), r, a.revalorise, None);
        }
        if let Some(t) = &y.explication {
            c.text(&format!("{champ}.explication"), t, &a.explication, None);
        }
        if let Some(t) = &y.source {
            c.text(&format!("{champ}.source"), t, &a.source, None);
        }
    }
    if let Some(v) = &e.versements {
        let shown = |p: &forfaits::rules::assistant_medical::Payment| {
            format!(
                "[{}, {}, {}, {}]",
                p.date,
                p.annee_contrat,
                nature(p),
                money(p.montant)
            )
        };
        c.checks += 1;
        if v.len() != s.versements.len() {
            let all: Vec<String> = s.versements.iter().map(shown).collect();
            c.fail(
                "versements (nombre)",
                v.len().to_string(),
                format!("{} : {}", all.len(), all.join(" ")),
                None,
            );
        } else {
            for (i, (e, a)) in v.iter().zip(&s.versements).enumerate() {
                let (date, annee, nat, montant, echeance) = e.parts();
                let f = Some(a.pourquoi.as_str());
                let expected = format!("[{date}, {annee}, {nat}, {}]", money(montant.0));
                c.eq(&format!("versements.{i}"), expected, shown(a), f);
                if let Some(t) = echeance {
                    c.text(&format!("versements.{i}.echeance"), t, &a.echeance, None);
                }
            }
        }
    }
    if let Some(p) = &e.par_annee_civile {
        let expected = list(p.iter().map(|(y, m)| format!("{y} : {}", money(m.0))));
        let actual = list(
            s.par_annee_civile
                .iter()
                .map(|y| format!("{} : {}", y.annee, money(y.montant))),
        );
        c.eq("par_annee_civile", expected, actual, None);
    }
    if let Some(t) = e.total {
        c.amount("total", t, s.total, None);
    }
    if let Some(t) = &e.notes {
        c.texts("notes", t, &s.notes);
    }
    if let Some(t) = &e.interpretations {
        c.texts("interpretations", t, &s.interpretations);
    }
}

fn nature(p: &forfaits::rules::assistant_medical::Payment) -> String {
    serde_json::to_value(&p.nature)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// What holds for every result, whatever the case expects
// ---------------------------------------------------------------------------------------------

/// Every amount to the cent; each total is the sum of what is below it; the payments pay the
/// total exactly.
pub fn adds_up(c: &mut Checker, prefix: &str, r: &Report) {
    let mut report_total = Decimal::ZERO;
    let mut apart = Decimal::ZERO;
    for d in &r.dispositifs {
        let mut total = Decimal::ZERO;
        for g in &d.groupes {
            for l in g.lignes.iter().filter(|l| l.montant.scale() != 2) {
                c.fail(
                    format!("{prefix}cohérence : ligne {} au centime", l.code),
                    "2 décimales",
                    l.montant.to_string(),
                    None,
                );
            }
            let lines: Decimal = g.lignes.iter().map(|l| l.montant).sum();
            if g.sous_total != lines || g.sous_total.scale() != 2 {
                c.fail(
                    format!("{prefix}cohérence : sous-total {}", g.code),
                    money(lines),
                    g.sous_total.to_string(),
                    None,
                );
            }
            total += g.sous_total;
        }
        if d.total != total {
            c.fail(
                format!("{prefix}cohérence : total de {}", d.code),
                money(total),
                money(d.total),
                None,
            );
        }
        let paid: Decimal = d.versements.iter().map(|v| v.montant).sum();
        if paid != d.total {
            c.fail(
                format!("{prefix}cohérence : versements de {}", d.code),
                money(d.total),
                money(paid),
                None,
            );
        }
        // A dispositif shown apart (a structure's allocation, a mandate's indemnity) is not in
        // the physician's total: it is in `a_part`.
        if d.hors_total {
            apart += d.total;
        } else {
            report_total += d.total;
        }
    }
    if r.total != report_total || r.total.scale() != 2 {
        c.fail(
            format!("{prefix}cohérence : total du rapport"),
            money(report_total),
            r.total.to_string(),
            None,
        );
    }
    if r.a_part != apart || r.a_part.scale() != 2 {
        c.fail(
            format!("{prefix}cohérence : montants à part du rapport"),
            money(apart),
            r.a_part.to_string(),
            None,
        );
    }
    let paid: Decimal = r.versements.iter().map(|v| v.montant).sum();
    if paid != r.total {
        c.fail(
            format!("{prefix}cohérence : versements du rapport"),
            money(r.total),
            money(paid),
            None,
        );
    }
}

/// The calendar years group the payments by the year of their date; the total is their sum.
pub fn schedule_adds_up(c: &mut Checker, s: &Schedule) {
    let mut by_year: Vec<(i32, Decimal)> = Vec::new();
    for p in &s.versements {
        if p.montant.scale() != 2 {
            c.fail(
                "cohérence : versement au centime",
                "2 décimales",
                p.montant.to_string(),
                None,
            );
        }
        let y = chrono_year(&p.date.to_string());
        match by_year.iter_mut().find(|(a, _)| *a == y) {
            Some((_, m)) => *m += p.montant,
            None => by_year.push((y, p.montant)),
        }
    }
    let calendar: Vec<(i32, Decimal)> = s
        .par_annee_civile
        .iter()
        .map(|c| (c.annee, c.montant))
        .collect();
    if calendar != by_year {
        c.fail(
            "cohérence : par_annee_civile",
            format!("{by_year:?}"),
            format!("{calendar:?}"),
            None,
        );
    }
    let sum: Decimal = s.versements.iter().map(|p| p.montant).sum();
    if s.total != sum || s.total.scale() != 2 {
        c.fail(
            "cohérence : total de l'échéancier",
            money(sum),
            s.total.to_string(),
            None,
        );
    }
}

fn chrono_year(iso: &str) -> i32 {
    iso.get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or_default()
}

/// The differences of the dispositifs and of the explained lines add up to the difference.
pub fn comparison_adds_up(c: &mut Checker, x: &Comparison) {
    adds_up(c, "rapport_a.", &x.rapport_a);
    adds_up(c, "rapport_b.", &x.rapport_b);
    let by_component: Decimal = x
        .composantes
        .iter()
        .filter(|d| !d.hors_total)
        .map(|d| d.ecart)
        .sum();
    if by_component != x.ecart {
        c.fail(
            "cohérence : somme des écarts des composantes",
            money(x.ecart),
            money(by_component),
            None,
        );
    }
    let by_line: Decimal = x.explications.iter().map(|d| d.ecart).sum();
    if by_line != x.ecart {
        c.fail(
            "cohérence : somme des explications",
            money(x.ecart),
            money(by_line),
            None,
        );
    }
}
