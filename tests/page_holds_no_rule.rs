//! The page only renders: its JavaScript and HTML (www/) hold no fact of the rules — no amount,
//! rate, threshold, count of years, calendar year, date or month name — since a scenario or a new
//! text changes those in the core and a copy in the page would silently go stale.
//!
//! What is looked for, in the code, strings and templates of www/*.js (comments aside) and in the
//! text and attributes of www/index.html:
//! - every number, except the few arithmetic and layout ones listed in [`ALLOWED`], each with the
//!   reason it is the page's own; a number the parameters hold is reported with its parameter;
//! - a date (« 30/06 », « 2025-12-31 ») and a month name (the core's [`MOIS`]).
//!
//! The scanner is itself tested on the page as it was before the core gave the page these facts
//! (`the_scanner_finds_the_rules_the_page_used_to_hold`), so that it cannot be green by blindness.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use forfaits::params::all;
use forfaits::Decimal;

/// Numbers the page may write, by file, with why they are the page's own and no rule's.
const ALLOWED: &[(&str, &str, &str)] = &[
    ("*", "0", "first index, zero, empty"),
    ("*", "1", "next index, one"),
    ("*", "2", "JSON indentation, halves of a grid row"),
    ("*", "0n", "zero, as a BigInt"),
    ("*", "1n", "one, as a BigInt"),
    (
        "render.js",
        "00",
        "the zero amount as the core writes it (« 0.00 »), to leave empty rows out",
    ),
    (
        "render.js",
        "10",
        "the comparison lists its ten largest differences: a choice of layout",
    ),
    ("render.js", "1000n", "bar widths in tenths of a percent"),
    (
        "render.js",
        "12",
        "the trajectory's colours: twelve in style.css (serie-traj-0 to 11), reused beyond",
    ),
    (
        "render.js",
        "3",
        "digit groups of the decimal string turned into a bar width",
    ),
    ("form.js", "6", "width of a number input, in characters"),
    (
        "population.js",
        "10_000",
        "the size of the demonstration's fictitious population, a choice of the page",
    ),
    (
        "population.js",
        "1000",
        "milliseconds in a second (rows per second); an object URL freed a second after use",
    ),
    ("population.js", "100", "a bar's width in % of the longest"),
    (
        "population.js",
        "1_048_576",
        "from 1 Mio a file is shared by two Web Workers: a choice of speed, no rule",
    ),
    (
        "population.js",
        "4",
        "the fifth decile (index 4) is the median",
    ),
    ("population.js", "8", "« utf-8 » in a MIME type"),
    ("population-worker.js", "8", "« utf-8 » in a MIME type"),
    (
        "population-worker.js",
        "100",
        "progress posted at most every 100 ms: a choice of display",
    ),
    (
        "population-worker.js",
        "16",
        "a generated file fed in pieces of 2¹⁶ bytes",
    ),
    (
        "form.js",
        "4",
        "a volet's heading spans the four columns of its table",
    ),
    (
        "embed.js",
        "100",
        "the iframe spans 100 % of its host's width",
    ),
    (
        "embed.js",
        "600",
        "the iframe's height in pixels until the calculator reports its own",
    ),
    (
        "embed.js",
        "10000",
        "milliseconds before the iframe is shown even if it never reported its height",
    ),
    ("embed.js", "50", "smallest height of the iframe, in pixels"),
    (
        "embed.js",
        "100000",
        "largest height of the iframe, in pixels",
    ),
    (
        "index.html",
        "000091",
        "the theme colour (#000091) of the browser bar and the manifest",
    ),
    (
        "form.js",
        "3",
        "a theme's heading spans the three columns of its table",
    ),
    (
        "state.js",
        "1000",
        "milliseconds before a downloaded file's URL is released",
    ),
    (
        "representativite.js",
        "12",
        "the section of the text (§12 C) a heading names",
    ),
    (
        "representativite.js",
        "1e15",
        "largest integer sent as typed (exact in a JS number)",
    ),
    ("representativite.js", "3", "digit groups of a vote count"),
    (
        "representativite.js",
        "4",
        "width of a seats input, in characters",
    ),
    (
        "representativite.js",
        "6",
        "width of a share input, in characters",
    ),
    (
        "representativite.js",
        "7",
        "width of a votes input, in characters",
    ),
    (
        "representativite.js",
        "8",
        "default width of an input, in characters",
    ),
    (
        "representativite.js",
        "10",
        "width of the expressed votes input, in characters",
    ),
    (
        "representativite.js",
        "18",
        "width of a union's name input, in characters",
    ),
    (
        "representativite.js",
        "40",
        "width of the election's name input, in characters",
    ),
    (
        "representativite.js",
        "60",
        "width of the source input, in characters",
    ),
    ("index.html", "8", "the page's encoding, UTF-8"),
    (
        "index.html",
        "2016",
        "the name of a text (« la convention de 2016 »), not a value",
    ),
    (
        "index.html",
        "1",
        "initial scale of the viewport; « 1 ETP »",
    ),
];

