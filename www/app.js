// The page: loads the core (wasm, same folder, no request elsewhere), fills the form with the
// embedded default profile (or the state a share link, a file or the last visit carries) and
// recomputes at every keystroke: one year, two years compared, or scenarios side by side.

import init, { Calculateur } from "./pkg/forfaits.js";
import { vue } from "./core.js";
import { compactMode, hostChoices } from "./compact.js";
import { badDates, buildAssistantRows, buildGrids, fieldId, fill, labelCells, read, useSchema } from "./form.js";
import { LINES_WANTED, openDispositifs, clearErrors, printHeader, showTrajectory, setOrigin, setTexts, showComparison, showErrors, showLoading, showReport, showScenarios, showSchedule } from "./render.js";
import { CUSTOM, buildChoices, buildEditor, chosen, customValues, filterEditor, readEditor, selectedValues } from "./scenarios.js";
import { explainTerms } from "./termes.js";
import { ask, closeNotice, notice } from "./avis.js";
import { STATE_VERSION, asides, clearLink, download, downloadText, dropAside, dropUnreadable, fromLink, fromStorage, link, populationChoices, putAside, save, unreadable, upload } from "./state.js";

const $ = (id) => document.getElementById(id);

/** The page was rendered at build time (scripts/prerender.mjs, README « Premier résultat »): the
 *  form the core describes is already built and the empty form's result shown; this module takes
 *  that page over instead of rebuilding it, so that nothing typed or focused meanwhile is lost. */
const PRERENDERED = document.documentElement.hasAttribute("data-premier-rendu");

/** What the visitor changed in the prerendered form before the core arrived: each control whose
 *  state differs from the one the HTML wrote (its default value, checked or selected state), and
 *  the dates half typed (« 15/0 »): the browser gives no value for them, so they are not put back
 *  but left alone (`partial`, kept out of every `fill` of the takeover). */
function typedBefore() {
  const changed = [];
  const partial = new Set([...document.querySelectorAll("#profil input[type=date]")].filter((el) => /** @type {HTMLInputElement} */ (el).validity.badInput));
  for (const el of document.querySelectorAll("#profil input, #profil select, #profil textarea")) {
    if (el instanceof HTMLSelectElement) {
      if ([...el.options].some((o) => o.selected !== o.defaultSelected)) changed.push({ el, value: el.value });
    } else if (el.type === "checkbox" || el.type === "radio") {
      if (el.checked !== el.defaultChecked) changed.push({ el, checked: el.checked });
    } else if (el.type !== "file" && el.value !== el.defaultValue) changed.push({ el, value: el.value });
  }
  const focused = document.activeElement;
  const caret = focused instanceof HTMLInputElement && typeof focused.selectionStart === "number" ? [focused.selectionStart, focused.selectionEnd] : null;
  return { changed, partial, focused, caret };
}

/** Puts back what `typedBefore` found, over the state restored since (the visitor's latest word),
 *  and the caret where it was. True if anything was typed. */
function putBack({ changed, partial, focused, caret }) {
  for (const c of changed) {
    if (!c.el.isConnected) continue;
    if ("checked" in c) c.el.checked = c.checked;
    else c.el.value = c.value;
  }
  if (caret && document.activeElement === focused) /** @type {HTMLInputElement} */ (focused).setSelectionRange(caret[0], caret[1]);
  return changed.length > 0 || partial.size > 0;
}

/** What the prerendered page marked unavailable until now (scripts/prerender.mjs): it acts. */
function available() {
  for (const el of document.querySelectorAll("[data-attend-calculateur]")) {
    el.removeAttribute("aria-disabled");
    el.removeAttribute("data-attend-calculateur");
  }
}

