// End-to-end tests of the years of the 2011 convention (2012 to 2016, circulaire CNAMTS 19/2011):
// the year selector, the form's sections of those years, the ROSP computed from its indicators,
// and 2016 compared with 2026. Same rules as page.test.mjs: every test also fails on a console
// error or warning, an uncaught exception or a request leaving the local server.
//
// The default profile (src/defaults.rs), by hand, in 2014:
//   RMT (II.2 a), 40 € per patient in ALD: ALD ≥ 80 ans 60 + 3 = 63 × 40 = 2 520 €; ALD < 80 ans
//     1 + 2 + 150 + 20 + 35 + 2 = 210 × 40 = 8 400 €; 10 920 €, four quarters of 2 730 €.
//   ROSP 2011 (II.4): nothing entered in its grid, no justificatif: 0 €. First installed in 2011,
//     2014 is the 4th year: the point is 7 €.
//   Patientèle médecin traitant: 1 061 patients.
// In 2026: 36 562,50 € (see page.test.mjs). 2016 is like 2014: 10 920 €.

import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { amount, B, comparisonRow, distName, eur, eventually, formula, holding, plain, RESULTS, row, sections, text, total, useBrowser, verdict } from "./helpers.mjs";

const pageTest = useBrowser();

const HBA1C = "#f-rosp_2011-indicateurs-diabete_hba1c_dosages";

async function year2014(page) {
  await page.selectOption("#f-comparer", "");
  await page.selectOption("#f-annee", "2014");
  await eventually(() => total(page), eur("10 920,00"));
}

/** The complete module's wasm, held from the page's load (the page prefetches it when idle). */
const { hold, options: holdComplete } = holding("pkg/complet_bg.wasm");

pageTest("une année de 2012 à 2016 : « Chargement… » et aucun montant tant que le module complet n'est pas là, puis ses chiffres", async (page) => {
  // The first view computes with the page's first module only.
  const complet = `/${distName("pkg/complet_bg.wasm")}`;
  const loaded = () => page.evaluate((p) => performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === p), complet);
  assert.equal(await loaded(), false);
  const release = () => hold.release();
  await page.selectOption("#f-comparer", "");
  await eventually(() => total(page), eur("36 562,50"));
  await page.selectOption("#f-annee", "2014");
  await eventually(() => text(page, "#total .total-amount"), "Chargement…");
  assert.equal(await text(page, "#total .total-sub"), "Le module des années 2012 à 2016 et des scénarios se charge.");
  // Nothing of 2026 stays in view: no total, no detail, no chart.
  assert.equal(await page.locator("#montant-total").count(), 0);
  for (const part of [B, "#synthese", "#graphique", "#trajectoire"]) assert.equal(await page.locator(part).isVisible(), false, part);
  // The phone's bar offers no detail meanwhile: there is none yet.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await text(page, "#barre-montant"), "Chargement…");
  assert.equal(await page.locator("#barre-detail").isVisible(), false);
  release();
  await eventually(() => total(page), eur("10 920,00"));
  await eventually(() => page.locator("#barre-detail").isVisible(), true);
  assert.equal(await text(page, "#barre-detail"), "Voir le détail");
  assert.equal(await loaded(), true);
  assert.equal(await page.locator(B).isVisible(), true);
  // From then on the complete module computes every year, the first module's too.
  await page.selectOption("#f-annee", "2026");
  await eventually(() => total(page), eur("36 562,50"));
}, holdComplete);

