// Renders what the core returns: a year's report or two years compared (totals, chart, the lines
// with their sources and interpretations), or the errors placed next to their fields. Amounts
// arrive as decimal strings with their French text beside them (`textes`, written by the core):
// nothing is computed or formatted here.

import { errorId, fieldId } from "./form.js";

/** The French text of each number of the view being shown: "32822.50" → "32 822,50 €". */
let texts = /** @type {Record<string, string>} */ ({});

/** @param {Record<string, string>} textes */
export function setTexts(textes) {
  texts = textes;
}

/** The core's text of a number (of the view shown, or of `textes`). */
export const text = (decimal, textes = texts) => textes[decimal] ?? decimal;
const euros = (decimal) => text(decimal);

/** An écart with its sign: "+1 234,00 €", "−56,10 €". */
const signed = (decimal) => (decimal.startsWith("-") || /^0\.00$/.test(decimal) ? "" : "+") + euros(decimal);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    // Through the CSSOM: the page's Content-Security-Policy (style-src 'self') refuses style attributes.
    else if (k === "style") node.style.cssText = v;
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

const cents = (decimal) => BigInt(decimal.replace(".", ""));
const bigAbs = (n) => (n < 0n ? -n : n);

/** Horizontal bars: rows of {code, libelle, values: [decimal…]} with one bar per value. */
function chart(rows, legends) {
  const box = document.getElementById("barres");
  const max = rows.flatMap((r) => r.values).reduce((m, v) => (bigAbs(cents(v)) > m ? bigAbs(cents(v)) : m), 1n);
  const bar = (v, i) => {
    const width = Number((bigAbs(cents(v)) * 1000n) / max) / 10;
    return el(
      "span",
      { class: `bar-line serie-${i}` },
      el("span", { class: "bar-track", "aria-hidden": "true" }, el("span", { class: "bar", style: `width:${width}%` })),
      el("span", { class: "bar-value" }, legends.length > 1 ? `${legends[i]} : ${euros(v)}` : euros(v)),
    );
  };
  box.replaceChildren(
    ...rows.map((r) =>
      el("div", { class: "bar-row", "data-code": r.code }, el("span", { class: "bar-label" }, r.libelle), el("span", { class: "bars" }, ...r.values.map(bar))),
    ),
  );
  document.getElementById("graphique").hidden = rows.length === 0;
}

function lineRow(line) {
  const extra = [];
  for (const n of line.notes) extra.push(el("p", { class: "note" }, el("strong", {}, "À noter : "), n));
  for (const i of line.interpretations) extra.push(el("p", { class: "interpretation" }, el("strong", {}, "Interprétation : "), i));
  return el(
    "tr",
    { "data-code": line.code },
    el(
      "th",
      { scope: "row" },
      el("span", { class: "line-label" }, line.libelle),
      el("span", { class: "formula" }, line.formule),
      el("span", { class: "source" }, "Source : ", line.source),
      ...extra,
    ),
    el("td", { class: "num amount" }, euros(line.montant)),
  );
}

function groupTable(g) {
  return el(
    "table",
    { class: "lines", "data-code": g.code },
    el("caption", {}, g.libelle),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Ligne"), el("th", { scope: "col", class: "num" }, "Montant"))),
    el("tbody", {}, ...g.lignes.map(lineRow)),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "Sous-total"), el("td", { class: "num" }, euros(g.sous_total)))),
  );
}

function paymentsTable(report) {
  if (report.versements.length === 0) return null;
  return el(
    "table",
    { class: "payments" },
    el("caption", {}, `Versements des forfaits ${report.annee}`),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Échéance"), el("th", { scope: "col" }, "Objet"), el("th", { scope: "col", class: "num" }, "Montant"))),
    el(
      "tbody",
      {},
      ...report.versements.map((v) =>
        el(
          "tr",
          {},
          el("td", {}, v.echeance),
          el("td", {}, v.objet, v.interpretation ? el("span", { class: "interpretation small" }, " — interprétation : ", v.interpretation) : null),
          el("td", { class: "num" }, euros(v.montant)),
        ),
      ),
    ),
  );
}

