// Scenarios for negotiators: the shipped ones (signed text, proposals of 14/03/2024), and « Mon
// scénario », edited parameter by parameter against the values in force and their sources.

import { appeler, erreurs } from "./core.js";
import { text } from "./render.js";

export const CUSTOM = "custom";
const NONE = "";

function option(value, text) {
  return new Option(text, value);
}

/** Fills the three scenario choices and the editor's base choice. */
export function buildChoices(shipped, custom, selected) {
  document.querySelectorAll(".scenario-choice").forEach((select, i) => {
    const current = selected[i] ?? select.value;
    select.replaceChildren(
      ...(i > 0 ? [option(NONE, "—")] : []),
      ...shipped.map((s) => option(s.id, s.nom)),
      option(CUSTOM, custom.nom || "Mon scénario"),
    );
    select.value = current;
  });
  const base = document.getElementById("editeur-base");
  const keep = base.value;
  base.replaceChildren(...shipped.map((s) => option(s.id, s.nom)));
  base.value = keep || shipped[0].id;
}

/** The ids of the scenarios chosen for the columns, the reference first. */
export function chosen() {
  return selectedValues().filter((v) => v !== NONE);
}

export function selectedValues() {
  return [...document.querySelectorAll(".scenario-choice")].map((s) => s.value);
}


/** The editor: one row per parameter with its value in force in `annee`, its source, and the
 *  custom scenario's override. `parametresEnVigueur`: the export of the page's complete module
 *  (pkg/complet.js), loaded with the scenarios.
 *  @param {number} annee
 *  @param {{ valeurs: Record<string, unknown> }} custom
 *  @param {(texte: string) => string} parametresEnVigueur */
export function buildEditor(annee, custom, parametresEnVigueur) {
  const answer = appeler(parametresEnVigueur, annee, erreurs);
  const rows = (answer.statut === "parametres" ? answer.parametres : []).map((p) => {
    const tr = document.createElement("tr");
    tr.dataset.id = p.id;
    tr.dataset.search = `${p.id} ${p.libelle}`.toLowerCase();
    const th = document.createElement("th");
    th.scope = "row";
    const label = document.createElement("span");
    label.className = "line-label";
    label.textContent = p.libelle;
    const id = document.createElement("span");
    id.className = "source";
    id.textContent = p.id;
    th.append(label, id);
    const official = document.createElement("td");
    official.append(p.valeur === null ? "—" : `${text(p.valeur, answer.textes)}${unit(p.unite)}`);
    if (p.source) {
      const src = document.createElement("span");
      src.className = "source";
      src.textContent = p.source;
      official.append(src);
    }
    const cell = document.createElement("td");
    const input = document.createElement("input");
    input.type = "text";
    input.inputMode = "decimal";
    input.id = `f-scenarios-custom-valeurs-${p.id.replaceAll(".", "-")}`;
    input.dataset.parametre = p.id;
    input.setAttribute("aria-label", `${p.libelle} : valeur du scénario`);
    input.value = custom.valeurs[p.id] ?? "";
    input.placeholder = p.valeur === null ? "" : text(p.valeur, answer.textes);
    cell.append(input);
    tr.append(th, official, cell);
    return tr;
  });
  document.querySelector("#editeur-table tbody").replaceChildren(...rows);
  document.getElementById("f-scenarios-custom-nom").value = custom.nom;
  document.getElementById("editeur-titre").textContent = custom.nom || "Mon scénario";
}

function unit(u) {
  return { euro: " €", pourcent: " %", annees: " ans", points: " points", nombre: "", oui_non: " (1 oui, 0 non)" }[u] ?? "";
}

/** The custom scenario as the editor shows it. */
export function readEditor(custom) {
  const inputs = document.querySelectorAll("#editeur-table [data-parametre]");
  // The values of parameters the editor does not list for this year stay in the scenario.
  const shown = new Set([...inputs].map((input) => input.dataset.parametre));
  const valeurs = Object.fromEntries(Object.entries(custom.valeurs).filter(([id]) => !shown.has(id)));
  for (const input of inputs) {
    const v = input.value.trim();
    if (v !== "") valeurs[input.dataset.parametre] = v;
  }
  const nom = document.getElementById("f-scenarios-custom-nom").value;
  document.getElementById("editeur-titre").textContent = nom || "Mon scénario";
  return { nom, source: custom.source || "Scénario saisi dans le calculateur", valeurs };
}

/** The values « Mon scénario » sets, as the editor shows them: each parameter's label, its value
 *  in the signed text and the scenario's (what a printout must show to check the figure). */
export function customValues() {
  return [...document.querySelectorAll("#editeur-table tbody tr")].flatMap((tr) => {
    const input = /** @type {HTMLInputElement | null} */ (tr.querySelector("[data-parametre]"));
    const value = input?.value.trim() ?? "";
    if (!input || value === "") return [];
    const signed = tr.children[1]?.firstChild?.textContent ?? "—";
    return [{ libelle: tr.querySelector(".line-label")?.textContent ?? input.dataset.parametre, signe: signed, valeur: value }];
  });
}

/** Shows only the rows whose label or identifier contains the filter. */
export function filterEditor(text) {
  const wanted = text.trim().toLowerCase();
  for (const tr of document.querySelectorAll("#editeur-table tbody tr")) {
    tr.hidden = wanted !== "" && !tr.dataset.search.includes(wanted);
  }
}
