// End-to-end tests of the page in dist/ (run by `make test-e2e`): Debian's chromium, one browser
// for the file, a fresh page (locale fr-FR) per test. Every test also fails on any console error or
// warning, uncaught exception or request leaving the local server (see helpers.mjs).
//
// Every amount below is computed by hand from the default profile (src/defaults.rs, shown in the
// form) and the rules of /work/shared/sources/000_a8aa8d5400d38f5b.txt §3.1. A line counts the
// patients *seen* in the last two years (patients − non vus); non vus are paid 5 € each.
//
//   Socle (§3.1 A), default grid:
//     ALD ≥ 80 ans      (60 − 1) + 3                                      =  62 × 100 = 6 200
//     ALD < 80 ans      1 + 2 + (150 − 3) + (20 − 1) + 35 + 2             = 206 ×  55 = 11 330
//     hors ALD ≥ 80     (45 − 2) + 1                                      =  44 ×  55 = 2 420
//     hors ALD 75–79    (40 − 2) + 2                                      =  40 ×  15 =   600
//     hors ALD 7–74     (560 − 40) + (60 − 5)                             = 575 ×   5 = 2 875
//     hors ALD 2–6      (48 − 2) + 6                                      =  52 ×  15 =   780
//     hors ALD < 2      22 + 4                                            =  26 ×  15 =   390
//     non vus           2 + 40 + 5 + 3 + 1 + 2 + 2 + 1                    =  56 ×   5 =   280
//                                                                           socle      24 875
//   C2S seen: 4 + 6 + (60 − 5) + (20 − 1) + 2 + 2 + 1 + 3 = 92 × 10 € =                  920
//   ZIP (§3.1 B 1 A/): 10 % × 24 875 =                                                 2 487,50
//   Prévention (§3.1 C): 908 indicators validated × 5 € =                              4 540
//   Total FMT 2026 = 24 875 + 920 + 2 487,50 + 4 540 =                                32 822,50
//   Quarterly payments of socle + C2S: (24 875 + 920) / 4 =                            6 448,75