const page = {
  /** @type {import("./types").Formulaire | null} */
  form: null,
  /** The calculator of the module in use: the first view's (pkg/forfaits.js), then the complete
   *  one's once it is loaded (see `loadComplete`).
   *  @type {{ vue(texte: string, jeton?: number): string, retouche(texte: string, jeton: number): string } | null} */
  calc: null,
  /** The complete module's loading, once started (null again if it failed, to retry). */
  complet: /** @type {Promise<void> | null} */ (null),
  /** The complete module failed to load while lines were wanted: not asked again until a
   *  dispositif is opened again. */
  detailEchec: false,
  /** The scenario editor's catalogue, an export of the complete module once it is loaded.
   *  @type {((texte: string) => string) | null} */
  parametres: null,
  shape: null,
  shipped: [],
  custom: { nom: "Mon scénario", source: "Scénario saisi dans le calculateur", valeurs: {} },
  editorYear: null,
  /** The states of the untouched page (the empty form, the example), which replacing loses nothing of. */
  defaults: [],
  /** The input shown came from a share link and was not edited since. */
  fromLink: false,
  /** A saved text could not be reread nor set aside: it is not overwritten until the user chooses. */
  holdSave: false,
  /** The last refusal of the browser to save, shown once. */
  saveProblem: null,
  /** Where the figures in the form come from (ORIGINS), and whether the example was edited. */
  origine: "mon-cas",
  modifie: false,
  /** Whether the trajectory is shown (then asked of the core at each keystroke). */
  trajectoire: false,
  /** Set while the page is recomputed for a printout: every dispositif's lines are asked for. */
  toutesLesLignes: false,
  /** The choices of « Chiffrer une population » (never its file), null until made or restored,
   *  and the panel's module once it is opened. */
  population: /** @type {object | null} */ (null),
  /** @type {typeof import("./population.js") | null} */
  panel: null,
};

/** What the page says of the figures in the form: above the form, and beside every total
 *  while they are not the user's own. */
const ORIGINS = {
  "mon-cas": { texte: "Mon cas : vos chiffres, à partir d'un formulaire vide (une case vide compte pour 0).", badge: "" },
  exemple: {
    texte: "Exemple fictif : ces chiffres sont ceux d'un médecin imaginaire, pas les vôtres. Videz le formulaire pour saisir votre cas.",
    badge: "Exemple fictif",
  },
  lien: {
    texte: "Profil reçu par un lien de partage : ces chiffres sont ceux de la personne qui vous l'a envoyé. Videz le formulaire pour saisir votre cas.",
    badge: "Profil partagé",
  },
};

function showOrigin() {
  const o = ORIGINS[page.origine] ?? ORIGINS["mon-cas"];
  $("origine-texte").textContent = page.origine === "exemple" && page.modifie ? `${o.texte} Certaines valeurs de l'exemple ont été modifiées.` : o.texte;
  $("origine").dataset.origine = page.origine;
  setOrigin(page.origine === "exemple" && page.modifie ? "Exemple modifié" : o.badge);
}

function yearOptions(select, [first, last], selected) {
  for (let y = first; y <= last; y++) select.append(new Option(String(y), String(y), false, y === selected));
}

const mode = () => (document.querySelector("input[name=mode]:checked")?.value === "scenarios" ? "scenarios" : "annees");

/** Shows the parts of the form that apply, as the core says. */
function relevantSections(sections) {
  for (const { cle, visible } of sections) {
    for (const part of document.querySelectorAll(`#profil [data-section="${cle}"]`)) part.hidden = !visible;
  }
}

/** The form's sentences that state a parameter in force, as the core words them. */
function labels(libelles) {
  for (const [path, text] of Object.entries(libelles)) {
    const node = document.querySelector(`[data-libelle="${path}"]`);
    if (node) node.textContent = text;
  }
}

/** Fields that only matter when another one is set. */
function dependentFields() {
  const contract = $("f-exercice-contrat_demographique-type").value;
  $("champ-contrat-fin").hidden = !contract;
  $("champ-contrat-resiliation").hidden = !contract;
  $("champ-cabinet-secondaire").hidden = !$("f-exercice-cabinet_secondaire_zip").checked;
  $("assistant-champs").hidden = !$("assistant-actif").checked;
  const scenarios = mode() === "scenarios";
  $("champ-comparer").hidden = scenarios;
  $("champ-scenarios").hidden = !scenarios;
  $("section-editeur").hidden = !(scenarios && selectedValues().includes(CUSTOM));
}

/** Everything the page shows, to keep, share, export. */
function state(form) {
  return {
    version: STATE_VERSION,
    profil: read(form, page.shape),
    mode: mode(),
    annee: Number($("f-annee").value),
    comparer: $("f-comparer").value,
    scenarios: selectedValues(),
    mon_scenario: page.custom,
    origine: page.origine,
    ...(page.population ? { population: page.population } : {}),
  };
}

/** The parts of a state that are the user's input (not its version or where it came from). */
const INPUT = ["profil", "mode", "annee", "comparer", "scenarios", "mon_scenario", "population"];
const same = (a, b) => JSON.stringify(INPUT.map((k) => a?.[k])) === JSON.stringify(INPUT.map((k) => b?.[k]));

