// The page as its users meet it (issue 14): a physician on a phone starting from an empty form,
// the total always in view, one click from an amount to its lines; axe-core (pinned in
// package.json) over every state of the page with no violation of any impact; a keyboard-only walk;
// nothing outside a 390-px screen. Screenshots of each state go to test-results/ (to look at).
//
// Hand computation of the phone path (2026, circular 000 §3.1 A): from the empty form (secteur 1,
// médecine générale, hors zonage, no prévention), 120 patients of 7 to 74 years hors ALD hors C2S,
// all seen: 120 × 5 € = 600,00 € of socle, which is the FMT and the total (nothing else declared).
// Typing « 12 » first: 12 × 5 € = 60,00 €.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { RESULTS, eur, eventually, noAxeViolation, openPage, plain, useEnvironment } from "./helpers.mjs";

const PHONE = { width: 390, height: 844 };
const CELL = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients";

const env = useEnvironment({ results: true });

/** A page of the example unless `options.exemple` says otherwise. */
const open = (options = {}) => openPage(env, { timeout: 20_000, ...options, exemple: options.exemple ?? true });

function pageTest(name, fn, options = {}) {
  test(name, { timeout: 90_000 }, async () => {
    const { context, page, problems } = await open(options);
    let seen;
    try {
      await fn(page);
    } finally {
      seen = [...problems];
      await context.close();
    }
    assert.deepEqual(seen, [], `la page a signalé des problèmes :\n${seen.join("\n")}`);
  });
}

/** A screenshot of the state, then axe-core on the whole page. */
async function axe(page, state) {
  await page.screenshot({ path: join(RESULTS, `etat-${state}.png`) });
  await noAxeViolation(page, state);
}

const total = (page) => page.locator("#montant-total").textContent();

/** Every visible control and table cell lies within the screen's width, and the page does not
 *  scroll sideways. */
async function fitsScreen(page, state) {
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const e of document.querySelectorAll("input:not(.sr-only), select, button, textarea, td, th, label.button")) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5) out.push(`${e.tagName.toLowerCase()}#${e.id || ""}.${e.className || ""} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`la page défile en largeur : ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
  assert.deepEqual(outside.slice(0, 10), [], `hors de l'écran (${state}), ${outside.length} éléments`);
}

pageTest(
  "téléphone : du formulaire vide au FMT, le total suit chaque frappe sans quitter le champ",
  async (page) => {
    // The first visit: an empty form, said so; no one else's figures.
    assert.equal(await page.locator("#origine").getAttribute("data-origine"), "mon-cas");
    assert.match(plain(await page.locator("#origine-texte").textContent()), /formulaire vide/);
    assert.equal(await total(page), eur("0,00"));
    assert.equal(await page.locator(".total-origine").count(), 0, "pas d'étiquette « exemple » sur ses propres chiffres");
    await axe(page, "premiere-vue-telephone");
    await fitsScreen(page, "première vue");

    const cell = page.locator(CELL);
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    await page.keyboard.type("12");
    const bar = page.locator("#barre-montant");
    await eventually(() => bar.textContent(), eur("60,00"));
    await page.keyboard.type("0");
    await eventually(() => bar.textContent(), eur("600,00"));
    assert.equal(await total(page), eur("600,00"));
    // She never left the field, and the bar with her total is on screen above it.
    assert.equal(await page.evaluate(() => document.activeElement?.id), CELL.slice(1));
    const [barBox, cellBox] = [await page.locator("#barre-total").boundingBox(), await cell.boundingBox()];
    assert.ok(barBox && barBox.y >= 0 && barBox.y < 10, `la barre du total n'est pas en haut de l'écran : ${JSON.stringify(barBox)}`);
    assert.ok(cellBox && cellBox.y > barBox.y + barBox.height - 1 && cellBox.y + cellBox.height < PHONE.height, "le champ est caché");
    await page.screenshot({ path: join(RESULTS, "telephone-saisie.png") });

    // One tap from the summary to the FMT's lines: formula and source.
    await page.locator("#barre-detail").click();
    await page.locator('#synthese [data-ouvre="FMT"]').click();
    const socle = page.locator('#detail-b tr[data-code="FMT.SOCLE.7_A_74_ANS"]');
    await eventually(() => socle.isVisible(), true);
    assert.equal(plain(await socle.locator(".formula").textContent()), "120 patients × 5 €");
    assert.match(plain(await socle.locator(".source").textContent()), /^Source : .*§3\.1 A/);
    assert.equal(await socle.locator("td.amount").textContent(), eur("600,00"));
    assert.equal(await page.locator('#detail-b .dispositif[data-code="FMT"] > h4 > button').getAttribute("aria-expanded"), "true");
    await page.screenshot({ path: join(RESULTS, "telephone-fmt.png") });
    await axe(page, "telephone-lignes-ouvertes");
    await fitsScreen(page, "lignes ouvertes");
  },
  { viewport: PHONE, exemple: false },
);