pageTest("la liste des années dit celles qui ne sont pas calculées, et pourquoi", async (page) => {
  const years = await page.locator("#f-annee option").allTextContents();
  assert.equal(years[0], "2012");
  assert.deepEqual(years.slice(5, 10), ["2017 (non calculable)", "2018 (non calculable)", "2019 (non calculable)", "2020 (non calculable)", "2021"]);
  assert.equal(years.at(-1), "2035");
  assert.ok((await page.locator("#f-comparer option").allTextContents()).includes("2019 (non calculable)"));
  await page.selectOption("#f-comparer", "");
  await page.selectOption("#f-annee", "2018");
  const error = page.locator("#e-annee");
  await eventually(() => error.isVisible(), true);
  assert.match(await error.textContent(), /^Année 2018 non calculable : les années 2017 à 2020 relèvent de la convention de 2016 avant son avenant 9/);
  assert.match(await error.textContent(), /Années calculées : 2012 à 2016 \(convention de 2011\) et 2021 à 2035\.$/);
  // No amount is shown for it.
  assert.equal(await page.locator("#montant-total").count(), 0);
});

pageTest("2014 : les sections de la convention de 2011, la RMT et la ROSP ligne par ligne", async (page) => {
  await year2014(page);
  assert.deepEqual(await sections(page), {
    FMT: false,
    ROSP: false,
    ROSP_2011: true,
    SOPHIA: true,
    "OPTION_DEMOGRAPHIE OPTION_SST": true,
    AVENANT_20: true,
    "FS DONUM ROSP_2011": true,
    FS: false,
    VSM: false,
    "FS MISSIONS": false,
    CONSULTATIONS_AVANCEES: false,
    QUALITE: false,
    SNP: false,
    CONGES: false,
    "ESS COMMISSIONS": false,
  });
  // The grid shows each indicator's target, threshold and points beside its inputs (II.4 b).
  const head = plain(await text(page, `#grille-rosp-indicateurs tbody tr:has(${HBA1C}-effectif) th`));
  assert.equal(head, "Diabète : 3 ou 4 dosages d'HbA1c dans l'année (patients traités par antidiabétiques)objectif ≥ 65 % · seuil 10 patients · 30 points");
  const antihypertenseurs = plain(await text(page, "#grille-rosp-indicateurs tbody tr:has(#f-rosp_2011-indicateurs-generiques_antihypertenseurs-effectif) .terms"));
  assert.equal(antihypertenseurs, "objectif ≥ 65 % · seuil 130 boîtes · 55 points");
  assert.equal(plain(await text(page, "#grille-rosp-organisation tbody tr:last-child th")), "Synthèse annuelle du dossier médical par le médecin traitant pour ses patients (médecin traitant)");

  assert.equal(await amount(page, row("RMT.ALD_80_ANS_ET_PLUS")), eur("2 520,00"));
  assert.equal(await formula(page, row("RMT.ALD_MOINS_80_ANS")), "210 patients × 40 €");
  assert.equal(await formula(page, row("ROSP_2011.DIABETE_HBA1C_DOSAGES")), "Effectif de 0 patient sous le seuil de 10 patients : indicateur non calculé");

  // HbA1c: start 40 %, 52 % this year, target 65 %: (52 − 40) / (65 − 40) = 48 % of 30 points =
  // 14,4 points × 1 061 / 800 = 19,098 points × 7 € = 133,686 → 133,69 €.
  await page.fill(`${HBA1C}-effectif`, "40");
  await page.fill(`${HBA1C}-taux`, "52");
  await page.fill(`${HBA1C}-taux_initial`, "40");
  await eventually(() => total(page), eur("11 053,69"));
  assert.equal(await amount(page, row("ROSP_2011.DIABETE_HBA1C_DOSAGES")), eur("133,69"));
  assert.equal(
    await formula(page, row("ROSP_2011.DIABETE_HBA1C_DOSAGES")),
    "Taux 52 %, départ 40 %, objectif ≥ 65 % : progression (52 − 40) / (65 − 40) = 48 % des 30 points = 14,4 points × 1 061 / 800 = 19,1 points × 7 €",
  );
  const readings = await page.locator(`${row("ROSP_2011.DIABETE_HBA1C_DOSAGES")} .interpretation`).allTextContents();
  assert.equal(readings.length, 2);
  assert.match(plain(readings[0]), /^Interprétation : Le texte ne donne pas la formule de la progression/);

  // A justificatif of the organisation: 75 points × 7 € = 525 € (SESAM-Vitale up to date and
  // 5 600 / 5 800 FSE = 96,6 % ≥ 2/3 in the default profile). 11 053,69 + 525 = 11 578,69 €.
  await page.check("#f-rosp_2011-organisation-dossier_informatise");
  await eventually(() => total(page), eur("11 578,69"));
  assert.equal(await formula(page, row("ROSP_2011.ORGANISATION.DOSSIER_INFORMATISE")), "75 points × 7 €");
  // Paid in March–April of the next year.
  const rosp = page.locator(`${B} table.payments tbody tr`).first();
  assert.deepEqual((await rosp.locator("td").allTextContents()).map((t, i) => (i === 1 ? plain(t).split(" — ")[0] : t)), [
    "Mars-avril 2015",
    "ROSP 2014 (convention de 2011)",
    eur("658,69"),
  ]);

  // A rate out of range is an error on its cell.
  await page.fill(`${HBA1C}-taux`, "120");
  const message = page.locator("#e-rosp_2011-indicateurs-diabete_hba1c_dosages-taux");
  await eventually(() => message.isVisible(), true);
  assert.match(await message.textContent(), /Un taux en % ne peut pas dépasser 100\./);

  await mkdir(RESULTS, { recursive: true });
  await page.fill(`${HBA1C}-taux`, "52");
  await eventually(() => total(page), eur("11 578,69"));
  await page.screenshot({ path: join(RESULTS, "convention-2011-2014.png"), fullPage: true });
});

