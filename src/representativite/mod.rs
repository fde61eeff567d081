//! Representativeness of the signatory unions: their weight in the URPS election results and the
//! seats they hold in the section professionnelle of the commissions paritaires.
//!
//! Pure and independent of the profile: [`Resultats`] (election results by college, the URPS 2021
//! ones preloaded by [`urps_2021`], or any others a negotiator types), a set of signatories, and
//! the number of seats per college make a [`Saisie`]; [`compute`] validates it and returns a
//! [`Representativite`], every number with the line that explains it, in French.
//!
//! - [`share`]: the signatories' weight, the sum of their shares of the expressed votes of the
//!   college. Each union's share is its published share when the results give it, otherwise its
//!   votes ÷ the expressed votes × 100; it is rounded to the hundredth, half away from zero (as
//!   [`crate::money::round_cents`]), and the weight is the sum of the rounded shares, so that the
//!   lines add up to the total shown, as the preamble of the convention adds them up (« 71,07 % »).
//! - [`seats`]: the allocation of the seats of a college among the signatories by the rule of the
//!   Circulaire CNAM du 31/07/2024, §12 C (see [`sieges`] for the readings made).

mod donnees;
mod sieges;
mod validation;

use std::collections::{HashMap, HashSet};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

pub use donnees::{
    poids_publie, repartition_publiee, signataires_2024, urps_2021, AVENIR_SPE_LE_BLOC, CSMF, FMF,
    MG_FRANCE, SIEGES_PAR_COLLEGE, SIGNATAIRES_2024, SML, SOURCE_SIEGES, SOURCE_SIGNATAIRES,
    SOURCE_URPS_2021, UFML_S,
};
pub use sieges::{quotient_electoral, seats, Attribution};
pub use validation::{validate, MAX_NOM, MAX_SIEGES, MAX_SYNDICATS, MAX_VOIX};

use crate::input::{DecimalInput, FieldError};
use crate::money::{plain, round_cents, serialize_count, serialize_hundredths};

/// The two colleges of the URPS elections and of the section professionnelle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum College {
    Generalistes,
    Specialistes,
}

impl College {
    pub const ALL: [College; 2] = [College::Generalistes, College::Specialistes];

    /// The key of the college in the results and in the field paths.
    pub fn cle(self) -> &'static str {
        match self {
            College::Generalistes => "generalistes",
            College::Specialistes => "specialistes",
        }
    }

    pub fn libelle(self) -> &'static str {
        match self {
            College::Generalistes => "Médecins généralistes",
            College::Specialistes => "Médecins spécialistes (autres que de médecine générale)",
        }
    }

    /// « au collège des médecins généralistes », for messages.
    pub fn au_college(self) -> &'static str {
        match self {
            College::Generalistes => "au collège des médecins généralistes",
            College::Specialistes => "au collège des médecins spécialistes",
        }
    }
}

/// A union's result in a college.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoixSyndicat {
    pub syndicat: String,
    #[serde(serialize_with = "serialize_count")]
    pub voix: i64,
    /// The published share, in percent of the expressed votes (36,58 for 36,58 %). When given, it
    /// is the union's share; otherwise the share is computed from the votes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<DecimalInput>,
}

/// The results of one college: the expressed votes and the representative unions of the college
/// (only they share the weight and the seats of the college).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultatsCollege {
    #[serde(serialize_with = "serialize_count")]
    pub exprimes: i64,
    pub syndicats: Vec<VoixSyndicat>,
}

/// Election results by college, with where they come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resultats {
    pub scrutin: String,
    #[serde(default)]
    pub source: String,
    /// What the user should know about these figures (shown with the result).
    #[serde(default)]
    pub notes: Vec<String>,
    pub generalistes: ResultatsCollege,
    pub specialistes: ResultatsCollege,
}

impl Resultats {
    pub fn college(&self, college: College) -> &ResultatsCollege {
        match college {
            College::Generalistes => &self.generalistes,
            College::Specialistes => &self.specialistes,
        }
    }
}

