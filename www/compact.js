// Compact mode: the page as embed.js inserts it in another site's iframe
// (index.html?compact=1&sections=exercice,patientele&annee=2026&comparer=2025&parent=<origin>).
// It shows only the chosen sections of the form (elements marked data-section) and the results,
// fixes the year and the comparison, and talks to the host page, only at the host's origin (the
// `parent` parameter: the browser drops a message whose target origin is not the real parent's):
//   - always its height, so that the iframe fits its content (no scroll bar inside);
//   - the total shown, only if the host asked for it (total=1, from data-transmettre-total).
// Nothing else leaves the iframe.

const params = new URLSearchParams(location.search);
/** The sections a profile is made of, shown when the host names none. */
const PROFILE = ["exercice", "patientele", "prevention", "rosp", "numerique", "forfait_structure", "vsm", "missions", "consultations_avancees", "qualite", "assistant"];

/** The sections the host asked for, or the profile's. */
function shownSections() {
  const asked = (params.get("sections") ?? "").split(/[\s,]+/).filter(Boolean);
  return asked.length ? asked : PROFILE;
}

/** The host's origin if it is one (scheme://host[:port]), else null: then nothing is posted. */
function hostOrigin() {
  try {
    const origin = new URL(params.get("parent") ?? "").origin;
    return origin !== "null" && origin === params.get("parent") ? origin : null;
  } catch {
    return null;
  }
}

function choose(select, value) {
  if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
}

/** Posts the page's height whenever it changes. */
function reportHeight(post) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({ type: "forfaits:hauteur", hauteur: (last = height) });
  }).observe(document.documentElement);
}

/** Posts the total shown (text as displayed, e.g. "32 822,50 €") whenever it changes. */
function reportTotal(post) {
  const box = document.getElementById("total");
  let last;
  const send = () => {
    const amount = document.getElementById("montant-total")?.textContent ?? null;
    const label = box.querySelector(".total-label")?.textContent ?? null;
    if (amount === last) return;
    last = amount;
    post({ type: "forfaits:total", total: amount, libelle: label });
  };
  new MutationObserver(send).observe(box, { childList: true, subtree: true, characterData: true });
  send();
}

/** Sets the year, the comparison and (without the « calcul » section, where scenarios are
 *  chosen) the years mode that the host fixed: at start, and again after the visitor's saved
 *  input is restored, which must not override them. */
export function hostChoices() {
  choose(document.getElementById("f-annee"), params.get("annee"));
  const other = params.get("comparer");
  choose(document.getElementById("f-comparer"), other === "non" ? "" : other);
  if (!shownSections().includes("calcul")) document.querySelector("input[name=mode][value=annees]").checked = true;
}

/** Applies the compact mode if the URL asks for it, before the first computation; true if so. */
export function compactMode() {
  if (params.get("compact") !== "1") return false;
  const root = document.documentElement;
  root.dataset.compact = "true";
  const shown = new Set(shownSections());
  for (const section of document.querySelectorAll("[data-section]")) {
    section.toggleAttribute("data-masquee", !shown.has(section.dataset.section));
  }
  // The page keeps its title for screen readers when the header is not shown.
  if (!shown.has("entete")) {
    const title = document.createElement("h1");
    title.className = "sr-only";
    title.textContent = document.querySelector("header.site h1").textContent;
    document.querySelector("main").prepend(title);
  }
  hostChoices();

  const note = document.createElement("p");
  note.className = "hint compact-note";
  const full = document.createElement("a");
  full.href = "./";
  full.target = "_blank";
  full.rel = "noopener";
  full.textContent = shown.has("detail") ? "Ouvrir le calculateur complet" : "Ouvrir le calculateur complet (détail ligne par ligne et sources)";
  if (PROFILE.some((s) => !shown.has(s))) note.append("Calcul simplifié : les éléments qui ne sont pas affichés gardent les valeurs du profil d'exemple (ou de votre dernière saisie dans ce navigateur). ");
  note.append(full);
  document.getElementById("profil").prepend(note);

  const origin = hostOrigin();
  if (origin && window.parent !== window) {
    const post = (message) => window.parent.postMessage(message, origin);
    reportHeight(post);
    if (params.get("total") === "1") reportTotal(post);
  }
  return true;
}
