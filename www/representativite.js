// « Représentativité des signataires » — a self-contained panel for union negotiators: from URPS
// results (the 2021 ones preloaded, every cell editable) and a set of signatory unions, the core
// computes per college the signatories' share of the expressed votes and the allocation of the
// seats of the section professionnelle (§12 C). This module only reads the form, sends it to
// `representativite()` and shows what comes back; no number is computed here. Its own ids all
// start with "rep-", so it never meets the profile form's ("f-…", "e-…").
//
// A field's id derives from the core's `champ`: "resultats.generalistes.syndicats.0.voix" ↔
// "rep-f-resultats-generalistes-syndicats-0-voix", its message ↔ "rep-e-…". A signatory checkbox
// answers to "signataires.<i>", <i> its position among the names sent.

// Its wasm (pkg/representativite_bg.wasm) is a module of its own, loaded when the panel is first
// opened: the page's first view does not download it.

import { appeler, erreurs } from "./core.js";
import { el } from "./dom.js";

/** The module's exports, once loaded. */
let core = /** @type {typeof import("./pkg/representativite.js") | null} */ (null);

const COLLEGES = [
  { cle: "generalistes", titre: "Collège des médecins généralistes", court: "généralistes" },
  { cle: "specialistes", titre: "Collège des médecins spécialistes", court: "spécialistes" },
];

const fid = (champ) => "rep-f-" + champ.replaceAll(".", "-");
const eid = (champ) => "rep-e-" + champ.replaceAll(".", "-");
/** What identifies a union by its name, by the core's rule (`cleSyndicat`). */
const key = (name) => /** @type {NonNullable<typeof core>} */ (core).cleSyndicat(name);
const NBSP = "\u00a0";

/** The French text of each number of the last answer (« 9406 » → « 9 406 »), written by the core. */
let texts = /** @type {Record<string, string>} */ ({});
const texte = (n) => texts[String(n)] ?? String(n);

const pourcent = (s) => `${texte(s)}${NBSP}%`;
const sieges = (n) => `${n}${NBSP}siège${n > 1 ? "s" : ""}`;

/** A typed integer: spaces ignored, empty is 0. Beyond 10^15 it is sent as 10^15 (exact in a JS
 *  number) so that the core's own « too large » message answers. */
function readInteger(text) {
  const t = text.replace(/[\s\u00a0\u202f]/g, "").replace("\u2212", "-");
  if (t === "") return { value: 0 };
  if (!/^[-+]?\d+$/.test(t)) return { value: 0, error: "Nombre entier attendu (sans virgule)." };
  const n = Number(t);
  return { value: Math.abs(n) > 1e15 ? Math.sign(n) * 1e15 : n };
}

/** A typed share: empty → none (computed from the votes); otherwise as typed — the core reads
 *  « 39,30 » as 39,3 and rejects on its field what is not a number. */
function readShare(text) {
  const t = text.trim();
  return t === "" ? undefined : t;
}

