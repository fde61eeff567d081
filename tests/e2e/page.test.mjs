// End-to-end tests of the page in dist/ (run by `make test-e2e`): Debian's chromium, one browser
// for the file, a fresh page (locale fr-FR) per test. Every test also fails on any console error or
// warning, uncaught exception or request leaving the local server (see helpers.mjs).
//
// By default the page computes 2026 (#f-annee) and compares it with 2025 (#f-comparer): the total
// shown is the one of 2026, the detail of 2026 is in #detail-b, the one of 2025 in #detail-a.
// Every amount below is computed by hand from the default profile (src/defaults.rs, shown in the
// form) and the texts of /work/shared/sources.
//
// 2026 — FMT, circular 000 §3.1. A line counts the patients *seen* in the last two years
// (patients − non vus); non vus are paid 5 € each.
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
//   Missions (§3.4 B): maître de stage in ZIP =                                          800
//
//   DONUM (§3.3 A, 280 + 60 + 60 + 20 points at 7 €; a rate whose denominator is < 10 is
//   neutralised, i.e. left out of its mean):
//     socle: equipment (LAP software and SESAM-Vitale) yes, and mean of DCMT 95/100 = 95 %,
//       PSE 40/42 = 95,2 %, FSE 5 600/5 800 = 96,6 %, AAT 300/330 = 90,9 % = 94,4 % ≥ 60 %
//                                                                 → 280 points =   1 960
//     CM AT-MP 12/20 = 60 %, SPE 30/60 = 50 %, DSG 3/4 neutralised (4 < 10)
//       → mean 55 % ≥ 30 %                                        →  60 points =     420
//     DMP 1 400/4 800 = 29,2 %, ordonnance numérique 2 000/4 500 = 44,4 %
//       → mean 36,8 % ≥ 30 %                                      →  60 points =     420
//     FSE with the appli carte Vitale 100 ≥ 1 and messages 300 ≥ 1 →  20 points =     140
//     DONUM 420 points × 7 € =                                                       2 940
//   Nothing else in the default profile: SAS (no condition met), AME, IPA (0 patients), aides à
//   l'installation (first installed in 2011), sobriété, GAP (0 sessions), no assistant médical.
//   Total 2026 = 32 822,50 + 800 + 2 940 =                                            36 562,50
//   Quarterly payments of socle + C2S: (24 875 + 920) / 4 =                            6 448,75
//
// 2025 — the forfaits before the FMT:
//   FPMT (000 §3.1 A, "montants actuels"), every patient, seen or not:
//     ALD ≥ 80: 63 × 70 = 4 410; ALD < 80: 210 × 46 = 9 660; ≥ 80: 46 × 46 = 2 116;
//     75–79: 42 × 5 = 210; 7–74: 620 × 5 = 3 100; 2–6: 54 × 6 = 324; < 2: 26 × 6 = 156  =  19 976
//   ROSP (002 II.4): 520 points × 1 061 patients / 800 = 689,65 points × 7 € = 4 827,55,
//     + 100 other points × 7 € = 700                                                 =   5 527,55
//   Forfait structure (004 art. 5): volet 1 400 points × 7 € = 2 800; volet 2 610 points × 7 €
//     = 4 270 (of which SAS effection, quarters 12/20/8/30 SNP → 10 + 30 + 10 + 50 = 100 points),
//     + maître de stage 350 €: volet 2 = 4 620                                         =   7 420
//   VSM (000 §3.3 B): complement 90 % × (4 774,50 − 1 989,38)                          =   2 506,61
//   Missions (§3.4 C, D, from 2025) and GAP (§9.4 B): none declared                   =       0
//   Total 2025                                                                          =  35 430,16
//   Écart 2026 − 2025 = 36 562,50 − 35 430,16 = +1 132,34; 1 132,34 / 35 430,16 = 3,196 % → +3,2 %

import assert from "node:assert/strict";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { A, amount, B, comparisonRow, eur, eventually, formula, GROUPS, plain, plus, RESULTS, row, sections, shown, text, total, useBrowser, verdict } from "./helpers.mjs";

const pageTest = useBrowser();

const CELL_75_79 = "#f-patientele-de_75_a_79_ans-hors_ald-hors_c2s-patients";
const NON_VUS_7_74 = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-non_vus";
const SNP_T3 = "#f-forfait_structure-snp_sas_trimestres-2";
// The main year's (2026 by default) and the compared year's (2025) details are B and A (helpers.mjs).
const ZONE = `${B} tr[data-code="FMT.MAJORATION.ZONE"]`;

const subtotal = (page, group, where = B) => text(page, `${where} table.lines[data-code="${group}"] tfoot td`);
/** Opens a dispositif's lines (its heading is a disclosure button, closed at first). */
const open = (page, code, where = B) => page.click(`${where} .dispositif[data-code="${code}"] > h4 > button`);
/** "−" + "19 976,00 €": a negative écart as the page signs it (U+2212). */
const minus = (a) => `\u2212${eur(a)}`;
const ecart = async (page) => plain(await text(page, "#ecart"));
/** 2026 against 2025: every section, but the consultations avancées (for a physician who is not
 *  installed in a ZIP; the default one is). The soins non programmés, the leaves and the ESS and
 *  commissions exist in both years. */
