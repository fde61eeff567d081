// Renders what the core returns: a year's report or two years compared (totals, chart, the lines
// with their sources and interpretations), or the errors placed next to their fields. Amounts
// arrive as decimal strings with their French text beside them (`textes`, written by the core):
// nothing is computed or formatted here.

import { errorId, fieldId, labelCells } from "./form.js";

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

/** What each node was last built from (JSON text): a node built from the same data is kept. */
const builtFrom = new WeakMap();

/** True when `node` already shows `data`; else records it and returns false. */
function unchanged(node, data) {
  const json = JSON.stringify(data);
  if (builtFrom.get(node) === json) return true;
  builtFrom.set(node, json);
  return false;
}

/** The parts of a container, each `[key, data, build]`: a part whose data did not change keeps its
 *  node (and what the user opened in it); the container's children are replaced only if one moved. */
const parts = new WeakMap();
function keyed(container, list) {
  const before = parts.get(container) ?? new Map();
  const after = new Map();
  const nodes = [];
  /** @type {HTMLElement | null} */
  let focus = null;
  for (const [key, data, build] of list) {
    const json = JSON.stringify(data);
    const kept = before.get(key);
    let node = kept?.json === json ? kept.node : build();
    if (node && kept?.node && node !== kept.node) focus = keepOpen(kept.node, node) ?? focus;
    after.set(key, { json, node });
    if (node) nodes.push(node);
  }
  parts.set(container, after);
  const children = container.children;
  if (nodes.length !== children.length || nodes.some((n, i) => children[i] !== n)) container.replaceChildren(...nodes);
  focus?.focus({ preventScroll: true });
}

/** The dispositifs of a rebuilt part (one, or those shown apart from the total) stay open if the
 *  user had opened them; the button that had the focus is returned, to take it once in the page. */
function keepOpen(old, node) {
  const dispositifs = (n) => (n.matches?.(".dispositif") ? [n] : [...(n.querySelectorAll?.(".dispositif") ?? [])]);
  const button = (d) => d?.querySelector(":scope > h4 > button[aria-expanded]");
  const rebuilt = dispositifs(node);
  let focus = null;
  for (const d of dispositifs(old)) {
    const was = button(d);
    const now = button(rebuilt.find((e) => e.dataset.code === d.dataset.code));
    if (!was || !now) continue;
    if (was.getAttribute("aria-expanded") === "true") show(now, true);
    if (document.activeElement === was) focus = now;
  }
  return focus;
}

/** The event the page answers by asking the core again: a dispositif was opened whose lines the
 *  last view did not bring (a keystroke brings only the lines of the dispositifs open). */
export const LINES_WANTED = "lignes-demandees";

/** The codes of the dispositifs whose lines are open, in either detail. */
export function openDispositifs() {
  const open = document.querySelectorAll(".detail .dispositif > h4 > button[aria-expanded='true']");
  return [...new Set([...open].map((b) => /** @type {HTMLElement} */ (b.closest(".dispositif")).dataset.code ?? ""))];
}

/** Shows or hides a dispositif's lines. */
function show(button, open) {
  button.setAttribute("aria-expanded", String(open));
  // Looked for beside the button: a rebuilt dispositif is opened before it replaces the old one.
  const panel = button.closest(".dispositif")?.querySelector(":scope > .lignes");
  if (panel) /** @type {HTMLElement} */ (panel).hidden = !open;
  return panel;
}

/** Opens or closes a dispositif's lines (a disclosure button in its heading); opened without its
 *  lines, they are asked for (LINES_WANTED) and the dispositif is rebuilt with them, open. */
function toggle(button, open) {
  const panel = show(button, open);
  if (open && panel && !panel.querySelector("tr[data-code]")) document.dispatchEvent(new Event(LINES_WANTED));
}