/** "39.3" → "39,30" for the input (two decimals, as the slide prints them). */
function showShare(raw) {
  if (raw == null) return "";
  const m = /^(\d+)(?:\.(\d+))?$/.exec(String(raw));
  if (!m) return String(raw);
  return `${m[1]},${(m[2] ?? "").padEnd(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// The form

const state = {
  defaults: null,
  /** The form's sentences about the preloaded data, from the core. */
  libelles: /** @type {Record<string, string>} */ ({}),
  /** Keys of the checked unions. */
  checked: new Set(),
  /** The names sent as `signataires`, in order (to place "signataires.<i>" errors). */
  sent: [],
  /** Signature of the checkbox list, to rebuild it only when the names change. */
  listed: "",
  lastGood: null,
};

function field(champ, label, { hint, size = 8, inputmode = "numeric", wide = false } = {}) {
  const describedby = [hint ? `${fid(champ)}-aide` : null, eid(champ)].filter(Boolean).join(" ");
  return el(
    "div",
    { class: "field" },
    el("label", { for: fid(champ), text: label }),
    el("input", {
      type: "text",
      id: fid(champ),
      "data-champ": champ,
      inputmode: inputmode === "text" ? null : inputmode,
      autocomplete: "off",
      size: String(size),
      class: wide ? "rep-large" : null,
      "aria-describedby": describedby,
    }),
    hint ? el("p", { class: "hint", id: `${fid(champ)}-aide`, text: hint }) : null,
    el("p", { class: "field-error", id: eid(champ), hidden: true }),
  );
}

function build(box) {
  const form = el("form", { id: "rep-form", novalidate: true, "aria-describedby": "rep-aide" });
  form.append(
    el("p", {
      class: "hint",
      id: "rep-aide",
      text:
        "Les résultats se recalculent à chaque saisie. Une case de voix vide compte pour 0 ; une part publiée vide est " +
        "calculée à partir des voix et des suffrages exprimés.",
    }),
    el("div", { id: "rep-erreurs", class: "error-summary", tabindex: "-1", hidden: true }),
    el(
      "fieldset",
      { id: "rep-signataires-boite", "aria-describedby": "rep-signataires-aide rep-e-signataires" },
      el("legend", { text: "Syndicats signataires" }),
      el("p", {
        class: "hint",
        id: "rep-signataires-aide",
        text: state.libelles.signataires ?? "",
      }),
      el("div", { id: "rep-signataires", class: "rep-cases" }),
      el("p", { class: "field-error", id: eid("signataires"), hidden: true }),
    ),
    el(
      "fieldset",
      {},
      el("legend", { text: "Sièges de la section professionnelle à pourvoir (§12 C)" }),
      el(
        "div",
        { class: "rep-ligne" },
        field("sieges_generalistes", "Sièges du collège des généralistes", { size: 4 }),
        field("sieges_specialistes", "Sièges du collège des spécialistes", { size: 4 }),
      ),
    ),
    el(
      "fieldset",
      { id: "rep-resultats-saisis" },
      el("legend", { text: "Résultats des élections URPS (suffrages nationaux)" }),
      field("resultats.scrutin", "Scrutin", { inputmode: "text", size: 40, wide: true }),
      field("resultats.source", "Source des résultats", { inputmode: "text", size: 60, wide: true }),
      ...COLLEGES.map(collegeFieldset),
      el(
        "div",
        { class: "rep-actions" },
        el("button", { type: "button", id: "rep-reinitialiser", text: state.libelles.reinitialiser ?? "" }),
      ),
    ),
  );
  form.addEventListener("submit", (e) => e.preventDefault());

  const results = el(
    "div",
    { id: "rep-resultats", "aria-labelledby": "rep-titre-resultats", role: "region" },
    el("h3", { id: "rep-titre-resultats", text: "Poids des signataires et sièges" }),
    el("p", { id: "rep-scrutin", class: "hint" }),
    // The shares and seats in a sentence, announced after each change.
    el("div", { id: "rep-annonce", class: "rep-annonce", role: "status", "aria-live": "polite", "aria-atomic": "true" }),
    el("div", { id: "rep-colleges", class: "rep-colleges" }),
    el("section", { id: "rep-avertissements", class: "rep-bloc", "aria-labelledby": "rep-titre-avertissements", hidden: true },
      el("h4", { id: "rep-titre-avertissements", text: "Avertissements" }), el("ul", {})),
    el("section", { id: "rep-notes", class: "rep-bloc", "aria-labelledby": "rep-titre-notes", hidden: true },
      el("h4", { id: "rep-titre-notes", text: "À noter" }), el("ul", {})),
    el("section", { id: "rep-interpretations", class: "rep-bloc", "aria-labelledby": "rep-titre-interpretations", hidden: true },
      el("h4", { id: "rep-titre-interpretations", text: "Lectures retenues là où le §12 C est ambigu" }), el("ul", {})),
    el("section", { id: "rep-sources", class: "rep-bloc", "aria-labelledby": "rep-titre-sources", hidden: true },
      el("h4", { id: "rep-titre-sources", text: "Sources" }), el("ul", {})),
  );
  box.replaceChildren(form, results);
  return form;
}

function collegeFieldset(c) {
  const base = `resultats.${c.cle}`;
  return el(
    "fieldset",
    { class: "rep-college-saisie", "data-college": c.cle },
    el("legend", { text: c.titre }),
    field(`${base}.exprimes`, `Suffrages exprimés (${c.court})`, { size: 10 }),
    el(
      "div",
      { class: "table-scroll" },
      el(
        "table",
        { class: "rep-saisie", id: `rep-table-${c.cle}` },
        el("caption", { text: `Voix des syndicats représentatifs, ${c.court}` }),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col", text: "Syndicat" }),
            el("th", { scope: "col", class: "num", text: "Voix" }),
            el("th", { scope: "col", class: "num" }, "Part publiée", el("br"), "(%)"),
            el("th", { scope: "col" }, el("span", { class: "sr-only", text: "Action" })),
          ),
        ),
        el("tbody", {}),
      ),
    ),
    el("p", {
      class: "hint",
      text: "Part publiée : celle que donnent les résultats officiels ; laissez-la vide pour qu'elle soit calculée (voix ÷ suffrages exprimés).",
    }),
    el("p", { class: "field-error", id: eid(`${base}.syndicats`), hidden: true }),
    el("button", { type: "button", class: "rep-ajouter", "data-college": c.cle, text: `Ajouter un syndicat (${c.court})` }),
  );
}

/** The rows of a college's table from `lines` ([{syndicat, voix, part}] as typed). */
function fillRows(c, lines) {
  const body = document.querySelector(`#rep-table-${c.cle} tbody`);
  body.replaceChildren(
    ...lines.map((l, i) => {
      const base = `resultats.${c.cle}.syndicats.${i}`;
      const name = l.syndicat || `ligne ${i + 1}`;
      const cellInput = (prop, value, label, extra = {}) =>
        el(
          "td",
          { class: prop === "syndicat" ? null : "num" },
          el("input", {
            type: "text",
            id: fid(`${base}.${prop}`),
            "data-champ": `${base}.${prop}`,
            "data-prop": prop,
            value,
            "aria-label": label,
            "aria-describedby": eid(`${base}.${prop}`),
            autocomplete: "off",
            ...extra,
          }),
          el("p", { class: "field-error", id: eid(`${base}.${prop}`), hidden: true }),
        );
      const tr = el(
        "tr",
        { "data-index": String(i) },
        cellInput("syndicat", l.syndicat, `Nom du syndicat, ligne ${i + 1} (${c.court})`, { "data-prev": key(l.syndicat), size: "18" }),
        cellInput("voix", l.voix, `${name} : voix (${c.court})`, { inputmode: "numeric", size: "7" }),
        cellInput("part", l.part, `${name} : part publiée en % des exprimés (${c.court}), vide pour la calculer`, { inputmode: "decimal", size: "6" }),
        el(
          "td",
          {},
          el("button", { type: "button", class: "rep-retirer", "data-college": c.cle, "data-index": String(i), "aria-label": `Retirer la ligne ${name} (${c.court})`, text: "Retirer" }),
        ),
      );
      return tr;
    }),
  );
}