const DEFAULT_SECTIONS = {
  FMT: true,
  ROSP: true,
  // The convention of 2011 (2012 to 2016) is not computed by default (see regime2011.test.mjs).
  ROSP_2011: false,
  SOPHIA: false,
  "OPTION_DEMOGRAPHIE OPTION_SST": false,
  AVENANT_20: false,
  "FS DONUM ROSP_2011": true,
  FS: true,
  VSM: true,
  "FS MISSIONS": true,
  CONSULTATIONS_AVANCEES: false,
  QUALITE: true,
  SNP: true,
  CONGES: true,
  "ESS COMMISSIONS": true,
};
/** The dispositifs of the 2011 convention, not computed after 2016 (see regime2011.test.mjs). */
const CONVENTION_2011 = ["ROSP_2011", "RMT", "SOPHIA", "OPTION_DEMOGRAPHIE", "OPTION_SST", "AVENANT_20"];
/** The parts of a section that exist only in some years, by the groups of lines they serve. */
const groupParts = (page) => shown(page, GROUPS);
/** Single-year view: "Pas de comparaison". */
async function singleYear(page) {
  await page.selectOption("#f-comparer", "");
  await eventually(() => page.locator("#comparaison").isHidden(), true);
}

pageTest("charge la page et affiche le FMT 2026 du profil d'exemple, ligne par ligne", async (page) => {
  // 2026: FMT 24 875 + 920 + 2 487,50 + 4 540 = 32 822,50 €, + maître de stage 800 €
  // + DONUM 420 points × 7 € = 2 940 € → 36 562,50 €.
  assert.equal(await total(page), eur("36 562,50"));
  assert.equal(plain(await text(page, "#total .total-label")), "Vos forfaits 2026");
  assert.equal(await page.locator("#erreurs").isHidden(), true);
  assert.equal(plain(await text(page, `${B} h3`)), "Le détail 2026, ligne par ligne");
  assert.equal(plain(await text(page, `${B} .dispositif[data-code="FMT"] h4`)), "Forfait médecin traitant (FMT) — 32 822,50 €");
  assert.equal(plain(await text(page, `${B} .dispositif[data-code="MISSIONS"] h4`)), "Missions spécifiques — 800,00 €");
  assert.equal(plain(await text(page, `${B} .dispositif[data-code="DONUM"] h4`)), "Dotation numérique (DONUM) — 2 940,00 €");

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
  // Maître de stage in ZIP from 2026 (§3.4 B): 800 €.
  assert.equal(await amount(page, row("MISSIONS.MAITRE_DE_STAGE")), eur("800,00"));

  // DONUM (§3.3 A), as in the header comment: the socle (both indicators) 280 points = 1 960 €,
  // then each optional indicator on its own.
  const donum = {
    "DONUM.SOCLE.EQUIPEMENT": [/^logiciel : oui ; SESAM-Vitale à jour : oui → atteint$/, "0,00"],
    "DONUM.SOCLE.TELESERVICES": [/^DCMT 95 % ; PSE 95,2 % ; FSE 96,6 % ; AAT 90,9 % → moyenne 94,4 % ; cible 60 % : atteinte$/, "0,00"],
    "DONUM.SOCLE": [/^280 points × 7 €$/, "1 960,00"],
    // DSG 3/4: denominator 4 < 10, left out of the mean: (60 + 50) / 2 = 55 % ≥ 30 %.
    "DONUM.AUTRES_TELESERVICES": [/^CM AT-MP 60 % ; SPE 50 % ; DSG neutralisé \(dénominateur 4 < 10\) → moyenne 55 % ; cible 30 % : atteinte → 60 points × 7 €$/, "420,00"],
    // (29,17 + 44,44) / 2 = 36,8 % ≥ 30 %.
    "DONUM.NUMERIQUE_SANTE": [/^DMP 29,2 % ; ordonnance numérique 44,4 % → moyenne 36,8 % ; cible 30 % : atteinte → 60 points × 7 €$/, "420,00"],
    "DONUM.APP_CV_MSS": [/^FSE avec l'application carte Vitale : 100 ; messages : 300 → 20 points × 7 €$/, "140,00"],
  };
  for (const [code, [f, a]] of Object.entries(donum)) {
    assert.match(await formula(page, row(code)), f, code);
    assert.equal(await amount(page, row(code)), eur(a), code);
  }
  assert.match(await text(page, `${row("DONUM.SOCLE")} .source`), /§3\.3 A/);
  // 1 960 + (420 + 420 + 140 = 980) = 2 940 €.
  assert.equal(await subtotal(page, "DONUM.SOCLE"), eur("1 960,00"));
  assert.equal(await subtotal(page, "DONUM.OPTIONNELS"), eur("980,00"));

  // The chart compares the two years, one row per dispositif with a bar per year.
  const bars = await page.locator("#barres .bar-row[data-code]").evaluateAll((rows) =>
    rows.map((r) => [r.dataset.code, ...[...r.querySelectorAll(".bar-value")].map((v) => v.textContent)]),
  );
  assert.deepEqual(bars, [
    ["FMT", `2025 : ${eur("0,00")}`, `2026 : ${eur("32 822,50")}`],
    ["FPMT", `2025 : ${eur("19 976,00")}`, `2026 : ${eur("0,00")}`],
    ["ROSP", `2025 : ${eur("5 527,55")}`, `2026 : ${eur("0,00")}`],
    ["FS", `2025 : ${eur("7 420,00")}`, `2026 : ${eur("0,00")}`],
    ["VSM", `2025 : ${eur("2 506,61")}`, `2026 : ${eur("0,00")}`],
    ["DONUM", `2025 : ${eur("0,00")}`, `2026 : ${eur("2 940,00")}`],
    ["MISSIONS", `2025 : ${eur("0,00")}`, `2026 : ${eur("800,00")}`],
    // In force both years (GAP since 22/06/2024), nothing declared: 0 € each.
    ["QUALITE", `2025 : ${eur("0,00")}`, `2026 : ${eur("0,00")}`],
    // In force both years too (régulation, IPP and OAM from 2025), nothing entered.
    ["SNP", `2025 : ${eur("0,00")}`, `2026 : ${eur("0,00")}`],
    ["INTERESSEMENTS", `2025 : ${eur("0,00")}`, `2026 : ${eur("0,00")}`],
  ]);

  // Payments of the forfaits 2026: 4 quarters of (24 875 + 920) / 4 = 6 448,75 €, then the annual
  // majorations 2 487,50 €, prévention 4 540 €, the DONUM 2 940 € (paid in the 1st half of 2027)
  // and the maître de stage 800 €: 4 × 6 448,75 + 2 487,50 + 4 540 + 2 940 + 800 = 36 562,50.
  const payments = await page
    .locator(`${B} table.payments tbody tr`)
    .evaluateAll((rows) => rows.map((r) => r.lastElementChild.textContent));
  assert.deepEqual(payments, [
    eur("6 448,75"),
    eur("6 448,75"),
    eur("6 448,75"),
    eur("6 448,75"),
    eur("2 487,50"),
    eur("4 540,00"),
    eur("2 940,00"),
    eur("800,00"),
  ]);
  assert.deepEqual(
    await page.locator(`${B} table.payments tbody tr`).nth(6).evaluate((tr) => [...tr.cells].map((c) => c.textContent)),
    ["1er semestre 2027", "DONUM 2026 (résultats au 31/12/2026)", eur("2 940,00")],
  );

  // What 2026 no longer has, each with its reason (and, after them, the dispositifs of the 2011
  // convention, which the sources give until 2016).
  const gone = await page.locator(`${B} .hors-vigueur li[data-code]`).evaluateAll((li) => li.map((l) => l.dataset.code));
  assert.deepEqual(gone, ["FPMT", "ROSP", "FS", "VSM", ...CONVENTION_2011]);
  assert.match(plain(await text(page, `${B} .hors-vigueur li[data-code="FPMT"]`)), /31\/12\/2025/);

  // The grid's total: 22+4+1+0 + 48+6+2+0 + 560+60+150+20 + 40+2+35+2 + 45+1+60+3 = 1 061.
  assert.equal(plain(await text(page, "#total-patientele")), "1 061 patients");
});

pageTest("une saisie dans la grille de patientèle met à jour le total et la formule", async (page) => {
  // 75–79 ans hors ALD hors C2S: 40 → 50 patients (2 non vus), i.e. +10 seen:
  //   line 75–79: (50 − 2) + 2 = 50 × 15 € = 750 € (+150), socle 24 875 + 150 = 25 025,
  //   ZIP 10 % × 25 025 = 2 502,50 (+15), FMT 32 822,50 + 165 = 32 987,50,
  //   total 2026 36 562,50 + 165 = 36 727,50, quarters (25 025 + 920) / 4 = 6 486,25,
  //   grid total 1 061 + 10 = 1 071. In 2025 the FPMT counts every patient: 42 + 10 = 52 × 5 € = 260 €.
  const cell = page.locator(CELL_75_79);
  await cell.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("50");
  assert.equal(await cell.inputValue(), "50");
  await eventually(() => total(page), eur("36 727,50"));
  const line = row("FMT.SOCLE.75_A_79_ANS");
  assert.equal(await formula(page, line), "50 patients × 15 €");
  assert.equal(await amount(page, line), eur("750,00"));
  assert.equal(await subtotal(page, "FMT.SOCLE"), eur("25 025,00"));
  assert.equal(await amount(page, ZONE), eur("2 502,50"));
  assert.equal(await page.locator(`${B} table.payments tbody tr`).first().locator("td.num").textContent(), eur("6 486,25"));
  assert.deepEqual(await comparisonRow(page, "FMT"), ["—", eur("32 987,50"), plus("32 987,50")]);
  assert.equal(await formula(page, row("FPMT.75_A_79_ANS", A)), "52 patients × 5 €");
  assert.equal(await amount(page, row("FPMT.75_A_79_ANS", A)), eur("260,00"));
  assert.equal(plain(await text(page, "#total-patientele")), "1 071 patients");

  // Back to 40: the default 36 562,50 €.
  await cell.fill("40");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await text(page, "#total-a"), eur("35 430,16"));
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

  // The total waits: no amount, no verdict, the stale look on the total box and a note over the
  // results (the results are not dimmed: text at opacity .4 failed the contrast checks).
  assert.match(plain(await text(page, "#total")), /Calcul en attente/);
  assert.equal(await page.locator("#montant-total").count(), 0);
  assert.equal(await page.locator("#verdict").count(), 0);
  assert.match((await page.locator("#resultats").getAttribute("class")) ?? "", /\bstale\b/);
  assert.equal(await page.locator("#resultat-ancien").isVisible(), true);
  for (const kept of ["#comparaison", "#graphique", B, "#detail-a-box"]) {
    assert.equal(await page.locator(kept).evaluate((e) => getComputedStyle(e).opacity), "1", kept);
  }

  // Back to 40 non vus: 36 562,50 € again, no error left anywhere.
  await input.fill("40");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await input.getAttribute("aria-invalid"), null);
  assert.equal(await message.isHidden(), true);
  assert.equal(await summary.isHidden(), true);
  assert.doesNotMatch((await page.locator("#resultats").getAttribute("class")) ?? "", /\bstale\b/);
  assert.equal(await page.locator("#comparaison").evaluate((e) => getComputedStyle(e).opacity), "1");
  assert.equal(await page.locator("#resultat-ancien").isHidden(), true);
});

