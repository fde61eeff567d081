// Embedding (www/embed.js, the loader, and www/compact.js, the compact mode): a host page on
// another origin (http://localhost:<port>, the calculator being on http://127.0.0.1:<port>) with a
// strict Content-Security-Policy of its own pastes the snippet; the calculator appears in an
// iframe with only the chosen sections, computes there, fits its content as it grows, and tells
// the host nothing but its height unless the host asks for the total.
//
// Totals (page.test.mjs derives them by hand): default profile in 2026, 36 562,50 €; with 100
// patients of 7–74 ans hors ALD hors C2S instead of 560 (40 not seen), 34 032,50 € (offline.test.mjs).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { DIST, eur, eventually, plain, startEnvironment } from "./helpers.mjs";

const CELL = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients";
const EMBED_MAX_BYTES = 5 * 1024;

let env, host, hostOrigin;
before(async () => {
  env = await startEnvironment();
  // The host site: its pages are the snippet of the README and nothing else, under a CSP that
  // allows only the calculator's script and frame (no inline script, no style attribute).
  host = createServer((req, res) => {
    const attrs = req.url === "/total.html" ? 'data-sections="patientele" data-transmettre-total data-cible="#calculateur"' : 'data-sections="exercice patientele" data-annee="2026" data-comparer=""';
    const target = req.url === "/total.html" ? '<div id="calculateur"></div>' : "";
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": `default-src 'none'; script-src ${env.origin}; frame-src ${env.origin}`,
    });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site hôte</title></head><body>
<h1>Un site qui intègre le calculateur</h1>${target}
<script src="${env.origin}/embed.js" ${attrs} async></script>
<p>Après le calculateur.</p></body></html>`);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  hostOrigin = `http://localhost:${host.address().port}`;
});
after(async () => {
  await env?.close();
  await new Promise((ok) => host.close(ok));
});

/** Records, in every frame, what must stay empty (CSP violations) and, in the host, the messages
 *  it receives and the totals the loader hands it. */
function watch() {
  window.__violations = [];
  addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  if (window !== window.top) return;
  window.__messages = [];
  window.__totals = [];
  addEventListener("message", (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  document.addEventListener("forfaits:total", (e) => window.__totals.push(e.detail));
}

/** The host page with the embedded calculator, ready; `check()` asserts nothing went wrong. */
async function openHost(path) {
  const context = await env.browser.newContext({ locale: "fr-FR", viewport: { width: 900, height: 800 } });
  context.setDefaultTimeout(20_000);
  const problems = [];
  context.on("request", (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== hostOrigin && origin !== env.origin) problems.push(`requête hors des deux origines : ${r.url()}`);
  });
  await context.addInitScript(watch);
  const page = await context.newPage();
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console.${m.type()} : ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`exception : ${e}`));
  await page.goto(`${hostOrigin}${path}`);
  const iframe = page.locator("iframe");
  await iframe.waitFor({ state: "visible" });
  const frame = page.frames().find((f) => f.url().startsWith(env.origin));
  await frame.waitForSelector("html[data-ready='true']");
  const check = async () => {
    for (const f of page.frames()) problems.push(...(await f.evaluate(() => window.__violations)).map((v) => `CSP (${f.url()}) : ${v}`));
    await context.close();
    assert.deepEqual(problems, []);
  };
  return { context, page, iframe, frame, check };
}

/** The iframe's height and its content's, in CSS pixels. */
async function heights(iframe, frame) {
  return {
    iframe: Math.round(await iframe.evaluate((e) => e.getBoundingClientRect().height)),
    content: Math.ceil(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)),
  };
}

