//! The report: every amount with the line that explains it.
//!
//! A [`Line`] carries its code, French label, the formula with its numbers, the amount (rounded to
//! the cent, see [`crate::money`]), the source and the interpretations made where the text is
//! silent. Lines are grouped into subtotals, subtotals into a dispositif, dispositifs into the
//! report. Every total is the sum of the amounts below it, never computed apart.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::{round_cents, serialize_cents, Cents};

/// A text of the report: most are fixed (a code, a label, a reading of the texts) and are not
/// copied at each computation; the others are worded from the profile or the parameters.
pub type Text = Cow<'static, str>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub code: Text,
    pub libelle: Text,
    pub formule: String,
    #[serde(serialize_with = "serialize_cents")]
    pub montant: Decimal,
    pub source: String,
    /// Readings chosen where the text is silent or ambiguous.
    pub interpretations: Vec<Text>,
    /// Facts the physician should know about this line (a contract that blocks a majoration…).
    pub notes: Vec<String>,
    /// What the line pays for, across dispositifs and years (« Patients en ALD de 80 ans ou
    /// plus », « Prévention »…): the comparison of two years matches lines by it.
    pub famille: Option<&'static str>,
}

impl Line {
    pub fn new(
        code: impl Into<Text>,
        libelle: impl Into<Text>,
        formule: impl Into<String>,
        montant: Cents,
        source: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            libelle: libelle.into(),
            formule: formule.into(),
            montant: round_cents(montant.value()),
            source: source.into(),
            interpretations: Vec::new(),
            notes: Vec::new(),
            famille: None,
        }
    }

    pub fn interpretation(mut self, text: impl Into<Text>) -> Self {
        self.interpretations.push(text.into());
        self
    }

    /// The reading behind a parameter's value, if it has one (see `params::Resolved`).
    pub fn interpretations(self, reading: Option<&'static str>) -> Self {
        match reading {
            Some(text) => self.interpretation(text),
            None => self,
        }
    }

    pub fn note(mut self, text: impl Into<String>) -> Self {
        self.notes.push(text.into());
        self
    }

    /// The note `write` returns, when the line is written whole (see [`Detail`]).
    pub fn note_in<S: Into<String>>(self, detail: Detail, write: impl FnOnce() -> S) -> Self {
        if detail.lignes() {
            self.note(write())
        } else {
            self
        }
    }

    pub fn famille(mut self, famille: &'static str) -> Self {
        self.famille = Some(famille);
        self
    }
}

/// How much of a dispositif's explanation is written. The page shows the lines of the
/// dispositifs the user opened only; for the others it still shows what their lines add up to:
/// the subtotals, the payments, the summary of interpretations and, between two years, the
/// differences line by line (code, label, amount, famille). Those are written in both modes,
/// the same; a line's formula, source and notes, and the dispositif's source, only with
/// [`Detail::Lignes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every line whole: the report read, printed, or a dispositif the page has opened.
    Lignes,
    /// What the report's totals, payments, interpretations and the comparison read: the
    /// formulas, sources and notes left empty.
    Sommaire,
}

/// Whether this build writes lines whole at all. The page's first module (`page` without
/// `complet`) does not: it answers only with every dispositif closed, and the page asks the
/// complete module for lines (README « Taille »). There every [`Detail`] reads as
/// [`Detail::Sommaire`], so the formulas, sources and notes written through [`Detail::text`] are
/// compiled out of it, as the parameters' labels are (`Param::label`).
pub const LINES_WRITTEN: bool = cfg!(any(feature = "complet", not(feature = "page")));

impl Detail {
    /// Whether lines are written whole (never in the page's first module, see [`LINES_WRITTEN`]).
    pub const fn lignes(self) -> bool {
        LINES_WRITTEN && matches!(self, Self::Lignes)
    }

    /// The text `write` returns when lines are written whole; nothing otherwise.
    pub fn text<S: Into<String>>(self, write: impl FnOnce() -> S) -> String {
        if self.lignes() {
            write().into()
        } else {
            String::new()
        }
    }
}

/// Families of lines that pay for the same thing across regimes (2011, 2016, 2024).
pub mod famille {
    pub const PREVENTION: &str =
        "Prévention et santé publique (ROSP, puis volet prévention du FMT)";
    /// The organisation du cabinet of the 2011 ROSP (equipment, télétransmission, opening hours)
    /// went to the forfait structure of 2016, which the DONUM replaces.
    pub const NUMERIQUE: &str =
        "Équipement, organisation du cabinet et usages numériques (ROSP 2011, forfait structure, puis DONUM)";
    pub const MAITRE_DE_STAGE: &str = "Maître de stage";
    pub const NON_VUS: &str = "Patients non vus depuis 2 ans";
    /// The régulation libérale, split in two lines the year its hourly amount changes.
    pub const REGULATION: &str = "Heures de régulation libérale";
}

/// A subtotal: a part of a dispositif (the socle, the majorations…).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub code: &'static str,
    pub libelle: &'static str,
    pub lignes: Vec<Line>,
    #[serde(serialize_with = "serialize_cents")]
    pub sous_total: Decimal,
}

impl Group {
    pub fn new(code: &'static str, libelle: &'static str, lignes: Vec<Line>) -> Self {
        let sous_total = crate::money::sum(lignes.iter().map(|l| l.montant));
        Self {
            code,
            libelle,
            lignes,
            sous_total: round_cents(sous_total),
        }
    }
}

/// A payment of the year: when, what it pays, how much.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Payment {
    pub echeance: Text,
    pub objet: Text,
    #[serde(serialize_with = "serialize_cents")]
    pub montant: Decimal,
    pub source: String,
    /// The reading chosen where the text does not say when this is paid.
    pub interpretation: Option<Text>,
}

