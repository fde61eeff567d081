// End-to-end tests of the « Représentativité des signataires » panel (www/representativite.js),
// in the page of dist/ (run by `make test-e2e`). Like page.test.mjs, every test also fails on any
// console error or warning, uncaught exception or request leaving the local server (helpers.mjs).
//
// The numbers, by hand, from the texts of /work/shared/sources:
//
// URPS results of 7 April 2021 (003, « Résultats des élections URPS du 7 avril 2021 », national
// votes and published shares):
//   généralistes  CSMF 2 291 (17,31 %)  FMF 2 274 (17,18 %)  MG France 4 841 (36,58 %)  UFML-S 2 259 (17,08 %)
//   spécialistes  CSMF 2 742 (22,36 %)  Avenir Spé-Le Bloc 4 819 (39,30 %)  SML 1 474 (12,02 %)  UFML-S 2 044 (16,67 %)
// Signatories (000, préambule): the Fédération française des médecins généralistes (MG France),
// the FMF, the CSMF, Avenir Spé-Le Bloc and the SML; the UFML-S did not sign.
//
// Weight of the signatories = sum of their published shares (000, préambule: 71,07 % and 73,68 %):
//   généralistes  17,31 + 17,18 + 36,58 = 71,07 %
//   spécialistes  22,36 + 39,30 + 12,02 = 73,68 %          (the FMF is not in this college)
//
// Seats (000, §12 C): 6 per college, each signatory's votes ÷ the electoral quotient, the seats left
// to the largest remainders, at least one seat each. Quotient = the signatories' votes ÷ 6 (the
// reading the panel states):
//   généralistes  2 291 + 2 274 + 4 841 = 9 406 ; 9 406 ÷ 6 = 1 567,67
//     CSMF      2 291 ÷ 1 567,67 = 1,4614 → 1, reste 0,4614 (1er)  → + 1 = 2
//     FMF       2 274 ÷ 1 567,67 = 1,4505 → 1, reste 0,4505 (2e)   →       1
//     MG France 4 841 ÷ 1 567,67 = 3,0880 → 3, reste 0,0880 (3e)   →       3
//     5 seats by the quotient, the 6th to the largest remainder (CSMF): 3 / 2 / 1 as §12 C publishes.
//   spécialistes  2 742 + 4 819 + 1 474 = 9 035 ; 9 035 ÷ 6 = 1 505,83
//     CSMF               2 742 ÷ 1 505,83 = 1,8209 → 1, reste 0,8209 (2e) → + 1 = 2
//     Avenir Spé-Le Bloc 4 819 ÷ 1 505,83 = 3,2002 → 3, reste 0,2002 (3e) →       3
//     SML                1 474 ÷ 1 505,83 = 0,9788 → 0, reste 0,9788 (1er) → + 1 = 1
//     4 seats by the quotient, 2 to the largest remainders (SML, CSMF): 3 / 2 / 1 as published.
//
// Without the FMF among the signatories:
//   généralistes  17,31 + 36,58 = 53,89 % ; 2 291 + 4 841 = 7 132 ; 7 132 ÷ 6 = 1 188,67
//     CSMF 2 291 × 6 ÷ 7 132 = 1,9273 → 1, reste 0,9273 → + 1 = 2 ; MG France 4 841 × 6 ÷ 7 132
//     = 4,0726 → 4, reste 0,0726 → 4. Spécialistes unchanged (73,68 %, 2 / 3 / 1).
//
// Three seats among the spécialistes (the guaranteed seat at work):
//   9 035 ÷ 3 = 3 011,67 ; CSMF 0,9105 → 0 ; Avenir Spé-Le Bloc 1,6001 → 1 ; SML 0,4894 → 0.
//   2 seats left: CSMF (0,9105) and Avenir Spé-Le Bloc (0,6001) → CSMF 1, Avenir 2, SML 0.
//   SML has none: it receives the seat §12 C guarantees, taken from the most over-represented union
//   keeping one (Avenir Spé-Le Bloc, 2 seats for a quotient of 1,6001) → 1 / 1 / 1.

