// The form ↔ profile: builds the grids from the core's schema, fills the form from a profile,
// reads a profile back. Field ids derive from the core's field paths, so an error's `champ`
// finds its input: "a.b.c" ↔ id "f-a-b-c".

export const fieldId = (path) => "f-" + path.replaceAll(".", "-");
export const errorId = (path) => "e-" + path.replaceAll(".", "-");

/** Each cell of a table gets the name of its column (data-label), which a phone shows above the
 *  cell when the row is stacked. Spans of the header rows and row headers are followed. */
export function labelCells(table) {
  const names = [];
  const grid = (rows, visit) => {
    const taken = [];
    rows.forEach((tr, r) => {
      let c = 0;
      for (const cell of tr.cells) {
        while (taken[r]?.[c]) c++;
        for (let i = 0; i < cell.colSpan; i++) for (let j = 0; j < cell.rowSpan; j++) (taken[r + j] ??= [])[c + i] = true;
        visit(cell, c);
        c += cell.colSpan;
      }
    });
  };
  grid([...(table.tHead?.rows ?? [])], (th, c) => {
    for (let i = 0; i < th.colSpan; i++) names[c + i] = names[c + i] ? `${th.textContent.trim()}, ${names[c + i]}` : th.textContent.trim();
  });
  for (const body of table.tBodies) {
    grid([...body.rows], (cell, c) => {
      if (cell.tagName === "TD" && names[c]) cell.dataset.label = names[c];
    });
  }
}

function numberInput(path, label) {
  const input = document.createElement("input");
  input.type = "text";
  input.inputMode = "numeric";
  input.autocomplete = "off";
  input.id = fieldId(path);
  input.dataset.path = path;
  input.dataset.kind = "count";
  input.setAttribute("aria-label", label);
  input.size = 6;
  return input;
}

/** A decimal typed the French way (a rate, an amount), sent as typed for the core to read. */
function decimalInput(path, label) {
  const input = numberInput(path, label);
  input.inputMode = "decimal";
  input.dataset.kind = "decimal";
  return input;
}

function checkbox(path, label) {
  const input = document.createElement("input");
  input.type = "checkbox";
  input.id = fieldId(path);
  input.dataset.path = path;
  input.setAttribute("aria-label", label);
  return input;
}

function cell(input) {
  const td = document.createElement("td");
  td.append(input);
  return td;
}

/** The form's shape as the core gives it (kept for the assistant's rows). */
let shape = /** @type {import("./types").Schema | null} */ (null);
/** A cell with its column's name, shown beside the input where a narrow screen stacks the row. */
function labelledCell(input, label) {
  const td = cell(input);
  td.dataset.label = label;
  return td;
}

/** The schema the form was built from: by `buildGrids`, or at build time (the prerendered page). */
export function useSchema(schema) {
  shape = schema;
}

