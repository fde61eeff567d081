//! The seats of the section professionnelle of a college among the signatory unions
//! (Circulaire CNAM du 31/07/2024, §12 C).
//!
//! The text: each signatory's votes are divided by the electoral quotient (the expressed votes
//! divided by the seats to fill), the seats left go to the largest remainders, and each
//! representative signatory is sure to have at least one seat. Readings made where it is silent
//! (also in [`super::INTERPRETATIONS`], shown with every result):
//!
//! 1. **Quotient**: the signatories' votes in the college ÷ the seats. The seats go to the
//!    signatories alone, so their votes are the ones counted; the seats left after the integer
//!    parts are then always fewer than the signatories and the largest remainders fill them, one
//!    each. This gives the allocation §12 C publishes (3, 2, 1 in each college). With every
//!    expressed vote of the slide (23 384 ÷ 6), one seat only would be filled by the quotient
//!    among the généralistes, leaving five for three unions, which the text does not settle (with
//!    the base the published shares imply, about 13 234 and 12 262, that reading also gives 3, 2,
//!    1: the two readings part only in other scenarios).
//! 2. **Largest remainders** are compared exactly (as fractions, in integers); at equal remainder
//!    the union with more votes wins (as the code électoral, art. L. 262, for the highest
//!    average); at equal votes too the text is silent: the first in the order of the results wins
//!    and a warning says so.
//! 3. **At least one seat** corrects the result; it is not given first (giving each signatory a
//!    seat first and the three others by quotient would give 2, 2, 2 among the généralistes,
//!    against the published 3, 2, 1). A union left without a seat receives one, taken from the
//!    most over-represented union that keeps at least one seat: the largest seats − quotient, so
//!    first the seat won with the smallest remainder, then a seat won by the quotient if needed;
//!    at equal over-representation, from the one with fewer votes (then the later in the order).
//!
//! Quotients and remainders are shown truncated to four decimals (so that the integer part shown
//! is the seats won by the quotient); every comparison uses the exact values.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

use super::{fixed, lignes_signataires, n_sieges, College, Resultats, Signataires};
use crate::money::plain;

/// A quotient or a remainder as a decimal string with four decimals (« 3.0880 »).
fn serialize_4<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut v = *value;
    v.rescale(4);
    s.serialize_str(&v.to_string())
}

/// How a signatory's seats were obtained.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    pub syndicat: String,
    pub voix: i64,
    /// Votes ÷ the electoral quotient (= votes × seats ÷ the signatories' votes), truncated to four
    /// decimals.
    #[serde(serialize_with = "serialize_4")]
    pub quotient: Decimal,
    /// The integer part of the quotient: seats won by the quotient.
    pub sieges_au_quotient: i64,
    /// The fractional part of the quotient, truncated to four decimals.
    #[serde(serialize_with = "serialize_4")]
    pub reste: Decimal,
    /// Rank of the remainder among the signatories (1 = largest), ties broken as described.
    pub rang_du_reste: usize,
    pub siege_au_reste: bool,
    /// The union had no seat and received the one each signatory is sure to have.
    pub siege_garanti: bool,
    /// Seats given up for the guaranteed seat of another union.
    pub sieges_cedes: i64,
    /// Seats in the end.
    pub sieges: i64,
    /// The steps, in French.
    pub explication: String,
    /// A tie the text does not settle, decided here by the order of the results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avertissement: Option<String>,
}

/// The electoral quotient: the signatories' votes in the college ÷ `total_seats`, rounded to the
/// hundredth (half away from zero); 0 when there is no seat.
pub fn quotient_electoral<S: AsRef<str>>(
    results: &Resultats,
    college: College,
    signataires: &[S],
    total_seats: i64,
) -> Decimal {
    if total_seats <= 0 {
        return Decimal::ZERO;
    }
    let v: i64 = lignes_signataires(results.college(college), &Signataires::new(signataires))
        .iter()
        .map(|l| l.voix.max(0))
        .fold(0i64, i64::saturating_add);
    let mut q = Decimal::from(v)
        .checked_div(Decimal::from(total_seats))
        .unwrap_or_default()
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    q.rescale(2);
    q
}