/** What a college's table holds, as typed. */
function typedRows(c) {
  return [...document.querySelectorAll(`#rep-table-${c.cle} tbody tr`)].map((tr) => {
    const get = (prop) => tr.querySelector(`[data-prop="${prop}"]`).value;
    return { syndicat: get("syndicat"), voix: get("voix"), part: get("part") };
  });
}

/** A row just added and still empty is not sent yet (no « name expected » before any typing);
 *  only trailing ones, so that the others keep their index, hence their error's field. */
function withoutTrailingBlanks(rows) {
  const blank = (r) => !r.syndicat.trim() && !r.voix.trim() && !r.part.trim();
  let n = rows.length;
  while (n > 0 && blank(rows[n - 1])) n -= 1;
  return rows.slice(0, n);
}

/** Every union named in the tables, once, in the order of the tables, with its colleges. */
function unionsInTables() {
  const out = [];
  for (const c of COLLEGES) {
    for (const r of typedRows(c)) {
      const k = key(r.syndicat);
      if (!k) continue;
      const known = out.find((u) => u.key === k);
      if (known) {
        if (!known.colleges.includes(c.court)) known.colleges.push(c.court);
      } else out.push({ key: k, name: r.syndicat.trim(), colleges: [c.court] });
    }
  }
  return out;
}