impl Resultats {
    /// The same votes and shares in both colleges, whatever the name, source and notes.
    pub fn same_figures(&self, other: &Self) -> bool {
        self.generalistes == other.generalistes && self.specialistes == other.specialistes
    }
}

impl Default for Resultats {
    fn default() -> Self {
        urps_2021()
    }
}

fn six() -> i64 {
    SIEGES_PAR_COLLEGE
}

/// What the page sends: results (URPS 2021 when absent), the signatories (those of 2024 when
/// absent) and the seats of each college (6 when absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saisie {
    #[serde(default)]
    pub resultats: Resultats,
    #[serde(default = "signataires_2024")]
    pub signataires: Vec<String>,
    #[serde(default = "six")]
    pub sieges_generalistes: i64,
    #[serde(default = "six")]
    pub sieges_specialistes: i64,
}

impl Default for Saisie {
    fn default() -> Self {
        Self {
            resultats: urps_2021(),
            signataires: signataires_2024(),
            sieges_generalistes: SIEGES_PAR_COLLEGE,
            sieges_specialistes: SIEGES_PAR_COLLEGE,
        }
    }
}

/// The preloaded input, with the form's sentences that describe it.
#[derive(Debug, Clone, Serialize)]
pub struct ParDefaut {
    pub saisie: Saisie,
    /// By the element they word: the signatories' hint, the reset button.
    pub libelles: std::collections::BTreeMap<&'static str, String>,
}

impl ParDefaut {
    pub fn new() -> Self {
        let saisie = Saisie::default();
        let signataires = Signataires::new(&saisie.signataires);
        let mut absents: Vec<String> = Vec::new();
        for college in [
            &saisie.resultats.generalistes,
            &saisie.resultats.specialistes,
        ] {
            for l in &college.syndicats {
                let known = absents.iter().any(|a| meme_syndicat(a, &l.syndicat));
                if !signataires.contient(&l.syndicat) && !known {
                    absents.push(l.syndicat.clone());
                }
            }
        }
        let sauf = if absents.is_empty() {
            "tous les syndicats représentatifs".to_owned()
        } else {
            format!(
                "tous les syndicats représentatifs sauf {}",
                absents
                    .iter()
                    .map(|a| format!("l'{a}"))
                    .collect::<Vec<_>>()
                    .join(" et ")
            )
        };
        let libelles = std::collections::BTreeMap::from([
            (
                "signataires",
                format!("Par défaut, les {} : {sauf}.", donnees::SIGNATAIRES_SOURCE),
            ),
            (
                "reinitialiser",
                format!(
                    "Revenir aux résultats « {} » et aux {}",
                    saisie.resultats.scrutin,
                    donnees::SIGNATAIRES_SOURCE
                ),
            ),
        ]);
        Self { saisie, libelles }
    }
}

impl Default for ParDefaut {
    fn default() -> Self {
        Self::new()
    }
}

impl Saisie {
    pub fn sieges(&self, college: College) -> i64 {
        match college {
            College::Generalistes => self.sieges_generalistes,
            College::Specialistes => self.sieges_specialistes,
        }
    }
}

/// What identifies a union by its name: the case and the spaces around do not count (the page
/// groups names by it too).
pub fn cle_syndicat(nom: &str) -> String {
    nom.trim().to_lowercase()
}

/// Two names of a union are the same one (see [`cle_syndicat`]).
pub(crate) fn meme_syndicat(a: &str, b: &str) -> bool {
    cle_syndicat(a) == cle_syndicat(b)
}

/// The signatories' keys, built once, so that telling whether a union signed is one lookup and
/// matching the lines of a college is linear in their number.
pub(crate) struct Signataires(HashSet<String>);

impl Signataires {
    pub(crate) fn new<S: AsRef<str>>(names: &[S]) -> Self {
        Self(names.iter().map(|s| cle_syndicat(s.as_ref())).collect())
    }

    pub(crate) fn contient(&self, syndicat: &str) -> bool {
        self.0.contains(&cle_syndicat(syndicat))
    }
}

