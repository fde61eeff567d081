// The boundary on the page's side: JavaScript values go to the core as JSON text, and its answers
// come back as JSON text, parsed once. What has no JSON form (a cycle, a getter that throws, a
// BigInt, NaN or an infinity, a symbol, a function) never reaches the core: it becomes an error on
// its field, like the core's own errors. No export of the core can throw or trap on any value.
//
// The shapes that cross are declared once, in www/types.d.ts (checked by `make test`).

/** @typedef {import("./types").Erreur} Erreur */

/** JSON text of `value`, or the errors of what has none, each on its dotted path.
 *  @param {unknown} value
 *  @returns {{ texte: string } | { erreurs: Erreur[] }} */
export function versJson(value) {
  // What the form sends is plain data: written without a replacer (it costs most of the time of
  // writing a request), the same text. Anything else takes the path that names the field at fault.
  try {
    if (plain(value)) return { texte: JSON.stringify(value) };
  } catch {
    // A getter that throws, or a cycle (the walk runs out of stack): the path below says so.
  }
  /** @type {Erreur[]} */
  const erreurs = [];
  const paths = new Map();
  let texte;
  try {
    texte = JSON.stringify(value, function (key, v) {
      const parent = paths.get(this);
      const champ = parent === undefined || parent === "" ? key : `${parent}.${key}`;
      if (typeof v === "number" && !Number.isFinite(v)) {
        erreurs.push({ champ, message: "Nombre attendu : NaN et l'infini n'en sont pas." });
        return null;
      }
      if (typeof v === "bigint" || typeof v === "symbol" || typeof v === "function") {
        erreurs.push({ champ, message: "Valeur illisible : un nombre, un texte, une liste ou un groupe de champs est attendu." });
        return undefined;
      }
      if (v !== null && typeof v === "object") paths.set(v, champ);
      return v;
    });
  } catch (e) {
    const circulaire = e instanceof TypeError && /circular/i.test(String(e.message));
    return {
      erreurs: [
        {
          champ: "",
          message: circulaire
            ? "Données circulaires : un groupe de champs se contient lui-même."
            : "Données illisibles : elles ne se lisent pas comme du JSON.",
        },
      ],
    };
  }
  if (erreurs.length) return { erreurs };
  if (texte === undefined) return { erreurs: [{ champ: "", message: "Données illisibles : un objet JSON est attendu." }] };
  return { texte };
}

/** Whether `v` is plain data that JSON.stringify writes as is, with no replacer needed: null, a
 *  boolean, a string, a finite number, or an array or plain object (no `toJSON`) of such values.
 *  @param {unknown} v @returns {boolean} */