/** Opens the lines of a dispositif of the main detail and brings its heading into view. */
export function openDispositif(code, where = "detail-b") {
  const selector = `#${where} .dispositif[data-code="${code}"] > h4 > button`;
  if (!document.querySelector(selector)) return false;
  toggle(/** @type {HTMLElement} */ (document.querySelector(selector)), true);
  // Found again: the dispositif may have been rebuilt with its lines.
  const button = /** @type {HTMLElement} */ (document.querySelector(selector));
  button.focus();
  button.scrollIntoView({ block: "start" });
  return true;
}

// One listener for every disclosure of the details (they are rebuilt, the listener stays).
document.addEventListener("click", (e) => {
  const target = /** @type {HTMLElement} */ (e.target);
  const button = target.closest?.(".dispositif > h4 > button[aria-expanded]");
  if (button) toggle(/** @type {HTMLElement} */ (button), button.getAttribute("aria-expanded") !== "true");
  const opener = target.closest?.("[data-ouvre]");
  if (opener) openDispositif(/** @type {HTMLElement} */ (opener).dataset.ouvre);
});

const cents = (decimal) => BigInt(decimal.replace(".", ""));
const bigAbs = (n) => (n < 0n ? -n : n);

/** Horizontal bars: rows of {code, libelle, values: [decimal…]} with one bar per value. */
function chart(rows, legends) {
  const box = /** @type {HTMLElement} */ (document.getElementById("barres"));
  document.getElementById("graphique").hidden = rows.length === 0;
  if (unchanged(box, [rows, legends])) return;
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
    el("td", { class: "num amount", "data-label": "Montant" }, euros(line.montant)),
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
          el("td", { "data-label": "Échéance" }, v.echeance),
          el("td", { "data-label": "Objet" }, v.objet, v.interpretation ? el("span", { class: "interpretation small" }, " — interprétation : ", v.interpretation) : null),
          el("td", { class: "num", "data-label": "Montant" }, euros(v.montant)),
        ),
      ),
    ),
  );
}

/** What a dispositif opened without its lines says above its subtotals until the lines come (the
 *  view of a keystroke brings the lines of open dispositifs only): asked for at once, or, while
 *  the form holds an error, once it is corrected — the results are then those of the last
 *  correct input. */
function linesToCome() {
  return el(
    "p",
    { class: "lignes-a-venir" },
    el("span", { class: "si-calcul" }, "Chargement du détail…"),
    el("span", { class: "si-echec" }, "Le détail n'a pas pu se charger : vérifiez la connexion, puis refermez et rouvrez ce dispositif."),
    el("span", { class: "si-erreurs" }, "Les lignes s'afficheront quand la saisie signalée en haut du formulaire sera corrigée."),
  );
}

/** A year's report: each dispositif under a heading whose button opens its lines (closed at
 *  first: the summary and the headings are the way in), or why it does not apply. */
function detail(container, report, headingId, title = `Le détail ${report.annee}, ligne par ligne`) {
  const computed = report.dispositifs.filter((d) => !d.motif_absence && !d.hors_total);
  const apart = report.dispositifs.filter((d) => !d.motif_absence && d.hors_total);
  const absent = report.dispositifs.filter((d) => d.motif_absence && d.en_vigueur);
  const notInForce = report.dispositifs.filter((d) => !d.en_vigueur);
  const section = (d) => {
    const panel = `${container.id}-${d.code}`;
    return el(
      "section",
      { class: "dispositif", "data-code": d.code },
      el("h4", {}, el("button", { type: "button", class: "ouvrir", "aria-expanded": "false", "aria-controls": panel }, d.libelle, " — ", euros(d.total))),
      el("div", { id: panel, class: "lignes", hidden: "" }, d.source ? el("p", { class: "source" }, "Source : ", d.source) : linesToCome(), ...d.groupes.map(groupTable)),
    );
  };
  container.setAttribute("data-annee", String(report.annee));
  keyed(container, [
    ["titre", title, () => el("h3", { id: headingId }, title)],
    ["versements", [report.annee, report.versements], () => paymentsTable(report)],
    ...computed.map((d) => [`d-${d.code}`, d, () => section(d)]),
    [
      "a-part",
      [report.a_part, apart],
      () =>
        apart.length
          ? el(
              "section",
              { class: "hors-total", id: `${container.id}-a-part` },
              el("h4", {}, `À part de votre total : ${euros(report.a_part)}`),
              el("p", { class: "hint" }, "Versés à une structure ou pour un mandat syndical, ces montants ne sont comptés ni dans votre total, ni dans les comparaisons."),
              ...apart.map(section),
            )
          : null,
    ],
    ...absent.map((d) => [
      `absent-${d.code}`,
      [d.libelle, d.motif_absence],
      () => el("section", { class: "dispositif absent", "data-code": d.code }, el("h4", {}, d.libelle), el("p", { class: "absence" }, d.motif_absence)),
    ]),
    [
      "hors-vigueur",
      [report.annee, notInForce.map((d) => [d.code, d.motif_absence])],
      () =>
        notInForce.length
          ? el(
              "section",
              { class: "hors-vigueur" },
              el("h4", {}, `Dispositifs qui n'existent pas en ${report.annee}`),
              el("ul", {}, ...notInForce.map((d) => el("li", { "data-code": d.code }, d.motif_absence))),
            )
          : null,
    ],
  ]);
}