/// A fact of the rules found in the page.
#[derive(Debug, PartialEq)]
struct Finding {
    file: String,
    line: usize,
    what: String,
}

/// The text of a source split into what the scanner reads: numbers in code, and text (strings,
/// templates, HTML text and attributes), each with its line.
#[derive(Default)]
struct Pieces {
    numbers: Vec<(usize, String)>,
    texts: Vec<(usize, String)>,
}

/// Splits JavaScript into code numbers and string texts, skipping comments and regex literals.
fn javascript(src: &str) -> Pieces {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Pieces::default();
    let mut line = 1;
    let mut i = 0;
    // Template literals and the `${` … `}` code inside them, innermost last.
    let mut templates: Vec<usize> = Vec::new();
    let mut last_significant = ' ';
    let mut text = String::new();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied().unwrap_or('\0');
        if c == '\n' {
            line += 1;
        }
        if c == '/' && next == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == '*' {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '/' && "(,=:[!&|?{};+-*%<>~^".contains(last_significant) {
            // A regex literal: skipped whole (its quantifiers are no facts).
            i += 1;
            let mut class = false;
            while i < chars.len() && (chars[i] != '/' || class) {
                match chars[i] {
                    '\\' => i += 1,
                    '[' => class = true,
                    ']' => class = false,
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            while i < chars.len() && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            last_significant = 'r';
            continue;
        }
        if c == '"' || c == '\'' {
            let start = line;
            i += 1;
            text.clear();
            while i < chars.len() && chars[i] != c {
                if chars[i] == '\\' {
                    i += escape(&chars[i..]);
                    text.push(' ');
                    continue;
                }
                text.push(chars[i]);
                i += 1;
            }
            out.texts.push((start, text.clone()));
            i += 1;
            last_significant = 's';
            continue;
        }
        if c == '`' || (c == '}' && templates.last() == Some(&0)) {
            // Into a template's text (a backquote, or the end of a `${…}`).
            if c == '}' {
                templates.pop();
            }
            let start = line;
            i += 1;
            text.clear();
            loop {
                match chars.get(i) {
                    None => break,
                    Some('`') => {
                        i += 1;
                        break;
                    }
                    Some('$') if chars.get(i + 1) == Some(&'{') => {
                        templates.push(0);
                        i += 2;
                        break;
                    }
                    Some('\\') => {
                        text.push(' ');
                        i += escape(&chars[i..]);
                    }
                    Some(ch) => {
                        if *ch == '\n' {
                            line += 1;
                        }
                        text.push(*ch);
                        i += 1;
                    }
                }
            }
            out.texts.push((start, text.clone()));
            last_significant = 's';
            continue;
        }
        if c == '{' {
            if let Some(depth) = templates.last_mut() {
                *depth += 1;
            }
        }
        if c == '}' {
            if let Some(depth) = templates.last_mut() {
                *depth -= 1;
            }
        }
        if c.is_ascii_digit() && !(last_significant.is_alphanumeric() || last_significant == '_') {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_')
            {
                i += 1;
            }
            out.numbers.push((line, chars[start..i].iter().collect()));
            last_significant = '0';
            continue;
        }
        if !c.is_whitespace() {
            last_significant = c;
        }
        i += 1;
    }
    out
}

/// The length of the escape sequence at the start of `chars` (« \\n », « \\u00a0 », « \\u{a0} »).
fn escape(chars: &[char]) -> usize {
    match chars.get(1) {
        Some('u') if chars.get(2) == Some(&'{') => {
            chars.iter().position(|c| *c == '}').map_or(2, |p| p + 1)
        }
        Some('u') => 6,
        Some('x') => 4,
        _ => 2,
    }
}

/// Attributes whose value a person reads, or that bound what they type.
const READ_ATTRIBUTES: &[&str] = &[
    "aria-label",
    "placeholder",
    "title",
    "alt",
    "content",
    "maxlength",
    "minlength",
    "min",
    "max",
    "step",
    "pattern",
];

/// The text of HTML and the values of the attributes a person reads, comments aside; the other
/// attributes (ids, classes, values of choices, table spans) are the page's plumbing.
fn html(src: &str) -> Pieces {
    let mut out = Pieces::default();
    let mut line = 1;
    let mut rest = src;
    while !rest.is_empty() {
        let (text, after) = match rest.find('<') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        out.texts.push((line, text.to_owned()));
        line += text.matches('\n').count();
        if after.is_empty() {
            break;
        }
        let end = if after.starts_with("<!--") {
            after.find("-->").map_or(after.len(), |e| e + 3)
        } else {
            after.find('>').map_or(after.len(), |e| e + 1)
        };
        let tag = &after[..end];
        if !tag.starts_with("<!--") {
            for attribute in READ_ATTRIBUTES {
                let key = format!(" {attribute}=\"");
                if let Some(start) = tag.find(&key) {
                    let value = &tag[start + key.len()..];
                    out.texts
                        .push((line, value[..value.find('"').unwrap_or(0)].to_owned()));
                }
            }
        }
        line += tag.matches('\n').count();
        rest = &after[end..];
    }
    out
}

/// The numbers written in a text (« 6 rémunérées », « 20 % », « 30/06/2024 »); digits that end
/// a name (« h4 », « p30_a_p90 ») are part of it.
fn numbers_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_name = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            if !in_name {
                current.push(c);
            }
        } else {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            in_name = c.is_ascii_alphabetic() || c == '_';
        }
    }
    out
}