/** Whether `s` is the empty form or the example, untouched: nothing of it is lost by replacing it. */
const untouched = (s) => page.defaults.some((d) => same(s, d));

/** Sets a select to a value it offers (a kept year the page no longer lists leaves it as it is). */
function choose(select, value) {
  if ([...select.options].some((o) => o.value === value)) select.value = value;
}

/** Puts a kept, shared or imported state (checked by `isState`) back in the form, but for the
 *  fields in `halfTyped` (see `fill`'s `keep`). */
function restore(form, s, halfTyped = undefined) {
  fill(form, s.profil, { keep: halfTyped });
  if (s.annee) choose($("f-annee"), String(s.annee));
  if (typeof s.comparer === "string") choose($("f-comparer"), s.comparer);
  const m = s.mode === "scenarios" ? "scenarios" : "annees";
  document.querySelector(`input[name=mode][value=${m}]`).checked = true;
  if (s.mon_scenario && typeof s.mon_scenario === "object") {
    page.custom = { nom: String(s.mon_scenario.nom ?? "Mon scénario"), source: String(s.mon_scenario.source ?? ""), valeurs: { ...(s.mon_scenario.valeurs ?? {}) } };
  }
  const kept = Array.isArray(s.scenarios) ? s.scenarios.map(String) : [];
  // A state of version 1 named the shipped scenarios by their position in the list.
  const ids = s.version === 1 ? kept.map((v) => (/^\d+$/.test(v) ? (page.shipped[Number(v)]?.id ?? "") : v)) : kept;
  buildChoices(page.shipped, page.custom, ids);
  page.editorYear = null;
  page.population = populationChoices(s.population);
  page.panel?.applyChoices(page.population);
  page.origine = s.origine in ORIGINS ? s.origine : "mon-cas";
  page.modifie = false;
}

/** What the page asks the core at a keystroke, beside the profile. */
function request(current) {
  const other = current.comparer;
  return {
    annee: current.annee,
    comparer: current.mode === "annees" && other ? Number(other) : null,
    scenarios: current.mode === "scenarios" ? { colonnes: chosen(), custom: page.custom } : null,
    trajectoire: page.trajectoire && current.mode === "annees",
    // A keystroke brings the lines of the dispositifs the user opened; a printout, every line.
    // The first module writes no line: until the complete one is there, every dispositif is
    // asked closed (README « Taille »).
    ...(!page.parametres ? { ouverts: [] } : page.toutesLesLignes ? {} : { ouverts: openDispositifs() }),
  };
}

/** Whether a request needs the page's complete module: a year of the 2011 convention (computed or
 *  compared with), or the scenarios. The first module refuses them; the complete one computes
 *  them, and everything else as the first one does (README « Taille »). */
function needsComplete(current) {
  const [first, last] = /** @type {import("./types").Formulaire} */ (page.form).annees_convention_2011;
  const of2011 = (/** @type {number} */ y) => y >= first && y <= last;
  if (current.mode === "scenarios" || of2011(current.annee)) return true;
  return current.mode === "annees" && current.comparer !== "" && of2011(Number(current.comparer));
}

/** Whether the page shows what only the complete module writes: the lines (a dispositif opened, a
 *  printout) or the assistant médical's schedule (a contract entered), which cite the texts, or
 *  the trajectory (opened). The first module writes none of them (README « Taille »). */
const completeWanted = (current) =>
  page.toutesLesLignes || openDispositifs().length > 0 || current.profil?.assistant_medical != null || (page.trajectoire && current.mode === "annees");

/** What the complete module computes, in the loading messages (its years, from the core). */
function completeModule() {
  const [first, last] = /** @type {import("./types").Formulaire} */ (page.form).annees_convention_2011;
  return `Le module des années ${first} à ${last} et des scénarios`;
}

/** Loads the page's complete module once, and computes with it from then on; `form` is computed
 *  again when it is there. */
function loadComplete(form) {
  page.complet ??= import("./pkg/complet.js")
    .then(async (m) => {
      await m.default({ module_or_path: new URL("./pkg/complet_bg.wasm", import.meta.url) });
      page.calc = new m.Calculateur();
      page.parametres = m.parametresEnVigueur;
    })
    .then(
      () => update(form),
      () => {
        page.complet = null;
        // The user may have gone back meanwhile to what the first module computes.
        if (needsComplete(state(form))) showLoading(`${completeModule()} n'a pas pu se charger : vérifiez la connexion, puis changez l'année ou le calcul pour réessayer.`);
        else {
          page.detailEchec = completeWanted(state(form));
          update(form);
        }
      },
    );
}