/** The summary of the main report: each dispositif's amount, a button that opens its lines. */
function summary(report) {
  const nav = /** @type {HTMLElement} */ (document.getElementById("synthese"));
  const computed = report.dispositifs.filter((d) => !d.motif_absence && !d.hors_total);
  nav.hidden = computed.length === 0;
  const list = computed.map((d) => [d.code, d.libelle, d.total]);
  if (unchanged(nav, list)) return;
  /** @type {HTMLElement} */ (nav.querySelector("ul")).replaceChildren(
    ...computed.map((d) =>
      el(
        "li",
        {},
        el("button", { type: "button", class: "lien", "data-ouvre": d.code }, el("span", { class: "synthese-libelle" }, d.libelle), el("span", { class: "num" }, euros(d.total))),
      ),
    ),
  );
}

function interpretations(reports) {
  const all = [...new Set(reports.flatMap((r) => r.interpretations))];
  const box = document.getElementById("interpretations");
  box.hidden = all.length === 0;
  box.querySelector("ul").replaceChildren(...all.map((t) => el("li", {}, t)));
}

/** Where the figures come from, said beside every total while it is not the user's own
 *  (« Exemple fictif »); empty for the user's own input. */
let origin = "";
export function setOrigin(text) {
  origin = text;
}

/** The total box and the bar that keeps it in view on a phone; `amount` is an amount
 *  (#montant-total) unless `pending` (a message instead). */
function totalBox(label, amount, sub, { pending = false, detail = null, loading = false } = {}) {
  const box = /** @type {HTMLElement} */ (document.getElementById("total"));
  const shown = [label, amount, sub, pending, origin, detail];
  if (unchanged(box, shown)) return;
  const next = document.createElement("div");
  next.append(
    ...(origin ? [el("span", { class: "total-origine" }, origin)] : []),
    el("span", { class: "total-label" }, label),
    el("span", pending ? { class: "total-amount" } : { class: "total-amount", id: "montant-total" }, amount),
    // append writes a null as the text « null »: no verdict, no node.
    ...(sub ? [el("span", { class: "total-sub", id: "verdict" }, sub)] : []),
    ...(detail ? [el("span", { class: "total-detail", id: "verdict-calendrier" }, detail)] : []),
  );
  // A live region speaks at each change: the total the prerendered page already shows (the
  // takeover of a first visit) is not written again, so not announced again.
  if (next.innerHTML !== box.innerHTML) box.replaceChildren(...next.childNodes);
  /** @type {HTMLElement} */ (document.getElementById("barre-libelle")).textContent = origin ? `${origin} — ${label}` : label;
  /** @type {HTMLElement} */ (document.getElementById("barre-montant")).textContent = amount;
  /** @type {HTMLElement} */ (document.getElementById("barre-verdict")).textContent = sub ?? "";
  const go = /** @type {HTMLElement} */ (document.getElementById("barre-detail"));
  go.textContent = pending ? "Voir la saisie à corriger" : "Voir le détail";
  go.dataset.vers = pending ? "erreurs" : "resultats";
  // While the complete module loads there is neither a detail to see nor an input to correct.
  go.hidden = loading;
  document.getElementById("barre-total")?.classList.toggle("en-attente", pending);
}

