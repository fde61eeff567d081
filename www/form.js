// The form ↔ profile: builds the grids from the core's schema, fills the form from a profile,
// reads a profile back. Field ids derive from the core's field paths, so an error's `champ`
// finds its input: "a.b.c" ↔ id "f-a-b-c".

export const fieldId = (path) => "f-" + path.replaceAll(".", "-");
export const errorId = (path) => "e-" + path.replaceAll(".", "-");

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

function cell(input) {
  const td = document.createElement("td");
  td.append(input);
  return td;
}

export function buildGrids(schema) {
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
      const tr = document.createElement("tr");
      tr.className = "theme";
      const th = document.createElement("th");
      th.colSpan = 3;
      th.scope = "colgroup";
      th.textContent = theme;
      tr.append(th);
      prev.append(tr);
    }
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = ind.libelle;
    tr.append(th);
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
  rows("#grille-vsm tbody", schema.campagnes_vsm, (y) => [
    `Au 30/06/${y}`,
    numberInput(`vsm.${y}.patients_ald`, `VSM au 30/06/${y} : patients en ALD`),
    numberInput(`vsm.${y}.patients_ald_avec_vsm`, `VSM au 30/06/${y} : patients en ALD avec un VSM au DMP`),
    numberInput(`vsm.${y}.vsm_structures`, `VSM au 30/06/${y} : VSM structurés`),
  ]);
  const quarters = document.querySelector(".quarters");
  quarters.replaceChildren(
    ...[0, 1, 2, 3].map((q) => {
      const label = document.createElement("label");
      const input = numberInput(`forfait_structure.snp_sas_trimestres.${q}`, `SNP régulés par le SAS, trimestre ${q + 1}`);
      label.append(`T${q + 1} `, input);
      return label;
    }),
  );
}

/** Fills a table body with one row per item: a header cell, then the item's inputs. */
function rows(selector, items, make) {
  const body = document.querySelector(selector);
  body.replaceChildren(
    ...items.map((item) => {
      const [head, ...inputs] = make(item);
      const tr = document.createElement("tr");
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = head;
      tr.append(th, ...inputs.map(cell));
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

/** Fills every field of the form from a profile. */
export function fill(form, profile) {
  for (const el of form.querySelectorAll("[data-path]")) {
    const value = get(profile, el.dataset.path);
    if (el.type === "radio") el.checked = el.value === String(value);
    else if (el.type === "checkbox") el.checked = Boolean(value);
    else el.value = value ?? "";
  }
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
    else set(profile, path, el.value, shape);
  }
  const kind = form.querySelector("#f-exercice-contrat_demographique-type").value;
  const end = form.querySelector("#f-exercice-contrat_demographique-fin").value;
  profile.exercice.contrat_demographique = kind ? { type: kind, fin: end } : null;
  return profile;
}

/** Sum of the patientèle grid as typed (for the total shown under it). */
export function patientCount(profile) {
  let n = 0;
  for (const band of Object.values(profile.patientele ?? {}))
    for (const byC2s of Object.values(band))
      for (const c of Object.values(byC2s)) if (Number.isInteger(c.patients)) n += c.patients;
  return n;
}