pageTest("l'exemple est nommé partout où il sert, se vide, et remet l'année", async (page) => {
  assert.equal(await page.locator("#origine").getAttribute("data-origine"), "exemple");
  assert.equal(plain(await page.locator(".total-origine").textContent()), "Exemple fictif");
  assert.match(plain(await page.locator("#barre-libelle").textContent()), /^Exemple fictif/);
  assert.equal(await total(page), eur("36 562,50"));
  // A single year shows no « null », nor does an error.
  await page.selectOption("#f-comparer", "");
  await eventually(async () => (await page.locator("#verdict").count()) === 0, true);
  assert.doesNotMatch(await page.locator("#total").textContent(), /null/);
  await axe(page, "une-annee");
  await page.selectOption("#f-annee", "2025");
  await page.fill("#f-patientele-de_75_a_79_ans-hors_ald-hors_c2s-patients", "41");
  await eventually(async () => plain(await page.locator(".total-origine").textContent()), "Exemple modifié");
  // « Voir un exemple » brings the whole example back: figures, year and comparison.
  await page.click("#reinitialiser");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await page.locator("#f-annee").inputValue(), "2026");
  assert.equal(await page.locator("#f-comparer").inputValue(), "2025");
  assert.equal(plain(await page.locator(".total-origine").textContent()), "Exemple fictif");
  await page.click("#vider");
  await eventually(() => total(page), eur("0,00"));
  assert.equal(await page.locator(".total-origine").count(), 0);
  assert.equal(await page.locator(CELL).inputValue(), "");
  await axe(page, "formulaire-vide");
});

pageTest("axe : comparaison, scénarios avec l'éditeur, assistant, erreur, représentativité", async (page) => {
  await axe(page, "comparaison");
  // A field error: announced once, linked from the summary, described on its field.
  const cell = page.locator("#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus");
  await cell.fill("600");
  await eventually(() => cell.getAttribute("aria-invalid"), "true");
  assert.match((await cell.getAttribute("aria-describedby")) ?? "", /e-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus/);
  const summary = page.locator("#erreurs");
  // The summary's nodes are marked: a new error builds new ones, the same errors keep them.
  const mark = () => summary.evaluate((e) => (/** @type {HTMLElement} */ (e.firstElementChild).dataset.marque = "1"));
  const marked = () => summary.evaluate((e) => /** @type {HTMLElement} */ (e.firstElementChild).dataset.marque === "1");
  await mark();
  await cell.fill("601");
  await eventually(async () => plain(await summary.textContent()).includes("(601)"), true);
  assert.equal(await marked(), false, "un autre message, un autre récapitulatif");
  await mark();
  await page.fill("#f-patientele-de_2_a_6_ans-hors_ald-hors_c2s-patients", "49");
  assert.equal(await marked(), true, "les mêmes erreurs ne sont pas réannoncées");
  await page.fill("#f-patientele-de_2_a_6_ans-hors_ald-hors_c2s-patients", "48");
  assert.doesNotMatch(await page.locator("#total").textContent(), /null/);
  await axe(page, "erreur");
  await summary.locator("a").first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus");
  await cell.fill("40");
  await eventually(() => total(page), eur("36 562,50"));

  await page.check("#assistant-actif");
  await page.fill("#f-assistant_medical-date_signature", "2021-11-15");
  await eventually(() => page.locator("#echeancier").isVisible(), true);
  await axe(page, "assistant");
  await page.uncheck("#assistant-actif");

  await page.check("#f-mode-scenarios");
  await page.selectOption("#f-scenario-1", "custom");
  await eventually(() => page.locator("#section-editeur").isVisible(), true);
  await page.selectOption("#f-scenario-2", "");
  assert.doesNotMatch(await page.locator("#total").textContent(), /null/);
  await axe(page, "scenarios-editeur");

  await page.check("#f-mode-annees");
  await page.click("#rep-details summary");
  await page.waitForSelector("#rep-resultats");
  await axe(page, "representativite");
});