pageTest("secteur 2 sans OPTAM : pas de FMT, avec le motif ; l'OPTAM le rétablit", async (page) => {
  const optam = page.locator("#f-exercice-optam");
  assert.equal(await optam.isDisabled(), true, "l'OPTAM ne se choisit qu'en secteur 2");
  await page.check("input[name=secteur][value='2']");

  // Secteur 2 without OPTAM: no FMT at all (§3.1); 2026 keeps the maître de stage, 800 €, and
  // the DONUM, which the text does not reserve to any secteur, 2 940 €: 3 740,00 €.
  await eventually(() => total(page), eur("3 740,00"));
  const absence = page.locator(`${B} .dispositif.absent[data-code="FMT"] .absence`);
  assert.equal(await absence.isVisible(), true);
  assert.match(plain(await absence.textContent()), /secteur 2 sans option de pratique tarifaire maîtrisée/);
  assert.equal(await page.locator(`${B} table.lines[data-code^="FMT"]`).count(), 0, "aucune ligne de FMT");
  assert.equal(await page.locator("#barres .bar-row[data-code='FMT']").count(), 0);
  // 2025 (FPMT…) does not depend on the secteur: 35 430,16 €.
  assert.equal(await text(page, "#total-a"), eur("35 430,16"));

  // With OPTAM the whole default FMT comes back: 36 562,50 €.
  assert.equal(await optam.isEnabled(), true);
  await optam.selectOption("optam");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await page.locator(`${B} .dispositif.absent[data-code="FMT"]`).count(), 0);
  await open(page, "FMT");
  assert.equal(await page.locator(`${B} table.lines[data-code="FMT.SOCLE"]`).isVisible(), true);
});

