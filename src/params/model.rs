//! What a parameter is: one definition holding its identifier, French label, unit, domain (the
//! values a scenario may give it) and its dated values, each with the text and section that set
//! it. A rule names a parameter by its `static` (a typed handle): a misspelt parameter does not
//! compile.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

/// A text of `shared/sources` (or one known from elsewhere, cited by its own reference).
#[derive(Debug, Serialize)]
pub struct Document {
    pub id: &'static str,
    /// Citation of the document, e.g. « Circulaire CNAM du 31/07/2024 ».
    pub document: &'static str,
    /// File of `shared/sources` holding the text (empty for a text cited from elsewhere).
    pub fichier: &'static str,
}

impl Document {
    /// « Document, section » — the citation format of `shared/sources/README.md`.
    pub fn cite(&self, section: &str) -> String {
        format!("{}, {}", self.document, section)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Euros per patient, per indicator or per year, as the label says.
    Euro,
    /// A percentage: 10 means 10 %.
    Pourcent,
    /// A number of years.
    Annees,
    /// Points of a forfait, paid at the point's value.
    Points,
    /// A number of patients, acts or half-days.
    Nombre,
    /// A rule switched on (1) or off (0).
    OuiNon,
}

/// The values a scenario may give a parameter: from `min` to `max`, whole numbers only if
/// `entier`. Chosen so that no computation on them can overflow or divide by zero (a patientèle
/// of reference is at least 1), and so that a typo (a rate of 1 000 %) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Domain {
    #[serde(serialize_with = "crate::money::serialize_plain")]
    pub min: Decimal,
    #[serde(serialize_with = "crate::money::serialize_plain")]
    pub max: Decimal,
    pub entier: bool,
}

impl Unit {
    /// The domain of a parameter of this unit, unless its definition narrows it.
    pub const fn domain(self) -> Domain {
        let (min, max, entier) = match self {
            Self::Euro => (dec!(0), dec!(1000000), false),
            Self::Pourcent => (dec!(0), dec!(100), false),
            Self::Annees => (dec!(0), dec!(120), true),
            Self::Points => (dec!(0), dec!(100000), false),
            Self::Nombre => (dec!(0), dec!(100000), true),
            Self::OuiNon => (dec!(0), dec!(1), true),
        };
        Domain { min, max, entier }
    }
}

impl Domain {
    /// Why `value` is outside the domain, in French, if it is.
    pub fn refuse(&self, value: Decimal, unit: Unit) -> Option<String> {
        let plain = crate::money::plain;
        if unit == Unit::OuiNon {
            return (value != Decimal::ZERO && value != Decimal::ONE)
                .then(|| "1 (oui) ou 0 (non) attendu.".to_owned());
        }
        if value.is_sign_negative() && !value.is_zero() {
            return Some("Un montant, un taux ou un seuil ne peut pas être négatif.".to_owned());
        }
        if self.entier && !value.fract().is_zero() {
            return Some("Nombre entier attendu (sans virgule).".to_owned());
        }
        if value < self.min || value > self.max {
            return Some(format!(
                "Valeur hors du domaine de ce paramètre : de {} à {}{}.",
                plain(self.min),
                plain(self.max),
                match unit {
                    Unit::Euro => " €",
                    Unit::Pourcent => " %",
                    Unit::Annees => " ans",
                    Unit::Points => " points",
                    Unit::Nombre | Unit::OuiNon => "",
                }
            ));
        }
        None
    }
}

/// One value of a parameter, in force from `debut` to `fin` (inclusive; `None`: until further
/// notice), as a text sets it.
#[derive(Debug, Serialize)]
pub struct Dated {
    #[serde(serialize_with = "crate::money::serialize_plain")]
    pub valeur: Decimal,
    pub debut: NaiveDate,
    pub fin: Option<NaiveDate>,
    #[serde(serialize_with = "document_id")]
    pub texte: &'static Document,
    /// Section or article of the text. Read only where lines are written whole: the page's
    /// first module, which writes none (`report::LINES_WRITTEN`), leaves the sections out, as it
    /// does the labels ([`Param::libelle`]).
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub section: &'static str,
    /// The reading the calculator makes where the text does not set this value for these dates
    /// (a value carried on, a value inferred from another): shown on every line that uses it.
    pub interpretation: Option<&'static str>,
}

fn document_id<S: serde::Serializer>(d: &&'static Document, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(d.id)
}

impl Dated {
    /// A value in force from `debut` until further notice.
    pub const fn since(
        valeur: Decimal,
        debut: NaiveDate,
        texte: &'static Document,
        section: &'static str,
    ) -> Self {
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        let _ = section;
        Self {
            valeur,
            debut,
            fin: None,
            texte,
            #[cfg(any(feature = "complet", not(feature = "page")))]
            section,
            interpretation: None,
        }
    }

