// End-to-end tests of the dispositifs beside the forfaits (circular 000 §5, §6, §7, §9.3, §12 D;
// avenant 9 art. 8.2): the sections of the form follow the years and the practice, the report
// shows the lines, and what is not the physician's pay stays apart from the total. Same rules as
// page.test.mjs: every test also fails on a console error or warning, an uncaught exception or a
// request leaving the local server.
//
// The default profile gives 36 562,50 € in 2026 and 35 430,16 € in 2025 (see page.test.mjs).

import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { B, RESULTS, eur, eventually, plain, row, text, total, useBrowser } from "./helpers.mjs";
import * as report from "./helpers.mjs";

const pageTest = useBrowser();

const amount = (page, code) => report.amount(page, row(code));
const formula = (page, code) => report.formula(page, row(code));
const visible = (page, selector) => page.locator(selector).isVisible();

async function singleYear(page, year) {
  await page.selectOption("#f-comparer", "");
  await page.selectOption("#f-annee", String(year));
  await eventually(async () => plain(await text(page, "#total .total-label")), `Vos forfaits ${year}`);
}

// A généraliste in 2026 (§6): 300 SNP in 40 weeks (≤ 20 × 40) × 15 € = 4 500 €; 25 SHE × 5 € = 125 €;
// 12 MVR × 10 € = 120 €; 18 visites PDSA × 6,50 € = 117 €; 48 h of régulation × 100 € = 4 800 €;
// soins non programmés 9 662 €; total 36 562,50 + 9 662 = 46 224,50 €, the FMT unchanged.
pageTest("un généraliste voit en 2026 ses majorations SAS et ses heures de régulation à côté de son FMT", async (page) => {
  await singleYear(page, 2026);
  assert.equal(await visible(page, "#section-soins-non-programmes"), true);
  await page.fill("#f-soins_non_programmes-snp", "300");
  await page.fill("#f-soins_non_programmes-semaines_snp", "40");
  await page.fill("#f-soins_non_programmes-she", "25");
  await page.fill("#f-soins_non_programmes-mvr", "12");
  await page.fill("#f-soins_non_programmes-visites_pdsa", "18");
  await page.fill("#f-soins_non_programmes-heures_regulation", "48");
  await eventually(() => total(page), eur("46 224,50"));
  assert.equal(plain(await text(page, `${B} .dispositif[data-code="FMT"] h4`)), "Forfait médecin traitant (FMT) — 32 822,50 €");
  assert.equal(plain(await text(page, `${B} .dispositif[data-code="SNP"] h4`)), "Soins non programmés et régulation — 9 662,00 €");
  assert.equal(await amount(page, "SNP.SNP"), eur("4 500,00"));
  assert.equal(await formula(page, "SNP.SNP"), "300 SNP × 15 €");
  assert.equal(await amount(page, "SNP.SHE"), eur("125,00"));
  assert.equal(await amount(page, "SNP.MVR"), eur("120,00"));
  assert.equal(await amount(page, "SNP.VISITE_PDSA"), eur("117,00"));
  assert.equal(await amount(page, "SNP.REGULATION"), eur("4 800,00"));
  assert.equal(await formula(page, "SNP.REGULATION"), "48 h × 100 €");

  // 1 100 SNP in 50 weeks: capped at 20 × 50 = 1 000, said on the line: SNP 15 000 €.
  await page.fill("#f-soins_non_programmes-snp", "1100");
  await page.fill("#f-soins_non_programmes-semaines_snp", "50");
  await eventually(() => amount(page, "SNP.SNP"), eur("15 000,00"));
  assert.match(plain(await text(page, `${row("SNP.SNP")} .note`)), /100 SNP au-delà du plafond de 20 par semaine ne sont pas payées/);

  // Without weeks, the cap cannot be applied: an error on the field.
  await page.fill("#f-soins_non_programmes-semaines_snp", "0");
  await eventually(() => page.locator("#e-soins_non_programmes-semaines_snp").isVisible(), true);
  assert.match(await text(page, "#e-soins_non_programmes-semaines_snp"), /plafonnée par semaine/);

  // In 2024 the MVR and the PDSA visit do not exist yet: their fields are hidden.
  await page.fill("#f-soins_non_programmes-semaines_snp", "50");
  await singleYear(page, 2024);
  assert.equal(await visible(page, "#f-soins_non_programmes-mvr"), false);
  assert.equal(await visible(page, "#f-soins_non_programmes-visites_pdsa"), false);
  assert.equal(await visible(page, "#f-soins_non_programmes-she"), true);
  // 48 h: 48 × 90 × 173/366 = 2 041,97 and 48 × 100 × 193/366 = 2 531,15.
  assert.equal(await amount(page, "SNP.REGULATION.1"), eur("2 041,97"));
  assert.equal(await amount(page, "SNP.REGULATION.2"), eur("2 531,15"));
});