test("intégration : le calculateur s'insère dans un site d'une autre origine, en mode compact, calcule et prend la hauteur de son contenu", { timeout: 60_000 }, async () => {
  const { page, iframe, frame, check } = await openHost("/");
  try {
    // Where the script is, with the chosen year, sections and no comparison.
    assert.equal(await page.evaluate(() => document.querySelector("script").nextElementSibling.tagName), "IFRAME");
    const src = new URL(await iframe.getAttribute("src"));
    assert.equal(src.origin, env.origin);
    assert.equal(src.searchParams.get("parent"), hostOrigin);
    assert.equal(await iframe.getAttribute("title"), "Calculateur des forfaits du médecin libéral");
    assert.equal(await frame.locator("#f-annee").inputValue(), "2026");
    assert.equal(await frame.locator("#f-comparer").inputValue(), "");
    for (const [section, visible] of Object.entries({ exercice: true, patientele: true, prevention: false, numerique: false, calcul: false, actions: false, entete: false, representativite: false })) {
      assert.equal(await frame.locator(`[data-section="${section}"]`).first().isVisible(), visible, section);
    }
    assert.equal(plain(await frame.locator(".total-label").textContent()), "Vos forfaits 2026");
    assert.equal(await frame.locator("#montant-total").textContent(), eur("36 562,50"));
    assert.equal(await frame.locator("#comparaison").isHidden(), true);
    assert.match(plain(await frame.locator(".compact-note").textContent()), /gardent les valeurs du profil d'exemple/);
    // Without its header, the page keeps its title for screen readers.
    assert.equal(plain(await frame.locator("main > h1.sr-only").textContent()), "Forfaits du médecin libéral");

    // The iframe fits its content: no scroll bar inside.
    await eventually(async () => {
      const h = await heights(iframe, frame);
      return h.iframe === h.content;
    }, true);
    const h0 = await heights(iframe, frame);
    assert.ok(h0.content > 400, JSON.stringify(h0));

    // It computes in the iframe.
    await frame.fill(CELL, "100");
    await eventually(() => frame.locator("#montant-total").textContent(), eur("34 032,50"));
    // The content grows (a contract shows its dates): the iframe follows.
    await frame.selectOption("#f-exercice-contrat_demographique-type", "CAIM");
    await eventually(async () => {
      const h = await heights(iframe, frame);
      return h.iframe === h.content && h.content > h0.content;
    }, true);

    // The host received its height, nothing else, and only from the calculator's origin.
    const messages = await page.evaluate(() => window.__messages);
    assert.ok(messages.length >= 2);
    for (const m of messages) {
      assert.equal(m.origin, env.origin);
      assert.deepEqual(Object.keys(m.data).sort(), ["hauteur", "type"]);
      assert.equal(m.data.type, "forfaits:hauteur");
    }
    assert.deepEqual(await page.evaluate(() => window.__totals), []);

    // A message that does not come from the iframe changes nothing.
    const before = await heights(iframe, frame);
    await page.evaluate(() => window.postMessage({ type: "forfaits:hauteur", hauteur: 77 }, "*"));
    await page.waitForTimeout(200);
    assert.deepEqual(await heights(iframe, frame), before);
  } finally {
    await check();
  }
});

test("intégration : avec data-transmettre-total, la page hôte reçoit le total affiché, à chaque changement", { timeout: 60_000 }, async () => {
  const { page, iframe, frame, check } = await openHost("/total.html");
  try {
    assert.equal(await page.evaluate(() => document.querySelector("#calculateur > iframe") !== null), true);
    assert.equal(await frame.locator('[data-section="exercice"]').isVisible(), false);
    assert.equal(await frame.locator('[data-section="patientele"]').isVisible(), true);
    const last = () => page.evaluate(() => window.__totals.at(-1) ?? null);
    // Without data-annee nor data-comparer: the page's own choice, 2026 compared with 2025.
    await eventually(last, { total: eur("36 562,50"), libelle: "Vos forfaits 2026" });
    await frame.fill(CELL, "100");
    await eventually(last, { total: eur("34 032,50"), libelle: "Vos forfaits 2026" });
    assert.ok(await iframe.isVisible());
  } finally {
    await check();
  }
});

test("le script d'intégration pèse au plus 5 Ko", async () => {
  const { size } = await stat(join(DIST, "embed.js"));
  assert.ok(size <= EMBED_MAX_BYTES, `${size} octets`);
});