pageTest("année 2025 seule : pas de FMT, il commence le 01/01/2026", async (page) => {
  await singleYear(page);
  await page.selectOption("#f-annee", "2025");
  await eventually(async () => plain(await text(page, "#total .total-label")), "Vos forfaits 2025");
  // 19 976 + 5 527,55 + 7 420 + 2 506,61 = 35 430,16 €; the missions of 2025 (AME, IPA, §3.4 C
  // and D) and the GAP (§9.4 B) are in force but nothing is declared: 0 €.
  assert.equal(await total(page), eur("35 430,16"));
  const computed = await page
    .locator(`${B} .dispositif[data-code]:not(.absent) h4`)
    .evaluateAll((h) => h.map((x) => [x.parentElement.dataset.code, x.textContent]));
  assert.deepEqual(computed, [
    ["FPMT", `Forfait patientèle médecin traitant (FPMT) — ${eur("19 976,00")}`],
    ["ROSP", `Rémunération sur objectifs de santé publique (ROSP) — ${eur("5 527,55")}`],
    ["FS", `Forfait structure — ${eur("7 420,00")}`],
    ["VSM", `Forfait élaboration initiale du VSM — ${eur("2 506,61")}`],
    ["MISSIONS", `Missions spécifiques — ${eur("0,00")}`],
    ["QUALITE", `Pertinence et qualité (sobriété, GAP) — ${eur("0,00")}`],
    ["SNP", `Soins non programmés et régulation — ${eur("0,00")}`],
    ["INTERESSEMENTS", `Intéressements (biosimilaires, IPP, OAM, insuffisance cardiaque) — ${eur("0,00")}`],
  ]);
  // No contract of assistant médical: the dispositif says so.
  assert.match(plain(await text(page, `${B} .dispositif.absent[data-code="ASSISTANT_MEDICAL"] .absence`)), /Pas de contrat d'assistant médical saisi/);
  const fmt = page.locator(`${B} .hors-vigueur li[data-code="FMT"]`);
  assert.equal(await fmt.isVisible(), true);
  assert.match(await fmt.textContent(), /01\/01\/2026/);
  // The patientèle is the one of 31 December of the year before: 2024.
  assert.equal(await text(page, ".annee-precedente"), "2024");
  // The FMT's prévention indicators are not asked for 2025 alone, nor the consultations avancées
  // (from 2026, and not for a physician installed in a ZIP).
  assert.deepEqual(await sections(page), {
    ...DEFAULT_SECTIONS,
    FMT: false,
    ROSP: true,
    "FS DONUM ROSP_2011": true,
    FS: true,
    VSM: true,
    "FS MISSIONS": true,
    CONSULTATIONS_AVANCEES: false,
    QUALITE: true,
    SNP: true,
    CONGES: true,
    "ESS COMMISSIONS": true,
  });
  // In 2025 the missions pay the AME and the IPA, not yet the SAS (from 2026, §3.4 A).
  const missions = Object.entries(await groupParts(page)).filter(([k]) => k.startsWith("MISSIONS."));
  assert.deepEqual(Object.fromEntries(missions), { "MISSIONS.SAS": false, "MISSIONS.AME": true, "MISSIONS.IPA": true });
});

pageTest("primo-installé en ZIP : majoration de zone de 50 % la 1re année", async (page) => {
  // First installation 15/03/2025, situation at 31/12/2025: first year of installation →
  // 50 % × socle 24 875 = 12 437,50 € instead of 10 % (2 487,50 €); the two do not add up.
  // Total 2026: 36 562,50 − 2 487,50 + 12 437,50 = 46 512,50 €; FMT 42 772,50 €. (The 10 000 €
  // aide of §3.2 A is for an installation from 01/01/2026: not this one.)
  await page.fill("#f-exercice-date_premiere_installation", "2025-03-15");
  await eventually(() => total(page), eur("46 512,50"));
  assert.match(await formula(page, ZONE), /^50 % × socle de 24 875 €$/);
  assert.equal(await amount(page, ZONE), eur("12 437,50"));
  assert.match(plain(await text(page, `${ZONE} .line-label`)), /primo-installé en ZIP, 1re année/);
  assert.match(await text(page, `${ZONE} .source`), /§3\.1 B 1 B\//);
  assert.deepEqual(await comparisonRow(page, "FMT"), ["—", eur("42 772,50"), plus("42 772,50")]);
});

pageTest("contrat CAIM conservé : majoration de zone à 0, avec la note", async (page) => {
  // A CAIM still running replaces the ZIP majoration: 0 € instead of 2 487,50 €.
  // Total 2026: 36 562,50 − 2 487,50 = 34 075,00 €.
  await page.selectOption("#f-exercice-contrat_demographique-type", "CAIM");
  await eventually(() => total(page), eur("34 075,00"));
  assert.equal(await amount(page, ZONE), eur("0,00"));
  // The note prices the resignation: 10 % × 24 875 = 2 487,50 € (§3.2 A).
  assert.match(plain(await text(page, `${ZONE} .note`)), /CAIM.*Le résilier .* 2 487,50 € par an au titre de 2026/);
  assert.equal(await subtotal(page, "FMT.MAJORATIONS"), eur("0,00"));
  // Its end date can now be given.
  assert.equal(await page.locator("#f-exercice-contrat_demographique-fin").isVisible(), true);
});

pageTest("clavier et accessibilité : tabulation, région live, étiquettes", async (page) => {
  // Tab from the top: the skip link, the mode (one stop for the radio group), the year, the year
  // compared with … the first grid cell.
  const firstCell = await page.locator("#grille-patientele tbody input").first().getAttribute("id");
  assert.equal(firstCell, "f-patientele-moins_2_ans-hors_ald-hors_c2s-patients");
  const order = [];
  for (let i = 0; i < 40 && !order.includes(firstCell); i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName));
  }
  assert.equal(order[0], "A", "le lien d'évitement vient en premier");
  assert.equal(order[1], "f-mode-annees", `ordre : ${order.join(", ")}`);
  assert.equal(order[2], "f-annee", `ordre : ${order.join(", ")}`);
  assert.equal(order[3], "f-comparer", `ordre : ${order.join(", ")}`);
  assert.ok(order.includes(firstCell), `la 1re case de la grille n'est pas atteinte : ${order.join(", ")}`);
  // Typing in the focused cell works from the keyboard alone: 22 → 220 patients < 2 ans hors
  // ALD hors C2S, +198 seen × 15 € = +2 970 socle, +297 ZIP → 36 562,50 + 3 267 = 39 829,50 €.
  await page.keyboard.press("End");
  await page.keyboard.type("0");
  await eventually(() => total(page), eur("39 829,50"));

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
  // Both details (2026 and 2025) are in the page at once: still no id twice.
  const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], "ids en double");
});

