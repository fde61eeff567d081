//! Dates the texts share: when a regime starts or ends. Each says which text sets it.

use chrono::NaiveDate;

use super::date;

/// The convention of 26 July 2011 is in force from 26 September 2011 (circulaire CNAMTS 19/2011,
/// introduction): RMT, Sophia, options démographie and santé solidarité territoriale, avenant 20
/// prorogued.
pub const CONVENTION_2011_START: NaiveDate = date(2011, 9, 26);
/// The 2011 convention's ROSP is paid from its first year, 2012 (circulaire CNAMTS 19/2011, II.4).
pub const ROSP_START: NaiveDate = date(2012, 1, 1);
/// The last year computed under the 2011 convention, concluded for five years (circulaire
/// CNAMTS 19/2011, introduction): 2016, counted whole.
pub const REGIME_2011_END: NaiveDate = date(2016, 12, 31);
/// 2017 to 2020 depend on the 2016 convention and its avenants before the 9th, none of which is
/// in the sources: no value is known between these two days, both included.
pub const UNCOVERED_START: NaiveDate = date(2017, 1, 1);
pub const UNCOVERED_END: NaiveDate = date(2020, 12, 31);
/// Avenant 9 sets the forfait structure from 2021 (art. 5); the calculator's first year.
pub const AVENANT_9_START: NaiveDate = date(2021, 1, 1);
/// The convention of 4 June 2024 is in force from 22 June 2024; so are the assistant médical
/// rules of its §4 and the GAP indemnity of §9.4 B.
pub const CONVENTION_2024_START: NaiveDate = date(2024, 6, 22);
/// The AME and IPA missions start on 1 January 2025 (circulaire du 31/07/2024, §3.4 C and D).
pub const MISSIONS_2025: NaiveDate = date(2025, 1, 1);
/// The FMT replaces the FPMT and the ROSP on 1 January 2026 (circulaire du 31/07/2024, §3.1 A,
/// « Entrée en vigueur » of §3.1 C); the DONUM, the aides à l'installation, the consultations
/// avancées and the new missions start the same day.
pub const FMT_START: NaiveDate = date(2026, 1, 1);
/// The last day of the FPMT, the ROSP and the forfait structure (§3.1 A, §3.3 A).
pub const OLD_REGIME_END: NaiveDate = date(2025, 12, 31);
/// The DONUM's targets rise in 2028 (§3.3 A, table « Cible 2026 / Cible 2028 »).
pub const DONUM_2028: NaiveDate = date(2028, 1, 1);
/// The last VSM campaign: results at 30 June 2025 (§3.3 B).
pub const VSM_END: NaiveDate = date(2025, 6, 30);
