// Offline use and updates (www/sw.js, www/hors-ligne.js), and installability (manifest): after a
// first visit the calculator reloads and computes without the network; a new version waits and is
// announced in French instead of replacing the page under the user's feet. Each test has a fresh
// browser context: no service worker or cache survives from one test to another.
//
// Totals: the default profile, 2026 compared with 2025 (page.test.mjs derives them by hand):
// 36 562,50 € in 2026; with 100 patients of 7–74 ans hors ALD hors C2S instead of 560 (40 not
// seen), the FMT socle loses (520 − 60) × 5 € = 2 300 € of seen patients and gains nothing on
// the non vus (still 40 × 5 €), the ZIP majoration 10 % of it, 230 €: 36 562,50 − 2 530 = 34 032,50.

import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, eur, eventually, openPage, plain, startEnvironment, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser({ timeout: 40_000 });
const CELL = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients";

/** Waits until the service worker is active and its cache holds every file of the page. */
async function offlineReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // `ready` resolves as soon as a worker is active, which may still be activating.
    const active = /** @type {ServiceWorker} */ (registration.active);
    if (active.state === "activating") await new Promise((ok) => active.addEventListener("statechange", ok, { once: true }));
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith("forfaits-")));
    return { state: registration.active.state, cached: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

pageTest("hors ligne : après une première visite, la page se recharge sans réseau et calcule", async (page) => {
  const { state, cached } = await offlineReady(page);
  assert.equal(state, "activated");
  const files = JSON.parse(await readFile(join(DIST, "fichiers.json"), "utf8"));
  // The page's complete module too (years 2012 to 2016, scenarios), loaded only when chosen.
  for (const source of ["index.html", "app.js", "pkg/forfaits.js", "pkg/forfaits_bg.wasm", "pkg/complet.js", "pkg/complet_bg.wasm", "manifest.webmanifest"]) {
    const path = source === "index.html" ? "/" : `/${files[source]}`;
    assert.ok(cached.includes(path), `${path} n'est pas en cache : ${cached.join(", ")}`);
  }

  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
  // The page kept offline is the one rendered at build time, taken over as online.
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-premier-rendu")), true);
  assert.equal(await page.locator("#montant-total").textContent(), eur("36 562,50"));
  // It computes: a new count, a new total, still offline.
  await page.fill(CELL, "100");
  await eventually(() => page.locator("#montant-total").textContent(), eur("34 032,50"));
  // The lines of a dispositif, written by the complete module: from the cache too.
  await page.click('#synthese [data-ouvre="FMT"]');
  await eventually(() => page.locator('#detail-b table.lines[data-code="FMT.SOCLE"]').isVisible(), true);
  assert.match(plain(await page.locator('#detail-b .dispositif[data-code="FMT"] > .lignes > .source').textContent()), /^Source : Circulaire CNAM du 31\/07\/2024/);
  // A year of the 2011 convention, whose module was not loaded before going offline: from the
  // cache (the default profile in 2014 with 100 such patients: the RMT alone, 10 920 €, see
  // regime2011.test.mjs).
  await page.selectOption("#f-comparer", "");
  await page.selectOption("#f-annee", "2014");
  await eventually(() => page.locator("#montant-total").textContent(), eur("10 920,00"));
  await page.selectOption("#f-annee", "2026");
  await eventually(() => page.locator("#montant-total").textContent(), eur("34 032,50"));
  // An address of the page with a query (the compact mode's) is the page too; the year its host
  // fixes wins over the year of the input saved in this browser (2026).
  await page.goto(`${new URL(page.url()).origin}/index.html?compact=1&annee=2025&comparer=non`);
  await page.waitForSelector("html[data-ready='true']");
  assert.equal(plain(await page.locator(".total-label").textContent()), "Vos forfaits 2025");
});

pageTest("installable : manifeste en français, icônes PNG 192 et 512, aucune erreur d'installabilité", async (page) => {
  await offlineReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Every test context is incognito-like (Playwright): the only reason left must be that one.
  assert.deepEqual(installabilityErrors.map((e) => e.errorId), ["in-incognito"]);
  const { url, data } = await cdp.send("Page.getAppManifest");
  const manifest = JSON.parse(data);
  assert.equal(manifest.lang, "fr");
  assert.equal(manifest.name, "Forfaits du médecin libéral — calculateur");
  assert.equal(manifest.display, "standalone");
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === "image/png" && !i.purpose);
    assert.ok(icon, `pas d'icône ${size} × ${size}`);
    // The PNG's own header (IHDR: width and height at bytes 16 and 20) says the same size.
    const png = Buffer.from(await page.evaluate(async (src) => [...new Uint8Array(await (await fetch(src)).arrayBuffer())], new URL(icon.src, url).href));
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size]);
  }
});

