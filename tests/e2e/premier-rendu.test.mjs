// The first view rendered at build time (scripts/prerender.mjs, README « Premier résultat et
// livraison »): the HTML already holds the form the core describes and the empty form's total;
// app.js takes that page over when the wasm has loaded, instead of rebuilding it. Each test holds
// the wasm's response (page.route) to look at the page before it is taken over, then lets it go.
//
// Hand computations (2026, circular 000 §3.1 A), as in experience.test.mjs: the empty form
// (secteur 1, médecine générale, hors zonage, nothing declared) gives 0,00 €; 120 patients of 7 to
// 74 years hors ALD hors C2S, all seen: 120 × 5 € = 600,00 € of socle, the whole total; 1 200
// patients: 6 000,00 €. The example profile (src/defaults.rs) gives 36 562,50 € in 2026
// (dispositifs2026.test.mjs).

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { RESULTS, eur, eventually, noAxeViolation, plain, useEnvironment } from "./helpers.mjs";

const CELL = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients";
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };

const env = useEnvironment({ results: true });

/** A context whose pages get the wasm only when `release()` is called; `problems` records every
 *  console error or warning and uncaught exception. */
async function heldContext(viewport = LAPTOP, storageState = undefined) {
  const context = await env.browser.newContext({ locale: "fr-FR", viewport, storageState });
  context.setDefaultTimeout(20_000);
  let release;
  const gate = new Promise((ok) => (release = ok));
  await context.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  const problems = [];
  const watch = (page) => {
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console.${m.type()} : ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`exception : ${e.stack ?? e}`));
    return page;
  };
  return { context, release, problems, newPage: async () => watch(await context.newPage()) };
}

/** Opens `url` and waits for the prerendered page (parsed, its modules run, the wasm held). */
async function openHeld(page, url = env.url) {
  await page.goto(url, { waitUntil: "domcontentloaded" });
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-premier-rendu")), true, "page rendue à la construction");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined, "le wasm est retenu : la page n'est pas encore reprise");
}

const ready = (page) => page.waitForSelector("html[data-ready='true']");
const attente = (page) => page.evaluate(() => document.documentElement.dataset.attente ?? null);

const axe = (page, state) => noAxeViolation(page, state);

/** Counts, from now on, the changes of each live region of the page (what a screen reader speaks
 *  without being asked), by id; `spoken(page)` reads them. */
const watchLive = (page) =>
  page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.spoken = {};
    for (const region of document.querySelectorAll("[aria-live], [role=status], [role=alert]")) {
      new MutationObserver(() => (w.spoken[region.id] = (w.spoken[region.id] ?? 0) + 1)).observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
const spoken = (page) => page.evaluate(() => /** @type {any} */ (window).spoken);

/** Where the parts of the page a user sees first are, to the pixel. */
const boxes = (page) =>
  page.evaluate((cell) => {
    const at = (sel) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? [r.x, r.y, r.width, r.height].map(Math.round) : null;
    };
    return { form: at("#profil"), total: at("#total"), amount: at("#montant-total"), cell: at(cell), bar: at("#barre-total"), results: at("#resultats") };
  }, CELL);

