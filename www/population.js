// « Chiffrer une population » — for negotiators: a file of physicians (CSV the French way, or
// JSON Lines) costed under scenarios (or in two years) against a reference, in a Web Worker
// (population-worker.js, with its own wasm) so that the page stays usable; the aggregates come
// from the core (the CLI's `--cohorte` figures) and this module only draws them: every number's
// text is the core's (`textes`: an amount under its digits, a percentage under « digits % »).
// Loaded by app.js when the panel is first opened. Its ids all start with "pop-".

import { el } from "./dom.js";

const NBSP = "\u00a0";
/** The demonstration's population: its size and its seed (the generator's, see the README). */
const FICTIFS = { nombre: 10_000, graine: 1 };

/** The panel's choices the page keeps (state.js, `population`): never the file, which stays here. */
/** @typedef {{mode: "scenarios" | "annees", annee: number | null, reference: string | null, scenarios: string[], annees: [number, number] | null}} Choix */

/** What the page knows that the panel needs: the shipped scenarios, the user's own, the years, the
 *  choices kept from an earlier visit or a share link (null: none yet). */
let context = /** @type {() => {scenarios: {id: string, nom: string}[], custom: object, annee: number, annees: [number, number], reference: string, compare: string, choix: Choix | null}} */ (null);

const $ = (id) => document.getElementById(id);

/** The French texts of the last answer, written by the core. */
let texts = /** @type {Record<string, string>} */ ({});
const montant = (raw) => texts[raw] ?? raw;
const pourcent = (raw) => texts[`${raw} %`] ?? `${raw}${NBSP}%`;
// (A count summed over two workers has no text from the core: written the French way here.)
const nombre = (n) => texts[String(n)] ?? n.toLocaleString("fr-FR");
/** « 1 ligne invalide », « 0 ligne invalide », « 2 lignes invalides ». */
const compte = (n, un, plusieurs) => `${nombre(n)} ${n > 1 ? plusieurs : un}`;

/** The Web Workers, started when the panel opens (their wasm compiles meanwhile), ended by a
 *  cancel: two when the machine has two cores or more, each costing half of a large file. */
let workers = /** @type {Worker[]} */ ([]);
/** A file smaller than this (bytes) is costed by one worker: about a tenth of a second. */
const SPLIT_FROM = 1_048_576;
/** The run in progress: what it costs, when it began; for a file shared by two workers, the
 *  byte it is cut at, each worker's last progress and the second part once done. */
let run = /** @type {{debut: number, fictif: boolean, nom: string, coupe: number | null, progres: any[], seconde: any} | null} */ (null);