function fillCheckboxes() {
  const unions = unionsInTables();
  const signature = JSON.stringify(unions.map((u) => [u.name, u.colleges]));
  if (signature === state.listed) {
    for (const u of unions) {
      const box = document.querySelector(`#rep-signataires input[data-key="${CSS.escape(u.key)}"]`);
      if (box) box.checked = state.checked.has(u.key);
    }
    return;
  }
  state.listed = signature;
  document.getElementById("rep-signataires").replaceChildren(
    ...unions.map((u, i) =>
      el(
        "div",
        { class: "rep-case" },
        el(
          "label",
          {},
          el("input", {
            type: "checkbox",
            id: `rep-f-signataire-${i}`,
            "data-key": u.key,
            "data-name": u.name,
            checked: state.checked.has(u.key),
            "aria-describedby": `rep-e-signataire-${i}`,
          }),
          el("span", { class: "rep-nom-syndicat", text: u.name }),
          el("span", { class: "rep-colleges-du-syndicat", text: `(${u.colleges.join(" et ")})` }),
        ),
        el("p", { class: "field-error", id: `rep-e-signataire-${i}`, hidden: true }),
      ),
    ),
  );
}

function fillForm(d) {
  const set = (champ, value) => (document.getElementById(fid(champ)).value = value);
  set("sieges_generalistes", String(d.sieges_generalistes));
  set("sieges_specialistes", String(d.sieges_specialistes));
  set("resultats.scrutin", d.resultats.scrutin);
  set("resultats.source", d.resultats.source);
  for (const c of COLLEGES) {
    const r = d.resultats[c.cle];
    set(`resultats.${c.cle}.exprimes`, texte(r.exprimes));
    fillRows(c, r.syndicats.map((l) => ({ syndicat: l.syndicat, voix: texte(l.voix), part: showShare(l.part) })));
  }
  state.checked = new Set(d.signataires.map(key));
  state.listed = "";
  fillCheckboxes();
}

/** The scenario the form describes, and the errors found before the core (not integers). */
function readForm() {
  const local = [];
  const integer = (champ, text) => {
    const r = readInteger(text);
    if (r.error) local.push({ champ, message: r.error });
    return r.value;
  };
  const value = (champ) => document.getElementById(fid(champ)).value;
  const resultats = {
    scrutin: value("resultats.scrutin").trim(),
    source: value("resultats.source").trim(),
    notes: [],
  };
  for (const c of COLLEGES) {
    const base = `resultats.${c.cle}`;
    resultats[c.cle] = {
      exprimes: integer(`${base}.exprimes`, value(`${base}.exprimes`)),
      syndicats: withoutTrailingBlanks(typedRows(c)).map((r, i) => {
        const line = { syndicat: r.syndicat.trim(), voix: integer(`${base}.syndicats.${i}.voix`, r.voix) };
        const part = readShare(r.part);
        if (part !== undefined) line.part = part;
        return line;
      }),
    };
  }
  // The core keeps the preloaded results' notes while their figures are unchanged.
  const signataires = [...document.querySelectorAll("#rep-signataires input[type=checkbox]")]
    .filter((b) => b.checked)
    .map((b) => b.dataset.name);
  state.sent = signataires;
  return {
    scenario: {
      resultats,
      signataires,
      sieges_generalistes: integer("sieges_generalistes", value("sieges_generalistes")),
      sieges_specialistes: integer("sieges_specialistes", value("sieges_specialistes")),
    },
    local,
  };
}

// ---------------------------------------------------------------------------------------------
// Errors