/// A date in a text: « dd/mm », « dd/mm/aaaa » or « aaaa-mm-jj ».
fn has_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |from: usize, n: usize| {
        from + n <= b.len() && b[from..from + n].iter().all(u8::is_ascii_digit)
    };
    (0..b.len()).any(|i| {
        (digits(i, 2) && b.get(i + 2) == Some(&b'/') && digits(i + 3, 2))
            || (digits(i, 4)
                && b.get(i + 4) == Some(&b'-')
                && digits(i + 5, 2)
                && b.get(i + 7) == Some(&b'-'))
    })
}

/// Every parameter value the texts set, to name the parameter a number restates.
fn parameter_values() -> BTreeMap<Decimal, &'static str> {
    let mut out = BTreeMap::new();
    for p in all() {
        for v in p.valeurs {
            out.entry(v.valeur.normalize()).or_insert(p.id);
        }
    }
    out
}

fn scan(file: &str, src: &str) -> Vec<Finding> {
    let pieces = if file.ends_with(".html") {
        html(src)
    } else {
        javascript(src)
    };
    let values = parameter_values();
    let allowed = |n: &str| {
        ALLOWED
            .iter()
            .any(|(f, v, _)| (*f == "*" || *f == file) && *v == n)
    };
    let mut findings = Vec::new();
    let mut report = |line: usize, what: String| {
        findings.push(Finding {
            file: file.to_owned(),
            line,
            what,
        })
    };
    let describe = |n: &str| {
        let parameter = n
            .trim_end_matches('n')
            .parse::<Decimal>()
            .ok()
            .and_then(|d| values.get(&d.normalize()));
        match parameter {
            Some(id) => format!("the number {n} (the value of the parameter « {id} »)"),
            None => format!("the number {n}"),
        }
    };
    for (line, n) in &pieces.numbers {
        if !allowed(n) {
            report(*line, describe(n));
        }
    }
    for (line, text) in &pieces.texts {
        let lower = text.to_lowercase();
        for month in forfaits::input::MOIS {
            if lower
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w == month)
            {
                report(*line, format!("the month « {month} »"));
            }
        }
        if has_date(text) {
            report(*line, format!("a date in « {} »", text.trim()));
        }
        for n in numbers_in(text) {
            if !allowed(&n) {
                report(*line, format!("{} in « {} »", describe(&n), text.trim()));
            }
        }
    }
    findings
}