// A surgeon in OPTAM-ACO in 2025 (§5 A): 120 acts the year before ≥ 50; 1st half-year 40 000 € ×
// K 25 % = 10 000 €, 2nd 42 000 € × K 30 % = 12 600 €.
pageTest("un chirurgien en OPTAM-ACO voit son modificateur K de 2025 semestre par semestre", async (page) => {
  await singleYear(page, 2025);
  assert.equal(await visible(page, "#section-optam"), false, "un généraliste de secteur 1 n'a pas la section OPTAM");
  await page.check("input[name=secteur][value='2']");
  await page.selectOption("#f-exercice-optam", "optam_aco");
  await page.selectOption("#f-exercice-specialite", "chirurgie");
  await eventually(() => visible(page, "#section-optam"), true);
  await page.fill("#f-optam-actes_annee_precedant_adhesion", "120");
  await page.fill("#f-optam-base_semestre_1", "40000");
  await page.fill("#f-optam-base_semestre_2", "42000");
  await eventually(() => amount(page, "OPTAM.MODIFICATEUR.S2"), eur("12 600,00"));
  assert.equal(await amount(page, "OPTAM.MODIFICATEUR.S1"), eur("10 000,00"));
  assert.equal(await formula(page, "OPTAM.MODIFICATEUR.S1"), "base de remboursement 40 000 € × K 25 %");
  assert.equal(await formula(page, "OPTAM.MODIFICATEUR.S2"), "base de remboursement 42 000 € × K 30 %");
  assert.equal(plain(await text(page, `${row("OPTAM.MODIFICATEUR.S1")} .line-label`)), "Modificateur K — 1er semestre 2025");

  // Regional rates (negotiators, folded away): floor 30 + 10 = 40 %, ceiling 85 − 5 = 80 %.
  assert.equal(await visible(page, "#f-optam-taux_regionaux-0-region"), false);
  await page.click("#champ-taux-regionaux summary");
  await page.fill("#f-optam-taux_regionaux-0-region", "Île-de-France");
  await page.fill("#f-optam-taux_regionaux-0-taux", "85");
  await page.fill("#f-optam-taux_regionaux-1-region", "Bretagne");
  await page.fill("#f-optam-taux_regionaux-1-taux", "30");
  await eventually(() => formula(page, "OPTAM.TAUX_REGIONAUX.2"), "taux constaté 30 % → 40 % (taux plancher)");
  assert.equal(await formula(page, "OPTAM.TAUX_REGIONAUX.1"), "taux constaté 85 % → 80 % (taux plafond)");
});

// Biosimilaires (§9.3 A): in 2025 only the ranibizumab is still in the dispositif; in 2024 all.
pageTest("intéressements : les molécules des biosimilaires suivent l'année", async (page) => {
  await singleYear(page, 2025);
  const rowOf = (m) => `#grille-biosimilaires tr[data-section="interessements.biosimilaires.${m.toLowerCase()}"]`;
  assert.equal(await visible(page, rowOf("RANIBIZUMAB")), true);
  assert.equal(await visible(page, rowOf("ADALIMUMAB")), false);
  await page.fill("#f-interessements-biosimilaires-molecules-ranibizumab-patients", "5");
  await page.fill("#f-interessements-biosimilaires-molecules-ranibizumab-economie_par_patient", "431,73");
  // 5 × 431,73 × 50 % = 1 079,325 → 1 079,33 €.
  await eventually(() => amount(page, "INTERESSEMENTS.BIOSIMILAIRES.RANIBIZUMAB"), eur("1 079,33"));
  await singleYear(page, 2024);
  assert.equal(await visible(page, rowOf("ADALIMUMAB")), true);
  // 2024: 30 % for the ranibizumab: 647,595 → 647,60 €.
  assert.equal(await amount(page, "INTERESSEMENTS.BIOSIMILAIRES.RANIBIZUMAB"), eur("647,60"));
  await singleYear(page, 2028);
  assert.equal(await visible(page, "#section-interessements"), false, "plus d'intéressement à saisir en 2028");
  // A cardiologist (secteur 1) sees the insuffisance cardiaque, known but not computable.
  await page.selectOption("#f-exercice-specialite", "cardiologie");
  await eventually(() => report.count(page, row("INTERESSEMENTS.INSUFFISANCE_CARDIAQUE")), 1);
  assert.equal(await amount(page, "INTERESSEMENTS.INSUFFISANCE_CARDIAQUE"), eur("0,00"));
  assert.match(await formula(page, "INTERESSEMENTS.INSUFFISANCE_CARDIAQUE"), /non calculable/);
});