/** While the page's complete module loads (a year of the 2011 convention or the scenarios were
 *  chosen): the total says so, and no figure of the previous request stays in view (style.css
 *  hides the results under `data-chargement` until the next result is shown; an error shown
 *  meanwhile keeps them hidden).
 *  @param {string} why */
export function showLoading(why) {
  totalBox("Calcul en attente", "Chargement…", why, { pending: true, loading: true });
  fresh();
  document.getElementById("resultats").toggleAttribute("data-chargement", true);
}

/** The results are current again. */
function fresh() {
  document.getElementById("resultats").removeAttribute("data-chargement");
  document.getElementById("resultats").classList.remove("stale");
  /** @type {HTMLElement} */ (document.getElementById("resultat-ancien")).hidden = true;
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
  summary(report);
  interpretations([report]);
  fresh();
}

/** Two years side by side. */
export function showComparison(c) {
  document.getElementById("scenarios").hidden = true;
  document.querySelector("#graphique figcaption").textContent = "Composantes";
  const a = c.rapport_a;
  const b = c.rapport_b;
  totalBox(`Vos forfaits ${b.annee}`, euros(b.total), c.verdict, { detail: c.verdict_calendrier });
  document.getElementById("comparaison").hidden = false;
  document.querySelectorAll(".annee-a").forEach((n) => (n.textContent = String(a.annee)));
  document.querySelectorAll(".annee-b").forEach((n) => (n.textContent = String(b.annee)));
  const shown = c.composantes.filter((x) => !x.hors_total && (x.montant_a !== "0.00" || x.montant_b !== "0.00" || (!x.motif_a && !x.motif_b)));
  // A row of a dispositif computed in the main year opens its lines there.
  const opens = new Set(b.dispositifs.filter((d) => !d.motif_absence && !d.hors_total).map((d) => d.code));
  const body = /** @type {HTMLElement} */ (document.querySelector("#comparaison tbody"));
  if (!unchanged(body, [a.annee, b.annee, shown])) {
    body.replaceChildren(
      ...shown.map((x) =>
        el(
          "tr",
          { "data-code": x.code },
          el(
            "th",
            { scope: "row" },
            opens.has(x.code) ? el("button", { type: "button", class: "lien", "data-ouvre": x.code }, x.libelle) : x.libelle,
            x.calendrier ? el("span", { class: "source" }, "suit les échéances de votre contrat, pas la réforme") : null,
          ),
          el("td", { class: "num", title: x.motif_a ?? "", "data-label": String(a.annee) }, x.motif_a ? "—" : euros(x.montant_a)),
          el("td", { class: "num", title: x.motif_b ?? "", "data-label": String(b.annee) }, x.motif_b ? "—" : euros(x.montant_b)),
          el("td", { class: "num ecart", "data-label": "Écart" }, signed(x.ecart)),
        ),
      ),
    );
  }
  document.getElementById("total-a").textContent = euros(a.total);
  document.getElementById("total-b").textContent = euros(b.total);
  document.getElementById("total-a").dataset.label = String(a.annee);
  document.getElementById("total-b").dataset.label = String(b.annee);
  document.getElementById("ecart").dataset.label = "Écart";
  // What the texts make and what the contract's calendar moves, when the calendar moves something.
  const split = c.ecart_calendrier !== "0.00";
  document.getElementById("ecart-textes-ligne").hidden = !split;
  document.getElementById("ecart-calendrier-ligne").hidden = !split;
  document.getElementById("ecart-textes").textContent = signed(c.ecart_textes);
  document.getElementById("ecart-calendrier").textContent = signed(c.ecart_calendrier);
  document
    .getElementById("ecart")
    .replaceChildren(signed(c.ecart), ...(c.ecart_pourcent ? [" ", el("span", { class: "pct" }, `(${c.ecart_pourcent})`)] : []));
  const why = /** @type {HTMLElement} */ (document.getElementById("explications"));
  if (!unchanged(why, [a.annee, b.annee, c.explications.slice(0, 10)]))
    why.replaceChildren(
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
  summary(b);
  interpretations([b, a]);
  fresh();
}

/** Whether errors are shown: clearing is skipped when none are. */
let errorsShown = false;

/** Clears every error shown next to a field. */
export function clearErrors(form) {
  if (!errorsShown) return;
  errorsShown = false;
  for (const input of form.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-errormessage");
    // The message's id added to the field's description goes with it.
    const added = input.dataset.erreur;
    if (added) {
      const rest = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && id !== added);
      if (rest.length) input.setAttribute("aria-describedby", rest.join(" "));
      else input.removeAttribute("aria-describedby");
      delete input.dataset.erreur;
    }
  }
  for (const p of form.querySelectorAll(".field-error")) {
    p.hidden = true;
    p.textContent = "";
  }
  for (const box of form.querySelectorAll(".cell-errors")) box.replaceChildren();
  const summary = document.getElementById("erreurs");
  summary.hidden = true;
  summary.replaceChildren();
  builtFrom.delete(summary);
}

