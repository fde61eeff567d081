// The lines of a dispositif come from the page's complete module (README « Taille »): the first
// module computes the first view and writes no formula, source nor note; the complete one is
// loaded when the page is idle after the first result, or at once when a dispositif is opened
// before. Same rules as page.test.mjs: every test also fails on a console error or warning, an
// uncaught exception or a request leaving the local server.
//
// The example profile in 2026 (page.test.mjs derives it by hand): FMT socle, hors ALD 7–74 ans,
// (560 − 40) + (60 − 5) = 575 patients seen × 5 € = 2 875,00 €; FMT 32 822,50 €; total 36 562,50 €.

import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { B, distName, eur, eventually, formula, holding, noAxeViolation, plain, RESULTS, row, total, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser();
await mkdir(RESULTS, { recursive: true });

const FMT_BUTTON = `${B} .dispositif[data-code="FMT"] > h4 > button`;
const FMT_SOURCE = `${B} .dispositif[data-code="FMT"] > .lignes > .source`;
const SOCLE_7_74 = row("FMT.SOCLE.7_A_74_ANS");
/** The sources of the FMT socle's lines. */
const FMT_SOCLE_SOURCE = `${B} table.lines[data-code="FMT.SOCLE"] .source`;

/** Whether the complete module's wasm has been fetched by the page. */
const completeFetched = (page) =>
  page.evaluate((p) => performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === p), `/${distName("pkg/complet_bg.wasm")}`);

/** The complete module's wasm, held from the page's load until `hold.release()`. */
const { hold, options: holdComplete } = holding("pkg/complet_bg.wasm");

pageTest("le détail du FMT sur une première visite : ses lignes, leurs formules et leurs sources, du module complet chargé pendant que la page attend", async (page) => {
  // Prefetched when the page is idle after its first result: no click asked for it.
  await eventually(() => completeFetched(page), true, { timeout: 10_000 });
  await page.click(FMT_BUTTON);
  await eventually(() => page.locator(SOCLE_7_74).isVisible(), true);
  assert.equal(await formula(page, SOCLE_7_74), "575 patients × 5 €");
  assert.equal(await page.locator(`${SOCLE_7_74} td.amount`).textContent(), eur("2 875,00"));
  assert.match(plain(await page.locator(FMT_SOCLE_SOURCE).first().textContent()), /^Source : Circulaire CNAM du 31\/07\/2024 \(convention médicale du 4 juin 2024\), §3\.1 A/);
  assert.match(plain(await page.locator(FMT_SOURCE).textContent()), /^Source : Circulaire CNAM du 31\/07\/2024/);
  assert.equal(await total(page), eur("36 562,50"));
});

for (const [width, height] of [[1280, 900], [390, 844]]) {
  pageTest(`un dispositif ouvert avant que le module complet soit là (${width} px) : le total reste, « Chargement du détail… », puis ses lignes`, async (page) => {
    assert.equal(await completeFetched(page), false);
    await page.click(FMT_BUTTON);
    const waiting = page.locator(`${B} .dispositif[data-code="FMT"] .lignes-a-venir .si-calcul`);
    await eventually(() => waiting.isVisible(), true);
    assert.equal(await waiting.textContent(), "Chargement du détail…");
    // The first module's results stay in view meanwhile: the total, the FMT's subtotal.
    assert.equal(await total(page), eur("36 562,50"));
    assert.match(plain(await page.locator(FMT_BUTTON).textContent()), /32 822,50 €$/);
    assert.equal(await page.locator(SOCLE_7_74).count(), 0);
    await page.locator(FMT_BUTTON).evaluate((e) => {
      e.scrollIntoView({ block: "start" });
      window.scrollBy(0, -140);
    });
    await page.screenshot({ path: join(RESULTS, `detail-chargement-${width}.png`) });
    await noAxeViolation(page, `chargement du détail, ${width} px`);
    hold.release();
    await eventually(() => page.locator(SOCLE_7_74).isVisible(), true);
    assert.equal(await formula(page, SOCLE_7_74), "575 patients × 5 €");
    assert.equal(await page.locator(FMT_BUTTON).getAttribute("aria-expanded"), "true");
    assert.equal(await total(page), eur("36 562,50"));
    await page.locator(FMT_BUTTON).evaluate((e) => {
      e.scrollIntoView({ block: "start" });
      window.scrollBy(0, -140);
    });
    await page.screenshot({ path: join(RESULTS, `detail-lignes-${width}.png`) });
    await noAxeViolation(page, `détail ouvert, ${width} px`);
  }, { ...holdComplete, viewport: { width, height } });
}

pageTest("le module complet qui ne se charge pas : le dispositif ouvert le dit, et se charge quand il est rouvert", async (page) => {
  // Refused once by the route below (a file that is no wasm: no failed request, no error
  // logged): the prefetch fails, then the opening of the FMT.
  await page.click(FMT_BUTTON);
  const failed = page.locator(`${B} .dispositif[data-code="FMT"] .lignes-a-venir .si-echec`);
  await eventually(() => failed.isVisible(), true, { timeout: 10_000 });
  assert.equal(await failed.textContent(), "Le détail n'a pas pu se charger : vérifiez la connexion, puis refermez et rouvrez ce dispositif.");
  assert.equal(await total(page), eur("36 562,50"));
  broken.refuse = false;
  await page.click(FMT_BUTTON);
  await page.click(FMT_BUTTON);
  await eventually(() => page.locator(SOCLE_7_74).isVisible(), true);
  assert.equal(await failed.isVisible(), false);
}, {
  avant: (context) => {
    broken.refuse = true;
    return context.route(
      (url) => url.pathname === `/${distName("pkg/complet_bg.wasm")}`,
      (route) => (broken.refuse ? route.fulfill({ status: 200, contentType: "application/wasm", body: "pas un wasm" }) : route.continue()),
    );
  },
});

/** Whether the route of the last test refuses the complete module. */
const broken = { refuse: true };
