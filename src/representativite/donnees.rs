//! The preloaded data, each with its source: the URPS 2021 results by college, the signatories of
//! the convention of 4 June 2024, and the allocation of the seats the circulaire publishes.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{College, Resultats, ResultatsCollege, VoixSyndicat};
use crate::input::DecimalInput;

/// Where the URPS 2021 results come from.
pub const SOURCE_URPS_2021: &str = "Séance d'ouverture des négociations du 15/11/2023, « Cadre \
     juridique de la reprise des négociations », tableau « Résultats des élections URPS du 7 avril \
     2021 » (voix et parts nationales par collège)";

/// Where the signatories and their weight (71,07 % and 73,68 %) come from.
pub const SOURCE_SIGNATAIRES: &str = "Circulaire CNAM du 31/07/2024, préambule (syndicats \
     signataires ; 71,07 % et 73,68 % des suffrages exprimés)";

/// Where the rule of the seats comes from.
pub const SOURCE_SIEGES: &str = "Circulaire CNAM du 31/07/2024, §12 C « Composition des sections \
     et présidences » (articles 99 à 102-3 et annexe 6 de la convention) : répartition des sièges \
     de la section professionnelle";

/// Seats of the section professionnelle per college (§12 C: 6 généralistes, 6 spécialistes).
pub const SIEGES_PAR_COLLEGE: i64 = 6;

/// The unions as the URPS 2021 table names them.
pub const MG_FRANCE: &str = "MG France";
pub const CSMF: &str = "CSMF";
pub const FMF: &str = "FMF";
pub const UFML_S: &str = "UFML-S";
pub const AVENIR_SPE_LE_BLOC: &str = "Avenir Spé-Le Bloc";
pub const SML: &str = "SML";

/// The signatories of the convention of 4 June 2024, in the order of the preamble: the Fédération
/// française des médecins généralistes (MG France's own name: the preamble counts six
/// representative unions, UFML-S alone did not sign, and §12 C gives MG France its seats as a
/// signatory), the FMF, the CSMF, Avenir Spé-Le Bloc and the SML.
pub const SIGNATAIRES_2024: [&str; 5] = [MG_FRANCE, FMF, CSMF, AVENIR_SPE_LE_BLOC, SML];

/// Where the signatories come from, as the form names them.
pub const SIGNATAIRES_SOURCE: &str = "signataires de la convention du 4 juin 2024 (préambule)";

/// The signatories' weight the preamble states, per college.
pub fn poids_publie(college: College) -> Decimal {
    match college {
        College::Generalistes => dec!(71.07),
        College::Specialistes => dec!(73.68),
    }
}

/// The allocation of the seats §12 C publishes, per college, in its order.
pub fn repartition_publiee(college: College) -> [(&'static str, i64); 3] {
    match college {
        College::Generalistes => [(MG_FRANCE, 3), (CSMF, 2), (FMF, 1)],
        College::Specialistes => [(AVENIR_SPE_LE_BLOC, 3), (CSMF, 2), (SML, 1)],
    }
}

/// The signatories of 2024 as owned names (the scenario's default).
pub fn signataires_2024() -> Vec<String> {
    SIGNATAIRES_2024.iter().map(|s| (*s).to_owned()).collect()
}

fn line(syndicat: &str, voix: i64, part: Decimal) -> VoixSyndicat {
    VoixSyndicat {
        syndicat: syndicat.to_owned(),
        voix,
        part: Some(DecimalInput::from(part)),
    }
}

/// The national results of the URPS elections of 7 April 2021, as the slide of 15/11/2023 gives
/// them: in each college the four representative unions with their votes and their published
/// share, and the « Exprimés » column.
///
/// The « Exprimés » column is not the base of the shares: 4 841 votes are 36,58 % of about
/// 13 234 (4 841 ÷ 0,3658), not of 23 384 (20,70 %); likewise 4 819 votes are 39,30 % of about
/// 12 262, not of 19 188. The shares are those of the whole college, the lists the slide leaves
/// out included (its four unions add up to 88,15 % among the généralistes, 90,35 % among the
/// spécialistes). The published shares are therefore kept and are what the calculator uses; they are what the
/// preamble adds up (17,31 + 17,18 + 36,58 = 71,07; 22,36 + 39,30 + 12,02 = 73,68). The seats
/// only use the signatories' votes, which the slide gives.
pub fn urps_2021() -> Resultats {
    Resultats {
        scrutin: "Élections URPS du 7 avril 2021".to_owned(),
        source: SOURCE_URPS_2021.to_owned(),
        notes: vec![
            "Les parts publiées portent sur toutes les listes du collège, y compris celles que \
             le tableau omet (ses quatre syndicats font 88,15 % chez les généralistes, 90,35 % \
             chez les spécialistes) ; la colonne « Exprimés » du tableau (23 384 et 19 188) n'en \
             est pas la base. Ce sont ces parts publiées que le préambule de la convention \
             additionne."
                .to_owned(),
            "Chez les généralistes, les 2 259 voix de l'UFML-S ne donnent ses 17,08 % publiés avec \
             aucune base qui donne ceux des trois autres syndicats (2 259 ÷ 13 234 = 17,07 %) : \
             écart d'arrondi ou de saisie dans le tableau, sans effet sur les signataires."
                .to_owned(),
        ],
        generalistes: ResultatsCollege {
            exprimes: 23_384,
            syndicats: vec![
                line(CSMF, 2_291, dec!(17.31)),
                line(FMF, 2_274, dec!(17.18)),
                line(MG_FRANCE, 4_841, dec!(36.58)),
                line(UFML_S, 2_259, dec!(17.08)),
            ],
        },
        specialistes: ResultatsCollege {
            exprimes: 19_188,
            syndicats: vec![
                line(CSMF, 2_742, dec!(22.36)),
                line(AVENIR_SPE_LE_BLOC, 4_819, dec!(39.30)),
                line(SML, 1_474, dec!(12.02)),
                line(UFML_S, 2_044, dec!(16.67)),
            ],
        },
    }
}