function plain(v) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object": {
      if (v === null) return true;
      if ("toJSON" in v) return false;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!plain(v[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      const o = /** @type {Record<string, unknown>} */ (v);
      for (const k in o) if (!plain(o[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

/** Calls an export of the core with `value` as JSON text and parses its answer; a value with no
 *  JSON form answers `{statut: "erreurs"}` like the core itself.
 *  @template T
 *  @param {(texte: string) => string} exporte
 *  @param {unknown} value
 *  @param {(erreurs: Erreur[]) => T} enErreur
 *  @returns {T} */
export function appeler(exporte, value, enErreur) {
  const json = versJson(value);
  return "erreurs" in json ? enErreur(json.erreurs) : lire(exporte, json.texte, enErreur);
}

/** The core's answer to a JSON text, parsed (a core that failed answers with an error too).
 *  @template T
 *  @param {(texte: string) => string} exporte
 *  @param {string} texte
 *  @param {(erreurs: Erreur[]) => T} enErreur
 *  @returns {T} */
function lire(exporte, texte, enErreur) {
  try {
    return JSON.parse(exporte(texte));
  } catch {
    return enErreur([{ champ: "", message: "Le calculateur a rencontré une erreur interne : rechargez la page." }]);
  }
}

/** The core's view of a keystroke: the profile and the rest of the request (year, comparison,
 *  scenarios) go as one JSON text, the profile's errors addressed as its fields are (« exercice.qpv »,
 *  as the core addresses them), the others as the request's (« annee », « scenarios.custom… »).
 *  Once the core has read a whole request, a keystroke sends only what changed (`retouche`).
 *  @param {{ vue(texte: string, jeton?: number): string, retouche?(texte: string, jeton: number): string }} calc a `Calculateur` of the page's module
 *  @param {unknown} profil
 *  @param {Record<string, unknown>} reste
 *  @returns {import("./types").Vue} */
export function vue(calc, profil, reste) {
  const etat = etats.get(calc) ?? { envoye: null, jeton: 0, tenue: null };
  etats.set(calc, etat);
  // The held parts are this module's own business: a request that names its own `connu` (or
  // cannot say whether it does) gets the core's view as it comes, and nothing is held from it.
  let propre;
  try {
    propre = !("connu" in /** @type {object} */ (reste));
  } catch {
    propre = false;
  }
  const envoye = propre && etat.tenue ? etat.tenue.cle : null;
  /** @type {import("./types").Vue | null} */
  let v = null;
  if (propre && etat.envoye && typeof calc.retouche === "function") v = parRetouche(calc, etat, profil, reste, envoye);
  if (v === null) v = entiere(calc, etat, profil, reste, propre ? envoye : undefined);
  if (v.resultat.statut === "erreurs") etat.envoye = null;
  if (!v.cle || !propre) return v;
  if (etat.tenue && v.cle === envoye) return { ...v, sections: etat.tenue.sections, libelles: etat.tenue.libelles, entete: etat.tenue.entete };
  etat.tenue = { cle: v.cle, sections: v.sections, libelles: v.libelles, entete: v.entete };
  return v;
}

/** The view of the whole request, which the core keeps (and `etat.envoye`, a copy of it, for
 *  the next patches); `connu` undefined: a request with its own, kept by neither.
 *  @param {{ vue(texte: string, jeton?: number): string }} calc @param {Etat} etat @param {unknown} profil
 *  @param {Record<string, unknown>} reste @param {string | null | undefined} connu
 *  @returns {import("./types").Vue} */
function entiere(calc, etat, profil, reste, connu) {
  etat.envoye = null;
  const p = versJson(profil);
  const r = versJson(reste);
  const fautes = [...("erreurs" in p ? p.erreurs : []), ...("erreurs" in r ? r.erreurs : [])];
  if ("texte" in r && !r.texte.startsWith("{")) fautes.push({ champ: "", message: "Données illisibles : un objet JSON est attendu." });
  if (fautes.length || !("texte" in p) || !("texte" in r)) return vueEnErreur(fautes);
  const suite = r.texte === "{}" ? "}" : `,${r.texte.slice(1)}`;
  const tenu = connu === undefined ? "" : `,"connu":${JSON.stringify(connu)}`;
  const texte = `{"profil":${p.texte}${tenu}${suite}`;
  const jeton = ++jetons;
  /** @type {import("./types").Vue} */
  const v = lire((t) => calc.vue(t, jeton), texte, vueEnErreur);
  // What the core now holds, as it read it (a copy: the page changes its objects in place).
  if (connu !== undefined && v.resultat.statut !== "erreurs") Object.assign(etat, { envoye: JSON.parse(texte), jeton, brute: v });
  return v;
}

/** The view of what changed since the request the core holds, or null when it must be sent
 *  whole: a change this module cannot express (a field removed, a key with a dot, a value with
 *  no JSON form), or a patch the core could not apply.
 *  @param {{ retouche?(texte: string, jeton: number): string }} calc @param {Etat} etat @param {unknown} profil
 *  @param {Record<string, unknown>} reste @param {string | null} connu
 *  @returns {import("./types").Vue | null} */
function parRetouche(calc, etat, profil, reste, connu) {
  const avant = /** @type {Record<string, unknown>} */ (etat.envoye);
  /** @type {[string, unknown][]} */
  const changes = [];
  try {
    // A rest that names the profile too is refused whole (a field twice in the request).
    if ("profil" in reste) return null;
    /** @type {Record<string, unknown>} */
    const apres = { profil, connu, ...reste };
    // The scenarios are read whole by the core (their editor's values): compared as text.
    if (groupe(apres.scenarios)) {
      if (!plain(apres.scenarios)) return null;
      if (JSON.stringify(apres.scenarios) !== JSON.stringify(avant.scenarios)) changes.push(["scenarios", apres.scenarios]);
      apres.scenarios = avant.scenarios;
    }
    if (!ecarts(avant, apres, [], changes)) return null;
  } catch {
    // A getter that throws, a revoked proxy, a cycle: the whole request's path names it.
    return null;
  }
  let texte = "{";
  for (const [chemin, valeur] of changes) texte += `${texte.length > 1 ? "," : ""}${JSON.stringify(chemin)}:${JSON.stringify(valeur)}`;
  texte += "}";
  let reponse;
  try {
    reponse = /** @type {(t: string, j: number) => string} */ (calc.retouche)(texte, etat.jeton);
  } catch {
    return null;
  }
  if (reponse === RENVOYER) return null;
  for (const [chemin, valeur] of changes) placer(avant, chemin, valeur);
  try {
    etat.brute = appliquer(/** @type {import("./types").Vue} */ (etat.brute), JSON.parse(reponse));
    return etat.brute;
  } catch {
    etat.envoye = null;
    return vueEnErreur([{ champ: "", message: "Le calculateur a rencontré une erreur interne : rechargez la page." }]);
  }
}

/** The view after the core's changes (`[[path, value], …]`, the path a list of keys and
 *  indexes): a new object that shares with `vue` every part that did not change (those on the
 *  way to a change are copied, `vue` is left as it is).
 *  @template T @param {T} vue @param {[(string | number)[], unknown][]} changes @returns {T} */
function appliquer(vue, changes) {
  /** @type {any} */
  let racine = Array.isArray(vue) ? [...vue] : { ...vue };
  const copies = new Set([racine]);
  for (const [chemin, valeur] of changes) {
    if (chemin.length === 0) {
      racine = valeur;
      copies.clear();
      copies.add(racine);
      continue;
    }
    let o = racine;
    for (let i = 0; i < chemin.length - 1; i++) {
      let e = o[chemin[i]];
      if (!copies.has(e)) {
        e = Array.isArray(e) ? [...e] : { ...e };
        o[chemin[i]] = e;
        copies.add(e);
      }
      o = e;
    }
    o[chemin[chemin.length - 1]] = valeur;
  }
  return racine;
}

/** The token of the last whole request sent (to any calculator): a patch names the request it
 *  changes, which the core still holds unless another caller sent it one since. */
let jetons = 0;

/** What `retouche` answers when the core cannot apply a patch. */
const RENVOYER = '"renvoyer"';

/** Adds to `changes` each value of `apres` that differs from `avant` (a copy of what was sent),
 *  by its dotted path (`chemin`: the keys above it, the path written only for a change): a group
 *  or a list of the same length is compared field by field, anything else whole. False when a
 *  change cannot be a patch: a field removed, a key that is empty or holds a dot, a value that
 *  is not plain data (see `plain`).
 *  @param {unknown} avant @param {unknown} apres @param {string[]} chemin
 *  @param {[string, unknown][]} changes @returns {boolean} */
function ecarts(avant, apres, chemin, changes) {
  if (avant === apres) return true;
  if (groupe(avant) && groupe(apres)) {
    const a = /** @type {Record<string, unknown>} */ (avant);
    const b = /** @type {Record<string, unknown>} */ (apres);
    if ("toJSON" in b) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return feuille(apres, chemin, changes);
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return feuille(apres, chemin, changes);
      for (let i = 0; i < b.length; i++) {
        chemin.push(String(i));
        const suivi = ecarts(a[i], b[i] === undefined ? null : b[i], chemin, changes);
        chemin.pop();
        if (!suivi) return false;
      }
      return true;
    }
    const proto = Object.getPrototypeOf(b);
    if (proto !== Object.prototype && proto !== null) return false;
    for (const k in b) {
      const v = b[k];
      if (v === undefined) continue;
      if (k === "" || k.includes(".")) return false;
      chemin.push(k);
      const suivi = k in a ? ecarts(a[k], v, chemin, changes) : feuille(v, chemin, changes);
      chemin.pop();
      if (!suivi) return false;
    }
    // Every field sent before is still there (none removed).
    for (const k in a) if (b[k] === undefined) return false;
    return true;
  }
  return feuille(apres, chemin, changes);
}

/** `valeur` as a change at `chemin`, if it is plain data.
 *  @param {unknown} valeur @param {string[]} chemin @param {[string, unknown][]} changes */
function feuille(valeur, chemin, changes) {
  if (!plain(valeur) || chemin.length === 0) return false;
  changes.push([chemin.join("."), valeur]);
  return true;
}

/** Whether `v` is a group or a list (compared field by field). @param {unknown} v */
const groupe = (v) => typeof v === "object" && v !== null;

/** Writes `valeur` (a copy of it, as the core read it) at the dotted `chemin` of `cible`.
 *  @param {Record<string, unknown>} cible @param {string} chemin @param {unknown} valeur */
function placer(cible, chemin, valeur) {
  const cles = chemin.split(".");
  let o = /** @type {Record<string, any>} */ (cible);
  for (let i = 0; i < cles.length - 1; i++) o = o[cles[i]];
  o[cles[cles.length - 1]] = groupe(valeur) ? JSON.parse(JSON.stringify(valeur)) : valeur;
}

/** What core.js keeps per calculator: a copy of the request the core holds and the token it
 *  was sent with (null: the next request goes whole), the view the core answered last (as it
 *  answered it: the changes of the next apply to it), and the parts of the last view that change only with the year, the
 *  comparison, the reference scenario and the parts of the form that apply (`Vue.cle`): the
 *  core sends them empty while the request's `connu` names the key of those held here.
 *  @typedef {{ envoye: Record<string, unknown> | null, jeton: number, brute?: import("./types").Vue,
 *    tenue: Pick<import("./types").Vue, "cle" | "sections" | "libelles" | "entete"> | null }} Etat */

/** @type {WeakMap<object, Etat>} */
const etats = new WeakMap();

/** A view holding only errors. @param {Erreur[]} e @returns {import("./types").Vue} */
const vueEnErreur = (e) => ({
  resultat: erreurs(e),
  echeancier: null,
  sections: [],
  libelles: {},
  patients: null,
  entete: [],
  annee_observation: null,
  trajectoire: null,
  cle: "",
  textes: {},
});

/** An outcome holding only errors. @param {Erreur[]} erreurs */
export const erreurs = (erreurs) => ({ statut: /** @type {const} */ ("erreurs"), erreurs, textes: {} });