import assert from "node:assert/strict";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { RESULTS, eur, eventually, plain, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser();

const CELL_75_79 = "#f-patientele-de_75_a_79_ans-hors_ald-hors_c2s-patients";
const NON_VUS_7_74 = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus";
const ZONE = 'tr[data-code="FMT.MAJORATION.ZONE"]';

const text = (page, selector) => page.locator(selector).textContent();
const total = (page) => text(page, "#montant-total");
const amount = (page, rowSelector) => text(page, `${rowSelector} td.amount`);
const formula = async (page, rowSelector) => plain(await text(page, `${rowSelector} .formula`));
const subtotal = (page, group) => text(page, `table.lines[data-code="${group}"] tfoot td`);
const row = (code) => `tr[data-code="${code}"]`;

pageTest("charge la page et affiche le FMT 2026 du profil d'exemple, ligne par ligne", async (page) => {
  // 24 875 + 920 + 2 487,50 + 4 540 = 32 822,50 €
  assert.equal(await total(page), eur("32 822,50"));
  assert.equal(plain(await text(page, "#total .total-label")), "Forfait médecin traitant (FMT) 2026");
  assert.equal(await page.locator("#erreurs").isHidden(), true);
  assert.equal(await page.locator("#absence").isHidden(), true);

  // ALD ≥ 80 ans: (60 − 1) + 3 = 62 patients × 100 € = 6 200 €, §3.1 A of the circular.
  const ald80 = row("FMT.SOCLE.ALD_80_ANS_ET_PLUS");
  assert.equal(await amount(page, ald80), eur("6 200,00"));
  assert.equal(await formula(page, ald80), "62 patients × 100 €");
  assert.match(await text(page, `${ald80} .source`), /§3\.1 A/);

  // The other socle lines, as in the header comment.
  const socle = {
    "FMT.SOCLE.ALD_MOINS_80_ANS": ["206 patients × 55 €", "11 330,00"],
    "FMT.SOCLE.80_ANS_ET_PLUS": ["44 patients × 55 €", "2 420,00"],
    "FMT.SOCLE.75_A_79_ANS": ["40 patients × 15 €", "600,00"],
    "FMT.SOCLE.7_A_74_ANS": ["575 patients × 5 €", "2 875,00"],
    "FMT.SOCLE.2_A_6_ANS": ["52 patients × 15 €", "780,00"],
    "FMT.SOCLE.MOINS_2_ANS": ["26 patients × 15 €", "390,00"],
    "FMT.SOCLE.NON_VUS": ["56 patients × 5 €", "280,00"],
  };
  for (const [code, [f, a]] of Object.entries(socle)) {
    assert.equal(await formula(page, row(code)), f, code);
    assert.equal(await amount(page, row(code)), eur(a), code);
  }
  // Sub-totals: socle 24 875; C2S 92 × 10 = 920; ZIP 10 % × 24 875 = 2 487,50; prévention 4 540.
  assert.equal(await subtotal(page, "FMT.SOCLE"), eur("24 875,00"));
  assert.equal(await subtotal(page, "FMT.C2S"), eur("920,00"));
  assert.equal(await formula(page, row("FMT.C2S")), "92 patients × 10 €");
  assert.equal(await amount(page, ZONE), eur("2 487,50"));
  assert.match(await formula(page, ZONE), /^10 % × socle de 24 875 €$/);
  assert.equal(await subtotal(page, "FMT.MAJORATIONS"), eur("2 487,50"));
  assert.equal(await subtotal(page, "FMT.PREVENTION"), eur("4 540,00"));
  // Grippe: 190 validated × 5 € = 950 €.
  assert.equal(await amount(page, row("FMT.PREVENTION.GRIPPE")), eur("950,00"));

  // The chart: one bar per group, with the same sub-totals.
  const bars = await page.locator("#barres .bar-row[data-code]").evaluateAll((rows) =>
    rows.map((r) => [r.dataset.code, r.querySelector(".bar-value").textContent]),
  );
  assert.deepEqual(bars, [
    ["FMT.SOCLE", eur("24 875,00")],
    ["FMT.C2S", eur("920,00")],
    ["FMT.MAJORATIONS", eur("2 487,50")],
    ["FMT.PREVENTION", eur("4 540,00")],
  ]);

  // Payments: 4 quarters of (24 875 + 920) / 4 = 6 448,75 €, then the annual majorations
  // 2 487,50 € and prévention 4 540 €: 4 × 6 448,75 + 2 487,50 + 4 540 = 32 822,50.
  const payments = await page
    .locator("#versements tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.lastElementChild.textContent));
  assert.deepEqual(payments, [
    eur("6 448,75"),
    eur("6 448,75"),
    eur("6 448,75"),
    eur("6 448,75"),
    eur("2 487,50"),
    eur("4 540,00"),
  ]);

  // The grid's total: 22+4+1+0 + 48+6+2+0 + 560+60+150+20 + 40+2+35+2 + 45+1+60+3 = 1 061.
  assert.equal(plain(await text(page, "#total-patientele")), "1 061 patients");
});

pageTest("une saisie dans la grille de patientèle met à jour le total et la formule", async (page) => {
  // 75–79 ans hors ALD hors C2S: 40 → 50 patients (2 non vus), i.e. +10 seen:
  //   line 75–79: (50 − 2) + 2 = 50 × 15 € = 750 € (+150), socle 24 875 + 150 = 25 025,
  //   ZIP 10 % × 25 025 = 2 502,50 (+15), total 32 822,50 + 150 + 15 = 32 987,50,
  //   quarters (25 025 + 920) / 4 = 6 486,25, grid total 1 061 + 10 = 1 071.
  const cell = page.locator(CELL_75_79);
  await cell.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("50");
  assert.equal(await cell.inputValue(), "50");
  await eventually(() => total(page), eur("32 987,50"));
  const line = row("FMT.SOCLE.75_A_79_ANS");
  assert.equal(await formula(page, line), "50 patients × 15 €");
  assert.equal(await amount(page, line), eur("750,00"));
  assert.equal(await subtotal(page, "FMT.SOCLE"), eur("25 025,00"));
  assert.equal(await amount(page, ZONE), eur("2 502,50"));
  assert.equal(await page.locator("#versements tbody tr").first().locator("td.num").textContent(), eur("6 486,25"));
  assert.equal(plain(await text(page, "#total-patientele")), "1 071 patients");

  // Back to 40: the default 32 822,50 €.
  await cell.fill("40");
  await eventually(() => total(page), eur("32 822,50"));
});

pageTest("une erreur de saisie s'affiche près du champ, dans le récapitulatif, et suspend le total", async (page) => {
  // 7–74 ans hors ALD hors C2S: 560 patients, non vus set to 600 > 560: refused.
  const input = page.locator(NON_VUS_7_74);
  const message = page.locator("#e-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus");
  await input.fill("600");

  await eventually(() => input.getAttribute("aria-invalid"), "true");
  assert.equal(await input.getAttribute("aria-errormessage"), "e-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus");
  assert.equal(await message.isVisible(), true);
  assert.match(plain(await message.textContent()), /non vus \(600\).*\(560\)/);
  // The message names its cell (a grid cell has no visible label of its own).
  assert.match(plain(await message.textContent()), /^7 à 74 ans, hors ALD, hors C2S/);

  const summary = page.locator("#erreurs");
  assert.equal(await summary.isVisible(), true);
  assert.equal(await summary.getAttribute("role"), "alert");
  assert.match(plain(await summary.textContent()), /Une saisie à corriger/);
  assert.equal(await summary.locator(`a[href="${NON_VUS_7_74}"]`).count(), 1);

  // The total waits: no amount, the stale look on the results.
  assert.match(plain(await text(page, "#total")), /Calcul en attente/);
  assert.equal(await page.locator("#montant-total").count(), 0);
  assert.match((await page.locator("#resultats").getAttribute("class")) ?? "", /\bstale\b/);

  // Back to 40 non vus: 32 822,50 € again, no error left anywhere.
  await input.fill("40");
  await eventually(() => total(page), eur("32 822,50"));
  assert.equal(await input.getAttribute("aria-invalid"), null);
  assert.equal(await message.isHidden(), true);
  assert.equal(await summary.isHidden(), true);
  assert.doesNotMatch((await page.locator("#resultats").getAttribute("class")) ?? "", /\bstale\b/);
});

pageTest("secteur 2 sans OPTAM : pas de FMT, avec le motif ; l'OPTAM le rétablit", async (page) => {
  const optam = page.locator("#f-exercice-optam");
  assert.equal(await optam.isDisabled(), true, "l'OPTAM ne se choisit qu'en secteur 2");
  await page.check("input[name=secteur][value='2']");

  // Secteur 2 without OPTAM: no FMT at all (§3.1), total 0,00 €.
  await eventually(() => total(page), eur("0,00"));
  const absence = page.locator("#absence");
  assert.equal(await absence.isVisible(), true);
  assert.match(plain(await absence.textContent()), /secteur 2 sans option de pratique tarifaire maîtrisée/);
  for (const hidden of ["#detail", "#versements", "#graphique"]) {
    assert.equal(await page.locator(hidden).isHidden(), true, hidden);
  }

  // With OPTAM the whole default FMT comes back: 32 822,50 €.
  assert.equal(await optam.isEnabled(), true);
  await optam.selectOption("optam");
  await eventually(() => total(page), eur("32 822,50"));
  assert.equal(await absence.isHidden(), true);
  assert.equal(await page.locator("#detail").isVisible(), true);
});

pageTest("année 2025 : pas de FMT, il commence le 01/01/2026", async (page) => {
  await page.selectOption("#f-annee", "2025");
  await eventually(async () => plain(await text(page, "#total .total-label")), "Forfait médecin traitant (FMT) 2025");
  assert.equal(await total(page), eur("0,00"));
  const absence = page.locator("#absence");
  assert.equal(await absence.isVisible(), true);
  assert.match(await absence.textContent(), /01\/01\/2026/);
  // The patientèle is the one of 31 December of the year before: 2024.
  assert.equal(await text(page, ".annee-precedente"), "2024");
});

pageTest("primo-installé en ZIP : majoration de zone de 50 % la 1re année", async (page) => {
  // First installation 15/03/2025, situation at 31/12/2025: first year of installation →
  // 50 % × socle 24 875 = 12 437,50 € instead of 10 % (2 487,50 €); the two do not add up.
  // Total 32 822,50 − 2 487,50 + 12 437,50 = 42 772,50 €.
  await page.fill("#f-exercice-date_premiere_installation", "2025-03-15");
  await eventually(() => total(page), eur("42 772,50"));
  assert.match(await formula(page, ZONE), /^50 % × socle de 24 875 €$/);
  assert.equal(await amount(page, ZONE), eur("12 437,50"));
  assert.match(plain(await text(page, `${ZONE} .line-label`)), /primo-installé en ZIP, 1re année/);
  assert.match(await text(page, `${ZONE} .source`), /§3\.1 B 1 B\//);
});

pageTest("contrat CAIM conservé : majoration de zone à 0, avec la note", async (page) => {
  // A CAIM still running replaces the ZIP majoration: 0 € instead of 2 487,50 €.
  // Total 32 822,50 − 2 487,50 = 30 335,00 €.
  await page.selectOption("#f-exercice-contrat_demographique-type", "CAIM");
  await eventually(() => total(page), eur("30 335,00"));
  assert.equal(await amount(page, ZONE), eur("0,00"));
  assert.match(plain(await text(page, `${ZONE} .note`)), /CAIM.*10 %/);
  assert.equal(await subtotal(page, "FMT.MAJORATIONS"), eur("0,00"));
  // Its end date can now be given.
  assert.equal(await page.locator("#f-exercice-contrat_demographique-fin").isVisible(), true);
});

pageTest("clavier et accessibilité : tabulation, région live, étiquettes", async (page) => {
  // Tab from the top: the skip link, then the year select, then … the first grid cell.
  const firstCell = await page.locator("#grille-patientele tbody input").first().getAttribute("id");
  assert.equal(firstCell, "f-patientele-moins_2_ans-hors_ald-hors_c2s-patients");
  const order = [];
  for (let i = 0; i < 40 && !order.includes(firstCell); i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName));
  }
  assert.equal(order[0], "A", "le lien d'évitement vient en premier");
  assert.equal(order[1], "f-annee", `ordre : ${order.join(", ")}`);
  assert.ok(order.includes(firstCell), `la 1re case de la grille n'est pas atteinte : ${order.join(", ")}`);
  // Typing in the focused cell works from the keyboard alone: 22 → 220 patients < 2 ans hors
  // ALD hors C2S, +198 seen × 15 € = +2 970 socle, +297 ZIP → 32 822,50 + 3 267 = 36 089,50 €.
  await page.keyboard.press("End");
  await page.keyboard.type("0");
  await eventually(() => total(page), eur("36 089,50"));

  const status = page.locator("#total");
  assert.equal(await status.getAttribute("aria-live"), "polite");
  assert.equal(await status.getAttribute("role"), "status");

  // Every form control has an accessible name: a non-empty <label> or aria-label(ledby).
  const unlabelled = await page.locator("input, select, textarea").evaluateAll((els) =>
    els
      .filter((el) => {
        const byLabel = [...(el.labels ?? [])].some((l) => l.textContent.trim() !== "");
        const byAria = (el.getAttribute("aria-label") ?? "").trim() !== "";
        const byRef = (el.getAttribute("aria-labelledby") ?? "")
          .split(/\s+/)
          .some((id) => id && document.getElementById(id)?.textContent.trim());
        return !(byLabel || byAria || byRef);
      })
      .map((el) => el.id || el.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], "ids en double");
});

pageTest("à l'impression : formulaire masqué, résultats visibles", async (page) => {
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#profil").isHidden(), true);
  assert.equal(await page.locator(".actions").isHidden(), true);
  assert.equal(await page.locator("#resultats").isVisible(), true);
  assert.equal(await page.locator("#montant-total").isVisible(), true);
  assert.equal(await total(page), eur("32 822,50"));
  assert.equal(await page.locator('table.lines[data-code="FMT.SOCLE"]').isVisible(), true);
  assert.equal(await page.locator("#versements").isVisible(), true);
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator("#profil").isVisible(), true);
});