/** The input and the message element of an error's field (null for a field the page lacks). */
function locate(champ) {
  const m = /^signataires\.(\d+)$/.exec(champ);
  if (m) {
    const name = state.sent[Number(m[1])];
    const box = name == null ? null : document.querySelector(`#rep-signataires input[data-key="${CSS.escape(key(name))}"]`);
    return box ? { input: box, message: document.getElementById(box.getAttribute("aria-describedby")) } : null;
  }
  if (champ === "signataires") {
    return { input: document.getElementById("rep-signataires-boite"), message: document.getElementById(eid(champ)) };
  }
  const message = document.getElementById(eid(champ));
  if (!message) return null;
  return { input: document.getElementById(fid(champ)), message };
}

function labelOf(input, champ) {
  if (!input) return champ || "Données";
  if (input.tagName === "FIELDSET") return input.querySelector("legend").textContent;
  return input.getAttribute("aria-label") ?? input.labels?.[0]?.textContent.trim() ?? champ;
}

function clearErrors(root) {
  for (const n of root.querySelectorAll("[aria-invalid]")) n.removeAttribute("aria-invalid");
  for (const p of root.querySelectorAll(".field-error")) {
    p.textContent = "";
    p.hidden = true;
  }
  const summary = document.getElementById("rep-erreurs");
  summary.hidden = true;
  summary.replaceChildren();
}

function showErrors(root, errors) {
  clearErrors(root);
  const items = [];
  for (const e of errors) {
    const spot = locate(e.champ);
    if (spot) {
      if (spot.input && spot.input.tagName !== "FIELDSET") spot.input.setAttribute("aria-invalid", "true");
      spot.message.textContent = spot.message.textContent ? `${spot.message.textContent} ${e.message}` : e.message;
      spot.message.hidden = false;
    }
    const label = labelOf(spot?.input, e.champ);
    const target = spot?.input?.id;
    const text = `${label} — ${e.message}`;
    items.push(el("li", {}, target ? el("a", { href: `#${target}`, text }) : text));
  }
  const summary = document.getElementById("rep-erreurs");
  summary.replaceChildren(
    el("p", {}, el("strong", { text: errors.length > 1 ? `${errors.length} erreurs à corriger :` : "1 erreur à corriger :" })),
    el("ul", {}, ...items),
  );
  summary.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// The result

function list(id, texts, render = (t) => t) {
  const box = document.getElementById(id);
  box.querySelector("ul").replaceChildren(...texts.map((t) => el("li", {}, ...[render(t)].flat())));
  box.hidden = texts.length === 0;
}

function collegeResult(c) {
  const titre = `rep-titre-${c.college}`;
  // Two rows per union: the figures, then the explanation across the columns (the union's name
  // heads both rows).
  const ligne = (l) => {
    const cls = l.signataire ? "rep-signataire" : "rep-non-signataire";
    return [
      el(
        "tr",
        { "data-syndicat": l.syndicat, class: `${cls} rep-chiffres` },
        el(
          "th",
          { scope: "rowgroup", rowspan: "2" },
          el("span", { class: "rep-nom", text: l.syndicat }),
          el("span", { class: "rep-etiquette", text: l.signataire ? "signataire" : "non signataire" }),
        ),
        el("td", { class: "num rep-voix", text: texte(l.voix) }),
        el(
          "td",
          { class: "num" },
          el("span", { class: "rep-part", text: pourcent(l.part) }),
          el("span", { class: "formula", text: l.formule_part }),
        ),
        el("td", { class: "num rep-sieges", text: String(l.sieges) }),
      ),
      el("tr", { class: `${cls} rep-explication-ligne` }, el("td", { colspan: "3", class: "rep-explication", text: l.explication })),
    ];
  };
  return el(
    "section",
    { class: "rep-college", "data-college": c.college, "aria-labelledby": titre },
    el("h4", { id: titre, text: c.libelle }),
    el(
      "p",
      { class: "rep-poids" },
      el("span", { class: "rep-poids-valeur", text: pourcent(c.part_signataires) }),
      el("span", { class: "rep-poids-libelle", text: " des suffrages exprimés pour les signataires" }),
    ),
    el("p", { class: "formula rep-formule", text: `Somme des parts des signataires : ${c.formule_part}` }),
    autreLecture(c.lecture_voix_saisies),
    el(
      "div",
      { class: "table-scroll" },
      el(
        "table",
        { class: "rep-lignes" },
        el("caption", { class: "sr-only", text: `Parts et sièges, ${c.libelle.toLowerCase()}` }),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col", text: "Syndicat" }),
            el("th", { scope: "col", class: "num", text: "Voix" }),
            el("th", { scope: "col", class: "num", text: "Part des exprimés" }),
            el("th", { scope: "col", class: "num", text: "Sièges" }),
          ),
        ),
        ...c.lignes.map((l) => el("tbody", {}, ...ligne(l))),
        el(
          "tfoot",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "row", text: "Signataires" }),
            el("td", { class: "num", text: texte(c.voix_signataires) }),
            el("td", { class: "num rep-part-signataires", text: pourcent(c.part_signataires) }),
            el("td", { class: "num", text: String(c.sieges) }),
          ),
        ),
      ),
    ),
    el("p", { class: "rep-repartition" }, el("strong", { text: "Répartition des sièges : " }), c.repartition),
  );
}