export function buildGrids(schema) {
  useSchema(schema);
  const body = document.querySelector("#grille-patientele tbody");
  body.replaceChildren();
  for (const band of schema.bandes) {
    for (const [ald, aldLabel] of [["hors_ald", "hors ALD"], ["ald", "en ALD"]]) {
      const tr = document.createElement("tr");
      if (ald === "hors_ald") {
        const th = document.createElement("th");
        th.scope = "rowgroup";
        th.rowSpan = 2;
        th.textContent = band.libelle;
        tr.append(th);
      } else {
        tr.className = "ald";
      }
      const aldCell = document.createElement("td");
      aldCell.textContent = aldLabel;
      tr.append(aldCell);
      for (const [c2s, c2sLabel] of [["hors_c2s", "hors C2S"], ["c2s", "C2S"]]) {
        const base = `patientele.${band.cle}.${ald}.${c2s}`;
        const who = `${band.libelle}, ${aldLabel}, ${c2sLabel}`;
        tr.append(cell(numberInput(`${base}.patients`, `${who} : patients`)));
        tr.append(cell(numberInput(`${base}.non_vus`, `${who} : dont non vus depuis 2 ans`)));
      }
      body.append(tr);
    }
  }
  const prev = document.querySelector("#grille-prevention tbody");
  prev.replaceChildren();
  let theme = "";
  for (const ind of schema.indicateurs) {
    if (ind.theme !== theme) {
      theme = ind.theme;
      prev.append(themeRow(theme, 3));
    }
    const tr = document.createElement("tr");
    tr.append(rowHeader(ind.libelle));
    const base = `prevention.${ind.cle}`;
    tr.append(cell(numberInput(`${base}.eligibles`, `${ind.libelle} : patients éligibles`)));
    tr.append(cell(numberInput(`${base}.valides`, `${ind.libelle} : patients validés`)));
    prev.append(tr);
  }
  rows("#grille-numerique tbody", schema.usages, (u) => [
    u.libelle,
    numberInput(`numerique.${u.cle}.numerateur`, `${u.libelle} : actes en ligne`),
    numberInput(`numerique.${u.cle}.denominateur`, `${u.libelle} : actes au total`),
  ]);
  rows("#grille-vsm tbody", schema.campagnes_vsm, (c) => [
    c.libelle,
    numberInput(`vsm.${c.cle}.patients_ald`, `VSM ${c.libelle.toLowerCase()} : patients en ALD`),
    numberInput(`vsm.${c.cle}.patients_ald_avec_vsm`, `VSM ${c.libelle.toLowerCase()} : patients en ALD avec un VSM au DMP`),
    numberInput(`vsm.${c.cle}.vsm_structures`, `VSM ${c.libelle.toLowerCase()} : VSM structurés`),
  ]);
  buildRegions(schema.lignes_taux_regionaux);
  buildRosp2011(schema.rosp_2011);
  // The years listed whose texts are not in the sources: the core says why when one is chosen.
  const uncovered = new Set(schema.annees_non_calculees.map(String));
  for (const option of document.querySelectorAll("#f-annee option, #f-comparer option")) {
    if (uncovered.has(option.value)) option.textContent = `${option.value} (non calculable)`;
  }
  const quarters = document.querySelector(".quarters");
  quarters.replaceChildren(
    ...Array.from({ length: schema.trimestres }, (_, q) => {
      const label = document.createElement("label");
      const input = numberInput(`forfait_structure.snp_sas_trimestres.${q}`, `SNP régulés par le SAS, trimestre ${q + 1}`);
      label.append(`T${q + 1} `, input);
      return label;
    }),
  );
  const months = document.querySelector(".months");
  months.replaceChildren(
    ...schema.mois.map((m, i) => {
      const label = document.createElement("label");
      const input = numberInput(`consultations_avancees.demi_journees.${i}`, `Demi-journées de consultations avancées en ${m}`);
      label.append(`${m[0].toUpperCase()}${m.slice(1)} `, input);
      return label;
    }),
  );
  for (const select of document.querySelectorAll("select[data-choix]")) {
    select.replaceChildren(...(schema.choix[select.dataset.choix] ?? []).map((c) => new Option(c.libelle, c.cle)));
  }
  const first = schema.assistant.premiere_annee_resultats;
  document.getElementById("assistant-aide-resultats").textContent =
    `Résultats à partir de la ${first}e année de contrat : patientèle de départ, objectif et réalisé, pour la file active (PFA) et la patientèle médecin traitant (PMT).`;
}

/** Rows of the OPTAM's regional rates (for negotiators): a region's name and its overrun rate;
 *  a row left without a name is not read by the core. One row per region, as the core counts them. */
function buildRegions(count) {
  const body = document.querySelector("#grille-taux-regionaux tbody");
  body.replaceChildren(
    ...Array.from({ length: count }, (_, i) => {
      const base = `optam.taux_regionaux.${i}`;
      const name = document.createElement("input");
      name.type = "text";
      name.autocomplete = "off";
      name.id = fieldId(`${base}.region`);
      name.dataset.path = `${base}.region`;
      name.setAttribute("aria-label", `Région ${i + 1} : nom`);
      name.className = "region";
      const rate = numberInput(`${base}.taux`, `Région ${i + 1} : taux de dépassement moyen (%)`);
      rate.inputMode = "decimal";
      rate.dataset.kind = "decimal";
      const tr = document.createElement("tr");
      tr.append(cell(name), cell(rate));
      return tr;
    }),
  );
}

/** A row naming the theme of the rows under it, across `span` columns. */
function themeRow(text, span) {
  const tr = document.createElement("tr");
  tr.className = "theme";
  const th = document.createElement("th");
  th.colSpan = span;
  th.scope = "colgroup";
  th.textContent = text;
  tr.append(th);
  return tr;
}

/** The header cell of a row. */
function rowHeader(text) {
  const th = document.createElement("th");
  th.scope = "row";
  th.textContent = text;
  return th;
}

/** The grid of the ROSP of 2011: the organisation du cabinet, then each indicator of the
 *  qualité de la pratique by volet, its target, threshold and points under its label, beside its
 *  three inputs. */
