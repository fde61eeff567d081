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
 *  @param {{ vue(texte: string): string }} calc a `Calculateur` of the page's module
 *  @param {unknown} profil
 *  @param {Record<string, unknown>} reste
 *  @returns {import("./types").Vue} */
export function vue(calc, profil, reste) {
  const p = versJson(profil);
  const r = versJson(reste);
  const fautes = [...("erreurs" in p ? p.erreurs : []), ...("erreurs" in r ? r.erreurs : [])];
  if ("texte" in r && !r.texte.startsWith("{")) fautes.push({ champ: "", message: "Données illisibles : un objet JSON est attendu." });
  if (fautes.length || !("texte" in p) || !("texte" in r)) return vueEnErreur(fautes);
  const suite = r.texte === "{}" ? "}" : `,${r.texte.slice(1)}`;
  const tenue = tenues.get(calc);
  // The held parts are this module's own business: a request that names its own `connu` (or
  // cannot say whether it does) gets the core's view as it comes, and nothing is held from it.
  let propre;
  try {
    propre = !("connu" in /** @type {object} */ (reste));
  } catch {
    propre = false;
  }
  const envoye = propre && tenue ? tenue.cle : null;
  const connu = envoye === null ? "" : `,"connu":${JSON.stringify(envoye)}`;
  /** @type {import("./types").Vue} */
  const v = lire((t) => calc.vue(t), `{"profil":${p.texte}${connu}${suite}`, vueEnErreur);
  if (!v.cle || !propre) return v;
  if (tenue && v.cle === envoye) return { ...v, sections: tenue.sections, libelles: tenue.libelles, entete: tenue.entete };
  tenues.set(calc, { cle: v.cle, sections: v.sections, libelles: v.libelles, entete: v.entete });
  return v;
}

/** The parts of the last view each calculator answered that change only with the year, the
 *  comparison, the reference scenario and the parts of the form that apply (`Vue.cle`): the core
 *  sends them empty while the request's `connu` names the key of those held here.
 *  @type {WeakMap<object, Pick<import("./types").Vue, "cle" | "sections" | "libelles" | "entete">>} */
const tenues = new WeakMap();

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
