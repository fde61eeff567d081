// What crosses the boundary between the core (wasm) and the page, declared once. Every export takes
// and returns JSON text (www/core.js turns values into it and back); these are the shapes of that
// JSON. `make test` checks them both ways with a pinned TypeScript (tests/types/check.mjs): a
// sample of every answer of every export, produced by the built modules, must be of its declared
// type (no field missing, none unknown), and www/core.js must use them as declared.
//
// Amounts are decimal strings with two decimals ("6200.00"), parameter values plain decimal strings
// ("12.5"), dates ISO strings ("2026-12-31"). The French text of each number an answer holds is in
// its `textes` ("6200.00" → "6 200,00 €").

/** A decimal amount, two decimals: "-1234.50". */
export type Montant = string;
/** A plain decimal: "12.5". */
export type Nombre = string;
/** An ISO date "aaaa-mm-jj"; in a profile, also "" (no date) or the text as typed. */
export type DateIso = string;
/** The French text of each number of an answer, by its decimal string. */
export type Textes = Record<string, string>;

/** An error placed on its field: a dotted path of the profile or of the request ("" for the whole). */
export interface Erreur {
  champ: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// What the page sends

/** The request of a keystroke (`Calculateur.vue`). */
export interface Demande {
  profil: Profil;
  annee: number;
  /** The year compared with, in the years mode. */
  comparer?: number | null;
  /** Scenarios side by side instead of years. */
  scenarios?: Choix | null;
  /** Also the same practice over the years 2021 to 2030 (`Vue.trajectoire`). */
  trajectoire?: boolean;
  /** The codes of the dispositifs whose lines are shown (opened): the others come without their
   *  lines, source and payments (empty), their headings and subtotals whole. Absent: every line
   *  (a printout). */
  ouverts?: string[] | null;
  /** The `Vue.cle` of the view held (www/core.js sends it): `sections`, `libelles` and `entete`
   *  then come empty while the key is unchanged. */
  connu?: string | null;
}

export interface Choix {
  /** Ids of shipped scenarios, or "custom" for the user's own. */
  colonnes: string[];
  custom?: Scenario | null;
}

export interface Scenario {
  /** Stable id of a shipped scenario (absent for the user's own). */
  id?: string;
  nom: string;
  source?: string;
  /** Parameter id → value (a decimal, "10" for 10 %). */
  valeurs?: Record<string, Nombre>;
}

/** A number as typed: a JSON number, or text the core reads (« 412,5 »). */
export type Saisi = number | string;

export interface Profil {
  exercice: Exercice;
  patientele?: Record<string, Record<"hors_ald" | "ald", Record<"hors_c2s" | "c2s", Cellule>>>;
  prevention?: Record<string, { eligibles: Saisi; valides: Saisi }>;
  rosp?: { points_ponderes?: Saisi; points_non_ponderes?: Saisi };
  numerique?: Numerique;
  forfait_structure?: ForfaitStructure;
  vsm?: Record<string, { patients_ald?: Saisi; patients_ald_avec_vsm?: Saisi; vsm_structures?: Saisi }>;
  missions?: Missions;
  consultations_avancees?: { demi_journees?: Saisi[]; tarif_opposable?: boolean };
  qualite?: { prescripteur_sobre?: boolean; seances_gap?: Saisi };
  assistant_medical?: AssistantMedical | null;
  soins_non_programmes?: {
    snp?: Saisi;
    semaines_snp?: Saisi;
    she?: Saisi;
    she_patientele_mt?: Saisi;
    mvr?: Saisi;
    mhp?: Saisi;
    visites_pdsa?: Saisi;
    heures_regulation?: Saisi;
  };
  interessements?: {
    biosimilaires?: { refus?: boolean; molecules?: Record<string, { patients?: Saisi; economie_par_patient?: Saisi }> };
    ipp?: { economie?: Saisi };
    oam?: { prescripteur?: boolean; taux_national?: Saisi };
  };
  optam?: {
    actes_annee_precedant_adhesion?: Saisi;
    base_semestre_1?: Saisi;
    base_semestre_2?: Saisi;
    revalorisation?: Saisi;
    respect?: "strict" | "ecart_1_a_5" | "ecart_plus_de_5";
    taux_regionaux?: { region?: string; taux?: Saisi }[];
  };
  conge_parental?: { nature?: "aucun" | "maternite" | "paternite" | "adoption"; jours?: Saisi; demi_journees?: Saisi };
  ess?: { membre?: boolean; annee_creation?: Saisi; dotation_annuelle?: Saisi };
  commissions?: { seances?: Saisi };
  rosp_2011?: {
    organisation?: {
      dossier_informatise?: boolean;
      logiciel_aide_prescription?: boolean;
      equipement_teleservices?: boolean;
      affichage_horaires?: boolean;
      synthese_annuelle?: boolean;
    };
    indicateurs?: Record<string, { effectif?: Saisi; taux?: Saisi; taux_initial?: Saisi }>;
  };
  sophia?: { questionnaires?: Saisi; renouvellements?: Saisi };
  options_2011?: {
    option?: "aucune" | "demographie" | "sante_solidarite_territoriale";
    date_adhesion?: DateIso;
    regroupement?: "groupe" | "pole_sante";
    lieu?: "zone_deficitaire" | "proximite" | "hors_zone";
    part_activite_zone?: Saisi;
    secteur_2_tarifs_opposables?: boolean;
    honoraires_zone?: Saisi;
    jours_zone?: Saisi;
  };
  avenant_20?: { adherent?: boolean; aide_annuelle?: Saisi; annee_nouveau_zonage?: Saisi; zone_reste_deficitaire?: boolean };
}

export interface Exercice {
  secteur: "1" | "2";
  optam?: "aucune" | "optam" | "optam_aco";
  specialite: string;
  zonage?: "zip" | "zac" | "hors_zonage";
  qpv?: boolean;
  date_premiere_installation?: DateIso;
  date_naissance?: DateIso;
  contrat_demographique?: { type: "CAIM" | "COSCOM" | "COTRAM" | "CSTM"; fin?: DateIso; resiliation?: DateIso } | null;
  cabinet_secondaire_zip?: boolean;
  date_ouverture_cabinet_secondaire?: DateIso;
}

export interface Cellule {
  patients: Saisi;
  non_vus: Saisi;
}

export interface Numerique {
  logiciel_lap?: boolean;
  messagerie_securisee?: boolean;
  cahier_des_charges_sesam_vitale?: boolean;
  [usage: string]: { numerateur: Saisi; denominateur: Saisi } | boolean | undefined;
}

export interface ForfaitStructure {
  horaires_annuaire?: boolean;
  prise_en_charge_coordonnee?: boolean;
  capacite_a_coder?: boolean;
  services_patients?: boolean;
  videotransmission?: boolean;
  equipements_connectes?: boolean;
  participation_sas?: boolean;
  snp_sas_trimestres?: Saisi[];
}

export interface Missions {
  maitre_de_stage?: boolean;
  sas_departement_deploye?: boolean;
  sas_inscription_individuelle?: boolean;
  sas_agenda_interface?: boolean;
  patientele_ame_importante?: boolean;
  patients_orientes_ipa?: Saisi;
}

export interface AssistantMedical {
  date_signature: DateIso;
  option: "1/3" | "1/2" | "1" | "1.5" | "2";
  bande_patientele?: "sous_p30" | "p30_a_p90" | "p90_a_p94" | "p95_et_plus";
  /** A surgeon's share of CCAM fees, in % (compared with the parameter am.ccam.max). */
  part_ccam_pourcent?: Saisi;
  mep?: boolean;
  objectifs_1_etp_atteints?: boolean;
  annees?: Saisi;
  date_resiliation?: DateIso;
  resultats?: ResultatsAnnee[];
}

export interface ResultatsAnnee {
  pfa_depart?: Saisi;
  pfa_objectif?: Saisi;
  pfa_realisee?: Saisi;
  pmt_depart?: Saisi;
  pmt_objectif?: Saisi;
  pmt_realisee?: Saisi;
  nouvel_objectif_primo_installe?: boolean;
}

// ---------------------------------------------------------------------------------------------
// What the core answers

/** The answer of a keystroke (`Calculateur.vue`). */
export interface Vue {
  resultat: Resultat;
  echeancier: Echeancier | null;
  /** The parts of the form (`data-section`) and whether they apply; empty on errors. */
  sections: { cle: string; visible: boolean }[];
  /** Sentences of the form that state a parameter, by the field they describe (`data-libelle`). */
  libelles: Record<string, string>;
  /** « 1 092 patients ». */
  patients: string | null;
  /** The printed page's first lines. */
  entete: string[];
  /** The year of the 31 December the patientèle is observed on. */
  annee_observation: number | null;
  /** The same practice year by year, when asked for; by the complete module only (the first
   *  answers null, README « Taille »). */
  trajectoire: AnneeTrajectoire[] | null;
  /** What `sections`, `libelles` and `entete` follow (year, year compared, reference scenario,
   *  parts of the form that apply); empty with errors. */
  cle: string;
  textes: Textes;
}

/** One year of the trajectory: its total (null when the year cannot be computed, with `motif`)
 *  and what each dispositif pays. */
export interface AnneeTrajectoire {
  annee: number;
  total: Nombre | null;
  motif: string | null;
  dispositifs: { code: string; libelle: string; total: Nombre }[];
}

/** What a computation answers: one of these, by its `statut`. */
export type Resultat =
  | { statut: "rapport"; rapport: Rapport }
  | { statut: "comparaison"; comparaison: Comparaison }
  | { statut: "scenarios"; scenarios: ComparaisonScenarios }
  | { statut: "erreurs"; erreurs: Erreur[] };

export interface Rapport {
  annee: number;
  date_observation: DateIso;
  dispositifs: Dispositif[];
  total: Montant;
  /** What the dispositifs shown apart pay (a structure's, a mandate's): not in `total`. */
  a_part: Montant;
  versements: Versement[];
  interpretations: string[];
}

export interface Dispositif {
  code: string;
  libelle: string;
  /** Why it pays nothing this year, if so. */
  motif_absence: string | null;
  en_vigueur: boolean;
  /** Shown apart from the physician's total (not in the report's total). */
  hors_total: boolean;
  /** Empty, like `versements` and each group's `lignes`, for a dispositif not in `Demande.ouverts`. */
  source: string;
  groupes: Groupe[];
  total: Montant;
  versements: Versement[];
}

export interface Groupe {
  code: string;
  libelle: string;
  lignes: Ligne[];
  sous_total: Montant;
}

export interface Ligne {
  code: string;
  libelle: string;
  formule: string;
  montant: Montant;
  source: string;
  interpretations: string[];
  notes: string[];
  famille: string | null;
}

export interface Versement {
  echeance: string;
  objet: string;
  montant: Montant;
  source: string;
  interpretation: string | null;
}

export interface Comparaison {
  annee_a: number;
  annee_b: number;
  rapport_a: Rapport;
  rapport_b: Rapport;
  composantes: {
    code: string;
    libelle: string;
    montant_a: Montant;
    montant_b: Montant;
    ecart: Montant;
    motif_a: string | null;
    motif_b: string | null;
    hors_total: boolean;
    /** Its écart follows the calendar of the physician's contract (the assistant médical's aid). */
    calendrier: boolean;
  }[];
  ecart: Montant;
  /** « +3,2 % », already written. */
  ecart_pourcent: string | null;
  verdict: string;
  /** The part of the écart the contract's calendar moves, and the part the texts make. */
  ecart_calendrier: Montant;
  ecart_textes: Montant;
  /** The verdict split in these two parts, when the calendar moves something. */
  verdict_calendrier: string | null;
  explications: { code: string; libelle: string; dispositif: string; montant_a: Montant; montant_b: Montant; ecart: Montant }[];
}

export interface ComparaisonScenarios {
  annee: number;
  colonnes: { nom: string; source: string; rapport: Rapport; ecart: Montant }[];
  composantes: { code: string; libelle: string; hors_total: boolean; montants: Montant[]; ecarts: Montant[] }[];
}

export interface Echeancier {
  option: string;
  motif_ineligibilite: string | null;
  annees_contrat: {
    rang: number;
    debut: DateIso;
    fin: DateIso;
    montant_maximal: Montant;
    revalorise: boolean;
    /** The share paid, in % ("75"). */
    modulation: Nombre;
    explication: string;
    source: string;
  }[];
  versements: {
    date: DateIso;
    echeance: string;
    annee_contrat: number;
    nature: "integral" | "acompte" | "solde";
    montant: Montant;
    pourquoi: string;
  }[];
  par_annee_civile: { annee: number; montant: Montant }[];
  total: Montant;
  notes: string[];
  interpretations: string[];
  source: string;
}

/** What the page needs once (`formulaire()`). */
export interface Formulaire {
  schema: Schema;
  profil_par_defaut: Profil;
  /** The form « mon cas » starts from: nothing declared. */
  profil_vide: Profil;
  annees: [number, number];
  /** The years computed by the page's complete module (pkg/complet.js), loaded when one of them
   *  is chosen, as when the scenarios are. */
  annees_convention_2011: [number, number];
  annee_par_defaut: number;
  comparer_par_defaut: number;
  /** The shipped scenarios, each with its stable id. */
  scenarios: (Scenario & { id: string; source: string; valeurs: Record<string, Nombre> })[];
  scenarios_par_defaut: string[];
  colophon: string;
  /** Words of the texts with a short definition (the toggletips of `data-termes`). */
  termes: { cle: string; terme: string; definition: string }[];
}

export interface Schema {
  bandes: { cle: string; libelle: string }[];
  indicateurs: { cle: string; libelle: string; theme: string }[];
  usages: { cle: string; libelle: string }[];
  campagnes_vsm: { cle: string; libelle: string }[];
  mois: string[];
  trimestres: number;
  assistant: { contrat_propose: AssistantMedical; premiere_annee_resultats: number; annees_max: number };
  /** The choices of the form's lists the core names, by the field they fill (`data-choix`). */
  choix: Record<string, { cle: string; libelle: string }[]>;
  /** Rows of the OPTAM's regional rates the form offers. */
  lignes_taux_regionaux: number;
  /** The grid of the ROSP of the 2011 convention. */
  rosp_2011: {
    organisation: { cle: string; libelle: string; points: string; medecin_traitant: boolean }[];
    indicateurs: { cle: string; libelle: string; volet: string; objectif: string; seuil: string; points: string; unite_taux: string }[];
  };
  /** The years within the range whose texts are not in the sources. */
  annees_non_calculees: number[];
}

/** The scenario editor's table (`parametresEnVigueur(annee)`). */
export type Parametres =
  | { statut: "parametres"; parametres: ParametreEnVigueur[]; textes: Textes }
  | { statut: "erreurs"; erreurs: Erreur[]; textes: Textes };

export interface ParametreEnVigueur {
  id: string;
  libelle: string;
  unite: "euro" | "pourcent" | "annees" | "points" | "nombre" | "oui_non";
  /** The values a scenario may give it. */
  domaine: Domaine;
  valeur: Nombre | null;
  source: string | null;
}

export interface Domaine {
  min: Nombre;
  max: Nombre;
  entier: boolean;
}

// ---------------------------------------------------------------------------------------------
// The representativité module (pkg/representativite.js). Beside these JSON answers,
// `cleSyndicat(nom)` gives the text that identifies a union by its name (the core's rule: case and
// surrounding spaces do not count).

/** What `representativiteParDefaut()` answers: the 2021 results and the 2024 signatories, with
 *  the form's sentences about them (`signataires`, `reinitialiser`). */
export interface RepresentativiteParDefaut {
  saisie: SaisieRepresentativite;
  libelles: Record<string, string>;
  textes: Textes;
}

/** What `representativite()` reads. */
export interface SaisieRepresentativite {
  resultats: {
    scrutin: string;
    source?: string;
    notes?: string[];
    generalistes: ResultatsCollege;
    specialistes: ResultatsCollege;
  };
  signataires?: string[];
  sieges_generalistes?: number;
  sieges_specialistes?: number;
}

export interface ResultatsCollege {
  exprimes: number;
  syndicats: { syndicat: string; voix: number; part?: Saisi }[];
}

export type ReponseRepresentativite =
  | { statut: "representativite"; representativite: Representativite; textes: Textes }
  | { statut: "erreurs"; erreurs: Erreur[]; textes: Textes };

export interface Representativite {
  scrutin: string;
  signataires: string[];
  colleges: {
    college: "generalistes" | "specialistes";
    libelle: string;
    exprimes: number;
    sieges: number;
    voix_signataires: number;
    quotient_electoral: Nombre;
    lignes: {
      syndicat: string;
      signataire: boolean;
      voix: number;
      part: Nombre;
      part_publiee: boolean;
      formule_part: string;
      sieges: number;
      explication: string;
      /** How its seats were allocated (absent for a union that is not a signatory). */
      attribution?: {
        syndicat: string;
        voix: number;
        quotient: Nombre;
        sieges_au_quotient: number;
        reste: Nombre;
        rang_du_reste: number;
        siege_au_reste: boolean;
        siege_garanti: boolean;
        sieges_cedes: number;
        sieges: number;
        explication: string;
      };
    }[];
    part_signataires: Nombre;
    formule_part: string;
    repartition: string;
    /** The second reading when typed votes fall short of the expressed votes entered. */
    lecture_voix_saisies: { voix_saisies: number; part_des_exprimes: Nombre; part_signataires: Nombre; formule_part: string } | null;
  }[];
  interpretations: string[];
  avertissements: string[];
  notes: string[];
  sources: { objet: string; reference: string }[];
}

// ---------------------------------------------------------------------------------------------
// The costing of a population (pkg/cohorte.js, in the Web Worker of www/population-worker.js)

/** What `Chiffrage.commencer` costs a file under: scenarios of one year (the first column the
 *  reference), or two years (the first the reference). */
export interface DemandeCohorte {
  annee?: number | null;
  scenarios?: Choix | null;
  annees?: [number, number] | null;
}

export interface Lignes {
  lues: number;
  valides: number;
  invalides: number;
}

/** Each answer of `Chiffrage` (`commencer`, `limiter`, `lire`, `partie`, `fusionner`,
 *  `terminer`). `complet`: the costing of a part of the file (`limiter`) has read its last row.
 *  `etat`: a part's aggregates, for the other part's `fusionner`. In `textes`, an amount under its
 *  digits ("-180.00" → "−180,00 €"), a percentage under its digits and « % » ("28.6 %" →
 *  "28,6 %"), a count under its digits ("10000" → "10 000"). */
export type ReponseChiffrage =
  | { statut: "progression"; lignes: Lignes; complet: boolean; textes: Textes }
  | { statut: "partie"; etat: string; textes: Textes }
  | (Cohorte & { textes: Textes })
  | { statut: "erreurs"; erreurs: Erreur[]; textes: Textes };

/** A decimal with two decimals, of euros or of percents. */
export type Centiemes = string;

export interface Distribution {
  nombre: number;
  /** The deciles are exact (false: within 0.1 %). */
  exact: boolean;
  min: Centiemes | null;
  max: Centiemes | null;
  mediane: Centiemes | null;
  /** D1 to D9. */
  deciles: Centiemes[];
  /** From `de` to `a` (null: no bound), the bound nearer zero included; `de` = `a` = "0.00": unchanged. */
  histogramme: { de: Centiemes | null; a: Centiemes | null; nombre: number }[];
}

export interface Extreme {
  ligne: number;
  ecart: Montant;
  reference: Montant;
  total: Montant;
}

/** The results of a population: the CLI's `--cohorte` JSON. */
export interface Cohorte {
  statut: "cohorte";
  lignes: Lignes;
  profils: number;
  scenarios: { nom: string; annee: number; total: Montant; ecart: Montant }[];
  dispositifs: { code: string; libelle: string; hors_total: boolean; montants: Montant[]; ecarts: Montant[] }[];
  comparaisons: {
    nom: string;
    reference: string;
    ecart: Montant;
    ecart_moyen: Montant;
    gagnants: { nombre: number; part: string };
    perdants: { nombre: number; part: string };
    inchanges: { nombre: number; part: string };
    ecarts_euros: Distribution;
    ecarts_pourcent: Distribution;
    sans_reference: number;
    plus_fortes_hausses: Extreme[];
    plus_fortes_baisses: Extreme[];
  }[];
  repartitions: {
    dimension: "specialite" | "secteur" | "zonage";
    groupes: {
      cle: string;
      libelle: string;
      nombre: number;
      totaux: Montant[];
      ecarts: Montant[];
      gagnants: number[];
      perdants: number[];
      inchanges: number[];
    }[];
  }[];
  /** The first invalid rows' errors. */
  erreurs: { ligne: number; champ: string; message: string }[];
  erreurs_tronquees: boolean;
}