pageTest(
  "axe et largeur : téléphone (comparaison, scénarios, assistant) et zoom 200 %",
  async (page) => {
    await axe(page, "telephone-comparaison");
    await fitsScreen(page, "comparaison");
    await page.click('#synthese [data-ouvre="FMT"]');
    await fitsScreen(page, "FMT ouvert");
    await page.check("#assistant-actif");
    await page.fill("#f-assistant_medical-date_signature", "2021-11-15");
    await eventually(() => page.locator("#echeancier").isVisible(), true);
    await fitsScreen(page, "assistant");
    await page.screenshot({ path: join(RESULTS, "telephone-assistant.png"), fullPage: true });
    await page.uncheck("#assistant-actif");
    await page.check("#f-mode-scenarios");
    await page.selectOption("#f-scenario-1", "custom");
    await eventually(() => page.locator("#section-editeur").isVisible(), true);
    await fitsScreen(page, "scénarios");
    await axe(page, "telephone-scenarios");
    // 200 % zoom of a 1 280-px window: a 640-px layout viewport, pixels twice as dense.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.check("#f-mode-annees");
    await fitsScreen(page, "zoom 200 %");
    await axe(page, "zoom-200");
  },
  { viewport: PHONE },
);

pageTest("clavier seul : tout le formulaire puis les résultats, chaque arrêt visible et nommé", async (page) => {
  const stops = [];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const e = /** @type {HTMLElement} */ (document.activeElement);
      if (!e || e === document.body) return null;
      const r = e.getBoundingClientRect();
      // The focus ring is drawn by :focus-visible (outline), or on the label of the hidden file input.
      const ringOn = e.id === "importer" ? /** @type {HTMLElement} */ (e.nextElementSibling) : e;
      const style = getComputedStyle(ringOn);
      return {
        id: e.id || e.dataset.ouvre || e.textContent?.trim().slice(0, 30) || e.tagName,
        visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
        ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        results: Boolean(e.closest("#resultats")),
      };
    });
    if (!stop) break;
    stops.push(stop);
    if (stop.results && stop.id === "FMT") break;
  }
  const ids = stops.map((s) => s.id);
  assert.ok(ids.includes("reinitialiser") && ids.includes("vider"), ids.join(", "));
  assert.ok(ids.includes("f-patientele-moins_2_ans-hors_ald-hors_c2s-patients"));
  assert.ok(ids.includes("importer"));
  assert.ok(ids.indexOf("f-exercice-optam") < ids.indexOf("resultats"), "le formulaire avant les résultats");
  assert.equal(ids.at(-1), "FMT", `le résumé des résultats n'est pas atteint : ${ids.slice(-5).join(", ")}`);
  assert.deepEqual(stops.filter((s) => !s.visible).map((s) => s.id), [], "arrêts hors de l'écran");
  assert.deepEqual(stops.filter((s) => !s.ring).map((s) => s.id), [], "arrêts sans anneau de focus");
  // Enter on the summary's FMT opens its lines and brings them to the focus.
  await page.keyboard.press("Enter");
  await eventually(() => page.locator('#detail-b tr[data-code="FMT.SOCLE.7_A_74_ANS"]').isVisible(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.closest(".dispositif")?.dataset.code), "FMT");
});

pageTest("les mots des textes : une définition à portée de clavier et de doigt", async (page) => {
  const button = page.locator('#section-assistant button.terme:has-text("P30")');
  await page.check("#assistant-actif");
  await button.focus();
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  await page.keyboard.press("Enter");
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  const definition = page.locator(`#${await button.getAttribute("aria-controls")}`);
  assert.equal(await definition.isVisible(), true);
  // Where a physician finds her centile: the distribution is the national one of her speciality.
  assert.match(plain(await definition.textContent()), /distribution nationale .* spécialité .*CPAM/);
  for (const word of ["ALD", "C2S", "LAP", "HAS", "SAS", "SNP", "CCAM", "ETP"]) {
    assert.ok((await page.locator(`button.terme:text-is("${word} ?")`).count()) >= 1, word);
  }
  await axe(page, "definitions");
});