/** The scenario editor for `year`, from the complete module's catalogue; while it loads, the
 *  editor is built by the `update` that follows. */
function editor(year) {
  if (!page.parametres) {
    page.editorYear = null;
    return;
  }
  buildEditor(year, page.custom, page.parametres);
  labelCells(/** @type {HTMLTableElement} */ ($("editeur-table")));
  page.editorYear = year;
}

/** OPTAM is an option of secteur 2 only. */
function optamFollowsSecteur(form) {
  const secteur2 = form.querySelector("input[name=secteur][value='2']").checked;
  const optam = $("f-exercice-optam");
  if (!secteur2) optam.value = "aucune";
  optam.disabled = !secteur2;
}

function update(form) {
  const year = Number($("f-annee").value);
  optamFollowsSecteur(form);
  dependentFields();
  showOrigin();

  const current = state(form);
  keep(current);
  if (needsComplete(current) && !page.parametres) {
    showLoading(`${completeModule()} se charge.`);
    loadComplete(form);
    return;
  }
  // The lines asked for come with the complete module: the summary meanwhile, the dispositif
  // opened saying « Chargement du détail… » (almost never seen: it is loaded when the page is
  // idle); the schedule of a contract too, shown when it comes.
  if (!page.parametres && !page.detailEchec && completeWanted(current)) loadComplete(form);
  $("resultats").classList.toggle("detail-echec", page.detailEchec && !page.parametres);
  if (mode() === "scenarios" && page.editorYear !== year) editor(year);
  const v = vue(/** @type {Calculateur} */ (page.calc), current.profil, request(current));
  setTexts(v.textes);
  // A live region: written only when it changes (the takeover finds it already there).
  if (v.patients && $("total-patientele").textContent !== v.patients) $("total-patientele").textContent = v.patients;
  if (v.annee_observation) document.querySelectorAll(".annee-precedente").forEach((s) => (s.textContent = String(v.annee_observation)));
  labels(v.libelles);
  const outcome = v.resultat;
  const dates = badDates(form);
  if (dates.length || outcome.statut === "erreurs") {
    showErrors(form, [...dates, ...(outcome.statut === "erreurs" ? outcome.erreurs : [])]);
    return;
  }
  printHeader(v.entete);
  clearErrors(form);
  relevantSections(v.sections);
  showSchedule(v.echeancier);
  $("trajectoire").hidden = current.mode !== "annees";
  showTrajectory(v.trajectoire, current.annee);
  if (outcome.statut === "comparaison") showComparison(outcome.comparaison);
  else if (outcome.statut === "scenarios") {
    showScenarios(outcome.scenarios);
    if (current.scenarios.includes(CUSTOM)) showCustomValues();
  }
  else if (outcome.statut === "rapport") showReport(outcome.rapport);
}