pageTest("à l'impression : un résumé avec l'année, la date des paramètres et les sources, sans les lignes", async (page) => {
  const header = page.locator("#impression-entete");
  assert.equal(await header.isHidden(), true, "l'en-tête d'impression ne s'affiche pas à l'écran");
  // The FMT's lines, opened from the summary by dispositif.
  await page.click('#synthese [data-ouvre="FMT"]');
  assert.equal(await page.locator(`${B} table.lines[data-code="FMT.SOCLE"]`).isVisible(), true);

  await page.emulateMedia({ media: "print" });
  // The header says what was computed, with the parameters of which day, and from which texts.
  assert.equal(await header.isVisible(), true);
  const [what, sources] = (await header.locator("p").allTextContents()).map(plain);
  assert.equal(what, "Forfaits au titre de 2026, comparés à 2025 — paramètres en vigueur au 01/01/2026.");
  assert.match(sources, /^Sources : /);
  for (const document of [
    "Circulaire CNAM du 31/07/2024 (convention médicale du 4 juin 2024)",
    "Avenant n° 9 à la convention médicale de 2016",
    "Circulaire CNAMTS 19/2011",
    "Multilatérale du 14/03/2024",
  ]) {
    assert.ok(sources.includes(document), `source absente de l'en-tête : ${document}`);
  }
  // Kept (a one-page summary): the total and the verdict, the table by dispositif, the payments
  // of 2026. The per-dispositif detail stays on screen.
  assert.equal(await page.locator("#profil").isHidden(), true);
  assert.equal(await page.locator(".actions:visible").count(), 0, "aucun bouton imprimé");
  assert.equal(await page.locator("#montant-total").isVisible(), true);
  assert.equal(await total(page), eur("36 562,50"));
  assert.equal(await page.locator("#verdict").isVisible(), true);
  assert.equal(await page.locator("#comparaison").isVisible(), true);
  assert.equal(await page.locator(`${B} table.payments`).isVisible(), true);
  assert.equal(plain(await page.locator(`${B} .dispositif[data-code="DONUM"] h4`).textContent()), "Dotation numérique (DONUM) — 2 940,00 €");
  assert.equal(await page.locator(`${B} .dispositif[data-code="DONUM"] h4`).isHidden(), true);
  assert.equal(await page.locator("#interpretations").isHidden(), true);
  // Left out: every line-by-line table, the comparison year's detail, the chart, what does not
  // exist in 2026.
  assert.equal(await page.locator("table.lines:visible").count(), 0, "des tableaux ligne par ligne s'impriment");
  assert.equal(await page.locator("#detail-a-box").isHidden(), true);
  assert.equal(await page.locator(row("FPMT.ALD_80_ANS_ET_PLUS", A)).isHidden(), true);
  assert.equal(await page.locator("#graphique").isHidden(), true);
  assert.equal(await page.locator(`${B} .hors-vigueur`).isHidden(), true);

  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator("#profil").isVisible(), true);
  assert.equal(await header.isHidden(), true);
  assert.equal(await page.locator(`${B} table.lines[data-code="FMT.SOCLE"]`).isVisible(), true);
  assert.equal(await page.locator("#graphique").isVisible(), true);
});