/// The lines of the signatories in a college, in the order of the results, each union once.
pub(crate) fn lignes_signataires<'a>(
    college: &'a ResultatsCollege,
    signataires: &Signataires,
) -> Vec<&'a VoixSyndicat> {
    let mut vus = HashSet::new();
    college
        .syndicats
        .iter()
        .filter(|l| signataires.contient(&l.syndicat) && vus.insert(cle_syndicat(&l.syndicat)))
        .collect()
}

/// A union's share of the expressed votes, in percent, rounded to the hundredth (half away from
/// zero), with whether it is the published one. 0 when it cannot be computed (no expressed vote).
pub fn part_syndicat(line: &VoixSyndicat, exprimes: i64) -> (Decimal, bool) {
    if let Some(part) = line.part.as_ref().and_then(DecimalInput::get) {
        return (round_cents(part), true);
    }
    (
        round_cents(ratio(line.voix, exprimes) * Decimal::ONE_HUNDRED),
        false,
    )
}

/// `num ÷ den` as a decimal (0 when `den` is not positive).
fn ratio(num: i64, den: i64) -> Decimal {
    if den <= 0 {
        return Decimal::ZERO;
    }
    Decimal::from(num)
        .checked_div(Decimal::from(den))
        .unwrap_or_default()
}

/// The weight of `signataires` in `college`: the sum of their shares (see [`part_syndicat`]), in
/// percent with two decimals. Unions the college does not list count for nothing.
pub fn share<S: AsRef<str>>(results: &Resultats, college: College, signataires: &[S]) -> Decimal {
    let c = results.college(college);
    let mut total = Decimal::ZERO;
    for l in lignes_signataires(c, &Signataires::new(signataires)) {
        total += part_syndicat(l, c.exprimes).0;
    }
    total.rescale(2);
    total
}

/// A percentage with two decimals, the French way: « 36,58 % », « 39,30 % ».
pub fn pourcent(value: Decimal) -> String {
    format!("{}\u{a0}%", fixed(round_cents(value), 2))
}

/// `value` written with exactly `dp` decimals (already rounded or truncated by the caller).
pub(crate) fn fixed(value: Decimal, dp: u32) -> String {
    let text = plain(value);
    let decimals = text.split_once(',').map_or(0, |(_, f)| f.len());
    let mut out = text;
    if dp > 0 && decimals == 0 {
        out.push(',');
    }
    for _ in decimals..dp as usize {
        out.push('0');
    }
    out
}

/// « 0 siège », « 1 siège », « 3 sièges ».
pub(crate) fn n_sieges(n: i64) -> String {
    if n > 1 {
        format!("{n} sièges")
    } else {
        format!("{n} siège")
    }
}

/// A union's line in a college, for the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LigneSyndicat {
    pub syndicat: String,
    pub signataire: bool,
    #[serde(serialize_with = "serialize_count")]
    pub voix: i64,
    /// Share of the expressed votes, percent with two decimals (« 36.58 »).
    #[serde(serialize_with = "serialize_hundredths")]
    pub part: Decimal,
    /// Whether the share is the published one (otherwise computed from the votes).
    pub part_publiee: bool,
    /// How the share is obtained (« part publiée : 36,58 % » or « 4 841 ÷ 23 384 × 100 = … »).
    pub formule_part: String,
    pub sieges: i64,
    /// Why the union has these seats, in French.
    pub explication: String,
    /// The steps of the allocation, for a signatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
}