    /// A value in force from `debut` to `fin`, both included.
    pub const fn during(
        valeur: Decimal,
        (debut, fin): (NaiveDate, NaiveDate),
        texte: &'static Document,
        section: &'static str,
    ) -> Self {
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        let _ = section;
        Self {
            valeur,
            debut,
            fin: Some(fin),
            texte,
            #[cfg(any(feature = "complet", not(feature = "page")))]
            section,
            interpretation: None,
        }
    }

    /// The same value, applied by the calculator where the text does not set it, with the reading
    /// that justifies it.
    pub const fn read_as(mut self, interpretation: &'static str) -> Self {
        self.interpretation = Some(interpretation);
        self
    }

    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.debut <= date && self.fin.is_none_or(|fin| date <= fin)
    }

    /// The section, or nothing in the page's first module (see [`Dated::section`]).
    pub const fn section(&self) -> &'static str {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self.section;
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        ""
    }

    /// « Document, section »; nothing in the page's first module, which writes no citation.
    pub fn citation(&self) -> String {
        if crate::report::LINES_WRITTEN {
            self.texte.cite(self.section())
        } else {
            String::new()
        }
    }
}

/// A parameter: what it is, the values it may take, and its dated values.
#[derive(Debug, Serialize)]
pub struct Param {
    pub id: &'static str,
    /// Read by the scenario editor and the CLI only: the page's first module (`page` without
    /// `complet`) leaves the labels out, about 4 KB of its gzip.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub libelle: &'static str,
    pub unite: Unit,
    /// Read by the scenarios' validation and the editor's catalogue only: the page's first
    /// module, which refuses scenarios, leaves the domains out, as it does the labels.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub domaine: Domain,
    pub valeurs: &'static [Dated],
}

impl Param {
    /// A parameter whose domain is its unit's.
    pub const fn new(
        id: &'static str,
        libelle: &'static str,
        unite: Unit,
        valeurs: &'static [Dated],
    ) -> Self {
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        let _ = libelle;
        Self {
            id,
            #[cfg(any(feature = "complet", not(feature = "page")))]
            libelle,
            unite,
            #[cfg(any(feature = "complet", not(feature = "page")))]
            domaine: unite.domain(),
            valeurs,
        }
    }

    /// The same parameter with a narrower or wider domain than its unit's.
    #[allow(unused_mut)] // the first module keeps no domain
    pub const fn within(mut self, min: Decimal, max: Decimal) -> Self {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        {
            self.domaine.min = min;
            self.domaine.max = max;
        }
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        let _ = (min, max);
        self
    }

    /// The values a scenario may give it; its unit's in the page's first module, which keeps no
    /// domain and reads no scenario (see [`Param::domaine`]).
    pub const fn domain(&self) -> Domain {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self.domaine;
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        self.unite.domain()
    }

    /// The label, or nothing in the page's first module (see [`Param::libelle`]).
    pub const fn label(&self) -> &'static str {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self.libelle;
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        ""
    }

    /// The value the texts set at `date`, if any.
    pub fn at(&self, date: NaiveDate) -> Option<&'static Dated> {
        self.valeurs.iter().find(|v| v.in_force(date))
    }

    /// First day on which the texts give the parameter a value: when its dispositif starts.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.valeurs.iter().map(|v| v.debut).min()
    }

    /// Last day on which the texts give it a value, if its last value has an end: when its
    /// dispositif stops.
    pub fn last_day(&self) -> Option<NaiveDate> {
        if self.valeurs.iter().any(|v| v.fin.is_none()) {
            return None;
        }
        self.valeurs.iter().filter_map(|v| v.fin).max()
    }
}

/// Builds a date in a `static` table; an impossible date fails the build, not the page.
pub const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("impossible date in a parameter table"),
    }
}

/// The year `y`, from 1 January to 31 December.
pub const fn year(y: i32) -> (NaiveDate, NaiveDate) {
    (date(y, 1, 1), date(y, 12, 31))
}

/// Defines the parameters of a file, each as a `pub static`, and the file's list `ALL` for the
/// registry — one line per parameter, so that none is defined and forgotten.
macro_rules! parameters {
    ($($(#[$doc:meta])* $name:ident = $param:expr;)+) => {
        $($(#[$doc])* pub static $name: $crate::params::Param = $param;)+
        /// Every parameter of this file.
        pub(super) static ALL: &[&$crate::params::Param] = &[$(&$name),+];
    };
}
pub(crate) use parameters;