/** A year's report: each dispositif with its subtotals and lines, or why it does not apply. */
function detail(container, report, headingId, title = `Le détail ${report.annee}, ligne par ligne`) {
  const computed = report.dispositifs.filter((d) => !d.motif_absence && !d.hors_total);
  const apart = report.dispositifs.filter((d) => !d.motif_absence && d.hors_total);
  const absent = report.dispositifs.filter((d) => d.motif_absence && d.en_vigueur);
  const notInForce = report.dispositifs.filter((d) => !d.en_vigueur);
  const section = (d) =>
    el(
      "section",
      { class: "dispositif", "data-code": d.code },
      el("h4", {}, d.libelle, " — ", euros(d.total)),
      el("p", { class: "source" }, "Source : ", d.source),
      ...d.groupes.map(groupTable),
    );
  container.setAttribute("data-annee", String(report.annee));
  // Through el(), which leaves out the parts that are null (replaceChildren would write « null »).
  const body = el(
    "div",
    {},
    el("h3", { id: headingId }, title),
    paymentsTable(report),
    ...computed.map(section),
    apart.length
      ? el(
          "section",
          { class: "hors-total", id: `${container.id}-a-part` },
          el("h4", {}, `À part de votre total : ${euros(report.a_part)}`),
          el("p", { class: "hint" }, "Versés à une structure ou pour un mandat syndical, ces montants ne sont comptés ni dans votre total, ni dans les comparaisons."),
          ...apart.map(section),
        )
      : null,
    ...absent.map((d) =>
      el("section", { class: "dispositif absent", "data-code": d.code }, el("h4", {}, d.libelle), el("p", { class: "absence" }, d.motif_absence)),
    ),
    notInForce.length
      ? el(
          "section",
          { class: "hors-vigueur" },
          el("h4", {}, `Dispositifs qui n'existent pas en ${report.annee}`),
          el("ul", {}, ...notInForce.map((d) => el("li", { "data-code": d.code }, d.motif_absence))),
        )
      : null,
  );
  container.replaceChildren(...body.childNodes);
}

function interpretations(reports) {
  const all = [...new Set(reports.flatMap((r) => r.interpretations))];
  const box = document.getElementById("interpretations");
  box.hidden = all.length === 0;
  box.querySelector("ul").replaceChildren(...all.map((t) => el("li", {}, t)));
}

/** The total box; `amount` is an amount (#montant-total) unless `pending` (a message instead). */
function totalBox(label, amount, sub, { pending = false } = {}) {
  document.getElementById("total").replaceChildren(
    el("span", { class: "total-label" }, label),
    el("span", pending ? { class: "total-amount" } : { class: "total-amount", id: "montant-total" }, amount),
    // replaceChildren writes a null as the text « null »: no verdict, no node.
    ...(sub ? [el("span", { class: "total-sub", id: "verdict" }, sub)] : []),
  );
}

/** One year. */
export function showReport(report) {
  document.getElementById("scenarios").hidden = true;
  document.querySelector("#graphique figcaption").textContent = "Composantes";
  totalBox(`Vos forfaits ${report.annee}`, euros(report.total));
  document.getElementById("comparaison").hidden = true;
  document.getElementById("detail-a-box").hidden = true;
  const rows = report.dispositifs
    .filter((d) => !d.motif_absence && !d.hors_total)
    .flatMap((d) => d.groupes.map((g) => ({ code: g.code, libelle: `${d.code} — ${g.libelle}`, values: [g.sous_total] })))
    .filter((row) => row.values[0] !== "0.00");
  chart(rows, [String(report.annee)]);
  detail(document.getElementById("detail-b"), report, "titre-detail-b");
  interpretations([report]);
  document.getElementById("resultats").classList.remove("stale");
}

/** Two years side by side. */
export function showComparison(c) {
  document.getElementById("scenarios").hidden = true;
  document.querySelector("#graphique figcaption").textContent = "Composantes";
  const a = c.rapport_a;
  const b = c.rapport_b;
  totalBox(`Vos forfaits ${b.annee}`, euros(b.total), c.verdict);
  document.getElementById("comparaison").hidden = false;
  document.querySelectorAll(".annee-a").forEach((n) => (n.textContent = String(a.annee)));
  document.querySelectorAll(".annee-b").forEach((n) => (n.textContent = String(b.annee)));
  const shown = c.composantes.filter((x) => !x.hors_total && (x.montant_a !== "0.00" || x.montant_b !== "0.00" || (!x.motif_a && !x.motif_b)));
  document.querySelector("#comparaison tbody").replaceChildren(
    ...shown.map((x) =>
      el(
        "tr",
        { "data-code": x.code },
        el("th", { scope: "row" }, x.libelle),
        el("td", { class: "num", title: x.motif_a ?? "" }, x.motif_a ? "—" : euros(x.montant_a)),
        el("td", { class: "num", title: x.motif_b ?? "" }, x.motif_b ? "—" : euros(x.montant_b)),
        el("td", { class: "num ecart" }, signed(x.ecart)),
      ),
    ),
  );
  document.getElementById("total-a").textContent = euros(a.total);
  document.getElementById("total-b").textContent = euros(b.total);
  document
    .getElementById("ecart")
    .replaceChildren(signed(c.ecart), ...(c.ecart_pourcent ? [" ", el("span", { class: "pct" }, `(${c.ecart_pourcent})`)] : []));
  document.getElementById("explications").replaceChildren(
    ...c.explications.slice(0, 10).map((d) =>
      el(
        "li",
        { "data-code": d.code },
        el("span", { class: "line-label" }, d.libelle),
        ` : ${euros(d.montant_a)} en ${a.annee}, ${euros(d.montant_b)} en ${b.annee} `,
        el("strong", {}, `(${signed(d.ecart)})`),
      ),
    ),
  );
  chart(
    shown.map((x) => ({ code: x.code, libelle: x.libelle, values: [x.montant_a, x.montant_b] })),
    [String(a.annee), String(b.annee)],
  );
  detail(document.getElementById("detail-b"), b, "titre-detail-b");
  document.getElementById("detail-a-box").hidden = false;
  document.getElementById("titre-detail-a-box").textContent = `Le détail ${a.annee} (année de comparaison)`;
  detail(document.getElementById("detail-a"), a, "titre-detail-a");
  interpretations([b, a]);
  document.getElementById("resultats").classList.remove("stale");
}