pageTest("mise en page à 1 100 px et sur téléphone : rien ne déborde ni ne se recouvre", async (page) => {
  // At 1 280 px (the default viewport) the comparison table fits its panel without scrolling.
  const fits = (selector) => page.locator(selector).evaluate((e) => e.scrollWidth <= e.clientWidth);
  assert.equal(await fits("#comparaison .table-scroll"), true, "le tableau de comparaison défile à 1 280 px");
  assert.equal(await fits("#resultats"), true);

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
  // The results panel never scrolls sideways as a whole (the comparison table, wider than the
  // panel here, scrolls inside its own box: the total and the verdict stay in place).
  assert.equal(await fits("#resultats"), true, "le panneau des résultats défile de côté à 1 100 px");
  // The last cell of the grid is still reachable: focusing it scrolls the grid, and it is then the
  // element actually drawn at its centre (not covered by the results panel).
  const last = page.locator("#f-patientele-de_80_ans_et_plus-ald-c2s-non_vus");
  await last.focus();
  const onTop = await last.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
  });
  assert.equal(onTop, true, "la dernière case de la grille est recouverte");

  // A phone (390 px, one column): no sideways scrolling of the page nor of the results panel, and
  // the chart's amounts stay inside the panel (a plain 1fr column and the 13rem + 8rem chart
  // columns broke both).
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  assert.equal(await fits("#resultats"), true, "le panneau des résultats défile de côté sur téléphone");
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

// ——— The comparison of two years (2026 against 2025 by default) ———

pageTest("comparaison par défaut : 2026 contre 2025, le verdict et le tableau par dispositif", async (page) => {
  assert.equal(await page.locator("#f-annee").inputValue(), "2026");
  assert.equal(await page.locator("#f-comparer").inputValue(), "2025");
  // 36 562,50 − 35 430,16 = +1 132,34 €; 1 132,34 / 35 430,16 = 3,196 % → +3,2 %.
  assert.equal(await verdict(page), "En 2026, vous gagnez 1 132,34 € de plus qu'en 2025 (+3,2 %).");
  assert.equal(await page.locator("#comparaison").isVisible(), true);
  const heads = await page.locator("#comparaison thead th").allTextContents();
  assert.deepEqual(heads, ["Forfait", "2025", "2026", "Écart"]);

  const codes = await page.locator("#comparaison tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.code));
  // A dispositif shows when it pays something in one of the years or is in force in both.
  assert.deepEqual(codes, ["FMT", "FPMT", "ROSP", "FS", "VSM", "DONUM", "MISSIONS", "QUALITE", "SNP", "INTERESSEMENTS"]);
  const expected = {
    FMT: ["—", eur("32 822,50"), plus("32 822,50")],
    FPMT: [eur("19 976,00"), "—", minus("19 976,00")],
    ROSP: [eur("5 527,55"), "—", minus("5 527,55")],
    FS: [eur("7 420,00"), "—", minus("7 420,00")],
    VSM: [eur("2 506,61"), "—", minus("2 506,61")],
    DONUM: ["—", eur("2 940,00"), plus("2 940,00")],
    // The missions exist from 2025 (AME, IPA, §3.4 C and D), none declared: 0 €; the maître de
    // stage is one of them from 2026 (800 € in ZIP), paid by the forfait structure before.
    MISSIONS: [eur("0,00"), eur("800,00"), plus("800,00")],
    QUALITE: [eur("0,00"), eur("0,00"), eur("0,00")],
    SNP: [eur("0,00"), eur("0,00"), eur("0,00")],
    INTERESSEMENTS: [eur("0,00"), eur("0,00"), eur("0,00")],
  };
  for (const [code, cells] of Object.entries(expected)) assert.deepEqual(await comparisonRow(page, code), cells, code);
  // A "—" says why on hover: the FMT starts on 01/01/2026, the FPMT ended on 31/12/2025.
  assert.match(await page.locator('#comparaison tr[data-code="FMT"] td').first().getAttribute("title"), /01\/01\/2026/);
  assert.match(await page.locator('#comparaison tr[data-code="FPMT"] td').nth(1).getAttribute("title"), /31\/12\/2025/);
  assert.match(await page.locator('#comparaison tr[data-code="DONUM"] td').first().getAttribute("title"), /01\/01\/2026/);

  assert.equal(await text(page, "#total-a"), eur("35 430,16"));
  assert.equal(await text(page, "#total-b"), eur("36 562,50"));
  assert.equal(await ecart(page), "+1 132,34 € (+3,2 %)");
});

pageTest("ce qui explique l'écart : la ligne des patients en ALD de 80 ans ou plus", async (page) => {
  // FPMT 2025: 63 × 70 € = 4 410 €; FMT 2026: 62 seen × 100 € = 6 200 €; +1 790 €.
  const line = page
    .locator("#explications li")
    .filter({ has: page.locator(".line-label", { hasText: /^Patients en ALD de 80 ans ou plus$/ }) });
  assert.equal(await line.count(), 1);
  assert.equal(plain(await line.textContent()), "Patients en ALD de 80 ans ou plus : 4 410,00 € en 2025, 6 200,00 € en 2026 (+1 790,00 €)");
  assert.equal(plain(await line.locator("strong").textContent()), "(+1 790,00 €)");

  // Likewise ALD < 80 ans: 210 × 46 = 9 660 € → 206 × 55 = 11 330 € (+1 670 €).
  const under80 = page
    .locator("#explications li")
    .filter({ has: page.locator(".line-label", { hasText: /^Patients en ALD de moins de 80 ans$/ }) });
  assert.equal(plain(await under80.textContent()), "Patients en ALD de moins de 80 ans : 9 660,00 € en 2025, 11 330,00 € en 2026 (+1 670,00 €)");

  // The largest differences come first, ten at most.
  const gaps = await page.locator("#explications li strong").evaluateAll((s) =>
    s.map((x) => Number(x.textContent.replace(/[^\d,]/g, "").replace(",", "."))),
  );
  assert.ok(gaps.length > 0 && gaps.length <= 10, `${gaps.length} explications`);
  assert.deepEqual(gaps, [...gaps].sort((x, y) => y - x), "triées par écart décroissant");
});

pageTest("une saisie d'avant 2026 (ROSP) change la comparaison, pas le total 2026", async (page) => {
  // Other ROSP points 100 → 200: +100 × 7 € = +700 €. ROSP 5 527,55 → 6 227,55 €, total 2025
  // 35 430,16 → 36 130,16 €, écart 36 562,50 − 36 130,16 = +432,34 € (432,34 / 36 130,16 = 1,197 %
  // → +1,2 %).
  const points = page.locator("#f-rosp-points_non_ponderes");
  assert.equal(await points.inputValue(), "100");
  await points.fill("200");
  await eventually(() => text(page, "#total-a"), eur("36 130,16"));
  assert.deepEqual(await comparisonRow(page, "ROSP"), [eur("6 227,55"), "—", minus("6 227,55")]);
  assert.equal(await ecart(page), "+432,34 € (+1,2 %)");
  assert.equal(await verdict(page), "En 2026, vous gagnez 432,34 € de plus qu'en 2025 (+1,2 %).");
  assert.equal(await formula(page, row("ROSP.AUTRES", A)), "200 points × 7 €");
  assert.equal(await amount(page, row("ROSP.AUTRES", A)), eur("1 400,00"));
  // 2026 does not know the ROSP: its total stays.
  assert.equal(await total(page), eur("36 562,50"));
  assert.equal(await text(page, "#total-b"), eur("36 562,50"));

  // A decimal with a comma is accepted: 412,5 weighted points × 1 061 / 800 × 7 € = 3 829,546875
  // → 3 829,55 €; ROSP 3 829,55 + 1 400 = 5 229,55 €.
  await page.fill("#f-rosp-points_ponderes", "412,5");
  await eventually(() => comparisonRow(page, "ROSP"), [eur("5 229,55"), "—", minus("5 229,55")]);
  assert.equal(await page.locator("#erreurs").isHidden(), true);
  assert.match(await formula(page, row("ROSP.PONDERES", A)), /^412,5 points × 1 061 patients \/ 800 × 7 €/);
  assert.equal(await amount(page, row("ROSP.PONDERES", A)), eur("3 829,55"));
});

pageTest("une erreur dans une section d'avant 2026 (SNP du 3e trimestre) s'affiche près du champ", async (page) => {
  const input = page.locator(SNP_T3);
  assert.equal(await input.inputValue(), "8");
  await input.fill("-3");
  await eventually(() => input.getAttribute("aria-invalid"), "true");
  const message = page.locator("#e-forfait_structure-snp_sas_trimestres-2");
  assert.equal(await input.getAttribute("aria-errormessage"), "e-forfait_structure-snp_sas_trimestres-2");
  assert.equal(await message.isVisible(), true);
  assert.match(plain(await message.textContent()), /^SNP régulés par le SAS, trimestre 3 — .*négatif/);
  // Next to its field: in the forfait structure's own section, under the quarters.
  const section = await message.evaluate((m) => m.closest("fieldset[data-section]")?.querySelector("legend")?.textContent);
  assert.match(section ?? "", /Forfait structure/);
  assert.equal(await message.evaluate((m, id) => m.closest("fieldset[data-section]").contains(document.getElementById(id)), SNP_T3.slice(1)), true);
  const summary = page.locator("#erreurs");
  assert.equal(await summary.isVisible(), true);
  assert.equal(await summary.locator(`a[href="${SNP_T3}"]`).count(), 1);
  assert.equal(await page.locator("#montant-total").count(), 0);

  // Back to 8 SNP: the default comparison again.
  await input.fill("8");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await message.count(), 0, "plus de message"); // cell messages are removed, not hidden
  assert.equal(await summary.isHidden(), true);
  assert.equal(await ecart(page), "+1 132,34 € (+3,2 %)");
});