/// One college: its lines, the signatories' weight and the allocation of its seats.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultatCollege {
    pub college: College,
    pub libelle: &'static str,
    #[serde(serialize_with = "serialize_count")]
    pub exprimes: i64,
    pub sieges: i64,
    /// Sum of the signatories' votes in the college.
    #[serde(serialize_with = "serialize_count")]
    pub voix_signataires: i64,
    /// Votes per seat: the signatories' votes ÷ the seats, rounded to the hundredth.
    #[serde(serialize_with = "serialize_hundredths")]
    pub quotient_electoral: Decimal,
    /// Every union of the college, in the order of the results.
    pub lignes: Vec<LigneSyndicat>,
    /// The signatories' weight: the sum of their shares (« 71.07 »).
    #[serde(serialize_with = "serialize_hundredths")]
    pub part_signataires: Decimal,
    /// « 17,31 % + 17,18 % + 36,58 % = 71,07 % ».
    pub formule_part: String,
    /// The allocation in one sentence.
    pub repartition: String,
    /// The other reading when typed votes do not add up to the expressed votes entered (none
    /// otherwise): the shares over the votes typed.
    pub lecture_voix_saisies: Option<LectureVoixSaisies>,
}

/// Shares computed from votes (no published share) assume the expressed votes entered are their
/// base. When the unions typed hold fewer votes, either the others went to lists not typed, or
/// the « Exprimés » entered is not the base of these votes (the table of the URPS 2021 results:
/// its four unions hold about half of its « Exprimés »). This is the second reading: each share
/// over the votes typed in the college.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LectureVoixSaisies {
    /// The votes of every union typed in the college.
    #[serde(serialize_with = "serialize_count")]
    pub voix_saisies: i64,
    /// What they are of the expressed votes entered, percent with two decimals (« 49.88 »).
    #[serde(serialize_with = "serialize_hundredths")]
    pub part_des_exprimes: Decimal,
    /// The signatories' weight in this reading (a published share stays the union's share).
    #[serde(serialize_with = "serialize_hundredths")]
    pub part_signataires: Decimal,
    /// « CSMF 19,64 % + FMF 19,49 % + MG France 41,50 % = 80,63 % (voix ÷ 11 665 voix saisies
    /// × 100) ».
    pub formule_part: String,
}

/// A source of the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub objet: &'static str,
    pub reference: String,
}

/// The result for the page: per college, per union, with the readings and the sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Representativite {
    pub scrutin: String,
    pub signataires: Vec<String>,
    pub colleges: Vec<ResultatCollege>,
    /// Readings chosen where the texts are silent or ambiguous.
    pub interpretations: Vec<String>,
    /// What is uncertain in this result (a tie the text does not settle, shares that do not match
    /// the votes…).
    pub avertissements: Vec<String>,
    /// Facts about the data (its own notes, agreement with the published figures).
    pub notes: Vec<String>,
    pub sources: Vec<Source>,
}

/// The readings, in French, shown with every result.
pub const INTERPRETATIONS: [&str; 6] = [
    "Part d'un syndicat : sa part publiée quand les résultats la donnent, sinon ses voix ÷ les \
     suffrages exprimés du collège × 100 ; chaque part est arrondie au centième (la moitié \
     s'arrondissant en s'éloignant de zéro) et le poids des signataires est la somme des parts \
     arrondies, comme le fait le préambule de la convention (17,31 + 17,18 + 36,58 = 71,07 %).",
    "Un collège ne compte que les syndicats représentatifs qui y sont listés : la FMF, absente du \
     collège des spécialistes, n'y pèse rien ; c'est ce que fait le préambule (73,68 % = 22,36 + \
     39,30 + 12,02, sans la FMF).",
    "Quotient électoral (§12 C) : les voix des signataires du collège divisées par le nombre de \
     sièges. Les sièges n'étant répartis qu'entre signataires, ce sont leurs voix qui sont \
     rapportées au quotient ; le plus fort reste pourvoit alors toujours les sièges restants, un \
     au plus par syndicat, et la répartition publiée (3, 2, 1 dans chaque collège) est retrouvée. \
     Avec tous les suffrages exprimés du tableau (23 384 ÷ 6 = 3 897,33), il ne serait attribué \
     qu'un siège au quotient chez les généralistes et il en resterait cinq pour trois syndicats, \
     cas que le texte ne règle pas ; avec la base qu'impliquent les parts publiées (environ \
     13 234 et 12 262), cette autre lecture donnerait aussi 3, 2, 1.",
    "Plus forts restes : les sièges non pourvus au quotient vont, un chacun, aux syndicats dont le \
     reste est le plus fort, comparé sur sa valeur exacte ; à reste égal, au syndicat qui a le \
     plus de voix (comme le code électoral, art. L. 262, pour la plus forte moyenne) ; à voix \
     égales aussi, le texte ne tranche pas : le siège va au premier dans l'ordre de saisie et un \
     avertissement le signale. Quotients et restes sont affichés tronqués à quatre décimales.",
    "Siège garanti (« au moins un siège ») : il corrige le résultat du quotient et des restes, il \
     n'est pas donné d'abord. Donner d'abord un siège à chacun puis répartir les trois autres \
     (quotient 9 406 ÷ 3 = 3 135,33) donnerait 2, 2, 2 chez les généralistes, contraire à la \
     répartition publiée 3, 2, 1.",
    "Le siège garanti d'un syndicat resté sans siège est pris au syndicat le plus sur-représenté \
     (le plus de sièges au-delà de son quotient), parmi ceux qui en gardent au moins un : d'abord \
     le siège gagné au plus faible reste, puis, s'il le faut, un siège gagné au quotient ; à \
     égalité, à celui qui a le moins de voix.",
];