pageTest("l'option démographie se saisit et se calcule en 2014", async (page) => {
  await year2014(page);
  // Group in the zone, adhesion 2013, 75 % of the activity there, 250 000 € of fees: 10 % =
  // 25 000 € capped at 20 000 €, + 5 000 € (2nd year of investment) = 25 000 €.
  await page.selectOption("#f-options_2011-option", "demographie");
  await page.fill("#f-options_2011-date_adhesion", "2013-03-01");
  await page.selectOption("#f-options_2011-lieu", "zone_deficitaire");
  await page.fill("#f-options_2011-part_activite_zone", "75");
  await page.fill("#f-options_2011-honoraires_zone", "250 000");
  await eventually(() => total(page), eur("35 920,00"));
  assert.equal(await amount(page, row("OPTION_DEMOGRAPHIE.ACTIVITE")), eur("20 000,00"));
  assert.equal(await formula(page, row("OPTION_DEMOGRAPHIE.INVESTISSEMENT")), "2e année de l'option sur 3 (exercice en groupe) : 5 000 €");
});

pageTest("2016 contre 2026 : la comparaison à travers les régimes", async (page) => {
  await page.selectOption("#f-annee", "2026");
  await page.selectOption("#f-comparer", "2016");
  // 36 562,50 − 10 920 = +25 642,50 €; 25 642,50 / 10 920 = 234,82 % → +234,8 %.
  await eventually(() => verdict(page), "En 2026, vous gagnez 25 642,50 € de plus qu'en 2016 (+234,8 %).");
  assert.deepEqual(await comparisonRow(page, "RMT"), [eur("10 920,00"), "—", `\u2212${eur("10 920,00")}`]);
  assert.deepEqual(await comparisonRow(page, "FMT"), ["—", eur("32 822,50"), `+${eur("32 822,50")}`]);
  // The RMT's patients in ALD of 80 or more and the FMT's are one family: 2 520 € against
  // 62 seen × 100 € = 6 200 €.
  const explanations = (await page.locator("#explications li").allTextContents()).map(plain);
  assert.ok(explanations.some((e) => e.startsWith("Patients en ALD de 80 ans ou plus") && e.includes("2 520,00") && e.includes("6 200,00")), explanations.join("\n"));
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, "convention-2011-comparaison.png"), fullPage: true });
});