/// `num ÷ den` truncated to `dp` decimals (`num` ≥ 0, `den` > 0), exactly in integers.
fn truncated(num: i128, den: i128, dp: u32) -> Decimal {
    let scaled = num
        .checked_mul(10i128.pow(dp))
        .map_or(0, |n| n / den.max(1));
    Decimal::try_from_i128_with_scale(scaled, dp).unwrap_or_default()
}

fn rang(n: usize) -> String {
    if n == 1 {
        "1er".to_owned()
    } else {
        format!("{n}e")
    }
}

fn liste(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} et {last}", rest.join(", ")),
    }
}

fn voix_txt(v: i128) -> String {
    plain(Decimal::try_from_i128_with_scale(v, 0).unwrap_or_default())
}

/// The allocation of `total_seats` among the signatories of `college` (§12 C, readings above):
/// one line per signatory the college lists, in the order of the results. Meant for validated
/// input; whatever the input, it does not panic (no vote or no seat: every line at 0).
pub fn seats<S: AsRef<str>>(
    results: &Resultats,
    college: College,
    signataires: &[S],
    total_seats: i64,
) -> Vec<Attribution> {
    let lines = lignes_signataires(results.college(college), &Signataires::new(signataires));
    let n = lines.len();
    let s = i128::from(total_seats.max(0));
    let votes: Vec<i128> = lines.iter().map(|l| i128::from(l.voix.max(0))).collect();
    let v: i128 = votes.iter().sum();
    let blank = |explication: String| -> Vec<Attribution> {
        lines
            .iter()
            .map(|l| Attribution {
                syndicat: l.syndicat.clone(),
                voix: l.voix,
                quotient: Decimal::ZERO,
                sieges_au_quotient: 0,
                reste: Decimal::ZERO,
                rang_du_reste: 0,
                siege_au_reste: false,
                siege_garanti: false,
                sieges_cedes: 0,
                sieges: 0,
                explication: explication.clone(),
                avertissement: None,
            })
            .collect()
    };
    if s == 0 {
        return blank("Aucun siège à pourvoir.".to_owned());
    }
    if v == 0 {
        return blank(
            "Les signataires n'ont aucune voix : le quotient électoral ne peut pas être calculé."
                .to_owned(),
        );
    }

    // Quotient of union i: votes_i ÷ (v ÷ s) = votes_i × s ÷ v, an exact fraction over v.
    let num: Vec<i128> = votes.iter().map(|x| x * s).collect();
    let int: Vec<i128> = num.iter().map(|x| x / v).collect();
    let rem: Vec<i128> = num.iter().map(|x| x % v).collect();
    let left = (s - int.iter().sum::<i128>()).max(0) as usize; // < n, since each remainder < 1
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        rem[b]
            .cmp(&rem[a])
            .then(votes[b].cmp(&votes[a]))
            .then(a.cmp(&b))
    });
    let mut rank = vec![0usize; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let au_reste: Vec<bool> = (0..n).map(|i| rank[i] < left).collect();
    let mut seats: Vec<i128> = (0..n).map(|i| int[i] + i128::from(au_reste[i])).collect();

    // At least one seat each, taken from the most over-represented union that keeps one.
    let mut garanti = vec![false; n];
    let mut pris_a: Vec<Option<usize>> = vec![None; n];
    let mut cede: Vec<Vec<(usize, i128)>> = vec![Vec::new(); n];
    let mut notes: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut warnings: Vec<Option<String>> = vec![None; n];
    if s >= n as i128 {
        while let Some(&i) = order.iter().find(|&&i| seats[i] == 0) {
            let mut donors: Vec<usize> = (0..n).filter(|&j| seats[j] >= 2).collect();
            // Over-representation seats_j − quotient_j, over v: seats_j × v − num_j.
            let over = |j: usize| seats[j].saturating_mul(v) - num[j];
            donors.sort_by(|&a, &b| {
                over(b)
                    .cmp(&over(a))
                    .then(votes[a].cmp(&votes[b]))
                    .then(b.cmp(&a))
            });
            let Some(&j) = donors.first() else { break };
            if let Some(&k) = donors.get(1) {
                if over(k) == over(j) && votes[k] == votes[j] {
                    warnings[j] = Some(format!(
                        "Égalité parfaite {} entre {} et {} pour céder le siège garanti de {} \
                         (même sur-représentation, mêmes voix) : le texte ne les départage pas ; \
                         il est pris ici à {}, dernier dans l'ordre de saisie, mais un tirage au \
                         sort ou un accord serait nécessaire.",
                        college.au_college(),
                        lines[k].syndicat,
                        lines[j].syndicat,
                        lines[i].syndicat,
                        lines[j].syndicat
                    ));
                }
            }
            cede[j].push((i, seats[j]));
            seats[j] -= 1;
            seats[i] = 1;
            garanti[i] = true;
            pris_a[i] = Some(j);
        }
    }

    // Ties at the cut of the remainders.
    if left > 0 && left < n {
        let (last_in, first_out) = (order[left - 1], order[left]);
        if rem[last_in] == rem[first_out] {
            let group: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| rem[i] == rem[last_in])
                .collect();
            let winners: Vec<usize> = group.iter().copied().filter(|&i| au_reste[i]).collect();
            let losers: Vec<usize> = group.iter().copied().filter(|&i| !au_reste[i]).collect();
            let names = |ids: &[usize]| {
                liste(
                    &ids.iter()
                        .map(|&i| lines[i].syndicat.as_str())
                        .collect::<Vec<_>>(),
                )
            };
            if votes[last_in] == votes[first_out] {
                let tied: Vec<usize> = group
                    .iter()
                    .copied()
                    .filter(|&i| votes[i] == votes[last_in])
                    .collect();
                warnings[last_in] = Some(format!(
                    "Égalité parfaite {} entre {} (même reste, mêmes voix) pour le dernier siège \
                     au plus fort reste : le texte ne les départage pas ; il est attribué ici à \
                     {}, premier dans l'ordre de saisie, mais un tirage au sort ou un accord \
                     serait nécessaire.",
                    college.au_college(),
                    names(&tied),
                    lines[last_in].syndicat
                ));
                for &i in &tied {
                    notes[i].push(format!(
                        "Égalité parfaite de reste et de voix avec {} : départagé par l'ordre de \
                         saisie, le texte ne disant rien.",
                        names(&tied.iter().copied().filter(|&t| t != i).collect::<Vec<_>>())
                    ));
                }
            } else {
                for &i in &winners {
                    notes[i].push(format!(
                        "Reste égal à celui de {} : l'emporte par ses voix.",
                        names(&losers)
                    ));
                }
                for &i in &losers {
                    notes[i].push(format!(
                        "Reste égal à celui de {}, qui l'emporte par ses voix.",
                        names(&winners)
                    ));
                }
            }
        }
    }

    let qe = Decimal::try_from_i128_with_scale(v, 0)
        .unwrap_or_default()
        .checked_div(Decimal::try_from_i128_with_scale(s, 0).unwrap_or(Decimal::ONE))
        .unwrap_or_default()
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let winners_names: Vec<&str> = order[..left]
        .iter()
        .map(|&i| lines[i].syndicat.as_str())
        .collect();
    (0..n)
        .map(|i| {
            let quotient = truncated(num[i], v, 4);
            let reste = truncated(rem[i], v, 4);
            let mut text = format!(
                "{} voix ÷ {} (quotient électoral) = {} : {} au quotient, reste {}",
                voix_txt(votes[i]),
                fixed(qe, 2),
                fixed(quotient, 4),
                n_sieges(int[i] as i64),
                fixed(reste, 4)
            );
            if left == 0 {
                text.push_str(" ; tous les sièges sont pourvus au quotient.");
            } else {
                let restait = if left == 1 {
                    "1 siège restait".to_owned()
                } else {
                    format!("{left} sièges restaient")
                };
                text.push_str(&format!(
                    ", {} des {n} restes ; {restait} à pourvoir au plus fort reste : {}.",
                    rang(rank[i] + 1),
                    match (au_reste[i], left) {
                        (true, 1) => "il lui revient".to_owned(),
                        (true, _) => "un lui revient".to_owned(),
                        (false, 1) => format!("il va à {}", liste(&winners_names)),
                        (false, _) => format!("ils vont à {}", liste(&winners_names)),
                    }
                ));
            }
            for note in &notes[i] {
                text.push(' ');
                text.push_str(note);
            }
            if let Some(j) = pris_a[i] {
                text.push_str(&format!(
                    " Sans siège, il reçoit celui que le §12 C garantit à chaque signataire, pris à \
                     {}.",
                    lines[j].syndicat
                ));
            }
            if !cede[i].is_empty() {
                let parts: Vec<String> = cede[i]
                    .iter()
                    .map(|&(to, before)| {
                        format!(
                            "1 siège à {} ({} pour un quotient de {} : le plus sur-représenté)",
                            lines[to].syndicat,
                            n_sieges(before as i64),
                            fixed(quotient, 4)
                        )
                    })
                    .collect();
                text.push_str(&format!(
                    " Cède, au titre du siège garanti, {}.",
                    parts.join(", puis ")
                ));
            }
            if s < n as i128 && seats[i] == 0 {
                text.push_str(
                    " Moins de sièges que de signataires : le siège garanti ne peut pas être \
                     donné à chacun.",
                );
            }
            text.push_str(&format!(" Total : {}.", n_sieges(seats[i] as i64)));
            Attribution {
                syndicat: lines[i].syndicat.clone(),
                voix: lines[i].voix,
                quotient,
                sieges_au_quotient: int[i] as i64,
                reste,
                rang_du_reste: rank[i] + 1,
                siege_au_reste: au_reste[i],
                siege_garanti: garanti[i],
                sieges_cedes: cede[i].len() as i64,
                sieges: seats[i] as i64,
                explication: text,
                avertissement: warnings[i].take(),
            }
        })
        .collect()
}