pageTest("impression d'un scénario modifié : la valeur changée, la saisie, la date, le lien et les lignes", async (page) => {
  await page.check("#f-mode-scenarios");
  await page.selectOption("#f-scenario-1", "custom");
  await eventually(() => page.locator("#section-editeur").isVisible(), true);
  await page.click("#editeur-copier");
  const name = await page.locator("#f-scenarios-custom-nom").inputValue();
  const input = page.locator("#editeur-table [data-parametre]").first();
  const parameter = await input.getAttribute("data-parametre");
  await input.fill("90");
  const sources = page.locator("#scenarios-sources");
  await eventually(async () => plain(await sources.textContent()).includes(" : 90 (texte signé"), true);
  // The modified scenario is not credited to the proposal it started from.
  assert.match(plain(await sources.textContent()), new RegExp(`${name.replace(/[()]/g, "\\$&")} : À partir de «`));
  await page.check("#imprimer-detail");
  await page.emulateMedia({ media: "print" });
  const extra = page.locator("#impression-suite");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  assert.equal(await extra.isVisible(), true);
  assert.match(plain(await extra.textContent()), /^Imprimé le \d{2}\/\d{2}\/\d{4}/);
  assert.match(plain(await extra.locator(".lien-impression").textContent()), /^http:\/\/127\.0\.0\.1:\d+\/.*#/);
  assert.match(plain(await extra.locator(".saisie-impression").textContent()), /7 à 74 ans, hors ALD, hors C2S : patients : 560/);
  assert.equal(await sources.isVisible(), true);
  assert.ok((await page.locator("#detail-b table.lines:visible").count()) > 0, "les lignes s'impriment avec l'option");
  // Every dispositif computed prints its lines, those never opened too (asked for before printing).
  const printed = await page
    .locator("#detail-b .dispositif:not(.absent)")
    .evaluateAll((ds) => ds.map((d) => [d.getAttribute("data-code"), [...d.querySelectorAll("tr[data-code]")].filter((tr) => tr.checkVisibility()).length]));
  assert.ok(printed.length > 2, JSON.stringify(printed));
  assert.deepEqual(printed.filter(([, n]) => n === 0), [], "des dispositifs s'impriment sans leurs lignes");
  await page.screenshot({ path: join(RESULTS, "impression-scenario.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  assert.ok(parameter);
});

pageTest("ma trajectoire : le même exercice de 2021 à 2030, l'année calculée marquée", async (page) => {
  assert.equal(await page.locator("#trajectoire-contenu").isHidden(), true);
  await page.click("#trajectoire-ouvrir");
  const rows = page.locator("#trajectoire-table tbody tr");
  await eventually(() => rows.count(), 10);
  const years = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.annee));
  assert.deepEqual(years, ["2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"]);
  // The hand totals of page.test.mjs: 2025 35 430,16 €, 2026 36 562,50 €.
  assert.equal(await page.locator('#trajectoire-table tr[data-annee="2025"] td').first().textContent(), eur("35 430,16"));
  assert.equal(await page.locator('#trajectoire-table tr[data-annee="2026"] td').first().textContent(), eur("36 562,50"));
  assert.match(plain(await page.locator('#trajectoire-table tr[data-annee="2026"] td').nth(1).textContent()), /Forfait médecin traitant \(FMT\) : 32 822,50 €/);
  assert.equal(await page.locator(".traj-annee.courante").getAttribute("data-annee"), "2026");
  // It follows the form: 22 → 220 patients under 2 years in 2026: +2 970 socle, +297 ZIP.
  await page.fill("#f-patientele-moins_2_ans-hors_ald-hors_c2s-patients", "220");
  await eventually(() => page.locator('#trajectoire-table tr[data-annee="2026"] td').first().textContent(), eur("39 829,50"));
  await page.locator("#trajectoire").screenshot({ path: join(RESULTS, "trajectoire.png") });
  await axe(page, "trajectoire");
});