/** Clears every error shown next to a field. */
export function clearErrors(form) {
  for (const input of form.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-errormessage");
  }
  for (const p of form.querySelectorAll(".field-error")) {
    p.hidden = true;
    p.textContent = "";
  }
  for (const box of form.querySelectorAll(".cell-errors")) box.replaceChildren();
  const summary = document.getElementById("erreurs");
  summary.hidden = true;
  summary.replaceChildren();
}

/** Where a grid cell's message goes: the list of errors under its grid. */
function errorBox(input) {
  for (let node = input.parentElement; node; node = node.parentElement) {
    const box = node.querySelector(":scope > .cell-errors");
    if (box) return box;
  }
  return input.parentElement;
}

/** Places each error next to its field (grid cells list theirs under the grid) and sums them up. */
export function showErrors(form, errors) {
  clearErrors(form);
  const summary = document.getElementById("erreurs");
  const items = [];
  for (const e of errors) {
    const input = document.getElementById(fieldId(e.champ));
    let message = document.getElementById(errorId(e.champ));
    if (input && !message) {
      message = el("p", { class: "field-error", id: errorId(e.champ) });
      errorBox(input).append(message);
    }
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-errormessage", message.id);
      const label = input.getAttribute("aria-label") ?? input.labels?.[0]?.textContent?.trim() ?? e.champ;
      message.textContent = input.getAttribute("aria-label") ? `${label} — ${e.message}` : e.message;
      message.hidden = false;
      items.push(el("li", {}, el("a", { href: `#${input.id}` }, label), ` : ${e.message}`));
    } else {
      items.push(el("li", {}, e.champ ? `${e.champ} : ${e.message}` : e.message));
    }
  }
  summary.append(
    el("p", {}, errors.length > 1 ? `${errors.length} saisies à corriger :` : "Une saisie à corriger :"),
    el("ul", {}, ...items),
  );
  summary.hidden = false;
  totalBox("Calcul en attente", "corrigez la saisie signalée", null, { pending: true });
  document.getElementById("resultats").classList.add("stale");
}

const NATURE = { integral: "versement intégral", acompte: "acompte", solde: "solde" };
const date = (iso) => iso.split("-").reverse().join("/");

/** The assistant médical contract: eligibility, years, dated payments, totals per calendar year. */
export function showSchedule(s) {
  const box = document.getElementById("echeancier");
  box.hidden = !s;
  if (!s) return;
  const content = document.getElementById("echeancier-contenu");
  if (s.motif_ineligibilite) {
    content.replaceChildren(el("p", { class: "absence", id: "echeancier-motif" }, s.motif_ineligibilite));
    return;
  }
  const years = el(
    "table",
    { class: "lines", id: "echeancier-annees" },
    el("caption", {}, `Option ${s.option} : aide maximale et modulation par année de contrat`),
    el("thead", {}, el("tr", {}, ...["Année", "Période", "Aide maximale", "Part versée", "Pourquoi"].map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      ...s.annees_contrat.map((y) =>
        el(
          "tr",
          { "data-rang": String(y.rang) },
          el("th", { scope: "row" }, y.rang === 1 ? "1re" : `${y.rang}e`),
          el("td", {}, `${date(y.debut)} – ${date(y.fin)}`),
          el("td", { class: "num" }, euros(y.montant_maximal), y.revalorise ? null : el("span", { class: "source" }, "avant revalorisation")),
          el("td", { class: "num" }, `${text(y.modulation)} %`),
          el("td", {}, y.explication, el("span", { class: "source" }, "Source : ", y.source)),
        ),
      ),
    ),
  );
  const timeline = el(
    "ol",
    { class: "timeline", id: "echeancier-versements" },
    ...s.versements.map((p) =>
      el(
        "li",
        { class: `nature-${p.nature}`, "data-date": p.date },
        el("span", { class: "timeline-date" }, date(p.date)),
        el("span", { class: "timeline-what" }, `${p.pourquoi} — ${NATURE[p.nature]}`, el("span", { class: "source" }, p.echeance)),
        el("span", { class: "timeline-amount num" }, euros(p.montant)),
      ),
    ),
  );
  const perYear = el(
    "table",
    { class: "payments", id: "echeancier-annees-civiles" },
    el("caption", {}, "Par année civile"),
    el("tbody", {}, ...s.par_annee_civile.map((y) => el("tr", { "data-annee": String(y.annee) }, el("th", { scope: "row" }, String(y.annee)), el("td", { class: "num" }, euros(y.montant))))),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "Total"), el("td", { class: "num", id: "echeancier-total" }, euros(s.total)))),
  );
  content.replaceChildren(
    years,
    el("h4", {}, "Versements datés"),
    timeline,
    perYear,
    ...s.notes.map((n) => el("p", { class: "note" }, el("strong", {}, "À noter : "), n)),
    el("details", {}, el("summary", {}, "Interprétations retenues pour l'assistant médical"), el("ul", {}, ...s.interpretations.map((t) => el("li", {}, t)))),
    el("p", { class: "source" }, "Source : ", s.source),
  );
}