function buildRosp2011(grid) {
  rows("#grille-rosp-organisation tbody", grid.organisation, (o) => [
    o.medecin_traitant ? `${o.libelle} (médecin traitant)` : o.libelle,
    o.points,
    checkbox(`rosp_2011.organisation.${o.cle}`, `${o.libelle} : justificatif fourni`),
  ]);
  const body = document.querySelector("#grille-rosp-indicateurs tbody");
  body.replaceChildren();
  let volet = "";
  for (const ind of grid.indicateurs) {
    if (ind.volet !== volet) {
      volet = ind.volet;
      body.append(themeRow(volet, 4));
    }
    const tr = document.createElement("tr");
    const th = rowHeader(ind.libelle);
    const terms = document.createElement("span");
    terms.className = "terms";
    terms.textContent = `objectif ${ind.objectif} · seuil ${ind.seuil} · ${ind.points} points`;
    th.append(terms);
    const base = `rosp_2011.indicateurs.${ind.cle}`;
    tr.append(
      th,
      labelledCell(numberInput(`${base}.effectif`, `${ind.libelle} : effectif`), "Effectif"),
      labelledCell(decimalInput(`${base}.taux`, `${ind.libelle} : taux de l'année (${ind.unite_taux})`), "Taux"),
      labelledCell(decimalInput(`${base}.taux_initial`, `${ind.libelle} : taux de départ (${ind.unite_taux})`), "Taux de départ"),
    );
    body.append(tr);
  }
}

/** Fills a table body with one row per item: a header cell, then the item's inputs. */
function rows(selector, items, make) {
  const body = document.querySelector(selector);
  body.replaceChildren(
    ...items.map((item) => {
      const [head, ...inputs] = make(item);
      const tr = document.createElement("tr");
      tr.append(rowHeader(head), ...inputs.map(cell));
      return tr;
    }),
  );
}