#[test]
fn the_page_holds_no_fact_of_the_rules() {
    let www = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
    let mut files: Vec<_> = fs::read_dir(&www)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "html"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "the page's files: {files:?}");
    let findings: Vec<Finding> = files
        .iter()
        .flat_map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            scan(&name, &fs::read_to_string(p).unwrap())
        })
        .collect();
    assert!(
        findings.is_empty(),
        "the page holds facts the core holds (take them from the form or the view):\n{}",
        findings
            .iter()
            .map(|f| format!("  {}:{} {}", f.file, f.line, f.what))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_scanner_finds_the_rules_the_page_used_to_hold() {
    // Lines of www/ before the core gave the page its form and its sentences.
    let old_js = r##"
const DEFAULT_YEAR = 2026;
const MONTHS = ["janvier", "février", "mars"];
// A comment may say 2026 or janvier.
const c = contract ?? { option: "1", bande_patientele: "p30_a_p90", annees: 5, resultats: [] };
for (let i = 0; i + 3 <= Math.max(3, Math.min(years, 20)); i++) {}
rows("#grille-vsm tbody", schema.campagnes_vsm, (y) => [`Au 30/06/${y}`]);
buildChoices(page.shipped, page.custom, ["0", "2", ""]);
const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
"##;
    let found: Vec<String> = scan("app.js", old_js)
        .into_iter()
        .map(|f| format!("{} {}", f.line, f.what))
        .collect();
    let expect = [
        "2 the number 2026",
        "3 the month « janvier »",
        "5 the number 5",
        "6 the number 3",
        "6 the number 20 (the value of the parameter",
        "7 a date in « Au 30/06/ »",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.starts_with(e)),
            "{e} not in {found:#?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("4 ") || f.starts_with("9 ")),
        "comments and regex literals are no facts: {found:#?}"
    );
    let old_html = r#"<p class="hint">demi-journées par mois (6 rémunérées au plus).</p>
<label>Chirurgien : honoraires CCAM sous 20 % de mes honoraires</label>
<!-- 2026 in a comment --><td colspan="4" id="t-2026"><input maxlength="120">"#;
    let found: Vec<String> = scan("index.html", old_html)
        .into_iter()
        .map(|f| format!("{} {}", f.line, f.what))
        .collect();
    assert!(
        found.iter().any(|f| f.starts_with("1 the number 6")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|f| f.starts_with("2 the number 20")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|f| f.starts_with("3 the number 120")),
        "{found:#?}"
    );
    assert_eq!(
        found.iter().filter(|f| f.starts_with("3 ")).count(),
        1,
        "{found:#?}"
    );
}