test("mise à jour : une nouvelle version est annoncée et attend que l'utilisateur recharge", { timeout: 60_000 }, async () => {
  // A copy of dist/ that this test changes into a "new version".
  const dir = await mkdtemp(join(tmpdir(), "forfaits-maj-"));
  await cp(DIST, dir, { recursive: true });
  const env = await startEnvironment({ dist: dir });
  try {
    const { context, page, problems } = await openPage(env, { timeout: 20_000 });
    try {
      await offlineReady(page);
      await page.reload(); // now controlled by the service worker
      await page.waitForSelector("html[data-ready='true']");
      await page.fill(CELL, "100");
      await eventually(() => page.locator("#montant-total").textContent(), eur("34 032,50"));
      await page.evaluate(() => (window.__memePage = true));

      // The new version: another page (a mark in its <head>) and so another service worker.
      const html = (await readFile(join(dir, "index.html"), "utf8")).replace("<head>", '<head>\n  <meta name="version-de-test" content="2">');
      await writeFile(join(dir, "index.html"), html);
      await rm(join(dir, "index.html.br"));
      await rm(join(dir, "index.html.gz"));
      const sw = await readFile(join(dir, "sw.js"), "utf8");
      const next = sw.replace(/"version":"([0-9a-f]+)"/, '"version":"$1-2"');
      assert.notEqual(next, sw);
      await writeFile(join(dir, "sw.js"), next);
      await rm(join(dir, "sw.js.br"));
      await rm(join(dir, "sw.js.gz"));

      // The browser looks for a new service worker (as it does at each visit).
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const banner = page.locator("#mise-a-jour");
      await banner.waitFor({ state: "visible" });
      assert.equal(await banner.getAttribute("role"), "status");
      assert.equal(plain(await banner.locator("p").textContent()), "Une nouvelle version est disponible. Votre saisie est conservée.");
      // Nothing was swapped: same page, same input, same total, old version.
      assert.equal(await page.evaluate(() => window.__memePage), true);
      assert.equal(await page.locator(CELL).inputValue(), "100");
      assert.equal(await page.locator("meta[name=version-de-test]").count(), 0);

      // Another tab opened meanwhile still gets the old version, and the same announcement,
      // which « Plus tard » puts away.
      const other = await context.newPage();
      await other.goto(env.url);
      await other.waitForSelector("html[data-ready='true']");
      assert.equal(await other.locator("meta[name=version-de-test]").count(), 0);
      await other.locator("#mise-a-jour").waitFor({ state: "visible" });
      await other.getByRole("button", { name: "Plus tard" }).click();
      assert.equal(await other.locator("#mise-a-jour").count(), 0);

      // « Recharger »: the new version takes over, the page reloads, the input is still there.
      await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Recharger" }).click()]);
      await page.waitForSelector("html[data-ready='true']");
      assert.equal(await page.locator("meta[name=version-de-test]").count(), 1);
      assert.equal(await page.evaluate(() => window.__memePage), undefined);
      assert.equal(await page.locator(CELL).inputValue(), "100");
      assert.equal(await page.locator("#montant-total").textContent(), eur("34 032,50"));
      assert.equal(await page.locator("#mise-a-jour").count(), 0);
      // The old version's cache is gone.
      const keys = await page.evaluate(() => caches.keys());
      assert.equal(keys.length, 1);
      assert.match(keys[0], /^forfaits-[0-9a-f]+-2$/);
      // The other tab, still on the old version, is told, and reloads only when asked.
      const notice = other.locator("#mise-a-jour");
      await notice.waitFor({ state: "visible" });
      assert.equal(plain(await notice.locator("p").textContent()), "Une nouvelle version est active dans un autre onglet.");
      assert.equal(await other.locator("meta[name=version-de-test]").count(), 0);
      await Promise.all([other.waitForEvent("load"), notice.getByRole("button", { name: "Recharger" }).click()]);
      await other.waitForSelector("html[data-ready='true']");
      assert.equal(await other.locator("meta[name=version-de-test]").count(), 1);
    } finally {
      const seen = [...problems];
      await context.close();
      assert.deepEqual(seen, [], `la page a signalé des problèmes :\n${seen.join("\n")}`);
    }
  } finally {
    await env.close();
    await rm(dir, { recursive: true, force: true });
  }
});
