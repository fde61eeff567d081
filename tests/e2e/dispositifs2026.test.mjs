// End-to-end tests of the dispositifs around the FMT: the assistant médical contract and its dated
// schedule (circular 000 §4), the consultations avancées (§3.2 B), the missions (§3.4 A and D) and
// the demographic contract kept or resigned (§3.2 A). Same rules as page.test.mjs: every test also
// fails on a console error or warning, an uncaught exception or a request leaving the local server.
//
// The default profile (src/defaults.rs) gives, by hand (see page.test.mjs): 2026 = FMT 32 822,50
// (socle 24 875, ZIP 10 % = 2 487,50) + maître de stage in ZIP 800 + DONUM 2 940 = 36 562,50;
// 2025 = 35 430,16.

import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { A, amount, B, comparisonRow, eur, eventually, formula, plain, plus, RESULTS, row, text, total, useBrowser, verdict } from "./helpers.mjs";

const pageTest = useBrowser();


/** The assistant's years: rank, period, maximum (and « avant revalorisation »), share, why. */
const contractYears = (page) =>
  page.locator("#echeancier-annees tbody tr").evaluateAll((rows) =>
    rows.map((r) => {
      const [period, max, share, why] = [...r.cells].slice(1);
      return {
        rang: r.dataset.rang,
        periode: period.textContent,
        maximum: max.firstChild.textContent,
        revalorise: !max.querySelector(".source"),
        part: share.textContent,
        pourquoi: why.firstChild.textContent.replace(/\s+/gu, " "),
      };
    }),
  );
/** The dated payments: date, what (without its window, spaces made plain), amount. */
const payments = async (page) =>
  (
    await page
      .locator("#echeancier-versements li")
      .evaluateAll((li) => li.map((l) => [l.dataset.date, l.querySelector(".timeline-what").firstChild.textContent, l.querySelector(".timeline-amount").textContent]))
  ).map(([date, what, paid]) => [date, plain(what), paid]);
const perCalendarYear = (page) =>
  page.locator("#echeancier-annees-civiles tbody tr").evaluateAll((rows) => rows.map((r) => [r.dataset.annee, r.cells[1].textContent]));

// ——— Assistant médical (circular 000 §4) ———
//
// A 1 ETP contract signed on 15/11/2021, patientèle between P30 and P90, 5 years shown. Amounts of
// §4.2 (revalorised): 38 000 (1st year), 28 000 (2nd), 22 000 (3rd and after); the +5 % applies
// from the first anniversary on or after 22/06/2024, i.e. 15/11/2024, the 4th year (§4.2, its
// example: « au 15 novembre 2024 le solde de sa 3e année (qui ne sera pas revalorisé) et l'acompte
// de sa quatrième année (qui sera lui revalorisé) »). Before it, the core derives the amounts
// (stated interpretation): 38 000 / 1,05 = 36 190,48 → 36 190; 28 000 / 1,05 → 26 667;
// 22 000 / 1,05 = 20 952,38 → 20 952.
// Payments (§4.6): years 1 and 2 in full, at the signature and at the 1st anniversary; from the
// 3rd, a deposit of 50 % at the anniversary and the balance (maximum × share − deposit) in the two
// months after the next one.
// 3rd year results: PFA start 1 500, objective 1 700, reached 1 650 (not reached, no decrease: a
// rate of (1 650 − 1 500) / (1 700 − 1 500) = 75 %); PMT left empty (0 / 0 / 0): not assessed, so
// the PFA alone decides (the core's stated reading) → 75 %.
//   15/11/2021  1st year               36 190
//   15/11/2022  2nd year               26 667
//   15/11/2023  3rd year deposit       50 % × 20 952 = 10 476
//   15/11/2024  3rd year balance       75 % × 20 952 − 10 476 = 15 714 − 10 476 = 5 238 (not revalorised)
//   15/11/2024  4th year deposit       50 % × 22 000 = 11 000 (revalorised)
//   15/11/2025  4th year balance       22 000 − 11 000 = 11 000 (results not entered: maximum)
//   15/11/2025  5th year deposit       11 000
//   15/11/2026  5th year balance       11 000
//   per calendar year: 2021 36 190; 2022 26 667; 2023 10 476; 2024 16 238; 2025 22 000;
//   2026 11 000; total 36 190 + 26 667 + 15 714 + 22 000 + 22 000 = 122 571.
// In the year reports, the payments that fall in the year: 2026 + 11 000 = 47 562,50; 2025
// + 22 000 = 57 430,16; écart 47 562,50 − 57 430,16 = −9 867,66 (9 867,66 / 57 430,16 = 17,18 %
// → −17,2 %).
// With a PMT of 800 → objective 900, reached 800 (not reached, no decrease, rate 0 %), the 3rd year
// is prorated on the better rate, 75 % too: the same schedule.