function startWorkers() {
  if (workers.length) return workers;
  const count = Math.min(2, navigator.hardwareConcurrency || 1);
  for (let i = 0; i < count; i++) {
    const worker = new Worker(new URL("./population-worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", (e) => {
      const m = e.data;
      if (!run) return;
      if (m.type === "progression") progress(i, m);
      else if (m.type === "partie") secondPart(m);
      else if (m.type === "resultats") finished(m);
      else failed(m.erreurs);
    });
    worker.addEventListener("error", () => failed([{ champ: "cohorte", message: "Le calcul n'a pas pu démarrer dans ce navigateur." }]));
    workers.push(worker);
  }
  return workers;
}
/** The exports of the last results. */
let exports = /** @type {{resultats: Blob, erreurs: Blob} | null} */ (null);

function yearSelect(id, label, [first, last], selected) {
  const select = el("select", { id });
  for (let y = first; y <= last; y++) select.append(new Option(String(y), String(y), false, y === selected));
  return el("div", { class: "field" }, el("label", { for: id, text: label }), select);
}

/** The panel's form: what to cost, the file, the run. */
function build(box) {
  const c = context();
  const reference = el("select", { id: "pop-reference" });
  const choices = el("div", { class: "pop-cases", id: "pop-scenarios" });
  const form = el(
    "form",
    { id: "pop-form", novalidate: true },
    el(
      "fieldset",
      {},
      el("legend", { text: "Comparer" }),
      el(
        "fieldset",
        { class: "inline" },
        el("legend", { class: "sr-only", text: "Ce qui est comparé" }),
        el("label", {}, el("input", { type: "radio", name: "pop-mode", value: "scenarios", id: "pop-mode-scenarios" }), " des scénarios"),
        el("label", {}, el("input", { type: "radio", name: "pop-mode", value: "annees", id: "pop-mode-annees" }), " deux années"),
      ),
      el(
        "div",
        { id: "pop-choix-scenarios" },
        yearSelect("pop-annee", "Année", c.annees, c.annee),
        el("div", { class: "field" }, el("label", { for: "pop-reference", text: "Référence" }), reference),
        el("fieldset", { class: "inline" }, el("legend", { text: "Scénarios chiffrés contre la référence" }), choices),
      ),
      el(
        "div",
        { id: "pop-choix-annees", class: "pop-ligne" },
        yearSelect("pop-annee-a", "Année de référence", c.annees, c.annee - 1),
        yearSelect("pop-annee-b", "Année comparée", c.annees, c.annee),
      ),
    ),
    el(
      "fieldset",
      {},
      el("legend", { text: "Les médecins" }),
      el(
        "p",
        { class: "hint" },
        "Un médecin par ligne ; CSV d'un tableur français (séparateur « ; », virgule décimale) dont les colonnes portent le nom des champs du formulaire, ou JSON Lines. Une colonne absente vaut zéro. ",
        el("strong", { text: "Le fichier reste dans votre navigateur : rien n'est envoyé." }),
      ),
      el("div", { class: "actions" }, el("button", { type: "button", id: "pop-modele", class: "secondaire", text: "Télécharger le modèle (CSV)" })),
      el(
        "div",
        { id: "pop-depot", class: "pop-depot" },
        el("label", { for: "pop-fichier", text: "Choisir un fichier, ou le déposer ici" }),
        el("input", { type: "file", id: "pop-fichier", accept: ".csv,.jsonl,.json,.txt,text/csv,application/json" }),
      ),
      el(
        "div",
        { class: "actions" },
        el("button", { type: "button", id: "pop-fictifs", text: "Essayer avec dix mille médecins fictifs" }),
        el("button", { type: "button", id: "pop-annuler", class: "secondaire", disabled: true, text: "Annuler le calcul" }),
      ),
    ),
    el(
      "div",
      { id: "pop-etat", class: "pop-etat" },
      el("progress", { id: "pop-progression", max: 1, value: 0, "aria-labelledby": "pop-progression-texte", hidden: true }),
      el("p", { id: "pop-progression-texte" }),
      // What a screen reader hears: the start and the end of a run, not each progress step.
      el("p", { id: "pop-annonce", class: "sr-only", role: "status" }),
    ),
  );
  const results = el("div", { id: "pop-resultats", "aria-labelledby": "pop-resultats-titre", hidden: true });
  box.replaceChildren(form, results);
  applyChoices(c.choix);
  return form;
}

/** Sets a select to `value` if it offers it (a kept year or scenario the page no longer lists
 *  leaves it as it is). */
function choose(id, value) {
  const select = /** @type {HTMLSelectElement} */ ($(id));
  if (value !== null && [...select.options].some((o) => o.value === String(value))) select.value = String(value);
}

/** Shows the part of the form the mode asks for. */
function showMode() {
  $("pop-choix-scenarios").hidden = mode() === "annees";
  $("pop-choix-annees").hidden = mode() !== "annees";
}

/** Puts choices in the form (kept, shared, imported; null: the page's defaults). */
export function applyChoices(choix) {
  if (!$("pop-form")) return;
  const c = context();
  const ch = choix ?? { mode: "scenarios", annee: c.annee, reference: c.reference, scenarios: [c.compare], annees: [c.annee - 1, c.annee] };
  /** @type {HTMLInputElement} */ ($(ch.mode === "annees" ? "pop-mode-annees" : "pop-mode-scenarios")).checked = true;
  showMode();
  choose("pop-annee", ch.annee);
  choose("pop-annee-a", ch.annees?.[0] ?? null);
  choose("pop-annee-b", ch.annees?.[1] ?? null);
  fillScenarios(c, ch.reference, new Set(ch.scenarios));
}

/** The panel's choices, as the page keeps them. */
function choices() {
  return /** @type {Choix} */ ({
    mode: mode(),
    annee: Number($("pop-annee").value),
    reference: $("pop-reference").value,
    scenarios: [...document.querySelectorAll("#pop-scenarios input:checked")].map((i) => /** @type {HTMLInputElement} */ (i).value),
    annees: [Number($("pop-annee-a").value), Number($("pop-annee-b").value)],
  });
}

const customName = (c) => `${c.custom.nom || "Mon scénario"} (éditeur de scénarios)`;

/** The scenario choices: the shipped ones and the user's own (from the scenario editor), with
 *  `keep` as the reference and `checked` ticked (by default, as they are). */
function fillScenarios(c, keep = $("pop-reference").value, checked = new Set([...$("pop-scenarios").querySelectorAll("input:checked")].map((i) => i.value))) {
  const reference = /** @type {HTMLSelectElement} */ ($("pop-reference"));
  const all = [...c.scenarios.map((s) => ({ id: s.id, nom: s.nom })), { id: "custom", nom: customName(c) }];
  reference.replaceChildren(...all.map((s) => new Option(s.nom, s.id)));
  reference.value = all.some((s) => s.id === keep) ? keep : all[0].id;
  const box = $("pop-scenarios");
  box.replaceChildren(
    ...all.map((s) =>
      el(
        "label",
        {},
        el("input", { type: "checkbox", value: s.id, id: `pop-s-${s.id}`, checked: checked.has(s.id) && s.id !== reference.value, disabled: s.id === reference.value }),
        el("span", { text: s.nom }),
      ),
    ),
  );
}

/** The user's scenario under the name it has now in the editor (nothing else redrawn: focus stays). */
function renameCustom() {
  const nom = customName(context());
  const option = /** @type {HTMLSelectElement} */ ($("pop-reference")).querySelector('option[value="custom"]');
  if (option) option.textContent = nom;
  const label = $("pop-s-custom")?.nextElementSibling;
  if (label) label.textContent = nom;
}

const mode = () => (/** @type {HTMLInputElement} */ ($("pop-mode-annees")).checked ? "annees" : "scenarios");

/** The core's request for what the form says. */
function demande() {
  if (mode() === "annees") return { annees: [Number($("pop-annee-a").value), Number($("pop-annee-b").value)] };
  const ref = $("pop-reference").value;
  const others = [...document.querySelectorAll("#pop-scenarios input:checked")].map((i) => i.value).filter((v) => v !== ref);
  const colonnes = [ref, ...others];
  return {
    annee: Number($("pop-annee").value),
    scenarios: { colonnes, ...(colonnes.includes("custom") ? { custom: context().custom } : {}) },
  };
}

/** Shows `text` under the progress bar, and has it read out unless it is a progress step. */
function status(text, announce = true) {
  $("pop-progression-texte").textContent = text;
  if (announce) $("pop-annonce").textContent = text;
}

/** Starts a costing of `source` ({fichier} or {fictifs}); a run in progress is cancelled first. */
function start(source, nom) {
  cancel(false);
  const [first, second] = startWorkers();
  // A large file is cut in the middle: each worker costs the rows that start in its half (the
  // core frames the whole file in both, so that a row holding the cut — even a line break
  // between double quotes — is the first half's, and lines keep the file's numbers).
  const coupe = second && source.fichier && source.fichier.size >= SPLIT_FROM ? Math.floor(source.fichier.size / 2) : null;
  run = { debut: performance.now(), fictif: !source.fichier, nom, coupe, progres: [], seconde: null };
  // The number of workers at work, for the tests and the benchmark.
  $("population").dataset.parts = coupe === null ? "1" : "2";
  // The last results go: they would be read as this file's.
  $("pop-resultats").hidden = true;
  exports = null;
  const section = $("population");
  section.dataset.etat = "calcul";
  $("pop-annuler").disabled = false;
  const bar = /** @type {HTMLProgressElement} */ ($("pop-progression"));
  bar.hidden = false;
  bar.removeAttribute("value");
  status(`Lecture de ${nom}…`);
  if (coupe === null) first.postMessage({ demande: demande(), ...source });
  else {
    first.postMessage({ demande: demande(), ...source, partie: { debut: 0, fin: coupe, premiere: true } });
    second.postMessage({ demande: demande(), ...source, partie: { debut: coupe, fin: null, premiere: false } });
  }
}

/** The second half is costed: its aggregates go to the first worker, which merges them. */
function secondPart(m) {
  /** @type {NonNullable<typeof run>} */ (run).seconde = m;
  workers[0].postMessage({ etat: m.etat });
}

/** Ends the run in progress, if any (its worker with it); `said`: tell the user. */
function cancel(said = true) {
  if (!run) return;
  for (const w of workers) w.terminate();
  workers = [];
  ended();
  if (said) {
    $("population").dataset.etat = "annule";
    status("Calcul annulé.");
  }
}

function perSecond(rows) {
  const seconds = (performance.now() - /** @type {NonNullable<typeof run>} */ (run).debut) / 1000;
  return seconds > 0 ? Math.round(rows / seconds).toLocaleString("fr-FR") : "—";
}

/** Worker `i`'s progress; with two, their rows added, and the bytes of the second counted from
 *  the cut (it reads the first half only to frame it). */
function progress(i, m) {
  if (!run) return;
  run.progres[i] = m;
  const parts = run.progres.filter(Boolean);
  const lignes = { lues: 0, invalides: 0 };
  for (const p of parts) {
    lignes.lues += p.lignes.lues;
    lignes.invalides += p.lignes.invalides;
  }
  const [a, b] = run.progres;
  const octets = run.coupe === null ? m.octets : (a?.octets ?? 0) + Math.max(0, (b?.octets ?? 0) - run.coupe);
  texts = Object.assign({}, ...parts.map((p) => p.textes));
  const bar = /** @type {HTMLProgressElement} */ ($("pop-progression"));
  bar.max = m.taille || 1;
  bar.value = octets;
  $("population").dataset.lues = String(lignes.lues);
  status(`${compte(lignes.lues, "ligne lue", "lignes lues")} (${compte(lignes.invalides, "invalide", "invalides")}) — ${perSecond(lignes.lues)} lignes par seconde`, false);
}

/** The run is over: the worker stays for the next one. */
function ended() {
  run = null;
  $("pop-annuler").disabled = true;
  $("pop-progression").hidden = true;
}

function failed(erreurs) {
  const section = $("population");
  // The other half, if any, is no longer needed.
  if (run?.coupe != null) cancel(false);
  ended();
  section.dataset.etat = "erreur";
  status("");
  const box = $("pop-resultats");
  box.hidden = false;
  box.replaceChildren(
    el(
      "div",
      { class: "error-summary", role: "alert" },
      el("p", { text: "Le calcul n'a pas pu être fait :" }),
      el("ul", {}, ...erreurs.map((e) => el("li", { text: e.champ && e.champ !== "cohorte" ? `${e.champ} : ${e.message}` : e.message }))),
    ),
  );
}

function finished({ resume, resultats, erreurs, memoire }) {
  const { fictif, nom, seconde } = /** @type {NonNullable<typeof run>} */ (run);
  const rate = perSecond(resume.lignes.lues);
  ended();
  texts = resume.textes;
  // The second half's per-row results and errors follow the first's: the file's order.
  exports = seconde
    ? { resultats: new Blob([resultats, seconde.resultats], { type: resultats.type }), erreurs: new Blob([erreurs, seconde.erreurs], { type: erreurs.type }) }
    : { resultats, erreurs };
  if (seconde) memoire += seconde.memoire;
  status(`${nom} : ${compte(resume.lignes.lues, "ligne lue", "lignes lues")} (${rate} lignes par seconde).`);
  show(resume, fictif, nom);
  // For the benchmark (scripts/bench-cohorte.mjs): the peak of the worker's wasm memory.
  $("population").dataset.memoire = String(memoire);
  $("population").dataset.etat = "termine";
}

// ——— The results ———

const th = (text, attrs = {}) => el("th", { scope: "col", ...attrs, text });
const td = (text, cls) => el("td", { class: cls, text });
const num = (text) => td(text, "num");

function table(caption, head, rows, cls) {
  // A region that may scroll sideways: reachable by the keyboard, named by its caption.
  return el(
    "div",
    { class: "table-scroll", role: "region", tabindex: 0, "aria-label": caption },
    el("table", { class: cls }, el("caption", { text: caption }), el("thead", {}, el("tr", {}, ...head.map((h, i) => th(h, i ? { class: "num" } : {})))), el("tbody", {}, ...rows)),
  );
}

function row(label, ...cells) {
  return el("tr", {}, el("th", { scope: "row", text: label }), ...cells.map((c) => num(c)));
}

/** Horizontal bars, one per item, widths in proportion to `value` (a chart the table beside it
 *  repeats: hidden from screen readers). */
function bars(items, cls = "") {
  const max = Math.max(1, ...items.map((i) => i.value));
  return el(
    "div",
    { class: `pop-barres ${cls}`, "aria-hidden": "true" },
    ...items.map((i) => {
      const bar = el("span", { class: `pop-barre ${i.cls ?? ""}` });
      bar.style.width = `${(100 * i.value) / max}%`;
      return el("div", { class: "pop-barre-ligne" }, el("span", { class: "pop-barre-nom", text: i.label }), el("span", { class: "pop-barre-fond" }, bar), el("span", { class: "pop-barre-valeur", text: i.text }));
    }),
  );
}

/** « de −5,00 € à −2,00 € », « inchangé », « 50 000,00 € et plus »… */
function binLabel(b, fmt) {
  if (b.de === b.a) return "inchangé";
  if (b.de === null) return `moins de ${fmt(b.a)}`;
  if (b.a === null) return `${fmt(b.de)} et plus`;
  return `de ${fmt(b.de)} à ${fmt(b.a)}`;
}

function distribution(titre, d, fmt) {
  if (!d.nombre) return el("p", { class: "hint", text: `${titre} : aucun médecin.` });
  const items = d.histogramme.map((b) => ({ label: binLabel(b, fmt), value: b.nombre, text: nombre(b.nombre), cls: b.a !== null && Number(b.a) <= 0 && b.de !== b.a ? "baisse" : b.de === b.a ? "" : "hausse" }));
  const deciles = [
    row("minimum", fmt(d.min)),
    ...d.deciles.map((v, i) => row(i === 4 ? "D5 (médiane)" : `D${i + 1}`, fmt(v))),
    row("maximum", fmt(d.max)),
  ];
  return el(
    "div",
    { class: "pop-distribution" },
    el("h4", { text: titre }),
    d.exact ? null : el("p", { class: "hint", text: "Déciles à 0,1 % près : les écarts distincts sont trop nombreux pour être tous gardés." }),
    el(
      "div",
      { class: "pop-graphe" },
      bars(items, "pop-histogramme"),
      table(`${titre} : histogramme`, ["Écart", "Médecins"], d.histogramme.map((b) => row(binLabel(b, fmt), nombre(b.nombre)))),
    ),
    table(`${titre} : déciles`, ["Décile", "Écart"], deciles, "pop-deciles"),
  );
}

function extremes(titre, list) {
  if (!list.length) return null;
  return table(titre, ["Ligne du fichier", "Référence", "Comparé", "Écart"], list.map((x) => row(String(x.ligne), montant(x.reference), montant(x.total), montant(x.ecart))));
}

function breakdowns(resume, k) {
  return resume.repartitions.map((r) =>
    table(
      `Par ${{ specialite: "spécialité", secteur: "secteur", zonage: "zonage" }[r.dimension] ?? r.dimension}`,
      ["Groupe", "Médecins", "Référence", "Comparé", "Écart", "Gagnants", "Perdants", "Inchangés"],
      r.groupes.map((g) => row(g.libelle, nombre(g.nombre), montant(g.totaux[0]), montant(g.totaux[k + 1]), montant(g.ecarts[k]), nombre(g.gagnants[k]), nombre(g.perdants[k]), nombre(g.inchanges[k]))),
    ),
  );
}

function comparison(resume, c, k) {
  const verdicts = [
    { label: "gagnants", n: c.gagnants, cls: "hausse" },
    { label: "perdants", n: c.perdants, cls: "baisse" },
    { label: "inchangés", n: c.inchanges, cls: "" },
  ];
  const col = resume.scenarios[k + 1];
  return el(
    "section",
    { class: "pop-comparaison", "aria-labelledby": `pop-comparaison-${k}` },
    el("h3", { id: `pop-comparaison-${k}`, text: `${c.nom} contre ${c.reference}` }),
    el(
      "dl",
      { class: "pop-chiffres" },
      el("div", {}, el("dt", { text: `Total ${c.reference}` }), el("dd", { text: montant(resume.scenarios[0].total) })),
      el("div", {}, el("dt", { text: `Total ${c.nom}` }), el("dd", { text: montant(col.total) })),
      el("div", {}, el("dt", { text: "Écart" }), el("dd", { class: "pop-ecart", text: montant(c.ecart) })),
      el("div", {}, el("dt", { text: "Écart moyen par médecin" }), el("dd", { text: montant(c.ecart_moyen) })),
    ),
    el(
      "div",
      { class: "pop-graphe" },
      bars(verdicts.map((v) => ({ label: v.label, value: v.n.nombre, text: `${nombre(v.n.nombre)} (${pourcent(v.n.part)})`, cls: v.cls }))),
      table("Gagnants, perdants, inchangés (écart arrondi au centime)", ["Situation", "Médecins", "Part"], verdicts.map((v) => row(v.label, nombre(v.n.nombre), pourcent(v.n.part)))),
    ),
    distribution("Écart par médecin, en euros", c.ecarts_euros, montant),
    distribution("Écart par médecin, en % de la référence", c.ecarts_pourcent, pourcent),
    c.sans_reference
      ? el("p", { class: "hint", text: `${compte(c.sans_reference, "médecin ne perçoit", "médecins ne perçoivent")} rien dans la référence : hors de la distribution en %.` })
      : null,
    extremes("Plus fortes hausses", c.plus_fortes_hausses),
    extremes("Plus fortes baisses", c.plus_fortes_baisses),
    el("h4", { text: "Répartitions" }),
    ...breakdowns(resume, k),
  );
}

function dispositifs(resume) {
  const names = resume.scenarios.map((s) => s.nom);
  const head = ["Dispositif", ...names, ...names.slice(1).map((n) => `Écart ${n}`)];
  const line = (d) => row(d.libelle, ...d.montants.map(montant), ...d.ecarts.slice(1).map(montant));
  // A dispositif that pays nothing to anyone under any column says nothing: left out.
  const paid = resume.dispositifs.filter((d) => d.montants.some((m) => Number(m) !== 0));
  const inTotal = paid.filter((d) => !d.hors_total);
  const apart = paid.filter((d) => d.hors_total);
  return [
    el("p", { class: "hint", text: "Les dispositifs qui ne versent rien à aucun médecin, sous aucune colonne, ne sont pas listés." }),
    table("Par dispositif (dans le total)", head, [...inTotal.map(line), row("Total", ...resume.scenarios.map((s) => montant(s.total)), ...resume.scenarios.slice(1).map((s) => montant(s.ecart)))], "pop-dispositifs"),
    apart.length ? table("Montants à part (hors du total du médecin)", head, apart.map(line), "pop-dispositifs") : null,
  ];
}

function invalid(resume) {
  if (!resume.lignes.invalides) return null;
  return el(
    "section",
    { class: "pop-invalides", "aria-labelledby": "pop-invalides-titre" },
    el("h3", { id: "pop-invalides-titre", text: `Lignes invalides : ${nombre(resume.lignes.invalides)}` }),
    el("p", { class: "hint", text: "Elles sont écartées ; les autres lignes sont chiffrées." + (resume.erreurs_tronquees ? " Seules les premières sont listées ici : l'export les donne toutes." : "") }),
    table("Erreurs des lignes invalides", ["Ligne", "Champ", "Message"], resume.erreurs.map((e) => el("tr", {}, el("th", { scope: "row", class: "num", text: String(e.ligne) }), td(e.champ), td(e.message))), "pop-erreurs"),
    el("div", { class: "actions" }, el("button", { type: "button", id: "pop-exporter-erreurs", class: "secondaire", text: "Exporter les erreurs (CSV)" })),
  );
}

function show(resume, fictif, nom) {
  const box = $("pop-resultats");
  const l = resume.lignes;
  const parts = [
    el("h3", { id: "pop-resultats-titre", text: `Résultats : ${nom}` }),
    fictif
      ? el("p", { class: "pop-fictif", text: "Population fictive, tirée au hasard (graine fixe) pour la démonstration : ces montants ne disent rien de la population réelle et ne sont pas des statistiques." })
      : null,
    el("p", { class: "pop-lignes", text: `${compte(l.lues, "ligne lue", "lignes lues")} : ${compte(l.valides, "médecin chiffré", "médecins chiffrés")}, ${compte(l.invalides, "ligne invalide", "lignes invalides")}.` }),
    el(
      "div",
      { class: "actions" },
      el("button", { type: "button", id: "pop-exporter", text: "Exporter les résultats par médecin (CSV)" }),
      el("button", { type: "button", id: "pop-imprimer", class: "secondaire", text: "Imprimer" }),
    ),
    ...dispositifs(resume),
    ...resume.comparaisons.map((c, k) => comparison(resume, c, k)),
    invalid(resume),
  ];
  box.replaceChildren(...parts.filter((p) => p !== null));
  box.hidden = false;
}

function save(blob, name) {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Starts the panel: `ctx()` gives the page's scenarios, the user's own, the years and the kept
 *  choices; `keep(choix)` is called with the choices at each change, for the page to keep them. */
export async function startPanel(ctx, keep) {
  context = ctx;
  const section = $("population");
  const form = build($("pop-contenu"));
  form.addEventListener("change", (e) => {
    const t = /** @type {HTMLElement} */ (e.target);
    if (t.id === "pop-fichier") {
      const input = /** @type {HTMLInputElement} */ (t);
      const [file] = input.files ?? [];
      if (file) start({ fichier: file }, `« ${file.name} »`);
      input.value = "";
      return;
    }
    if (t.matches("[name=pop-mode]")) showMode();
    if (t.id === "pop-reference") fillScenarios(context());
    keep(choices());
  });
  // The user's own scenario may have been renamed in the editor since.
  form.addEventListener("focusin", (e) => {
    if (/** @type {HTMLElement} */ (e.target).closest("#pop-choix-scenarios")) renameCustom();
  });
  const drop = $("pop-depot");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("survol");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("survol"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("survol");
    const file = e.dataTransfer?.files[0];
    if (file) start({ fichier: file }, `« ${file.name} »`);
  });
  section.addEventListener("click", async (e) => {
    const t = /** @type {HTMLElement} */ (e.target).closest("button");
    if (!t) return;
    if (t.id === "pop-fictifs") start({ fictifs: FICTIFS }, "dix mille médecins fictifs");
    else if (t.id === "pop-annuler") cancel();
    else if (t.id === "pop-imprimer") {
      // Only the results of this panel are printed (population.css).
      document.documentElement.dataset.impression = "population";
      window.print();
      delete document.documentElement.dataset.impression;
    }
    else if (t.id === "pop-exporter" && exports) save(exports.resultats, "resultats-par-medecin.csv");
    else if (t.id === "pop-exporter-erreurs" && exports) save(exports.erreurs, "lignes-invalides.csv");
    else if (t.id === "pop-modele") {
      const { modeleCohorte, default: init } = await import("./pkg/cohorte.js");
      await init({ module_or_path: new URL("./pkg/cohorte_bg.wasm", import.meta.url) });
      save(new Blob(["\ufeff", modeleCohorte()], { type: "text/csv;charset=utf-8" }), "modele-medecins.csv");
    }
  });
  startWorkers();
  section.dataset.ready = "true";
}