import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { RESULTS, eventually, plain, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser();

const PANEL = "#representativite";
const VOIX_CSMF_G = "#rep-f-resultats-generalistes-syndicats-0-voix";
const ERR_VOIX_CSMF_G = "#rep-e-resultats-generalistes-syndicats-0-voix";
const SIEGES_S = "#rep-f-sieges_specialistes";

/** Opens the panel and waits for its module, loaded when it is first opened. */
async function openPanel(page) {
  await page.click(`${PANEL} summary`);
  await page.waitForSelector(`${PANEL}[data-ready='true']`);
  await page.waitForSelector("#rep-form", { state: "visible" });
}

/** The signatories' weight shown per college: { generalistes: "71,07 %", … }. */
const weights = (page) =>
  page
    .locator(".rep-college")
    .evaluateAll((cs) => Object.fromEntries(cs.map((c) => [c.dataset.college, c.querySelector(".rep-poids-valeur").textContent.replace(/\s+/gu, " ")])));

/** Seats per union in a college: { CSMF: 2, … } (every union listed, non-signatories at 0). */
const seats = (page, college) =>
  page
    .locator(`.rep-college[data-college="${college}"] tr[data-syndicat]`)
    .evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.dataset.syndicat, Number(r.querySelector(".rep-sieges").textContent)])));

const announced = async (page) => plain(await page.locator("#rep-annonce").textContent());
/** The signatory checkbox of a union, by its accessible name. */
const signatory = (page, name) => page.getByRole("checkbox", { name: new RegExp(`^${name}\\b`) });

pageTest("panneau : fermé au départ, 71,07 % et 73,68 %, sièges 3/2/1 de la convention", async (page) => {
  assert.equal(await page.locator(`${PANEL} details`).getAttribute("open"), null, "le panneau est fermé par défaut");
  // Its wasm is loaded only when it is opened.
  assert.equal(await page.locator(PANEL).getAttribute("data-ready"), null);
  assert.equal(await page.locator(`${PANEL} summary`).textContent(), "Représentativité des signataires et sièges (négociateurs)");
  await openPanel(page);

  // The 2024 signatories are checked, the UFML-S is not.
  for (const name of ["CSMF", "FMF", "MG France", "Avenir Spé-Le Bloc", "SML"]) assert.ok(await signatory(page, name).isChecked(), name);
  assert.equal(await signatory(page, "UFML-S").isChecked(), false);
  // The preloaded 2021 results, with their source and 6 + 6 seats.
  assert.equal(await page.inputValue(VOIX_CSMF_G), "2 291".replace(" ", "\u00a0"));
  assert.equal(await page.inputValue("#rep-f-resultats-specialistes-syndicats-1-part"), "39,30");
  assert.equal(await page.inputValue("#rep-f-sieges_generalistes"), "6");
  assert.equal(await page.inputValue(SIEGES_S), "6");
  assert.match(await page.inputValue("#rep-f-resultats-source"), /15\/11\/2023.*URPS du 7 avril 2021/);

  assert.deepEqual(await weights(page), { generalistes: "71,07 %", specialistes: "73,68 %" });
  assert.equal(
    plain(await page.locator('.rep-college[data-college="generalistes"] .rep-formule').textContent()),
    "Somme des parts des signataires : 17,31 % + 17,18 % + 36,58 % = 71,07 %",
  );
  assert.equal(
    plain(await page.locator('.rep-college[data-college="specialistes"] .rep-formule').textContent()),
    "Somme des parts des signataires : 22,36 % + 39,30 % + 12,02 % = 73,68 %",
  );
  assert.deepEqual(await seats(page, "generalistes"), { CSMF: 2, FMF: 1, "MG France": 3, "UFML-S": 0 });
  assert.deepEqual(await seats(page, "specialistes"), { CSMF: 2, "Avenir Spé-Le Bloc": 3, SML: 1, "UFML-S": 0 });
  const repartition = plain(await page.locator('.rep-college[data-college="generalistes"] .rep-repartition').textContent());
  assert.match(repartition, /9 406 voix des signataires ÷ 6 sièges = 1 567,67 ; 5 sièges au quotient, 1 au plus fort reste \(CSMF\)/);
  const explication = plain(await page.locator('.rep-college[data-college="specialistes"] tr[data-syndicat="SML"] + tr .rep-explication').textContent());
  assert.match(explication, /^1 474 voix ÷ 1 505,83 \(quotient électoral\) = 0,9788 : 0 siège au quotient, reste 0,9788, 1er des 3 restes/);

  // The live region says it in words; the readings, notes and sources are shown.
  assert.equal(
    await announced(page),
    "généralistes : signataires 71,07 % des suffrages exprimés ; CSMF 2 sièges, FMF 1 siège, MG France 3 sièges. " +
      "spécialistes : signataires 73,68 % des suffrages exprimés ; CSMF 2 sièges, Avenir Spé-Le Bloc 3 sièges, SML 1 siège.",
  );
  assert.equal(await page.locator("#rep-annonce").getAttribute("aria-live"), "polite");
  assert.ok((await page.locator("#rep-interpretations li").count()) >= 5);
  assert.match(plain(await page.locator("#rep-interpretations").textContent()), /Quotient électoral \(§12 C\)/);
  assert.match(plain(await page.locator("#rep-notes").textContent()), /sièges identiques à la répartition publiée au §12 C \(MG France 3, CSMF 2, FMF 1\)/);
  assert.match(plain(await page.locator("#rep-sources").textContent()), /Circulaire CNAM du 31\/07\/2024, préambule/);
  assert.equal(await page.locator("#rep-erreurs").isVisible(), false);

  await mkdir(RESULTS, { recursive: true });
  await page.locator(PANEL).screenshot({ path: join(RESULTS, "representativite.png") });
});