/** Scenarios side by side for one year: per dispositif, totals, differences with the reference. */
export function showScenarios(c) {
  const cols = c.colonnes;
  const [ref] = cols;
  const others = cols.slice(1).map((col) => `${col.nom} : ${signed(col.ecart)}`).join(" ; ");
  totalBox(`${ref.nom} — forfaits ${c.annee}`, euros(ref.rapport.total), others || null);
  document.getElementById("comparaison").hidden = true;
  const section = document.getElementById("scenarios");
  section.hidden = false;
  const table = document.getElementById("scenarios-table");
  table.querySelector("thead tr").replaceChildren(
    el("th", { scope: "col" }, "Forfait"),
    ...cols.map((col, i) => el("th", { scope: "col", class: "num", "data-colonne": String(i) }, col.nom)),
  );
  const shown = c.composantes.filter((x) => !x.hors_total && x.montants.some((m) => m !== "0.00"));
  table.querySelector("tbody").replaceChildren(
    ...shown.map((x) =>
      el(
        "tr",
        { "data-code": x.code },
        el("th", { scope: "row" }, x.libelle),
        ...x.montants.map((m, i) =>
          el("td", { class: "num" }, euros(m), i > 0 && x.ecarts[i] !== "0.00" ? el("span", { class: "ecart-ligne" }, signed(x.ecarts[i])) : null),
        ),
      ),
    ),
  );
  table.querySelector("tfoot").replaceChildren(
    el("tr", {}, el("th", { scope: "row" }, "Total"), ...cols.map((col, i) => el("td", { class: "num", "data-total": String(i) }, euros(col.rapport.total)))),
    el("tr", {}, el("th", { scope: "row" }, "Écart avec la référence"), ...cols.map((col, i) => el("td", { class: "num ecart", "data-ecart": String(i) }, i === 0 ? "—" : signed(col.ecart)))),
  );
  document.getElementById("scenarios-sources").replaceChildren(
    el("h4", {}, "D'où viennent les valeurs"),
    el("ul", {}, ...cols.map((col) => el("li", {}, el("strong", {}, col.nom), " : ", col.source || "—"))),
  );
  chart(
    shown.map((x) => ({ code: x.code, libelle: x.libelle, values: x.montants })),
    cols.map((_, i) => `n° ${i + 1}`),
  );
  document.querySelector("#graphique figcaption").textContent = `Composantes — ${cols.map((col, i) => `n° ${i + 1} : ${col.nom}`).join(" ; ")}`;
  detail(document.getElementById("detail-b"), ref.rapport, "titre-detail-b", `Le détail « ${ref.nom} », ligne par ligne`);
  const last = cols[cols.length - 1];
  const box = document.getElementById("detail-a-box");
  box.hidden = cols.length < 2;
  if (cols.length > 1) {
    document.getElementById("titre-detail-a-box").textContent = `Le détail « ${last.nom} »`;
    detail(document.getElementById("detail-a"), last.rapport, "titre-detail-a", `Le détail « ${last.nom} », ligne par ligne`);
  }
  interpretations(cols.map((col) => col.rapport));
  document.getElementById("resultats").classList.remove("stale");
}

/** The header the printed summary starts with: what was computed, with which parameters. */
export function printHeader(text) {
  document.getElementById("impression-entete").replaceChildren(...text.map((t) => el("p", {}, t)));
}