/// The allocation in one sentence: « Quotient électoral : 9 406 voix des signataires ÷ 6 sièges =
/// 1 567,67 ; 5 sièges au quotient, 1 au plus fort reste (CSMF). Résultat : MG France 3, … ».
pub fn resume(lines: &[Attribution], voix: i64, sieges: i64, quotient: Decimal) -> String {
    let au_quotient: i64 = lines.iter().map(|a| a.sieges_au_quotient).sum();
    let mut reste: Vec<&Attribution> = lines.iter().filter(|a| a.siege_au_reste).collect();
    reste.sort_by_key(|a| a.rang_du_reste);
    let reste_names: Vec<&str> = reste.iter().map(|a| a.syndicat.as_str()).collect();
    let mut text = format!(
        "Quotient électoral : {} voix des signataires ÷ {} = {} ; {} au quotient",
        plain(Decimal::from(voix)),
        n_sieges(sieges),
        fixed(quotient, 2),
        n_sieges(au_quotient)
    );
    if !reste.is_empty() {
        text.push_str(&format!(
            ", {} au plus fort reste ({})",
            reste.len(),
            liste(&reste_names)
        ));
    }
    let garantis: Vec<&str> = lines
        .iter()
        .filter(|a| a.siege_garanti)
        .map(|a| a.syndicat.as_str())
        .collect();
    if !garantis.is_empty() {
        text.push_str(&format!(", siège garanti à {}", liste(&garantis)));
    }
    text.push_str(&format!(
        ". Résultat : {}.",
        lines
            .iter()
            .map(|a| format!("{} {}", a.syndicat, a.sieges))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    text
}