/** Where a grid cell's message goes: the list of errors under its grid. */
function errorBox(input) {
  for (let node = input.parentElement; node; node = node.parentElement) {
    const box = node.querySelector(":scope > .cell-errors");
    if (box) return box;
  }
  return input.parentElement;
}

/** Places each error next to its field (grid cells list theirs under the grid) and sums them up,
 *  linked to each field. The same errors at the next keystroke change nothing: the summary (an
 *  alert) is announced once, when what is wrong changes. */
export function showErrors(form, errors) {
  const summary = /** @type {HTMLElement} */ (document.getElementById("erreurs"));
  if (!(errorsShown && unchanged(summary, errors))) {
    clearErrors(form);
    unchanged(summary, errors);
    errorsShown = true;
    summary.append(...errorList(errors));
    summary.hidden = false;
  }
  const count = errors.length > 1 ? `${errors.length} saisies à corriger` : "une saisie à corriger";
  totalBox("Calcul en attente", `${count[0].toUpperCase()}${count.slice(1)}`, null, { pending: true });
  document.getElementById("resultats").classList.add("stale");
  /** @type {HTMLElement} */ (document.getElementById("resultat-ancien")).hidden = false;
}

/** Each error next to its field (message referenced by the field's description), and the
 *  summary's items, each a link to its field. */
function errorList(errors) {
  const items = [];
  for (const e of errors) {
    const input = document.getElementById(fieldId(e.champ));
    let message = document.getElementById(errorId(e.champ));
    if (input && !message) {
      message = el("p", { class: "field-error", id: errorId(e.champ) });
      errorBox(input).append(message);
    }
    if (input && message) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-errormessage", message.id);
      const described = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      if (!described.includes(message.id)) {
        input.setAttribute("aria-describedby", [...described, message.id].join(" "));
        input.dataset.erreur = message.id;
      }
      const label = input.getAttribute("aria-label") ?? input.labels?.[0]?.textContent?.trim() ?? e.champ;
      message.textContent = input.getAttribute("aria-label") ? `${label} — ${e.message}` : e.message;
      message.hidden = false;
      items.push(el("li", {}, el("a", { href: `#${input.id}` }, label), ` : ${e.message}`));
    } else {
      items.push(el("li", {}, e.champ ? `${e.champ} : ${e.message}` : e.message));
    }
  }
  return [el("p", {}, errors.length > 1 ? `${errors.length} saisies à corriger :` : "Une saisie à corriger :"), el("ul", {}, ...items)];
}

const NATURE = { integral: "versement intégral", acompte: "acompte", solde: "solde" };
const date = (iso) => iso.split("-").reverse().join("/");

