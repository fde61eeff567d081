// Keep and share: the profile and the scenarios survive a reload (local storage), travel in a
// share link's fragment (after #, never sent to a server), and go out and in as JSON files.
// Nothing the user typed is dropped here without a word: what cannot be read says why (a French
// sentence for the page to show), and a saved text that cannot be read is set aside, not erased.

const KEY = "forfaits.etat";
/** The input a shared link, an imported file or a reset replaced, until the user chooses. */
const ASIDE = "forfaits.etat.precedent";
/** A saved text the page could not read, kept as it was until the user downloads or drops it. */
const UNREADABLE = "forfaits.etat.illisible";
const FRAGMENT = "etat=";

// 2: scenarios are kept by their stable id (version 1 kept their position in the list).
export const STATE_VERSION = 2;

/** UTF-8 JSON → base64url, and back. */
function encode(state) {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const CUT = "Ce lien de partage est incomplet ou abîmé : il a sans doute été coupé en chemin (par une messagerie, par exemple).";

/** The state a fragment carries, or why it cannot be read. */
function decode(text) {
  let bytes;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return { probleme: CUT };
  }
  let json;
  try {
    json = new TextDecoder(undefined, { fatal: true }).decode(bytes);
  } catch {
    return { probleme: CUT };
  }
  try {
    return checked(JSON.parse(json), "Ce lien de partage ne contient pas un profil de ce calculateur.");
  } catch {
    return { probleme: CUT };
  }
}

/** A kept, shared or imported state has the shape the page writes: an object with a profile. */
export function isState(s) {
  const object = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  return object(s) && object(s.profil) && (s.version === undefined || s.version === 1 || s.version === STATE_VERSION);
}

/** The choices of « Chiffrer une population » (population.js) a state keeps under `population`,
 *  read as far as their shape goes (the panel then takes only what it offers), or null when there
 *  are none (a state written before they were kept, or by a page whose panel was left alone). The
 *  file costed there is never part of a state: its data never leaves the page. */
export function populationChoices(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const year = (v) => (Number.isInteger(v) ? v : null);
  const annees = Array.isArray(raw.annees) && raw.annees.length === 2 && raw.annees.every(Number.isInteger) ? [raw.annees[0], raw.annees[1]] : null;
  return {
    mode: raw.mode === "annees" ? "annees" : "scenarios",
    annee: year(raw.annee),
    reference: typeof raw.reference === "string" ? raw.reference : null,
    scenarios: Array.isArray(raw.scenarios) ? raw.scenarios.filter((v) => typeof v === "string") : [],
    annees,
  };
}

function checked(s, wrongShape) {
  return isState(s) ? { etat: s } : { probleme: wrongShape };
}

/** What the fragment of `hash` (location.hash) carries: `null` when it is no share link (empty, or
 *  the id of an element of the page, where a link of the page itself leads), `{etat}` or
 *  `{probleme}` (a French sentence). */
export function fromLink(hash = location.hash) {
  const fragment = hash.slice(1);
  if (fragment === "" || document.getElementById(fragment) || document.getElementById(safeDecode(fragment))) return null;
  if (!fragment.startsWith(FRAGMENT)) return { probleme: "Ce lien ne contient pas de profil lisible : la fin de l'adresse, après #, n'est pas celle d'un lien de partage." };
  return decode(fragment.slice(FRAGMENT.length));
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Removes a share link's fragment from the address bar (and from the history entry), so that a
 *  reload does not open it again once the user has chosen. */
export function clearLink() {
  history.replaceState(history.state, "", location.pathname + location.search);
}

const REFUSED = "Ce navigateur refuse l'enregistrement local : votre saisie ne sera pas gardée d'une visite à l'autre. Exportez-la en fichier ou faites un lien de partage pour la garder.";

/** The last visit's state: `null` (none), `{etat}`, `{illisible: text}` (bad JSON or wrong shape:
 *  the text is kept under its own key, or `gardé` is false when it could not be) or `{probleme}`
 *  (storage refused). */
export function fromStorage() {
  let text;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return { probleme: REFUSED };
  }
  if (text === null) return null;
  let s;
  try {
    s = JSON.parse(text);
  } catch {
    s = undefined;
  }
  if (isState(s)) return { etat: s };
  return { illisible: text, garde: setAside(UNREADABLE, text) };
}

/** The unreadable text set aside at an earlier visit, if any. */
export function unreadable() {
  return read(UNREADABLE);
}

export function dropUnreadable() {
  remove(UNREADABLE);
}

function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remove(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

/** Stores `text` under `key`; false if the browser refused (private browsing, storage full). */
function setAside(key, text) {
  try {
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** The text this page last saved (none yet). */
let written = null;

/** Saves the state; a French sentence when the browser refused, else null. */
export function save(state) {
  const text = JSON.stringify(state);
  // A recomputation that changes nothing the user typed (the complete module arriving, say) does
  // not write again: what another tab, or an earlier visit's unreadable text, left there stays.
  if (text === written) return null;
  try {
    localStorage.setItem(KEY, text);
    written = text;
    return null;
  } catch (e) {
    return e instanceof DOMException && e.name === "QuotaExceededError"
      ? "L'espace de stockage de ce navigateur est plein : votre dernière saisie n'y est pas enregistrée. Exportez-la en fichier pour la garder."
      : REFUSED;
  }
}

/** The inputs set aside, oldest first: `[{id, pourquoi, etat}]`. */
export function asides() {
  try {
    const list = JSON.parse(read(ASIDE) ?? "[]");
    return Array.isArray(list) ? list.filter((k) => k && Number.isInteger(k.id) && isState(k.etat)) : [];
  } catch {
    return [];
  }
}

/** Keeps an input about to be replaced, with why (a French phrase), beside those kept before:
 *  the entry kept, or null if the browser refused. */
export function putAside(state, why) {
  const list = asides();
  const kept = { id: Math.max(0, ...list.map((k) => k.id)) + 1, pourquoi: why, etat: state };
  return setAside(ASIDE, JSON.stringify([...list, kept])) ? kept : null;
}

export function dropAside(id) {
  const list = asides().filter((k) => k.id !== id);
  if (list.length) setAside(ASIDE, JSON.stringify(list));
  else remove(ASIDE);
}

/** A link that opens the page with this state. */
export function link(state) {
  const url = new URL(location.href);
  url.hash = FRAGMENT + encode(state);
  return url.href;
}

/** Offers a text as a file to download. */
export function downloadText(text, name, type = "application/json") {
  const blob = new Blob([text], { type });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Offers the state as a JSON file to download. */
export function download(state, name = "forfaits-profil.json") {
  downloadText(JSON.stringify(state, null, 2), name);
}

/** Reads a state from a JSON file the user picked: `{etat}` or `{probleme}`. */
export async function upload(file) {
  const wrong = `« ${file.name} » n'est pas un fichier exporté par ce calculateur`;
  let text;
  try {
    text = await file.text();
  } catch {
    return { probleme: `« ${file.name} » n'a pas pu être lu.` };
  }
  try {
    return checked(JSON.parse(text), `${wrong} : il ne contient pas de profil.`);
  } catch {
    return { probleme: `${wrong} : ce n'est pas du JSON lisible.` };
  }
}