pageTest("les sections du formulaire suivent les années calculées", async (page) => {
  assert.deepEqual(await sections(page), DEFAULT_SECTIONS);
  assert.equal(await page.locator("#f-rosp-points_ponderes").isVisible(), true);

  // 2026 against 2027: no ROSP, forfait structure nor VSM in either year; the numérique section
  // serves the DONUM.
  await page.selectOption("#f-comparer", "2027");
  await eventually(() => sections(page), { ...DEFAULT_SECTIONS, ROSP: false, FS: false, VSM: false });
  assert.equal(await page.locator("#f-rosp-points_ponderes").isVisible(), false);
  assert.equal(await page.locator(SNP_T3).isVisible(), false);
  assert.equal(await page.locator("#f-missions-maitre_de_stage").isVisible(), true);
  assert.deepEqual(await page.locator("#comparaison thead th.num").allTextContents(), ["2027", "2026", "Écart"]);

  // Back to 2025: every section again.
  await page.selectOption("#f-comparer", "2025");
  await eventually(() => sections(page), DEFAULT_SECTIONS);
  assert.equal(await page.locator(SNP_T3).isVisible(), true);
  assert.equal(await total(page), eur("36 562,50"));
  assert.equal(await text(page, "#total-a"), eur("35 430,16"));
});

