// The first view, rendered at build time (issue 15, « Premier résultat et livraison » in the
// README): scripts/build-dist.mjs builds dist/ once, then this opens the built page in headless
// Chromium (playwright-core driving /usr/bin/chromium, as the end-to-end tests do), lets the
// page's own code build the form (from pkg/formulaire.json, written by the core at build time) and
// compute the empty form
// (« mon cas », default year and comparison), and returns that <body>: build-dist writes it into
// index.html, so that the first paint already shows the form and the total the core computed.
// Nothing here computes or writes a figure: it only copies what the page rendered.
//   - Form controls keep their state as the page set it (value, checked, selected), written as
//     attributes: the HTML parser reads attributes, not what a script set.
//   - A fresh context (no saved input, no service worker): the first visit.
//   - What needs the calculator is marked unavailable (aria-disabled) until the page is taken over.
//   - Also returned: the text the page saved for the next visit (local storage) on that empty
//     form; the inline script of index.html (www/premier-rendu.js) compares a returning visitor's
//     saved text with it, to know whether the prerendered figures are theirs.

import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { CHROMIUM } from "../tests/e2e/helpers.mjs";

/** In the page: form controls' state as attributes, then the body and the saved state. */
function snapshot() {
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (el instanceof HTMLSelectElement) for (const o of el.options) o.toggleAttribute("selected", o.selected);
    else if (el instanceof HTMLTextAreaElement) el.textContent = el.value;
    else if (el.type === "checkbox" || el.type === "radio") el.toggleAttribute("checked", el.checked);
    else if (el.type !== "file") {
      if (el.value) el.setAttribute("value", el.value);
      else el.removeAttribute("value");
    }
  }
  // What needs the calculator, unavailable until app.js has taken the page over (it lifts the
  // marks): the buttons but the terms' definitions (termes.js opens them as soon as the modules
  // have run) and the representativité panel's (its own module), the file import, and the
  // disclosures whose content the calculator renders (the compared year's detail, the population).
  // www/premier-rendu.js says why when one is tried.
  const waiting = "button:not(.terme):not(#representativite *), #importer, #detail-a-box > summary, #pop-details > summary";
  for (const el of document.body.querySelectorAll(waiting)) {
    if (el.hasAttribute("aria-disabled") || /** @type {HTMLButtonElement} */ (el).disabled) continue;
    el.setAttribute("aria-disabled", "true");
    el.setAttribute("data-attend-calculateur", "");
  }
  // What the first view does not show: the lines of a closed disclosure (the compared year's
  // detail), which app.js renders when it takes the page over, long before anyone opens it.
  for (const closed of document.body.querySelectorAll("#resultats details:not([open])")) {
    for (const detail of closed.querySelectorAll(".detail")) detail.replaceChildren();
  }
  // The CSP (style-src without 'unsafe-inline') refuses style attributes in HTML; the page sets
  // them through the CSSOM (a bar's width). Each distinct one becomes a rule of a style sheet
  // that build-dist inlines with its hash: `[data-premier-style="n"] { … }`.
  const rules = [];
  for (const el of document.body.querySelectorAll("[style]")) {
    const css = /** @type {HTMLElement} */ (el).style.cssText;
    let n = rules.indexOf(css);
    if (n < 0) n = rules.push(css) - 1;
    el.setAttribute("data-premier-style", String(n));
    el.removeAttribute("style");
  }
  const styles = rules.map((css, n) => `[data-premier-style="${n}"] { ${css} }`).join("\n");
  return { body: document.body.innerHTML, saved: localStorage.getItem("forfaits.etat"), styles };
}

/** The rendered <body> of the page `dist` holds, the rules of its style attributes, and the state
 *  it saved. */
export async function prerender(dist) {
  const server = await serve(dist, 0);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector("html[data-ready='true']", { timeout: 60_000 });
    const got = await page.evaluate(snapshot);
    if (problems.length) throw new Error(`premier rendu : la page a signalé des problèmes :\n${problems.join("\n")}`);
    if (!got.saved) throw new Error("premier rendu : la page n'a rien enregistré pour la visite suivante");
    return got;
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}