// ESS (§7) and commission (§12 D): created in 2026, 80 000 + 75 000 = 155 000 € to the structure;
// 12 séances × 13 C × 23 € = 3 588 €. Apart: 158 588 €; the total stays 36 562,50 €.
pageTest("l'ESS et l'indemnité de commission sont montrées à part, hors du total", async (page) => {
  await singleYear(page, 2026);
  await page.check("#f-ess-membre");
  await page.fill("#f-ess-annee_creation", "2026");
  await page.fill("#f-ess-dotation_annuelle", "75000");
  await page.fill("#f-commissions-seances", "12");
  await eventually(() => text(page, "#detail-b-a-part > h4"), `À part de votre total : ${eur("158 588,00")}`);
  assert.equal(await total(page), eur("36 562,50"));
  assert.equal(await amount(page, "ESS.CREDIT_AMORCAGE"), eur("80 000,00"));
  assert.equal(await amount(page, "COMMISSIONS.SEANCES"), eur("3 588,00"));
  // Opened apart from the total, each stays open when the other's lines arrive.
  assert.equal(await page.locator(row("ESS.CREDIT_AMORCAGE")).isVisible(), true);
  assert.equal(await page.locator(row("COMMISSIONS.SEANCES")).isVisible(), true);
  assert.equal(await page.locator(`#detail-b-a-part .dispositif[data-code="ESS"]`).count(), 1);
  // Not in the chart, not in the payments of the year.
  assert.equal(await page.locator("#barres .bar-row[data-code^='ESS']").count(), 0);
  assert.doesNotMatch(await text(page, `${B} table.payments`), /Équipe de soins/);
  // Compared with 2025: the écart is the forfaits', the comparison table leaves them out.
  await page.selectOption("#f-comparer", "2025");
  await eventually(() => page.locator("#comparaison").isVisible(), true);
  assert.equal(await page.locator('#comparaison tr[data-code="ESS"]').count(), 0);
  assert.match(plain(await text(page, "#verdict")), /1 132,34 € de plus/);
});

for (const width of [1280, 390]) {
  pageTest(`captures des nouvelles sections et du rapport à ${width} px (test-results/)`, async (page) => {
    await mkdir(RESULTS, { recursive: true });
    await page.setViewportSize({ width, height: 900 });
    await singleYear(page, 2025);
    await page.check("input[name=secteur][value='2']");
    await page.selectOption("#f-exercice-optam", "optam_aco");
    await page.selectOption("#f-exercice-specialite", "chirurgie");
    await page.fill("#f-soins_non_programmes-snp", "120");
    await page.fill("#f-soins_non_programmes-semaines_snp", "20");
    await page.fill("#f-soins_non_programmes-heures_regulation", "24");
    await page.fill("#f-optam-actes_annee_precedant_adhesion", "120");
    await page.fill("#f-optam-base_semestre_1", "40000");
    await page.fill("#f-optam-base_semestre_2", "42000");
    await page.check("#f-ess-membre");
    await page.fill("#f-commissions-seances", "6");
    await page.click("#champ-taux-regionaux summary");
    await page.fill("#f-optam-taux_regionaux-0-region", "Île-de-France");
    await page.fill("#f-optam-taux_regionaux-0-taux", "85");
    await page.fill("#f-optam-taux_regionaux-1-region", "Bretagne");
    await page.fill("#f-optam-taux_regionaux-1-taux", "30");
    await eventually(() => amount(page, "OPTAM.MODIFICATEUR.S2"), eur("12 600,00"));
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `défilement de côté à ${width} px`);
    for (const id of ["section-soins-non-programmes", "section-interessements", "section-optam", "section-conges", "section-hors-total"]) {
      await page.locator(`#${id}`).screenshot({ path: join(RESULTS, `remunerations-${width}-${id}.png`) });
    }
    // The results panel scrolls on its own beside the form: a tall window shows all of it.
    await page.setViewportSize({ width, height: 4000 });
    for (const [selector, file] of [
      [`${B} .dispositif[data-code="OPTAM"]`, "rapport-optam"],
      [`${B} .dispositif[data-code="SNP"]`, "rapport-snp"],
      ["#detail-b-a-part", "a-part"],
    ]) {
      await page.locator(selector).screenshot({ path: join(RESULTS, `remunerations-${width}-${file}.png`) });
    }
  });
}