/** The second reading of typed votes short of the expressed votes (the core's warning says why). */
function autreLecture(l) {
  if (!l) return null;
  return el(
    "div",
    { class: "rep-autre-lecture" },
    el(
      "p",
      {},
      el("strong", { text: "Autre lecture : " }),
      `sur les ${texte(l.voix_saisies)} voix saisies (${pourcent(l.part_des_exprimes)} des suffrages exprimés), les signataires pèsent `,
      el("span", { class: "rep-autre-poids", text: pourcent(l.part_signataires) }),
      ".",
    ),
    el("p", { class: "formula", text: l.formule_part }),
  );
}

function announce(text) {
  const live = document.getElementById("rep-annonce");
  if (live.textContent !== text) live.textContent = text;
}

function showResult(r) {
  document.getElementById("rep-scrutin").textContent = `${r.scrutin || "Scrutin sans nom"} — signataires retenus : ${r.signataires.join(", ")}.`;
  document.getElementById("rep-colleges").replaceChildren(...r.colleges.map(collegeResult));
  list("rep-avertissements", r.avertissements);
  list("rep-notes", r.notes);
  list("rep-interpretations", r.interpretations);
  list("rep-sources", r.sources, (s) => [el("strong", { text: `${s.objet} : ` }), s.reference]);
  const court = { generalistes: "généralistes", specialistes: "spécialistes" };
  announce(
    r.colleges
      .map((c) => {
        const seats = c.lignes.filter((l) => l.signataire).map((l) => `${l.syndicat} ${sieges(l.sieges)}`).join(", ");
        return `${court[c.college] ?? c.libelle} : signataires ${pourcent(c.part_signataires)} des suffrages exprimés ; ${seats}.`;
      })
      .join(" "),
  );
}

function update(section, form) {
  const { scenario, local } = readForm();
  const out = appeler(/** @type {NonNullable<typeof core>} */ (core).representativite, scenario, erreurs);
  const results = document.getElementById("rep-resultats");
  const own = new Set(local.map((e) => e.champ));
  const errors = [...local, ...(out.statut === "erreurs" ? out.erreurs.filter((e) => !own.has(e.champ)) : [])];
  if (errors.length === 0 && out.statut === "representativite") {
    texts = out.textes;
    clearErrors(form);
    showResult(out.representativite);
    state.lastGood = out.representativite;
    results.classList.remove("rep-stale");
    return;
  }
  showErrors(form, errors);
  results.classList.toggle("rep-stale", state.lastGood != null);
  announce(
    `Calcul impossible : ${errors.length > 1 ? `${errors.length} erreurs` : "1 erreur"} à corriger dans la saisie` +
      (state.lastGood ? " (les résultats affichés sont ceux de la dernière saisie valide)." : "."),
  );
}

// ---------------------------------------------------------------------------------------------
// Wiring