pageTest("décocher un signataire change le poids et les sièges ; le recocher les rétablit", async (page) => {
  await openPanel(page);
  await signatory(page, "FMF").uncheck();
  await eventually(() => weights(page), { generalistes: "53,89 %", specialistes: "73,68 %" });
  assert.deepEqual(await seats(page, "generalistes"), { CSMF: 2, FMF: 0, "MG France": 4, "UFML-S": 0 });
  assert.deepEqual(await seats(page, "specialistes"), { CSMF: 2, "Avenir Spé-Le Bloc": 3, SML: 1, "UFML-S": 0 });
  assert.match(await announced(page), /^généralistes : signataires 53,89 % des suffrages exprimés ; CSMF 2 sièges, MG France 4 sièges\./);
  // No longer the convention's scenario: the comparison with the published figures is gone.
  assert.doesNotMatch(plain(await page.locator("#rep-notes").textContent()), /répartition publiée/);

  // Back with the keyboard: focus the checkbox, Space.
  await signatory(page, "FMF").focus();
  await page.keyboard.press("Space");
  await eventually(() => weights(page), { generalistes: "71,07 %", specialistes: "73,68 %" });
  assert.deepEqual(await seats(page, "generalistes"), { CSMF: 2, FMF: 1, "MG France": 3, "UFML-S": 0 });
});

pageTest("sièges modifiés : le siège garanti à chaque signataire (3 sièges chez les spécialistes)", async (page) => {
  await openPanel(page);
  await page.fill(SIEGES_S, "3");
  await eventually(() => seats(page, "specialistes"), { CSMF: 1, "Avenir Spé-Le Bloc": 1, SML: 1, "UFML-S": 0 });
  const sml = plain(await page.locator('.rep-college[data-college="specialistes"] tr[data-syndicat="SML"] + tr .rep-explication').textContent());
  assert.match(sml, /reçoit celui que le §12 C garantit à chaque signataire, pris à Avenir Spé-Le Bloc/);
  // The weight does not depend on the seats.
  assert.deepEqual(await weights(page), { generalistes: "71,07 %", specialistes: "73,68 %" });
});

pageTest("une voix négative : l'erreur du cœur à côté du champ, puis la correction", async (page) => {
  await openPanel(page);
  await page.fill(VOIX_CSMF_G, "-5");
  const error = page.locator(ERR_VOIX_CSMF_G);
  await eventually(async () => plain(await error.textContent()), "Un nombre de voix ne peut pas être négatif.");
  assert.ok(await error.isVisible());
  assert.equal(await page.getAttribute(VOIX_CSMF_G, "aria-invalid"), "true");
  assert.match(await page.getAttribute(VOIX_CSMF_G, "aria-describedby"), /rep-e-resultats-generalistes-syndicats-0-voix/);
  // The summary links to the field; the live region says the result is not updated.
  const summary = page.locator("#rep-erreurs");
  assert.ok(await summary.isVisible());
  assert.equal(await summary.locator("a").getAttribute("href"), "#rep-f-resultats-generalistes-syndicats-0-voix");
  assert.match(plain(await summary.textContent()), /CSMF : voix \(généralistes\) — Un nombre de voix ne peut pas être négatif\./);
  assert.match(await announced(page), /^Calcul impossible : 1 erreur à corriger/);
  assert.ok(await page.locator("#rep-resultats.rep-stale").isVisible());

  // Two errors at once: a seat count that is not an integer is caught too.
  await page.fill(SIEGES_S, "1,5");
  await eventually(async () => plain(await page.locator("#rep-e-sieges_specialistes").textContent()), "Nombre entier attendu (sans virgule).");
  assert.equal(plain(await error.textContent()), "Un nombre de voix ne peut pas être négatif.");
  assert.match(await announced(page), /^Calcul impossible : 2 erreurs à corriger/);

  await page.fill(SIEGES_S, "6");
  await page.fill(VOIX_CSMF_G, "2291");
  await eventually(() => weights(page), { generalistes: "71,07 %", specialistes: "73,68 %" });
  assert.equal(await page.getAttribute(VOIX_CSMF_G, "aria-invalid"), null);
  assert.equal(await error.isVisible(), false);
  assert.equal(await summary.isVisible(), false);
  assert.equal(await page.locator("#rep-resultats.rep-stale").count(), 0);
  assert.deepEqual(await seats(page, "generalistes"), { CSMF: 2, FMF: 1, "MG France": 3, "UFML-S": 0 });
});