impl Payment {
    /// A payment; its `source` is written where lines are (see [`LINES_WRITTEN`]): the page's
    /// table of payments does not show it.
    pub fn new<S: Into<String>>(
        echeance: impl Into<Text>,
        objet: impl Into<Text>,
        montant: Decimal,
        source: impl FnOnce() -> S,
    ) -> Self {
        Self {
            echeance: echeance.into(),
            objet: objet.into(),
            montant: round_cents(montant),
            source: if LINES_WRITTEN {
                source().into()
            } else {
                String::new()
            },
            interpretation: None,
        }
    }

    /// The reading chosen where the text does not date the payment.
    pub fn interpretation(mut self, text: impl Into<Text>) -> Self {
        self.interpretation = Some(text.into());
        self
    }
}

/// One dispositif (the FMT, later the DONUM…) for the year: either its subtotals, or the reason
/// it does not apply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dispositif {
    pub code: &'static str,
    pub libelle: &'static str,
    /// Why the physician gets nothing from it this year, if so.
    pub motif_absence: Option<Text>,
    /// Whether the dispositif exists this year (it may exist and not apply to this physician).
    pub en_vigueur: bool,
    /// Amounts that are not the physician's own (paid to a structure, or for a union mandate):
    /// shown apart, never added to the report's total nor to its payments.
    pub hors_total: bool,
    pub source: String,
    pub groupes: Vec<Group>,
    #[serde(serialize_with = "serialize_cents")]
    pub total: Decimal,
    pub versements: Vec<Payment>,
}

impl Dispositif {
    pub fn computed(
        code: &'static str,
        libelle: &'static str,
        source: String,
        groupes: Vec<Group>,
        versements: Vec<Payment>,
    ) -> Self {
        let total = round_cents(crate::money::sum(groupes.iter().map(|g| g.sous_total)));
        // A payment of nothing is not a payment.
        let versements = versements
            .into_iter()
            .filter(|p| !p.montant.is_zero())
            .collect();
        Self {
            code,
            libelle,
            motif_absence: None,
            en_vigueur: true,
            hors_total: false,
            source,
            groupes,
            total,
            versements,
        }
    }

    /// The dispositif does not exist in the year.
    pub fn not_in_force(
        code: &'static str,
        libelle: &'static str,
        source: String,
        motif: impl Into<Text>,
    ) -> Self {
        Self::absent(code, libelle, source, motif.into(), false)
    }

    /// The dispositif exists, but does not apply to this physician.
    pub fn not_applicable(
        code: &'static str,
        libelle: &'static str,
        source: String,
        motif: impl Into<Text>,
    ) -> Self {
        Self::absent(code, libelle, source, motif.into(), true)
    }

    fn absent(
        code: &'static str,
        libelle: &'static str,
        source: String,
        motif: Text,
        en_vigueur: bool,
    ) -> Self {
        Self {
            code,
            libelle,
            motif_absence: Some(motif),
            en_vigueur,
            hors_total: false,
            source,
            groupes: Vec::new(),
            total: round_cents(Decimal::ZERO),
            versements: Vec::new(),
        }
    }

    /// The same dispositif, shown apart from the physician's total if `apart`.
    pub fn apart(mut self, apart: bool) -> Self {
        self.hors_total = apart;
        self
    }

    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.groupes.iter().flat_map(|g| g.lignes.iter())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub annee: i32,
    /// The date at which the patientèle and the physician's situation are observed.
    pub date_observation: NaiveDate,
    pub dispositifs: Vec<Dispositif>,
    /// The physician's total: the dispositifs shown apart (`hors_total`) are not in it.
    #[serde(serialize_with = "serialize_cents")]
    pub total: Decimal,
    /// The sum of the dispositifs shown apart from the total (a structure's allocation, a union
    /// mandate's indemnity), for information.
    #[serde(serialize_with = "serialize_cents")]
    pub a_part: Decimal,
    /// The physician's payments (those of the dispositifs shown apart are in their dispositif).
    pub versements: Vec<Payment>,
    /// Every interpretation of the report's lines, once each, for a summary.
    pub interpretations: Vec<Text>,
}

impl Report {
    pub fn new(annee: i32, date_observation: NaiveDate, dispositifs: Vec<Dispositif>) -> Self {
        let sum = |apart: bool| {
            round_cents(crate::money::sum(
                dispositifs
                    .iter()
                    .filter(|d| d.hors_total == apart)
                    .map(|d| d.total),
            ))
        };
        let (total, a_part) = (sum(false), sum(true));
        let versements = dispositifs
            .iter()
            .filter(|d| !d.hors_total)
            .flat_map(|d| d.versements.iter().cloned())
            .collect();
        let mut interpretations: Vec<Text> = Vec::new();
        let of_lines = dispositifs
            .iter()
            .flat_map(|d| d.lines())
            .flat_map(|l| l.interpretations.iter());
        let of_payments = dispositifs
            .iter()
            .flat_map(|d| d.versements.iter())
            .filter_map(|v| v.interpretation.as_ref());
        for text in of_lines.chain(of_payments) {
            if !interpretations.contains(text) {
                interpretations.push(text.clone());
            }
        }
        Self {
            annee,
            date_observation,
            dispositifs,
            total,
            a_part,
            versements,
            interpretations,
        }
    }

    pub fn dispositif(&self, code: &str) -> Option<&Dispositif> {
        self.dispositifs.iter().find(|d| d.code == code)
    }

    pub fn line(&self, code: &str) -> Option<&Line> {
        self.dispositifs
            .iter()
            .flat_map(|d| d.lines())
            .find(|l| l.code == code)
    }
}
