//! The texts the parameters come from: the documents of `shared/sources` (see its README), and
//! those known from elsewhere, cited by their own reference.

use super::Document;

/// `002_c0041839c87d17d9.txt`: the 2011 convention (ROSP, RMT, options démographie).
pub static CONVENTION_2011: Document = Document {
    id: "convention_2011",
    document: "Circulaire CNAMTS 19/2011 du 26/10/2011 (convention médicale du 26 juillet 2011)",
    fichier: "002_c0041839c87d17d9.txt",
};

/// Not in the sources: the 2016 convention, cited for the value of the forfait structure's point.
pub static CONVENTION_2016: Document = Document {
    id: "convention_2016",
    document: "Convention médicale du 25/08/2016 (arrêté du 20/10/2016, JO du 23/10/2016)",
    fichier: "",
};

/// `004_3e40b2c5595d2a8b.txt`: avenant 9 to the 2016 convention (forfait structure 2021–2023, VSM).
pub static AVENANT_9: Document = Document {
    id: "avenant_9",
    document:
        "Avenant n° 9 à la convention médicale de 2016 (arrêté du 22/09/2021, JO du 25/09/2021)",
    fichier: "004_3e40b2c5595d2a8b.txt",
};

/// `000_a8aa8d5400d38f5b.txt`: the convention of 4 June 2024, the text in force.
pub static CONVENTION_2024: Document = Document {
    id: "convention_2024",
    document: "Circulaire CNAM du 31/07/2024 (convention médicale du 4 juin 2024)",
    fichier: "000_a8aa8d5400d38f5b.txt",
};

/// `001_98d0a63e098e8324.txt`: the negotiation slides of 14/03/2024, used where the signed text
/// is silent.
pub static MULTILATERALE_2024: Document = Document {
    id: "multilaterale_2024_03_14",
    document: "Multilatérale du 14/03/2024 (propositions de l'Assurance maladie)",
    fichier: "001_98d0a63e098e8324.txt",
};

/// Not in the sources: the NGAP (liste des actes et prestations, art. L. 162-1-7 du code de la
/// sécurité sociale), cited for the value of the consultation C (Sophia in 2011, the
/// commissions' indemnity) and the majoration SNP.
pub static NGAP: Document = Document {
    id: "ngap",
    document: "Nomenclature générale des actes professionnels (NGAP, arrêté du 27/03/1972 modifié par les décisions de l'UNCAM publiées au JO)",
    fichier: "",
};

/// Every text, in the order of their dates.
pub static ALL: &[&Document] = &[
    &CONVENTION_2011,
    &CONVENTION_2016,
    &AVENANT_9,
    &CONVENTION_2024,
    &MULTILATERALE_2024,
    &NGAP,
];
