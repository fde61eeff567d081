// Renders what the core returns: the report (total, chart, payments, lines with sources and
// interpretations) or the errors placed next to their fields. Amounts arrive as decimal strings
// and are only re-punctuated here, never recomputed.

import { errorId, fieldId } from "./form.js";

/** "32822.50" → "32 822,50 €" (exact: string work, no floating point). */
export function euros(decimal) {
  const negative = decimal.startsWith("-");
  const [int, frac = "00"] = decimal.replace("-", "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${negative ? "−" : ""}${grouped},${frac.padEnd(2, "0")}\u00a0€`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

const cents = (decimal) => BigInt(decimal.replace(".", ""));

function chart(groups) {
  const box = document.getElementById("barres");
  const max = groups.reduce((m, g) => (cents(g.sous_total) > m ? cents(g.sous_total) : m), 1n);
  const rows = groups.map((g) => {
    const width = Number((cents(g.sous_total) * 1000n) / max) / 10;
    return el(
      "div",
      { class: "bar-row", "data-code": g.code },
      el("span", { class: "bar-label" }, g.libelle),
      el("span", { class: "bar-track", "aria-hidden": "true" }, el("span", { class: "bar", style: `width:${width}%` })),
      el("span", { class: "bar-value" }, euros(g.sous_total)),
    );
  });
  box.replaceChildren(...rows);
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

function groupsView(dispositif) {
  return dispositif.groupes.map((g) =>
    el(
      "table",
      { class: "lines", "data-code": g.code },
      el("caption", {}, g.libelle),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Ligne"), el("th", { scope: "col", class: "num" }, "Montant"))),
      el("tbody", {}, ...g.lignes.map(lineRow)),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "Sous-total"), el("td", { class: "num" }, euros(g.sous_total)))),
    ),
  );
}

export function showReport(report) {
  const fmt = report.dispositifs[0];
  const total = document.getElementById("total");
  total.replaceChildren(
    el("span", { class: "total-label" }, `${fmt.libelle} ${report.annee}`),
    el("span", { class: "total-amount", id: "montant-total" }, euros(report.total)),
  );
  const absence = document.getElementById("absence");
  absence.hidden = !fmt.motif_absence;
  absence.textContent = fmt.motif_absence ?? "";
  const computed = !fmt.motif_absence;
  document.getElementById("graphique").hidden = !computed;
  document.getElementById("versements").hidden = !computed;
  document.getElementById("detail").hidden = !computed;
  if (computed) {
    chart(fmt.groupes);
    document.querySelector("#versements tbody").replaceChildren(
      ...report.versements.map((v) =>
        el(
          "tr",
          {},
          el("td", {}, v.echeance),
          el("td", {}, v.objet, v.interpretation ? el("span", { class: "interpretation small" }, " — interprétation : ", v.interpretation) : null),
          el("td", { class: "num" }, euros(v.montant)),
        ),
      ),
    );
    document.getElementById("groupes").replaceChildren(...groupsView(fmt));
  }
  const interp = document.getElementById("interpretations");
  interp.hidden = report.interpretations.length === 0;
  interp.querySelector("ul").replaceChildren(...report.interpretations.map((t) => el("li", {}, t)));
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

/** Places each error next to its field (grid cells list theirs under the grid) and sums them up. */
export function showErrors(form, errors) {
  clearErrors(form);
  const summary = document.getElementById("erreurs");
  const items = [];
  for (const e of errors) {
    const input = document.getElementById(fieldId(e.champ));
    let message = document.getElementById(errorId(e.champ));
    if (input && !message) {
      const box = input.closest("fieldset").querySelector(".cell-errors");
      message = el("p", { class: "field-error", id: errorId(e.champ) });
      box.append(message);
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
  document.getElementById("total").replaceChildren(
    el("span", { class: "total-label" }, "Calcul en attente"),
    el("span", { class: "total-amount" }, "corrigez la saisie signalée"),
  );
  document.getElementById("resultats").classList.add("stale");
}