pageTest("mise en page à 1 100 px et sur téléphone : rien ne déborde ni ne se recouvre", async (page) => {
  // Two columns from 64rem (1 024 px): the grid (≈ 572 px wide) must scroll inside its fieldset
  // rather than spill under the results panel (the fieldset's default min-width: min-content did).
  await page.setViewportSize({ width: 1100, height: 900 });
  const box = async (selector) => page.locator(selector).first().boundingBox();
  const form = await box("#profil");
  const results = await box("#resultats");
  for (const fieldset of await page.locator("#profil fieldset").all()) {
    const b = await fieldset.boundingBox();
    if (!b) continue;
    assert.ok(b.x + b.width <= form.x + form.width, `un fieldset déborde du formulaire (${b.x + b.width} > ${form.x + form.width})`);
  }
  assert.ok(form.x + form.width <= results.x);
  // The last cell of the grid is still reachable: focusing it scrolls the grid, and it is then the
  // element actually drawn at its centre (not covered by the results panel).
  const last = page.locator("#f-patientele-de_80_ans_et_plus-ald-c2s-non_vus");
  await last.focus();
  const onTop = await last.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
  });
  assert.equal(onTop, true, "la dernière case de la grille est recouverte");

  // A phone (390 px, one column): no sideways scrolling of the page, and the chart's amounts stay
  // inside the results panel (a plain 1fr column and the 13rem + 8rem chart columns broke both).
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  const panel = await box("#resultats");
  for (const value of await page.locator("#barres .bar-value").all()) {
    const b = await value.boundingBox();
    assert.ok(b.x + b.width <= panel.x + panel.width, `un montant du graphique sort du panneau (${b.x + b.width} > ${panel.x + panel.width})`);
  }
});

pageTest("capture d'écran de la page par défaut (test-results/)", async (page) => {
  await mkdir(RESULTS, { recursive: true });
  const path = join(RESULTS, "page-defaut.png");
  await page.screenshot({ path, fullPage: true });
  assert.ok((await stat(path)).size > 0);
});