/// The scenario's results and seats, or its errors on their fields.
pub fn compute(scenario: &Saisie) -> Result<Representativite, Vec<FieldError>> {
    let errors = validate(scenario);
    if !errors.is_empty() {
        return Err(errors);
    }
    let results = &scenario.resultats;
    let signataires: Vec<String> = scenario
        .signataires
        .iter()
        .map(|s| s.trim().to_owned())
        .collect();
    let mut avertissements = Vec::new();
    // The notes of the preloaded results are about those figures: they go with them, and results
    // edited from that source say so.
    let preloaded = urps_2021();
    let same_source = results.source.trim() == preloaded.source;
    let same_figures = results.same_figures(&preloaded);
    let mut notes = if results.notes.is_empty() && same_figures && same_source {
        preloaded.notes.clone()
    } else {
        results.notes.clone()
    };
    let mut colleges = Vec::new();
    for college in College::ALL {
        let c = college_result(results, college, &signataires, scenario.sieges(college));
        avertissements.extend(parts_incoherentes(results, college));
        avertissements.extend(voix_incompletes(college, &c));
        avertissements.extend(
            c.lignes
                .iter()
                .filter_map(|l| l.attribution.as_ref()?.avertissement.clone()),
        );
        notes.extend(comparaison_publiee(scenario, college, &c));
        colleges.push(c);
    }
    let source = if results.source.trim().is_empty() {
        "Résultats saisis par l'utilisateur (sans source indiquée)".to_owned()
    } else if same_source && !same_figures {
        format!(
            "{} — chiffres modifiés depuis cette source",
            results.source.trim()
        )
    } else {
        results.source.trim().to_owned()
    };
    Ok(Representativite {
        scrutin: results.scrutin.clone(),
        signataires,
        colleges,
        interpretations: INTERPRETATIONS.iter().map(|s| (*s).to_owned()).collect(),
        avertissements,
        notes,
        sources: vec![
            Source {
                objet: "Résultats des élections",
                reference: source,
            },
            Source {
                objet: "Syndicats signataires et leur poids",
                reference: SOURCE_SIGNATAIRES.to_owned(),
            },
            Source {
                objet: "Répartition des sièges",
                reference: SOURCE_SIEGES.to_owned(),
            },
        ],
    })
}