function get(obj, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Sets `path` in `obj`, creating the containers on the way as `shape` (a profile) has them: a
 *  list where the profile has a list (the four quarters of the SAS), an object elsewhere. */
function set(obj, path, value, shape) {
  const keys = path.split(".");
  const last = keys.pop();
  let o = obj;
  let s = shape;
  for (const k of keys) {
    s = s?.[k];
    o = o[k] ??= Array.isArray(s) ? [] : {};
  }
  o[last] = value;
}

/** Fills every field of the form from a profile; with `blank`, a number of 0 leaves its field
 *  empty (the empty form of « mon cas », read back as 0); the fields in `keep` are left as they
 *  are (a date half typed before the page was taken over: writing a value would erase it). */
export function fill(form, profile, { blank = false, keep = new Set() } = {}) {
  for (const el of form.querySelectorAll("[data-path]")) {
    if (keep.has(el)) continue;
    const value = get(profile, el.dataset.path);
    if (el.type === "radio") el.checked = el.value === String(value);
    else if (el.type === "checkbox") el.checked = Boolean(value);
    else el.value = blank && el.dataset.kind && Number(value) === 0 ? "" : (value ?? "");
  }
  fillAssistant(form, profile.assistant_medical);
}

/** The last complete date each date field held: a date being typed (« 31/02/2026 », or the day
 *  alone) has no value for the browser (`validity.badInput`, value ""), and must not be read as
 *  « no date ». The profile keeps the last complete date (so a reload shows it, not a blank),
 *  while `badDates` puts an error on the field until the date is whole or cleared. */
const lastDate = new WeakMap();

function dateValue(el) {
  if (el.validity.badInput) return lastDate.get(el) ?? "";
  lastDate.set(el, el.value);
  return el.value;
}

const BAD_DATE = "Date incomplète ou impossible (un jour qui n'existe pas dans ce mois, ou un jour, un mois ou une année manquant) : complétez-la ou effacez-la.";

/** An error on each date field of the form the browser cannot read, shown or not hidden, as the
 *  core addresses its field errors. */
export function badDates(form) {
  return [...form.querySelectorAll('input[type="date"]')]
    .filter((el) => el.validity.badInput && !el.closest("[hidden], [data-masquee]"))
    .map((el) => ({ champ: el.dataset.path ?? `assistant_medical.${el.dataset.am}`, message: BAD_DATE }));
}

/** A count as typed: empty is 0, a whole number is a number, anything else goes to the core as
 *  typed so that its validation places a French message on the field. */
function count(text) {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return 0;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

/** Reads the profile the form describes; `shape` is a profile whose lists and objects it follows. */
export function read(form, shape) {
  const profile = {};
  for (const el of form.querySelectorAll("[data-path]")) {
    const path = el.dataset.path;
    if (path.startsWith("exercice.contrat_demographique")) continue;
    if (el.type === "radio") {
      if (el.checked) set(profile, path, el.value, shape);
    } else if (el.type === "checkbox") set(profile, path, el.checked, shape);
    else if (el.dataset.kind === "count") set(profile, path, count(el.value), shape);
    else if (el.dataset.kind === "decimal") set(profile, path, el.value.trim(), shape);
    else if (el.type === "date") set(profile, path, dateValue(el), shape);
    else set(profile, path, el.value, shape);
  }
  const kind = form.querySelector("#f-exercice-contrat_demographique-type").value;
  const end = dateValue(form.querySelector("#f-exercice-contrat_demographique-fin"));
  const resignation = dateValue(form.querySelector("#f-exercice-contrat_demographique-resiliation"));
  profile.exercice.contrat_demographique = kind ? { type: kind, fin: end, resiliation: resignation } : null;
  profile.assistant_medical = readAssistant(form);
  return profile;
}

const AM_RESULTS = ["pfa_depart", "pfa_objectif", "pfa_realisee", "pmt_depart", "pmt_objectif", "pmt_realisee"];

/** One row of results per contract year from the first whose results count, up to `years`
 *  (within the core's bounds); typed values are kept. */
export function buildAssistantRows(years, values = readAssistantRows()) {
  const body = document.querySelector("#grille-assistant tbody");
  const rows = [];
  const { premiere_annee_resultats: first, annees_max: max } = /** @type {import("./types").Schema} */ (shape).assistant;
  for (let i = 0; i + first <= Math.max(first, Math.min(years, max)); i++) {
    const rang = i + first;
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = `${rang}e année`;
    tr.append(th);
    for (const f of AM_RESULTS) {
      const input = numberInput(`assistant_medical.resultats.${i}.${f}`, `Assistant médical, ${rang}e année : ${f.replace("_", " ").replace("pfa", "PFA").replace("pmt", "PMT")}`);
      input.removeAttribute("data-path");
      input.dataset.amResult = f;
      input.value = values[i]?.[f] ?? "";
      tr.append(cell(input));
    }
    const check = document.createElement("input");
    check.type = "checkbox";
    check.id = fieldId(`assistant_medical.resultats.${i}.nouvel_objectif_primo_installe`);
    check.dataset.amResult = "nouvel_objectif_primo_installe";
    check.checked = Boolean(values[i]?.nouvel_objectif_primo_installe);
    check.setAttribute("aria-label", `Assistant médical, ${rang}e année : nouvel objectif de primo-installé fixé`);
    tr.append(cell(check));
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  labelCells(/** @type {HTMLTableElement} */ (body.closest("table")));
}

function readAssistantRows() {
  return [...document.querySelectorAll("#grille-assistant tbody tr")].map((tr) => {
    const row = {};
    for (const input of tr.querySelectorAll("[data-am-result]")) {
      row[input.dataset.amResult] = input.type === "checkbox" ? input.checked : count(input.value);
    }
    return row;
  });
}

/** The assistant médical contract the form describes, or null. */
function readAssistant(form) {
  if (!form.querySelector("#assistant-actif").checked) return null;
  const contract = {};
  for (const el of form.querySelectorAll("[data-am]")) {
    const key = el.dataset.am;
    if (el.type === "checkbox") contract[key] = el.checked;
    else if (el.dataset.kind === "count") contract[key] = count(el.value);
    else if (el.type === "date") contract[key] = dateValue(el);
    else contract[key] = el.value;
  }
  // Rows left wholly blank at the end are years whose results are not known yet: they are not
  // sent, so the core says « résultats de l'année non saisis » rather than reading the blank
  // cells as an objective of 0 reached (« PFA 0 / objectif 0 (atteint) »).
  const rows = [...form.querySelectorAll("#grille-assistant tbody tr")];
  const blank = (tr) => [...tr.querySelectorAll("[data-am-result]")].every((i) => (i.type === "checkbox" ? !i.checked : i.value.trim() === ""));
  let known = rows.length;
  while (known > 0 && blank(rows[known - 1])) known--;
  contract.resultats = readAssistantRows().slice(0, known);
  return contract;
}

/** Fills the assistant médical part of the form from a profile. */
function fillAssistant(form, contract) {
  form.querySelector("#assistant-actif").checked = Boolean(contract);
  const proposed = /** @type {import("./types").Schema} */ (shape).assistant.contrat_propose;
  const c = contract ?? proposed;
  for (const el of form.querySelectorAll("[data-am]")) {
    const value = c[el.dataset.am];
    if (el.type === "checkbox") el.checked = Boolean(value);
    else el.value = value ?? proposed[el.dataset.am] ?? "";
  }
  buildAssistantRows(Number(c.annees ?? proposed.annees), c.resultats ?? []);
}