pageTest("le détail de l'année de comparaison (2025) s'ouvre sous le détail 2026", async (page) => {
  const box = page.locator("#detail-a-box");
  assert.equal(await box.isVisible(), true);
  assert.equal(await box.evaluate((d) => d.open), false);
  const summary = box.locator("summary");
  assert.equal(plain(await summary.textContent()), "Le détail 2025 (année de comparaison)");
  const ald80 = page.locator(row("FPMT.ALD_80_ANS_ET_PLUS", A));
  assert.equal(await ald80.isVisible(), false);

  await summary.click();
  await open(page, "FPMT", A);
  await eventually(() => ald80.isVisible(), true);
  assert.equal(plain(await text(page, `${A} h3`)), "Le détail 2025, ligne par ligne");
  // FPMT (000 §3.1 A, montants actuels): every patient, seen or not.
  const fpmt = {
    "FPMT.ALD_80_ANS_ET_PLUS": ["63 patients × 70 €", "4 410,00"],
    "FPMT.ALD_MOINS_80_ANS": ["210 patients × 46 €", "9 660,00"],
    "FPMT.80_ANS_ET_PLUS": ["46 patients × 46 €", "2 116,00"],
    "FPMT.75_A_79_ANS": ["42 patients × 5 €", "210,00"],
    "FPMT.7_A_74_ANS": ["620 patients × 5 €", "3 100,00"],
    "FPMT.2_A_6_ANS": ["54 patients × 6 €", "324,00"],
    "FPMT.MOINS_2_ANS": ["26 patients × 6 €", "156,00"],
  };
  for (const [code, [f, a]] of Object.entries(fpmt)) {
    assert.equal(await formula(page, row(code, A)), f, code);
    assert.equal(await amount(page, row(code, A)), eur(a), code);
  }
  assert.equal(await subtotal(page, "FPMT.PATIENTELE", A), eur("19 976,00"));
  assert.match(await text(page, `${row("FPMT.ALD_80_ANS_ET_PLUS", A)} .source`), /§3\.1 A/);
  // ROSP (002 II.4): 520 × 1 061 / 800 = 689,65 points × 7 € = 4 827,55 €; 100 × 7 € = 700 €.
  assert.match(await formula(page, row("ROSP.PONDERES", A)), /^520 points × 1 061 patients \/ 800 × 7 € \(689,65 points pondérés\)$/);
  assert.equal(await amount(page, row("ROSP.PONDERES", A)), eur("4 827,55"));
  assert.equal(await amount(page, row("ROSP.AUTRES", A)), eur("700,00"));
  // Forfait structure (004 art. 5): volet 1 400 points = 2 800 €; volet 2 610 points = 4 270 €
  // + maître de stage 350 € = 4 620 €; SAS effection 10 + 30 + 10 + 50 = 100 points = 700 €.
  assert.equal(await subtotal(page, "FS.VOLET1", A), eur("2 800,00"));
  assert.equal(await subtotal(page, "FS.VOLET2", A), eur("4 620,00"));
  assert.match(await formula(page, row("FS.V2.EFFECTION_SAS", A)), /100 points × 7 €$/);
  assert.equal(await amount(page, row("FS.V2.EFFECTION_SAS", A)), eur("700,00"));
  assert.equal(await amount(page, row("FS.V2.ENCADREMENT_ETUDIANTS", A)), eur("350,00"));
  // VSM (000 §3.3 B): 90 % × (4 774,50 − 1 989,38) = 2 506,608 → 2 506,61 €.
  assert.match(await formula(page, row("VSM.FORFAIT", A)), /90 % × \(4 774,50 € − 1 989,38 €/);
  assert.equal(await amount(page, row("VSM.FORFAIT", A)), eur("2 506,61"));
  // 2025 has no FMT, DONUM, aides à l'installation nor consultations avancées yet (all from
  // 01/01/2026); its missions (AME, IPA) exist but nothing is declared.
  const gone = await page.locator(`${A} .hors-vigueur li[data-code]`).evaluateAll((li) => li.map((l) => l.dataset.code));
  assert.deepEqual(gone, ["FMT", "DONUM", "AIDES_INSTALLATION", "CONSULTATIONS_AVANCEES", ...CONVENTION_2011]);
  assert.match(plain(await text(page, `${A} .hors-vigueur li[data-code="DONUM"]`)), /01\/01\/2026/);
  assert.equal(plain(await text(page, `${A} .dispositif[data-code="MISSIONS"] h4`)), "Missions spécifiques — 0,00 €");
  // The main year's detail is still the 2026 one.
  assert.equal(await page.locator(B).getAttribute("data-annee"), "2026");
  assert.equal(await page.locator(A).getAttribute("data-annee"), "2025");
});

pageTest("« Pas de comparaison » : une seule année, sans verdict ni tableau comparé", async (page) => {
  await singleYear(page);
  assert.equal(await total(page), eur("36 562,50"));
  assert.equal(plain(await text(page, "#total .total-label")), "Vos forfaits 2026");
  assert.equal(await page.locator("#verdict").count(), 0);
  assert.equal(await page.locator("#detail-a-box").isHidden(), true);
  // The chart shows the groups of the single year that pay something, with their sub-totals:
  // DONUM socle 280 points = 1 960 €, optional 60 + 60 + 20 = 140 points = 980 €.
  const bars = await page.locator("#barres .bar-row[data-code]").evaluateAll((rows) =>
    rows.map((r) => [r.dataset.code, ...[...r.querySelectorAll(".bar-value")].map((v) => v.textContent)]),
  );
  assert.deepEqual(bars, [
    ["FMT.SOCLE", eur("24 875,00")],
    ["FMT.C2S", eur("920,00")],
    ["FMT.MAJORATIONS", eur("2 487,50")],
    ["FMT.PREVENTION", eur("4 540,00")],
    ["DONUM.SOCLE", eur("1 960,00")],
    ["DONUM.OPTIONNELS", eur("980,00")],
    ["MISSIONS.MAITRE_DE_STAGE", eur("800,00")],
  ]);
  assert.equal(await amount(page, row("FMT.SOCLE.ALD_80_ANS_ET_PLUS")), eur("6 200,00"));
  // 2026 alone asks nothing about the ROSP, the forfait structure's declarations or the VSM.
  assert.deepEqual(await sections(page), { ...DEFAULT_SECTIONS, ROSP: false, FS: false, VSM: false });

  // Comparing again brings everything back.
  await page.selectOption("#f-comparer", "2025");
  await eventually(() => page.locator("#comparaison").isVisible(), true);
  assert.equal(await verdict(page), "En 2026, vous gagnez 1 132,34 € de plus qu'en 2025 (+3,2 %).");
  assert.equal(await page.locator("#detail-a-box").isVisible(), true);
});