for (const [name, viewport] of [["ordinateur", LAPTOP], ["telephone", PHONE]]) {
  test(`premier rendu (${name}) : le formulaire et le total du formulaire vide dès le HTML, repris sans saut de mise en page`, { timeout: 90_000 }, async () => {
    const { context, release, problems, newPage } = await heldContext(viewport);
    try {
      const page = await newPage();
      await openHeld(page);
      // Before the wasm: the form the core describes and the total it computed, at build time.
      assert.equal(await page.locator("#montant-total").textContent(), eur("0,00"));
      assert.ok(await page.locator("#montant-total").isVisible());
      assert.equal(await attente(page), null, "une première visite : le total affiché est le sien");
      assert.equal(await page.locator("#calcul-attente").isVisible(), false);
      assert.match(plain(await page.locator("#origine-texte").textContent()), /formulaire vide/);
      assert.ok((await page.locator("#grille-patientele tbody input").count()) > 10, "la grille de patientèle est construite");
      assert.ok((await page.locator("#f-annee option").count()) > 1, "les années sont proposées");
      const before = await boxes(page);
      await page.screenshot({ path: join(RESULTS, `premier-rendu-avant-${name}.png`) });
      await axe(page, `premier rendu avant reprise, ${name}`);
      assert.equal(await page.locator("#total").getAttribute("aria-live"), "polite");
      assert.equal(await page.locator("#calcul-attente").getAttribute("aria-live"), null, "« Calcul en cours » n'est pas annoncé");
      await watchLive(page);

      release();
      await ready(page);
      assert.equal(await page.locator("#montant-total").textContent(), eur("0,00"));
      // The total already shown is not written again: a screen reader does not say it again.
      assert.deepEqual(await spoken(page), {}, "rien n'est annoncé à la reprise");
      assert.deepEqual(await boxes(page), before, "la reprise ne déplace rien");
      await page.screenshot({ path: join(RESULTS, `premier-rendu-apres-${name}.png`) });
      await axe(page, `premier rendu repris, ${name}`);
      // Taken over: it computes.
      await page.fill(CELL, "120");
      await eventually(() => page.locator("#montant-total").textContent(), eur("600,00"));
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

test("premier rendu : ce qui est saisi avant l'arrivée du wasm est gardé, le focus aussi, puis calculé", { timeout: 60_000 }, async () => {
  const { context, release, problems, newPage } = await heldContext(PHONE);
  try {
    const page = await newPage();
    await openHeld(page);
    await page.locator(CELL).scrollIntoViewIfNeeded();
    await page.locator(CELL).click();
    await page.keyboard.type("120");
    // The page does not pretend to have computed it: « calcul en cours » instead of the empty
    // form's total, in the result and in the bar that keeps it in view.
    assert.equal(await attente(page), "saisie");
    assert.ok(await page.locator("#calcul-attente").isVisible());
    assert.equal(await page.locator("#montant-total").isVisible(), false);
    assert.equal(await page.locator("#barre-montant").isVisible(), false);
    assert.ok(await page.locator("#barre-attente").isVisible());
    await page.screenshot({ path: join(RESULTS, "premier-rendu-saisie-avant-reprise.png") });
    await watchLive(page);

    release();
    await ready(page);
    assert.equal(await page.locator(CELL).inputValue(), "120");
    assert.equal(await page.evaluate(() => document.activeElement?.id), CELL.slice(1));
    await eventually(() => page.locator("#montant-total").textContent(), eur("600,00"));
    assert.equal(await page.locator("#calcul-attente").isVisible(), false);
    // The new total is said once (and the grid's count of patients, a live region of its own).
    assert.deepEqual(await spoken(page), { total: 1, "total-patientele": 1 });
    // The caret stayed at the end of what was typed: the next key goes on after it.
    await page.keyboard.type("0");
    await eventually(() => page.locator("#montant-total").textContent(), eur("6 000,00"));
    assert.equal(await page.locator("#barre-montant").textContent(), eur("6 000,00"));
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test("premier rendu : un profil enregistré ou un lien de partage ne voit jamais le total du formulaire vide comme le sien", { timeout: 60_000 }, async () => {
  const { context, release, problems, newPage } = await heldContext(PHONE);
  try {
    // A first visit, left as it opened: what it saved is the empty form, whose total is theirs.
    release();
    const first = await newPage();
    await first.goto(env.url);
    await ready(first);
    await first.close();
    const again = await newPage();
    await again.goto(env.url);
    await ready(again);
    // data-attente is decided before the first paint and stays as it was.
    assert.equal(await attente(again), null);
    assert.equal(await again.locator("#montant-total").textContent(), eur("0,00"));
    // The example, kept for the next visit, and a share link of it.
    await again.evaluate(() => document.getElementById("reinitialiser").click());
    await eventually(() => again.locator("#montant-total").textContent(), eur("36 562,50"));
    await again.click("#partager");
    const link = await again.locator("#lien-partage").inputValue();
    await again.close();

    // The returning visitor (this browser's storage), and someone opening the link in a fresh
    // browser, the wasm held again.
    const storage = await context.storageState();
    for (const [label, url, origin, kept] of [
      ["profil enregistré", env.url, "exemple", storage],
      // The link carries the example as such (« Exemple fictif »), not as the visitor's own figures.
      ["lien de partage", link, "exemple", undefined],
    ]) {
      const held = await heldContext(PHONE, kept);
      try {
        const page = await held.newPage();
        await openHeld(page, url);
        assert.equal(await attente(page), "profil", label);
        assert.ok(await page.locator("#calcul-attente").isVisible(), label);
        assert.equal(await page.locator("#montant-total").isVisible(), false, label);
        assert.equal(await page.locator("#barre-montant").isVisible(), false, label);
        await page.screenshot({ path: join(RESULTS, `premier-rendu-${label.replaceAll(" ", "-")}.png`) });
        await watchLive(page);
        held.release();
        await ready(page);
        await eventually(() => page.locator("#montant-total").textContent(), eur("36 562,50"), { message: label });
        assert.equal((await spoken(page)).total, 1, `${label} : le total, annoncé une fois`);
        assert.ok(await page.locator("#montant-total").isVisible(), label);
        assert.equal(await page.locator("#origine").getAttribute("data-origine"), origin, label);
      } finally {
        await held.context.close();
      }
      assert.deepEqual(held.problems, [], label);
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test("premier rendu : une date à moitié saisie avant la reprise reste telle quelle, puis est vérifiée comme toute date", { timeout: 60_000 }, async () => {
  const DATE = "#f-exercice-date_premiere_installation";
  const { context, release, problems, newPage } = await heldContext(LAPTOP);
  try {
    const page = await newPage();
    await openHeld(page);
    // Half a date: headless Chromium orders its parts mm/jj/aaaa (saisie.test.mjs), so « 03/1 »,
    // the month and the first digit of the day (« 1/03 » on a French screen).
    await page.locator(DATE).click({ position: { x: 8, y: 10 } });
    await page.keyboard.type("031");
    const partial = () => page.locator(DATE).evaluate((el) => /** @type {HTMLInputElement} */ (el).validity.badInput);
    assert.equal(await partial(), true, "la date est en cours de saisie avant la reprise");

    release();
    await ready(page);
    assert.equal(await partial(), true, "la reprise garde la date en cours de saisie");
    assert.equal(await page.evaluate(() => document.activeElement?.id), DATE.slice(1));
    // Checked as any date being typed: the error on the field, once the core is there.
    const dateError = async () => /Date incomplète/.test(plain(await page.locator("#e-exercice-date_premiere_installation").textContent()));
    await eventually(dateError, true, { message: "erreur sur la date en cours de saisie" });
    assert.ok(await page.locator("#e-exercice-date_premiere_installation").isVisible());
    // The next keys go on where the visitor was: the day's second digit, then the year.
    await page.keyboard.type("52024");
    assert.equal(await page.locator(DATE).inputValue(), "2024-03-15");
    await eventually(() => page.locator("#e-exercice-date_premiere_installation").isVisible(), false);
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});

/** What a control that needs the calculator shows and says: unavailable (aria-disabled), once. */
const WAITING = ["#reinitialiser", "#vider", "#partager", "#exporter", "#importer", "#detail-b .dispositif[data-code='FMT'] > h4 > button", "#pop-details > summary"];

test("premier rendu : avant la reprise, ce qui demande le calculateur est indisponible et le dit une fois, sans rien déplacer ; le formulaire reste saisissable", { timeout: 90_000 }, async () => {
  for (const [name, viewport] of [["ordinateur", LAPTOP], ["telephone", PHONE]]) {
    const { context, release, problems, newPage } = await heldContext(viewport);
    try {
      const page = await newPage();
      await openHeld(page);
      for (const sel of WAITING) assert.equal(await page.locator(sel).getAttribute("aria-disabled"), "true", `${sel} indisponible (${name})`);
      // The status says it once: every change of its text is counted.
      await page.evaluate(() => {
        scrollTo(0, 0);
        const w = /** @type {any} */ (window);
        w.annonces = 0;
        new MutationObserver(() => w.annonces++).observe(document.getElementById("chargement"), { childList: true, characterData: true, subtree: true });
      });
      await page.locator("#reinitialiser").scrollIntoViewIfNeeded();
      const before = await boxes(page);
      // With the mouse (forced: Playwright waits for an aria-disabled control to be enabled):
      // « Voir un exemple » loads nothing, opening a dispositif opens nothing.
      await page.click("#reinitialiser", { force: true });
      assert.equal(plain(await page.locator("#chargement").textContent()), "Le calculateur se charge… Ce bouton sera disponible dans un instant.");
      assert.ok(await page.locator("#chargement").isVisible(), name);
      // The status floats over the page: nothing moves. (Measured before anything scrolls: the
      // sections' off-screen heights are estimates until they are drawn, content-visibility.)
      assert.deepEqual(await boxes(page), before, "rien ne bouge");
      await page.locator("#detail-b .dispositif[data-code='FMT'] > h4 > button").click({ force: true });
      assert.equal(await page.locator("#detail-b .dispositif[data-code='FMT'] > h4 > button").getAttribute("aria-expanded"), "false");
      await page.locator("#pop-details > summary").click({ force: true });
      // The import's label opens no file chooser (a file chosen now would be dropped).
      let chooser = false;
      page.once("filechooser", () => (chooser = true));
      await page.locator("label[for=importer]").click({ force: true });
      await page.waitForTimeout(300);
      assert.equal(chooser, false, "pas de choix de fichier avant la reprise");
      assert.equal(await page.locator("#pop-details").evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open), false);
      // With the keyboard: focusable (a screen reader says « indisponible »), Enter and Space do nothing.
      await page.focus("#vider");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Space");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "vider");
      assert.equal(await page.locator("#origine").getAttribute("data-origine"), "mon-cas");
      assert.equal(await page.evaluate(() => /** @type {any} */ (window).annonces), 1, "annoncé une fois");

      // The form itself stays typable, its selects and boxes too, and what it holds is kept.
      await page.fill(CELL, "120");
      await page.selectOption("#f-annee", "2025");
      await page.selectOption("#f-comparer", "");
      await page.check("#imprimer-detail");
      await page.screenshot({ path: join(RESULTS, `premier-rendu-indisponible-${name}.png`) });
      await axe(page, `boutons indisponibles avant reprise, ${name}`);

      release();
      await ready(page);
      assert.equal(await page.locator("#chargement").isVisible(), false);
      assert.equal(await page.locator("[aria-disabled='true']:not(#f-exercice-optam)").count(), 0, "tout est disponible une fois repris");
      assert.equal(await page.locator("#f-annee").inputValue(), "2025");
      assert.match(plain(await page.locator("#total .total-label").textContent()), /2025/);
      assert.equal(await page.locator("#comparaison").isVisible(), false, "pas de comparaison, comme choisi");
      // The printout's option ticked before: in force (its class on <html>, print.css).
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains("imprimer-detail")), true);
      // The year chosen is computed (its figures are those of the tests of 2025's rules).
      assert.ok(await page.locator("#montant-total").isVisible());
      // Now they act, from the keyboard too: the example replaces the input (set aside).
      await page.focus("#reinitialiser");
      await page.keyboard.press("Enter");
      await eventually(() => page.locator("#montant-total").textContent(), eur("36 562,50"));
      await page.locator("#detail-b .dispositif[data-code='FMT'] > h4 > button").click();
      assert.equal(await page.locator("#detail-b .dispositif[data-code='FMT'] > h4 > button").getAttribute("aria-expanded"), "true");
      await page.screenshot({ path: join(RESULTS, `premier-rendu-disponible-${name}.png`) });
      // And the import's label opens the file chooser.
      await Promise.all([page.waitForEvent("filechooser"), page.locator("label[for=importer]").click()]);
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, [], name);
  }
});