pageTest("aucun signataire coché : l'erreur est sur la liste des signataires", async (page) => {
  await openPanel(page);
  for (const name of ["CSMF", "FMF", "MG France", "Avenir Spé-Le Bloc", "SML"]) await signatory(page, name).uncheck();
  await eventually(async () => plain(await page.locator("#rep-e-signataires").textContent()), "Au moins un syndicat signataire attendu.");
  await page.click("#rep-reinitialiser");
  await eventually(() => weights(page), { generalistes: "71,07 %", specialistes: "73,68 %" });
  assert.equal(await page.locator("#rep-e-signataires").isVisible(), false);
});

// The table typed without its published shares (issue 9, item 8): its four unions hold 11 665 of
// the 23 384 « Exprimés » (49,88 %) and 11 079 of the 19 188 (57,74 %). Over the « Exprimés »:
// 2 291 ÷ 23 384 = 9,80 %, 2 274 ÷ 23 384 = 9,72 %, 4 841 ÷ 23 384 = 20,70 % → 40,22 %;
// 2 742 ÷ 19 188 = 14,29 %, 4 819 ÷ 19 188 = 25,11 %, 1 474 ÷ 19 188 = 7,68 % → 47,08 %.
// Over the votes typed: 19,64 + 19,49 + 41,50 = 80,63 %; 24,75 + 43,50 + 13,30 = 81,55 %.
pageTest("voix saisies sans parts publiées, loin des exprimés : avertissement et les deux lectures", async (page) => {
  await openPanel(page);
  for (const college of ["generalistes", "specialistes"]) {
    for (let i = 0; i < 4; i += 1) await page.fill(`#rep-f-resultats-${college}-syndicats-${i}-part`, "");
  }
  await eventually(() => weights(page), { generalistes: "40,22 %", specialistes: "47,08 %" });
  const other = async (college) => plain(await page.locator(`.rep-college[data-college="${college}"] .rep-autre-lecture`).textContent());
  assert.match(await other("generalistes"), /^Autre lecture : sur les 11 665 voix saisies \(49,88 % des suffrages exprimés\), les signataires pèsent 80,63 %\./);
  assert.match(await other("generalistes"), /CSMF 19,64 % \+ FMF 19,49 % \+ MG France 41,50 % = 80,63 %/);
  assert.match(await other("specialistes"), /^Autre lecture : sur les 11 079 voix saisies \(57,74 % des suffrages exprimés\), les signataires pèsent 81,55 %\./);
  const warnings = plain(await page.locator("#rep-avertissements").textContent());
  assert.match(warnings, /les voix saisies \(11 665\) ne font que 49,88 % des 23 384 suffrages exprimés saisis/);
  assert.match(warnings, /pèsent 81,55 % au lieu de 47,08 %/);
  // The seats count the signatories' votes only: the same in both readings.
  assert.deepEqual(await seats(page, "generalistes"), { CSMF: 2, FMF: 1, "MG France": 3, "UFML-S": 0 });
  await mkdir(RESULTS, { recursive: true });
  await page.locator(".rep-college").first().screenshot({ path: join(RESULTS, "representativite-deux-lectures.png") });

  // Back to the published shares: one reading again.
  await page.click("#rep-reinitialiser");
  await eventually(() => weights(page), { generalistes: "71,07 %", specialistes: "73,68 %" });
  assert.equal(await page.locator(".rep-autre-lecture").count(), 0);
});