pageTest("assistant médical : l'échéancier daté du contrat signé le 15/11/2021 (l'exemple du 15 novembre)", async (page) => {
  assert.equal(await page.locator("#assistant-champs").isHidden(), true);
  assert.equal(await page.locator("#echeancier").isHidden(), true);
  await page.check("#assistant-actif");
  await eventually(() => page.locator("#assistant-champs").isVisible(), true);
  assert.equal(await page.locator("#f-assistant_medical-option").inputValue(), "1");
  assert.equal(await page.locator("#f-assistant_medical-bande_patientele").inputValue(), "p30_a_p90");
  assert.equal(await page.locator("#f-assistant_medical-annees").inputValue(), "5");
  // One row of results per year from the 3rd: years 3, 4, 5.
  assert.equal(await page.locator("#grille-assistant tbody tr").count(), 3);
  await page.fill("#f-assistant_medical-date_signature", "2021-11-15");
  await page.fill("#f-assistant_medical-resultats-0-pfa_depart", "1500");
  await page.fill("#f-assistant_medical-resultats-0-pfa_objectif", "1700");
  await page.fill("#f-assistant_medical-resultats-0-pfa_realisee", "1650");
  await eventually(() => text(page, "#echeancier-total"), eur("122 571,00"));
  assert.equal(await page.locator("#echeancier").isVisible(), true);

  const not = "versement intégral quelle que soit l'atteinte des objectifs";
  const later = "résultats de l'année non saisis : solde maximal affiché";
  const years = await contractYears(page);
  assert.deepEqual(
    years.map((y) => [y.rang, y.periode, y.maximum, y.revalorise, y.part]),
    [
      ["1", "15/11/2021 – 14/11/2022", eur("36 190,00"), false, "100 %"],
      ["2", "15/11/2022 – 14/11/2023", eur("26 667,00"), false, "100 %"],
      ["3", "15/11/2023 – 14/11/2024", eur("20 952,00"), false, "75 %"],
      ["4", "15/11/2024 – 14/11/2025", eur("22 000,00"), true, "100 %"],
      ["5", "15/11/2025 – 14/11/2026", eur("22 000,00"), true, "100 %"],
    ],
  );
  assert.deepEqual([years[0].pourquoi, years[1].pourquoi, years[3].pourquoi, years[4].pourquoi], [not, not, later, later]);
  // The 3rd year: PFA short of its objective without a decrease; the empty PMT is not assessed.
  assert.match(years[2].pourquoi, /^PFA 1 650 \/ objectif 1 700 \(non atteint, sans baisse\) → 75 %/);

  assert.deepEqual(await payments(page), [
    ["2021-11-15", "1re année : aide intégrale — versement intégral", eur("36 190,00")],
    ["2022-11-15", "2e année : aide intégrale — versement intégral", eur("26 667,00")],
    ["2023-11-15", "3e année : acompte de 50 % — acompte", eur("10 476,00")],
    ["2024-11-15", "3e année : 75 % de l'aide maximale (20 952 €), moins l'acompte — solde", eur("5 238,00")],
    ["2024-11-15", "4e année : acompte de 50 % — acompte", eur("11 000,00")],
    ["2025-11-15", "4e année : 100 % de l'aide maximale (22 000 €), moins l'acompte — solde", eur("11 000,00")],
    ["2025-11-15", "5e année : acompte de 50 % — acompte", eur("11 000,00")],
    ["2026-11-15", "5e année : 100 % de l'aide maximale (22 000 €), moins l'acompte — solde", eur("11 000,00")],
  ]);
  // The circular's example: on 15/11/2024, the 3rd year's balance within two months, the 4th
  // year's deposit at the anniversary.
  const nov2024 = await page.locator('#echeancier-versements li[data-date="2024-11-15"] .source').allTextContents();
  assert.deepEqual(nov2024, ["dans les 2 mois suivant l'anniversaire (entre le 15/11/2024 et le 15/01/2025)", "à l'anniversaire, le 15/11/2024"]);
  assert.deepEqual(await perCalendarYear(page), [
    ["2021", eur("36 190,00")],
    ["2022", eur("26 667,00")],
    ["2023", eur("10 476,00")],
    ["2024", eur("16 238,00")],
    ["2025", eur("22 000,00")],
    ["2026", eur("11 000,00")],
  ]);

  // The years compared count the payments that fall in them.
  assert.equal(await total(page), eur("47 562,50"));
  assert.equal(await text(page, "#total-a"), eur("57 430,16"));
  assert.deepEqual(await comparisonRow(page, "ASSISTANT_MEDICAL"), [eur("22 000,00"), eur("11 000,00"), `\u2212${eur("11 000,00")}`]);
  assert.equal(await verdict(page), "En 2026, vous percevez 9 867,66 € de moins qu'en 2025 (−17,2 %).");
  // Of it, the contract's calendar moves 11 000 − 22 000 = −11 000 €; the texts make +1 132,34 €
  // (the example without a contract): issue 14, item 9.
  assert.equal(
    plain(await text(page, "#verdict-calendrier")),
    "Dont −11 000 € dus au calendrier des versements de l'aide à l'assistant médical (les échéances de votre contrat, pas la réforme), et +1 132,34 € aux textes de chaque année.",
  );
  assert.equal(plain(await text(page, "#ecart-calendrier")), "−11 000,00 €");
  assert.equal(plain(await text(page, "#ecart-textes")), "+1 132,34 €");
  assert.match(plain(await text(page, '#comparaison tr[data-code="ASSISTANT_MEDICAL"] th')), /pas la réforme/);
  assert.equal(await amount(page, row("ASSISTANT_MEDICAL.ANNEE_5.SOLDE")), eur("11 000,00"));

  await mkdir(RESULTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.locator("#echeancier-versements").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(RESULTS, "assistant-echeancier.png") });

  // A PMT short of its objective without a decrease: the 3rd year is prorated on the better of
  // the two rates, the PFA's 75 %: balance 75 % × 20 952 − 10 476 = 5 238 €.
  await page.fill("#f-assistant_medical-resultats-0-pmt_depart", "800");
  await page.fill("#f-assistant_medical-resultats-0-pmt_objectif", "900");
  await page.fill("#f-assistant_medical-resultats-0-pmt_realisee", "800");
  await eventually(() => text(page, "#echeancier-total"), eur("122 571,00"));
  assert.equal((await contractYears(page))[2].part, "75 %");
  assert.deepEqual((await payments(page))[3], ["2024-11-15", "3e année : 75 % de l'aide maximale (20 952 €), moins l'acompte — solde", eur("5 238,00")]);
  assert.deepEqual((await perCalendarYear(page))[3], ["2024", eur("16 238,00")]);
  // 2026 does not move.
  assert.equal(await total(page), eur("47 562,50"));
});

