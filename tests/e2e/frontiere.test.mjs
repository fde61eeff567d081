// One call to the core per keystroke (issue 10): whatever the page shows after an input — the
// report, the comparison of two years (the page's first view), the sections that apply, the
// sentences citing a parameter — comes from a single call, `Calculateur.retouche` (what changed
// since the whole request of `Calculateur.vue`). Counted at the wasm
// instance itself: the module's exports are wrapped before the glue keeps them, so every export
// the page reaches is seen (wasm-bindgen's own allocation helpers, `__wbindgen_*`, excepted).

import { test } from "node:test";
import assert from "node:assert/strict";
import { useEnvironment } from "./helpers.mjs";

const env = useEnvironment();

/** One call at a keystroke: after the first view's whole request, only what changed
 *  (`Calculateur.retouche`, see www/core.js). */
const PATCH = { calculateur_retouche: 1 };

/** Runs in the page before its scripts: counts the calls of each export of every wasm instance. */
function countExports() {
  window.__appels = {};
  const wrap = (result) => {
    const exports = {};
    for (const [name, value] of Object.entries(result.instance.exports)) {
      exports[name] =
        typeof value === "function" && !name.startsWith("__wbindgen")
          ? (...args) => {
              window.__appels[name] = (window.__appels[name] ?? 0) + 1;
              return value(...args);
            }
          : value;
    }
    return { instance: { exports }, module: result.module };
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...args) => wrap(await streaming(...args));
}

/** The exports called by `act`, by name. */
async function callsDuring(page, act) {
  await page.evaluate(() => (window.__appels = {}));
  await act();
  return page.evaluate(() => window.__appels);
}

test("une frappe, un appel au cœur, même quand la page compare deux années", { timeout: 30_000 }, async () => {
  const context = await env.browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(countExports);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready='true']");
    const instrumented = await page.evaluate(() => Object.keys(window.__appels).length > 0);
    assert.ok(instrumented, "les appels au wasm de la page n'ont pas été comptés au chargement");

    const total = () => page.locator("#montant-total").textContent();
    const keystroke = async (selector, key) => {
      const before = await total();
        return callsDuring(page, async () => {
        await page.locator(selector).focus();
        await page.keyboard.press(key);
        await page.waitForFunction((b) => document.querySelector("#montant-total")?.textContent !== b, before);
      });
      return calls;
    };
    const cell = "#f-patientele-de_75_a_79_ans-hors_ald-hors_c2s-patients";
    await page.locator(cell).fill("40");
    await page.waitForFunction(() => document.querySelector("#montant-total")?.textContent);

    // A digit typed at the end of the cell, then erased: 40 → 405 → 40 patients.
    await page.locator(cell).focus();
    await page.keyboard.press("End");
    assert.deepEqual(await keystroke(cell, "5"), PATCH);
    assert.deepEqual(await keystroke(cell, "Backspace"), PATCH);

    // A keystroke brings no line of a closed dispositif; opening one asks for its lines (one
    // call), and they follow the next keystrokes while it stays open. 40 patients of 75 to 79
    // years, hors ALD: 40 × 15 € = 600 € in 2026 (circulaire du 31/07/2024, §3.1 A).
    const line = '#detail-b tr[data-code="FMT.SOCLE.75_A_79_ANS"]';
    assert.equal(await page.locator("#detail-b tr[data-code]").count(), 0, "des lignes de dispositifs fermés ont été envoyées");
    const fmt = page.locator('#detail-b .dispositif[data-code="FMT"] > h4 > button');
    // (Leaving the cell is a `change`, a view of its own.)
    await page.locator(cell).blur();
    assert.deepEqual(await callsDuring(page, () => fmt.click()), PATCH);
    assert.equal(await page.locator(line).isVisible(), true);
    assert.equal((await page.locator(`${line} .formula`).textContent())?.replace(/\s+/gu, " "), "40 patients × 15 €");
    assert.equal(await fmt.evaluate((b) => b === document.activeElement), true, "le bouton ouvert a perdu le focus");
    await page.locator(cell).focus();
    await page.keyboard.press("End");
    assert.deepEqual(await keystroke(cell, "1"), PATCH);
    assert.equal((await page.locator(`${line} .formula`).textContent())?.replace(/\s+/gu, " "), "401 patients × 15 €");
    assert.equal(await page.locator(line).isVisible(), true);
    // Closed again (no call): the next keystroke leaves its lines out.
    await page.locator(cell).blur();
    assert.deepEqual(await callsDuring(page, () => fmt.click()), {});
    assert.deepEqual(await keystroke(cell, "Backspace"), PATCH);
    assert.equal(await page.locator("#detail-b tr[data-code]").count(), 0);

    // Opened while the form holds an error, a dispositif says why its lines are not there (the
    // core is not asked to explain an input it refuses), and shows them once the input is fixed.
    await page.locator(cell).fill("-3");
    await page.waitForFunction(() => !document.getElementById("erreurs")?.hidden);
    await fmt.click();
    const waiting = page.locator('#detail-b .dispositif[data-code="FMT"] .lignes-a-venir');
    assert.equal((await waiting.innerText()).replace(/\s+/gu, " ").trim(), "Les lignes s'afficheront quand la saisie signalée en haut du formulaire sera corrigée.");
    await page.locator(cell).fill("40");
    await page.locator(line).waitFor();
    assert.equal((await page.locator(`${line} .formula`).textContent())?.replace(/\s+/gu, " "), "40 patients × 15 €");
    assert.equal(await waiting.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