fn college_result(
    results: &Resultats,
    college: College,
    signataires: &[String],
    sieges: i64,
) -> ResultatCollege {
    let c = results.college(college);
    let cles = Signataires::new(signataires);
    let attributions = seats(results, college, signataires, sieges);
    let par_syndicat: HashMap<&str, &Attribution> = attributions
        .iter()
        .map(|a| (a.syndicat.as_str(), a))
        .collect();
    let mut lignes = Vec::new();
    let mut parts = Vec::new();
    for l in &c.syndicats {
        let (part, publiee) = part_syndicat(l, c.exprimes);
        let signataire = cles.contient(&l.syndicat);
        let attribution = par_syndicat.get(l.syndicat.as_str()).map(|a| (*a).clone());
        if attribution.is_some() {
            parts.push(part);
        }
        let formule_part = if publiee {
            format!("part publiée : {}", pourcent(part))
        } else {
            format!(
                "{} ÷ {} × 100 = {}",
                plain(Decimal::from(l.voix)),
                plain(Decimal::from(c.exprimes)),
                pourcent(part)
            )
        };
        let (sieges_l, explication) = match &attribution {
            Some(a) => (a.sieges, a.explication.clone()),
            None => (
                0,
                "Non signataire : pas de siège à la section professionnelle.".to_owned(),
            ),
        };
        lignes.push(LigneSyndicat {
            syndicat: l.syndicat.clone(),
            signataire,
            voix: l.voix,
            part,
            part_publiee: publiee,
            formule_part,
            sieges: sieges_l,
            explication,
            attribution,
        });
    }
    let part_signataires = share(results, college, signataires);
    let formule_part = format!(
        "{} = {}",
        parts
            .iter()
            .map(|p| pourcent(*p))
            .collect::<Vec<_>>()
            .join(" + "),
        pourcent(part_signataires)
    );
    let voix_signataires = lignes_signataires(c, &cles).iter().map(|l| l.voix).sum();
    let quotient = quotient_electoral(results, college, signataires, sieges);
    ResultatCollege {
        college,
        libelle: college.libelle(),
        exprimes: c.exprimes,
        sieges,
        voix_signataires,
        quotient_electoral: quotient,
        repartition: sieges::resume(&attributions, voix_signataires, sieges, quotient),
        lecture_voix_saisies: lecture_voix_saisies(c, &cles),
        lignes,
        part_signataires,
        formule_part,
    }
}

/// The second reading of a college whose shares are not all published and whose typed votes add
/// up to less than the expressed votes entered (see [`LectureVoixSaisies`]).
fn lecture_voix_saisies(
    c: &ResultatsCollege,
    signataires: &Signataires,
) -> Option<LectureVoixSaisies> {
    let voix = c
        .syndicats
        .iter()
        .map(|l| l.voix.max(0))
        .fold(0_i64, i64::saturating_add);
    if c.syndicats.iter().all(|l| l.part.is_some()) || voix <= 0 || voix >= c.exprimes {
        return None;
    }
    let lignes = lignes_signataires(c, signataires);
    // The same rule as the first reading, over the votes typed: each share rounded, then added.
    let parts: Vec<(&str, Decimal)> = lignes
        .iter()
        .map(|l| (l.syndicat.trim(), part_syndicat(l, voix).0))
        .collect();
    let mut part_signataires: Decimal = parts.iter().map(|(_, p)| *p).sum();
    part_signataires.rescale(2);
    let formule_part = format!(
        "{} = {} (voix ÷ {} voix saisies × 100)",
        parts
            .iter()
            .map(|(name, p)| format!("{name} {}", pourcent(*p)))
            .collect::<Vec<_>>()
            .join(" + "),
        pourcent(part_signataires),
        plain(Decimal::from(voix))
    );
    Some(LectureVoixSaisies {
        voix_saisies: voix,
        part_des_exprimes: round_cents(ratio(voix, c.exprimes) * Decimal::ONE_HUNDRED),
        part_signataires,
        formule_part,
    })
}