/** A renamed union keeps its check mark (even through an empty name while retyping it). */
function renamed(input) {
  const before = input.dataset.prev ?? "";
  const now = key(input.value);
  input.dataset.prev = now;
  if (before === now) return;
  const elsewhere = (k) =>
    [...document.querySelectorAll('#rep-form [data-prop="syndicat"]')].some((i) => i !== input && key(i.value) === k);
  const wasChecked = before ? state.checked.has(before) : input.dataset.signe === "1";
  if (before && state.checked.has(before) && !elsewhere(before)) state.checked.delete(before);
  delete input.dataset.signe;
  if (wasChecked) {
    if (now) state.checked.add(now);
    else input.dataset.signe = "1";
  }
  // The row's other labels name the union.
  const tr = input.closest("tr");
  const c = COLLEGES.find((x) => x.cle === input.closest("fieldset").dataset.college);
  const name = input.value.trim() || `ligne ${Number(tr.dataset.index) + 1}`;
  tr.querySelector('[data-prop="voix"]').setAttribute("aria-label", `${name} : voix (${c.court})`);
  tr.querySelector('[data-prop="part"]').setAttribute("aria-label", `${name} : part publiée en % des exprimés (${c.court}), vide pour la calculer`);
  tr.querySelector(".rep-retirer").setAttribute("aria-label", `Retirer la ligne ${name} (${c.court})`);
}

async function main() {
  const section = document.getElementById("representativite");
  const box = document.getElementById("rep-contenu");
  const details = document.getElementById("rep-details");
  if (!section || !box || !details) return;
  if (!details.open) await new Promise((opened) => details.addEventListener("toggle", opened, { once: true }));
  core = await import("./pkg/representativite.js");
  await core.default({ module_or_path: new URL("./pkg/representativite_bg.wasm", import.meta.url) });
  const preloaded = JSON.parse(core.representativiteParDefaut());
  state.defaults = preloaded.saisie;
  state.libelles = preloaded.libelles;
  texts = preloaded.textes;
  const form = build(box);
  fillForm(state.defaults);
  const recompute = () => update(section, form);

  form.addEventListener("input", (e) => {
    const t = e.target;
    if (t.matches('[data-prop="syndicat"]')) {
      renamed(t);
      fillCheckboxes();
    }
    if (t.matches("#rep-signataires input[type=checkbox]")) {
      if (t.checked) state.checked.add(t.dataset.key);
      else state.checked.delete(t.dataset.key);
    }
    recompute();
  });
  form.addEventListener("click", (e) => {
    const t = e.target.closest("button");
    if (!t) return;
    if (t.id === "rep-reinitialiser") {
      texts = JSON.parse(/** @type {NonNullable<typeof core>} */ (core).representativiteParDefaut()).textes;
      fillForm(state.defaults);
      recompute();
      return;
    }
    const c = COLLEGES.find((x) => x.cle === t.dataset.college);
    if (!c) return;
    const rows = typedRows(c);
    if (t.classList.contains("rep-ajouter")) {
      rows.push({ syndicat: "", voix: "", part: "" });
      fillRows(c, rows);
      document.getElementById(fid(`resultats.${c.cle}.syndicats.${rows.length - 1}.syndicat`)).focus();
    } else if (t.classList.contains("rep-retirer")) {
      const i = Number(t.dataset.index);
      const gone = key(rows[i].syndicat);
      rows.splice(i, 1);
      fillRows(c, rows);
      const elsewhere = [...document.querySelectorAll('#rep-form [data-prop="syndicat"]')].some((n) => key(n.value) === gone);
      if (!elsewhere) state.checked.delete(gone);
      // Focus stays in the table: the next row's button, else the previous one's, else « Ajouter ».
      const buttons = document.querySelectorAll(`#rep-table-${c.cle} .rep-retirer`);
      (buttons[Math.min(i, buttons.length - 1)] ?? form.querySelector(`.rep-ajouter[data-college="${c.cle}"]`)).focus();
    } else return;
    fillCheckboxes();
    recompute();
  });
  recompute();
  section.dataset.ready = "true";
}

main().catch((e) => {
  const box = document.getElementById("rep-contenu");
  if (box) box.textContent = "Le calcul de représentativité n'a pas pu se charger dans ce navigateur.";
  throw e;
});