/** Moves the focus to an element and brings it into view (a summary, a field, the results). */
function goTo(target) {
  if (!target) return;
  if (!target.matches("a, button, input, select, textarea, [tabindex]")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
}

/** Under the scenarios' sources: the values « Mon scénario » sets, beside the signed text's. */
function showCustomValues() {
  const values = customValues();
  const box = document.createElement("div");
  box.id = "scenario-valeurs";
  const title = document.createElement("h4");
  title.textContent = `Valeurs de « ${page.custom.nom || "Mon scénario"} »`;
  const list = document.createElement("ul");
  for (const v of values) {
    const li = document.createElement("li");
    li.textContent = `${v.libelle} : ${v.valeur} (texte signé : ${v.signe})`;
    list.append(li);
  }
  if (!values.length) list.append(Object.assign(document.createElement("li"), { textContent: "aucune valeur changée : celles du texte signé" }));
  box.append(title, list);
  document.getElementById("scenario-valeurs")?.remove();
  $("scenarios-sources").append(box);
}

/** What a printout needs to check the figure: the date, a link that reopens this calculation,
 *  and every value entered. */
function printExtras(form) {
  const when = document.createElement("p");
  when.textContent = `Imprimé le ${new Date().toLocaleDateString("fr-FR")} depuis le calculateur ; ce lien rouvre ce calcul (la saisie est dans le lien) :`;
  const url = document.createElement("p");
  url.className = "lien-impression";
  url.textContent = link(state(form));
  const entered = document.createElement("ul");
  entered.className = "saisie-impression";
  for (const input of form.querySelectorAll("[data-path], [data-am], [data-am-result]")) {
    if (input.closest("[hidden], [data-masquee]") || input.disabled) continue;
    const label = input.getAttribute("aria-label") ?? input.labels?.[0]?.textContent?.trim() ?? input.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? "";
    let value = "";
    if (input.type === "radio") value = input.checked ? (input.labels?.[0]?.textContent?.trim() ?? input.value) : "";
    else if (input.type === "checkbox") value = input.checked ? "oui" : "";
    else if (input.tagName === "SELECT") value = input.selectedOptions[0]?.textContent ?? "";
    else value = input.value.trim();
    if (value === "" || value === "0") continue;
    const li = document.createElement("li");
    li.textContent = input.type === "radio" ? `${input.closest("fieldset")?.querySelector("legend")?.textContent?.trim()} : ${value}` : `${label} : ${value}`;
    entered.append(li);
  }
  const title = document.createElement("h3");
  title.textContent = "Saisie (cases remplies)";
  $("impression-suite").replaceChildren(when, url, title, entered);
}

function message(text) {
  $("etat-message").textContent = text;
}

/** Saves the state for the next visit (marked when it is a shared profile not edited since);
 *  says once when the browser refuses. */
function keep(current) {
  if (page.holdSave) return;
  const problem = save(page.fromLink ? { ...current, origine: "lien" } : current);
  if (problem && problem !== page.saveProblem) notice("stockage", problem, { alerte: true });
  page.saveProblem = problem;
}

/** Why the core refuses the profile of a shared or imported state (its first error, on the
 *  field's label), or null. */
function refusal(s) {
  // Every dispositif closed: whichever module computes, only the profile's errors are read here.
  const v = vue(/** @type {Calculateur} */ (page.calc), s.profil, { annee: page.form?.annee_par_defaut, comparer: null, scenarios: null, ouverts: [] });
  if (v.resultat.statut !== "erreurs") return null;
  const [first, ...others] = v.resultat.erreurs;
  const input = first.champ ? document.getElementById(fieldId(first.champ)) : null;
  const label = input?.getAttribute("aria-label") ?? input?.labels?.[0]?.textContent?.trim() ?? first.champ;
  const more = others.length ? ` (et ${others.length} autre${others.length > 1 ? "s" : ""} erreur${others.length > 1 ? "s" : ""})` : "";
  return `${label ? `${label} — ` : ""}${first.message.replace(/\.$/, "")}${more}`;
}

/** Offers to go back to an input set aside (kept in this browser until the user chooses). */
function offerAside(form, kept, montrer = false) {
  const cle = `precedent-${kept.id}`;
  notice(cle, `La saisie ${kept.pourquoi} est gardée dans ce navigateur.`, {
    montrer,
    actions: [
      {
        libelle: "Revenir à cette saisie",
        agir: () => {
          dropAside(kept.id);
          replaceInput(form, kept.etat, { pourquoi: "d'avant « Revenir à cette saisie »" });
          message("La saisie mise de côté est revenue.");
        },
      },
      { libelle: "L'oublier", agir: () => dropAside(kept.id) },
    ],
  });
}

/** Replaces the input by `next` (a shared, imported or set-aside state) or by what `why.change`
 *  does (a reset), setting the current input aside first unless nothing of it would be lost: it is
 *  the example profile, or a shared profile not edited since (it is in its link). `shared`: `next`
 *  comes from a share link. */
function replaceInput(form, next, why, shared = false) {
  const before = state(form);
  const wasShared = page.fromLink;
  page.fromLink = shared;
  if (next) {
    restore(form, next);
    if (shared && page.origine === "mon-cas") page.origine = "lien";
  } else why.change();
  update(form);
  if (wasShared || same(before, state(form)) || untouched(before)) return;
  const kept = putAside(before, why.pourquoi);
  if (kept) offerAside(form, kept, true);
  else {
    notice("precedent", `La saisie ${why.pourquoi} n'a pas pu être gardée dans ce navigateur : exportez-la en fichier pour la garder.`, {
      alerte: true,
      montrer: true,
      actions: [{ libelle: "Exporter cette saisie", agir: () => download(before, "forfaits-saisie-precedente.json") }],
    });
  }
}

/** Opens the state a share link carries, asking first when it would replace the user's own input;
 *  a link that cannot be read, or whose profile the core refuses, leaves the input as it is. */
async function openLink(form) {
  const got = fromLink();
  if (!got) return;
  clearLink();
  const refused = "etat" in got ? refusal(got.etat) : null;
  if ("probleme" in got || refused) {
    const why = "probleme" in got ? got.probleme : `Le profil de ce lien de partage est refusé par le calculateur : ${refused}.`;
    notice("lien", `${why} Votre saisie est conservée. Demandez un nouveau lien, ou un fichier exporté, à qui vous l'a envoyé.`, { alerte: true });
    return;
  }
  closeNotice("lien");
  const current = state(form);
  if (!same(current, got.etat) && !untouched(current)) {
    const open = await ask({
      titre: "Ouvrir le profil partagé\u00a0?",
      texte: "Ce lien de partage contient un profil et des scénarios. Votre propre saisie est déjà dans ce navigateur : si vous ouvrez le profil partagé, elle est mise de côté et vous pourrez y revenir.",
      oui: "Ouvrir le profil partagé",
      non: "Garder ma saisie",
    });
    if (!open) {
      message("Lien de partage non ouvert : votre saisie est conservée.");
      return;
    }
  }
  replaceInput(form, got.etat, { pourquoi: "remplacée par le profil d'un lien de partage" }, true);
  message("Profil et scénarios ouverts depuis le lien de partage.");
}

/** A saved text that could not be reread: it stays under its own key (or, if it could not be put
 *  there, in place) until the user downloads or drops it. */
function offerUnreadable(text, kept) {
  page.holdSave = !kept;
  const drop = () => {
    dropUnreadable();
    page.holdSave = false;
  };
  notice(
    "illisible",
    `Votre saisie enregistrée dans ce navigateur n'a pas pu être relue : ses données sont abîmées. Le calculateur est reparti sans elle ; le texte enregistré est gardé tel quel${kept ? " à part" : ""}, jusqu'à ce que vous l'effaciez.`,
    {
      alerte: true,
      actions: [
        { libelle: "Télécharger le texte enregistré", agir: () => downloadText(text, "forfaits-saisie-illisible.txt", "text/plain"), ferme: false },
        { libelle: "L'effacer", agir: drop },
      ],
    },
  );
}

async function main() {
  // The form, as the core describes it, written at build time (scripts/write-formulaire.mjs):
  // the first module does not carry it. Both are preloaded by index.html.
  const [f] = await Promise.all([
    fetch(new URL("./pkg/formulaire.json", import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`formulaire : ${r.status}`);
      return /** @type {Promise<import("./types").Formulaire>} */ (r.json());
    }),
    init({ module_or_path: new URL("./pkg/forfaits_bg.wasm", import.meta.url) }),
  ]);
  page.calc = new Calculateur();
  page.form = f;
  const form = $("profil");
  const typed = PRERENDERED ? typedBefore() : null;
  if (PRERENDERED) useSchema(f.schema);
  else {
    yearOptions($("f-annee"), f.annees, f.annee_par_defaut);
    yearOptions($("f-comparer"), f.annees, f.comparer_par_defaut);
    buildGrids(f.schema);
    for (const table of document.querySelectorAll("#profil table.grid")) labelCells(/** @type {HTMLTableElement} */ (table));
    document.querySelector(".colophon").textContent = f.colophon;
    explainTerms(f.termes);
  }
  page.shape = f.profil_par_defaut;
  page.shipped = f.scenarios;
  buildChoices(page.shipped, page.custom, f.scenarios_par_defaut);
  const compact = compactMode();
  // A first visit starts from an empty form (« mon cas »), with the example one click away; the
  // compact mode keeps the example for the sections its host does not show (compact.js says so).
  const halfTyped = typed?.partial;
  fill(form, page.shape, { keep: halfTyped });
  optamFollowsSecteur(form);
  page.defaults = [state(form)];
  if (!compact) {
    fill(form, f.profil_vide, { blank: true, keep: halfTyped });
    optamFollowsSecteur(form);
    page.defaults.push(state(form));
  }
  page.origine = compact ? "exemple" : "mon-cas";
  const saved = fromStorage();
  if (saved && "etat" in saved) {
    restore(form, saved.etat, halfTyped);
    page.fromLink = saved.etat.origine === "lien";
    message(page.fromLink ? "Le profil ouvert depuis un lien de partage a été retrouvé dans ce navigateur." : "Votre dernière saisie a été retrouvée dans ce navigateur.");
  } else if (saved && "probleme" in saved) {
    // What is stored could not be read: it is not overwritten either.
    page.holdSave = true;
    notice("stockage", saved.probleme, { alerte: true });
  } else if (saved) offerUnreadable(saved.illisible, saved.garde);
  if (compact) hostChoices();
  const earlier = unreadable();
  if (earlier !== null && !(saved && "illisible" in saved)) offerUnreadable(earlier, true);
  for (const kept of asides()) offerAside(form, kept);
  if (typed && putBack(typed)) {
    page.fromLink = false;
    page.modifie = page.origine === "exemple";
  }

  form.addEventListener("input", (e) => {
    page.fromLink = false;
    if (page.origine === "exemple" && !page.modifie && e.target.closest("[data-path], [data-am], [data-am-result], #assistant-actif")) page.modifie = true;
    if (e.target.closest("#editeur-table") || e.target.id === "f-scenarios-custom-nom") {
      page.custom = readEditor(page.custom);
      buildChoices(page.shipped, page.custom, selectedValues());
    }
    if (e.target.id === "editeur-filtre") {
      filterEditor(e.target.value);
      return;
    }
    update(form);
  });
  form.addEventListener("change", () => {
    page.fromLink = false;
    update(form);
  });
  // A date being typed (a day alone, « 31/02 ») changes no value, so fires no input event: the
  // field is checked at each key and when it is left.
  for (const type of ["keyup", "focusout"]) {
    form.addEventListener(type, (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === "date") update(form);
    });
  }
  window.addEventListener("hashchange", () => openLink(form));
  $("f-assistant_medical-annees").addEventListener("input", (e) => {
    const n = Number(e.target.value);
    if (Number.isInteger(n) && n >= 1) buildAssistantRows(n);
  });
  /** « Mon scénario » replaced by `custom`, the one it replaces set aside. */
  const replaceCustom = (custom, pourquoi) =>
    replaceInput(form, null, {
      pourquoi,
      change: () => {
        page.custom = custom;
        editor(Number($("f-annee").value));
        buildChoices(page.shipped, page.custom, selectedValues());
      },
    });
  $("editeur-copier").addEventListener("click", () => {
    const base = page.shipped.find((s) => s.id === $("editeur-base").value) ?? page.shipped[0];
    // Its source says it departs from the proposal: a printout must not credit the proposal with
    // values the user changed.
    replaceCustom(
      { nom: `${base.nom} (modifié)`, source: `À partir de « ${base.nom} » (${base.source}), valeurs modifiées dans le calculateur`, valeurs: { ...base.valeurs } },
      "d'avant « Copier ces valeurs dans mon scénario »",
    );
  });
  $("editeur-reset").addEventListener("click", () => {
    replaceCustom({ nom: "Mon scénario", source: "Scénario saisi dans le calculateur", valeurs: {} }, "d'avant « Revenir au texte signé »");
  });
  // The example, whole: its profile and the question the page opens on (year, comparison).
  $("reinitialiser").addEventListener("click", () => {
    replaceInput(form, null, {
      pourquoi: "d'avant « Voir un exemple »",
      change: () => {
        fill(form, page.shape);
        $("f-annee").value = String(f.annee_par_defaut);
        $("f-comparer").value = String(f.comparer_par_defaut);
        /** @type {HTMLInputElement} */ (document.querySelector("input[name=mode][value=annees]")).checked = true;
        page.origine = "exemple";
        page.modifie = false;
      },
    });
    message("Exemple chargé : remplacez ses chiffres par les vôtres, ou videz le formulaire.");
  });
  $("vider").addEventListener("click", () => {
    replaceInput(form, null, {
      pourquoi: "d'avant « Vider le formulaire »",
      change: () => {
        fill(form, f.profil_vide, { blank: true });
        page.origine = "mon-cas";
        page.modifie = false;
      },
    });
    message("Formulaire vidé : saisissez vos chiffres.");
  });
  // The bar that keeps the total in view on a phone leads to the results, or to what must be
  // corrected while the total waits.
  $("barre-detail").addEventListener("click", (e) => goTo($(e.currentTarget.dataset.vers ?? "resultats")));
  // Links within the page move the focus there without touching the address (whose # carries
  // shared links).
  document.addEventListener("click", (e) => {
    const link = e.target.closest?.("a[href^='#']");
    const target = link && link.getAttribute("href").length > 1 ? document.getElementById(link.getAttribute("href").slice(1)) : null;
    if (!target) return;
    e.preventDefault();
    goTo(target);
  });
  $("trajectoire-ouvrir").addEventListener("click", (e) => {
    page.trajectoire = !page.trajectoire;
    e.currentTarget.setAttribute("aria-expanded", String(page.trajectoire));
    e.currentTarget.textContent = page.trajectoire ? "Masquer ma trajectoire" : "Afficher ma trajectoire";
    $("trajectoire-contenu").hidden = !page.trajectoire;
    update(form);
  });
  // Every line of a printout is written by the complete module: loaded first if it is not yet.
  $("imprimer").addEventListener("click", async () => {
    if (!page.parametres) {
      loadComplete(form);
      await page.complet;
    }
    window.print();
  });
  window.addEventListener("beforeprint", () => {
    printExtras(form);
    page.toutesLesLignes = true;
    update(form);
    page.toutesLesLignes = false;
  });
  // A dispositif opened whose lines were not sent: the same request, with its lines.
  document.addEventListener(LINES_WANTED, () => {
    page.detailEchec = false;
    update(form);
  });
  $("imprimer-detail").addEventListener("change", (e) => document.documentElement.classList.toggle("imprimer-detail", e.target.checked));
  $("exporter").addEventListener("click", () => download(state(form)));
  $("importer").addEventListener("change", async (e) => {
    const [file] = e.target.files;
    if (!file) return;
    e.target.value = "";
    const got = await upload(file);
    const refused = "etat" in got ? refusal(got.etat) : null;
    if ("probleme" in got || refused) {
      const why = "probleme" in got ? got.probleme : `Le profil de « ${file.name} » est refusé par le calculateur : ${refused}.`;
      notice("import", `${why} Votre saisie est conservée.`, { alerte: true, montrer: true });
      message(`« ${file.name} » n'a pas été importé.`);
      return;
    }
    closeNotice("import");
    replaceInput(form, got.etat, { pourquoi: `remplacée par « ${file.name} »` });
    message(`« ${file.name} » importé.`);
  });
  $("partager").addEventListener("click", async () => {
    const url = link(state(form));
    $("champ-lien").hidden = false;
    $("lien-partage").value = url;
    $("lien-partage").select();
    try {
      await navigator.clipboard.writeText(url);
      message("Lien copié : il contient votre saisie, qui ne passe par aucun serveur.");
    } catch {
      message("Copiez le lien ci-dessus : il contient votre saisie, qui ne passe par aucun serveur.");
    }
  });
  // A checkbox ticked before the takeover was put back without its change event.
  document.documentElement.classList.toggle("imprimer-detail", $("imprimer-detail").checked);
  update(form);
  available();
  document.documentElement.dataset.ready = "true";
  // Offline use for the calculator opened for itself, not inside another site's page; loaded in
  // a later task than the first result, which it must not delay.
  if (!compact) setTimeout(() => import("./hors-ligne.js").then((offline) => offline.startOffline()));
  // The complete module (the lines of a dispositif opened, a printout, the years of 2011, the
  // scenarios) loaded when the page is idle after the first result, so that opening a detail is
  // instant; in an embedded page, only when it is needed.
  if (!compact) {
    const prefetch = () => loadComplete(form);
    if ("requestIdleCallback" in window) window.requestIdleCallback(prefetch);
    else setTimeout(prefetch);
  }
  // « Chiffrer une population »: its module (and, through its worker, its wasm) when first opened.
  $("pop-details").addEventListener(
    "toggle",
    () =>
      import("./population.js").then((p) => {
        page.panel = p;
        return p.startPanel(
          () => ({
            scenarios: page.shipped,
            custom: page.custom,
            annee: Number($("f-annee").value),
            annees: f.annees,
            reference: f.scenarios_par_defaut[0],
            compare: f.scenarios_par_defaut[1] ?? f.scenarios_par_defaut[0],
            choix: page.population,
          }),
          (choix) => {
            page.population = choix;
            page.fromLink = false;
            keep(state(form));
          },
        );
      }),
    { once: true },
  );
  // A share link is opened over the user's own result, asking first if it would replace it.
  await openLink(form);
}

main().catch((e) => {
  document.documentElement.removeAttribute("data-attente");
  $("total").textContent = "Le calculateur n'a pas pu se charger dans ce navigateur.";
  throw e;
});