// ——— Consultations avancées (§3.2 B) ———
//
// For a physician not installed in a ZIP (cabinet principal or secondaire), 200 € per half-day,
// 6 half-days a month at most. Outside any zone (« Ni l'une ni l'autre »), 2026 loses the ZIP
// majoration (−2 487,50) and the maître de stage is paid at the rate outside a ZIP, 500 € instead of
// 800 € (§3.4 B): 36 562,50 − 2 487,50 − 300 = 33 775,00. 8 half-days in January: 6 paid × 200 €
// = 1 200 € → 34 975,00. 2025 does not change (35 430,16).

pageTest("consultations avancées : masquées en ZIP, hors zonage 8 demi-journées en janvier, 6 payées, 1 200 €", async (page) => {
  const section = page.locator("#section-consultations-avancees");
  assert.equal(await section.isHidden(), true, "installé en ZIP : la section est masquée");
  assert.match(
    plain(await text(page, `${B} .dispositif.absent[data-code="CONSULTATIONS_AVANCEES"] .absence`)),
    /pas installés en ZIP .* vous y êtes installé/,
  );

  await page.check("input[name=zonage][value='hors_zonage']");
  await eventually(() => total(page), eur("33 775,00"));
  assert.equal(await section.isVisible(), true);
  assert.equal(await amount(page, row("FMT.MAJORATION.ZONE")), eur("0,00"));
  assert.equal(await formula(page, row("MISSIONS.MAITRE_DE_STAGE")), "Maître de stage déclaré, installé hors ZIP : 500 € par an");
  assert.equal(await formula(page, row("CONSULTATIONS_AVANCEES.AUCUNE")), "Aucune demi-journée déclarée pour l'année");

  await page.fill("#f-consultations_avancees-demi_journees-0", "8");
  await eventually(() => total(page), eur("34 975,00"));
  const january = row("CONSULTATIONS_AVANCEES.MOIS_01");
  assert.equal(await formula(page, january), "8 demi-journée(s), dont 6 rémunérées (plafond mensuel) × 200 €");
  assert.equal(await amount(page, january), eur("1 200,00"));
  assert.match(plain(await text(page, `${january} .note`)), /Au-delà de 6 demi-journées dans le mois/);
  assert.match(await text(page, `${january} .source`), /§3\.2 B/);
  assert.deepEqual(await comparisonRow(page, "CONSULTATIONS_AVANCEES"), ["—", eur("1 200,00"), plus("1 200,00")]);
  assert.equal(await text(page, "#total-a"), eur("35 430,16"));

  // Back in a ZIP: the section hides again and the half-days no longer count.
  await page.check("input[name=zonage][value='zip']");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await section.isHidden(), true);
});