/** The assistant médical contract: eligibility, years, dated payments, totals per calendar year. */
export function showSchedule(s) {
  const box = document.getElementById("echeancier");
  box.hidden = !s;
  if (!s) return;
  const content = /** @type {HTMLElement} */ (document.getElementById("echeancier-contenu"));
  if (unchanged(content, s)) return;
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
  labelCells(years);
  labelCells(perYear);
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
  const table = /** @type {HTMLTableElement} */ (document.getElementById("scenarios-table"));
  const shown = c.composantes.filter((x) => !x.hors_total && x.montants.some((m) => m !== "0.00"));
  if (!unchanged(table, [cols.map((col) => [col.nom, col.rapport.total, col.ecart]), shown])) scenarioTable(table, cols, shown);
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
  summary(ref.rapport);
  interpretations(cols.map((col) => col.rapport));
  fresh();
}

/** The table of scenarios side by side: per dispositif, each column's amount and its écart. */
function scenarioTable(table, cols, shown) {
  table.querySelector("thead tr").replaceChildren(
    el("th", { scope: "col" }, "Forfait"),
    ...cols.map((col, i) => el("th", { scope: "col", class: "num", "data-colonne": String(i) }, col.nom)),
  );
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
  labelCells(table);
}

/** The same practice year by year: per year a bar made of its dispositifs (one colour each, in a
 *  legend), its total, and the table of the same figures; the year computed is marked. */
export function showTrajectory(years, current) {
  const box = /** @type {HTMLElement} */ (document.getElementById("trajectoire-contenu"));
  if (!years || unchanged(box, [years, current])) return;
  const codes = [...new Map(years.flatMap((y) => y.dispositifs.map((d) => [d.code, d.libelle]))).entries()];
  const colour = new Map(codes.map(([code], i) => [code, `serie-traj-${i % 12}`]));
  const max = years.reduce((m, y) => (y.total && cents(y.total) > m ? cents(y.total) : m), 1n);
  const pct = (v) => `${Number((bigAbs(cents(v)) * 1000n) / max) / 10}%`;
  const chartRows = years.map((y) =>
    el(
      "li",
      { class: y.annee === current ? "traj-annee courante" : "traj-annee", "data-annee": String(y.annee) },
      el("span", { class: "traj-label" }, String(y.annee)),
      el(
        "span",
        { class: "traj-barre", "aria-hidden": "true" },
        ...y.dispositifs.filter((d) => d.total !== "0.00").map((d) => el("span", { class: `traj-part ${colour.get(d.code)}`, style: `width:${pct(d.total)}` })),
      ),
      el("span", { class: "traj-total" }, y.total ? euros(y.total) : "non calculable"),
    ),
  );
  const legend = el("ul", { class: "traj-legende" }, ...codes.map(([code, libelle]) => el("li", {}, el("span", { class: `traj-part ${colour.get(code)}`, "aria-hidden": "true" }), libelle)));
  const table = el(
    "table",
    { class: "components", id: "trajectoire-table" },
    el("caption", { class: "sr-only" }, "Vos forfaits par année et par dispositif"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Année"), el("th", { scope: "col", class: "num" }, "Total"), el("th", { scope: "col" }, "Dont"))),
    el(
      "tbody",
      {},
      ...years.map((y) =>
        el(
          "tr",
          { "data-annee": String(y.annee) },
          el("th", { scope: "row" }, String(y.annee)),
          el("td", { class: "num" }, y.total ? euros(y.total) : "—"),
          el("td", {}, y.motif ?? y.dispositifs.filter((d) => d.total !== "0.00").map((d) => `${d.libelle} : ${euros(d.total)}`).join(" ; ")),
        ),
      ),
    ),
  );
  labelCells(table);
  box.replaceChildren(el("ol", { class: "traj-graphique" }, ...chartRows), legend, table);
}

/** The header the printed summary starts with: what was computed, with which parameters. */
export function printHeader(text) {
  document.getElementById("impression-entete").replaceChildren(...text.map((t) => el("p", {}, t)));
}