/// The warning that goes with the second reading: what does not add up, and both weights.
fn voix_incompletes(college: College, c: &ResultatCollege) -> Option<String> {
    let l = c.lecture_voix_saisies.as_ref()?;
    Some(format!(
        "{}, les voix saisies ({}) ne font que {} des {} suffrages exprimés saisis : les parts \
         calculées à partir des voix supposent que les {} autres voix sont allées à des listes non \
         saisies. Si « Exprimés » n'est pas la base de ces voix (un tableau qui omet des listes, \
         comme celui des élections URPS 2021), les parts sont celles des voix saisies et les \
         signataires pèsent {} au lieu de {}. Les deux lectures sont affichées ; la répartition \
         des sièges, qui ne compte que les voix des signataires, est la même dans les deux.",
        capitalise(college.au_college()),
        plain(Decimal::from(l.voix_saisies)),
        pourcent(l.part_des_exprimes),
        plain(Decimal::from(c.exprimes)),
        plain(Decimal::from(c.exprimes - l.voix_saisies)),
        pourcent(l.part_signataires),
        pourcent(c.part_signataires)
    ))
}

/// A warning when published shares are far from votes ÷ expressed votes (more than 0,01 point).
fn parts_incoherentes(results: &Resultats, college: College) -> Option<String> {
    let c = results.college(college);
    let mut worst: Option<(&VoixSyndicat, Decimal, Decimal)> = None;
    for l in &c.syndicats {
        let (part, publiee) = part_syndicat(l, c.exprimes);
        if !publiee || c.exprimes <= 0 {
            continue;
        }
        let calculee = round_cents(ratio(l.voix, c.exprimes) * Decimal::ONE_HUNDRED);
        if (calculee - part).abs() > Decimal::new(1, 2)
            && worst.is_none_or(|(w, _, _)| l.voix > w.voix)
        {
            worst = Some((l, part, calculee));
        }
    }
    let (l, part, calculee) = worst?;
    let base = if part.is_zero() {
        String::new()
    } else {
        let implied = (Decimal::from(l.voix) * Decimal::ONE_HUNDRED / part)
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        format!(
            " ; la part publiée suppose environ {} suffrages exprimés ({} ÷ {})",
            plain(implied),
            plain(Decimal::from(l.voix)),
            pourcent(part)
        )
    };
    Some(format!(
        "{}, les parts publiées ne sont pas les voix ÷ les suffrages exprimés saisis : {} a {} \
         voix, soit {} de {}, pour une part publiée de {}{}. Les parts publiées sont retenues.",
        capitalise(college.au_college()),
        l.syndicat,
        plain(Decimal::from(l.voix)),
        pourcent(calculee),
        plain(Decimal::from(c.exprimes)),
        pourcent(part),
        base
    ))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A note when the scenario is the convention's own (URPS 2021, the 2024 signatories, 6 seats):
/// whether the weight and the seats are those the circulaire publishes.
fn comparaison_publiee(scenario: &Saisie, college: College, c: &ResultatCollege) -> Vec<String> {
    let signataires = Signataires::new(&scenario.signataires);
    let same_set = scenario.signataires.len() == SIGNATAIRES_2024.len()
        && SIGNATAIRES_2024.iter().all(|s| signataires.contient(s));
    if !scenario.resultats.same_figures(&urps_2021())
        || !same_set
        || scenario.sieges(college) != SIEGES_PAR_COLLEGE
    {
        return Vec::new();
    }
    let weight = if c.part_signataires == poids_publie(college) {
        format!(
            "poids des signataires de {}, celui que publie le préambule",
            pourcent(c.part_signataires)
        )
    } else {
        format!(
            "poids des signataires de {}, quand le préambule publie {}",
            pourcent(c.part_signataires),
            pourcent(poids_publie(college))
        )
    };
    let published = repartition_publiee(college);
    let same_seats = published.iter().all(|(name, n)| {
        c.lignes
            .iter()
            .any(|l| meme_syndicat(&l.syndicat, name) && l.sieges == *n)
    });
    let seats_text = published
        .iter()
        .map(|(name, n)| format!("{name} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    vec![format!(
        "{} : {} ; sièges {} la répartition publiée au §12 C ({}).",
        college.libelle(),
        weight,
        if same_seats {
            "identiques à"
        } else {
            "différents de"
        },
        seats_text
    )]
}

/// Reads a scenario from JSON text; a structural error comes back on its field, in French.
pub fn from_json(text: &str) -> Result<Saisie, FieldError> {
    crate::input::read_json(text, "le scénario")
}