// ——— Missions (§3.4) ———
//
// SAS from 2026 (§3.4 A): three cumulative conditions, 1 000 € (the amount of the proposal of
// 14/03/2024, which the core applies as a stated interpretation). IPA from 2025 (§3.4 D): at least
// 35 patients → 400 €, in 2026 and in 2025 alike.
//   2026: 36 562,50 + 1 000 = 37 562,50, then + 400 = 37 962,50; missions 800 + 1 000 + 400 = 2 200.
//   2025: 35 430,16 + 400 = 35 830,16. Écart 37 962,50 − 35 830,16 = +2 132,34.

pageTest("missions 2026 : le SAS aux trois conditions (+1 000 €), 35 patients orientés vers une IPA (+400 €)", async (page) => {
  await page.check("#f-missions-sas_departement_deploye");
  await page.check("#f-missions-sas_inscription_individuelle");
  // Two conditions out of three: nothing.
  await eventually(() => formula(page, row("MISSIONS.SAS")), "département avec SAS opérationnel : oui ; inscription individuelle sur la plateforme : oui ; agenda interfacé avec la plateforme : non → conditions non réunies");
  assert.equal(await total(page), eur("36 562,50"));
  await page.check("#f-missions-sas_agenda_interface");
  await eventually(() => total(page), eur("37 562,50"));
  assert.equal(await amount(page, row("MISSIONS.SAS")), eur("1 000,00"));
  assert.match(await formula(page, row("MISSIONS.SAS")), /agenda interfacé avec la plateforme : oui → 1 000 €$/);
  assert.deepEqual(await comparisonRow(page, "MISSIONS"), [eur("0,00"), eur("1 800,00"), plus("1 800,00")]);

  await page.fill("#f-missions-patients_orientes_ipa", "35");
  await eventually(() => total(page), eur("37 962,50"));
  assert.equal(await formula(page, row("MISSIONS.IPA")), "35 patients orientés vers une IPA (au moins 35) → 400 €");
  assert.equal(await amount(page, row("MISSIONS.IPA")), eur("400,00"));
  assert.equal(await amount(page, row("MISSIONS.IPA", A)), eur("400,00"));
  assert.deepEqual(await comparisonRow(page, "MISSIONS"), [eur("400,00"), eur("2 200,00"), plus("1 800,00")]);
  assert.equal(await text(page, "#total-a"), eur("35 830,16"));
  // 2 132,34 / 35 830,16 = 5,95 % → 6,0 % (the core drops the trailing zero).
  assert.equal(await verdict(page), "En 2026, vous gagnez 2 132,34 € de plus qu'en 2025 (+6 %).");
});

// ——— The demographic contract (§3.2 A) ———
//
// A CAIM still running on 01/01/2026 excludes the ZIP majoration: 36 562,50 − 2 487,50 = 34 075,00.
// Resigned on 31/12/2025, it no longer runs in 2026 and the 10 % majoration comes back (not the
// primo-installé rates): 10 % × 24 875 = 2 487,50 → 36 562,50. Resigned on 31/03/2026, it still
// ran on 01/01/2026: the core keeps it for the whole year (stated interpretation) → 34 075,00.

pageTest("contrat CAIM conservé : pas de majoration de zone ; résilié au 31/12/2025, les 10 % reviennent", async (page) => {
  const resignation = page.locator("#f-exercice-contrat_demographique-resiliation");
  const zone = row("FMT.MAJORATION.ZONE");
  assert.equal(await resignation.isVisible(), false, "pas de contrat, pas de date de résiliation");
  await page.selectOption("#f-exercice-contrat_demographique-type", "CAIM");
  await eventually(() => total(page), eur("34 075,00"));
  assert.equal(await resignation.isVisible(), true);
  assert.equal(await amount(page, zone), eur("0,00"));
  assert.equal(await formula(page, zone), "Contrat CAIM conservé : pas de majoration de zone tant qu'il dure.");
  assert.match(plain(await text(page, `${zone} .note`)), /Le résilier mettrait fin à ses aides et ouvrirait la majoration de zone du FMT : 2 487,50 € par an au titre de 2026/);

  await resignation.fill("2025-12-31");
  await eventually(() => total(page), eur("36 562,50"));
  assert.equal(await formula(page, zone), "10 % × socle de 24 875 €");
  assert.equal(await amount(page, zone), eur("2 487,50"));
  assert.match(plain(await text(page, `${zone} .line-label`)), /^Majoration pérenne, cabinet principal en ZIP/);
  assert.match(plain(await text(page, `${zone} .note`)), /Contrat démographique résilié : la majoration de 10 % .* \(§3\.2 A\), et non les taux du primo-installé/);

  await resignation.fill("2026-03-31");
  await eventually(() => total(page), eur("34 075,00"));
  assert.equal(await page.locator(`${zone} .interpretation`).filter({ hasText: /en cours au 1er janvier de l'année de calcul/ }).count(), 1);
});
