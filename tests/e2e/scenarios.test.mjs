// End-to-end tests of the « scénarios de négociation » mode (#f-mode-scenarios): the shipped
// scenarios side by side, « Mon scénario » and its editor, and keeping and sharing (link
// fragment, local storage, JSON file), then the printed summary. Same rules as page.test.mjs:
// every test also fails on a console error or warning, an uncaught exception or a request leaving
// the local server (helpers.mjs).
//
// Every amount is computed by hand for the default profile (src/defaults.rs), whose 2026 under the
// signed text is, as in page.test.mjs (circular 000 §3.1, §3.3 A, §3.4 B):
//   FMT = socle 24 875 + C2S 920 + ZIP 10 % × 24 875 = 2 487,50 + prévention 4 540 = 32 822,50
//   total = FMT 32 822,50 + maître de stage 800 + DONUM 420 points × 7 € = 2 940   = 36 562,50
//
// The proposals of 14/03/2024 (source 001, table « Une revalorisation du forfait médecin traitant,
// en intégrant un forfait C2S à 10 € », lines ~829-848):
//   patient            signed  option 1  option 2
//   (ALD) 80 ans +       100       80       100
//   80 ans et plus        55       55        55
//   (ALD) 0-79 ans        55       55        55
//   75-79 ans             15       15        15
//   7 à 74 ans             5        5         5
//   moins de 2 ans        15       15        15
//   2 à 6 ans             15        6         6
//   non vus (2 ans)        5   « pas concerné »  5
//
// Option 2 differs from the signed text on the 2–6 ans band only: 52 seen patients × (6 − 15)
//   = −468 € of socle (24 875 → 24 407), so ZIP 10 % × 24 407 = 2 440,70 (−46,80):
//   FMT 32 822,50 − 514,80 = 32 307,70; total 36 562,50 − 514,80 = 36 047,70; écart −514,80.
//
// Option 1 (the shipped scenario's reading of « pas concerné »: the proposal counts only the
// patients seen in the two years; the non vus are not paid, and get no C2S majoration):
//   ALD ≥ 80      (60 − 1) + 3                 =  62 × 80 = 4 960
//   ALD < 80      as signed                    = 206 × 55 = 11 330
//   ≥ 80          as signed                    =  44 × 55 = 2 420
//   75–79         as signed                    =  40 × 15 =   600
//   7–74          as signed                    = 575 ×  5 = 2 875
//   2–6           (48 − 2) + 6                 =  52 ×  6 =   312
//   < 2           22 + 4                       =  26 × 15 =   390
//   non vus       56 × 0 €                                     0
//   socle                                                 22 887
//   C2S seen: 92 × 10 €                               =      920
//   ZIP 10 % × 22 887                                 =    2 288,70
//   FMT 22 887 + 920 + 2 288,70 + 4 540               =   30 635,70
//   total 30 635,70 + 800 + 2 940 = 34 375,70; écart 30 635,70 − 32 822,50 = −2 186,80.
//
// « Mon scénario » with the 7–74 ans band at 6 € instead of 5 €: 575 seen patients × 1 € = +575 of
//   socle (25 450), ZIP 10 % × 25 450 = 2 545 (+57,50): FMT 32 822,50 + 632,50 = 33 455,00;
//   total 36 562,50 + 632,50 = 37 195,00; écart +632,50.

import assert from "node:assert/strict";
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { amount, DIST, eur, eventually, formula, openPage, plain, plus, RESULTS, row, text, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser();

const SIGNED = "Convention du 4 juin 2024 (texte signé)";
const OPTION_1 = "Proposition du 14/03/2024 — option 1";
const OPTION_2 = "Proposition du 14/03/2024 — option 2";
const CUSTOM_7_74 = "#f-scenarios-custom-valeurs-fmt-socle-7_a_74_ans";
const CUSTOM_7_74_ERROR = "#e-scenarios-custom-valeurs-fmt-socle-7_a_74_ans";
const SHARED = "Profil et scénarios ouverts depuis le lien de partage.";
const KEPT = "Votre dernière saisie a été retrouvée dans ce navigateur.";

const minus = (a) => `\u2212${eur(a)}`;

/** The side-by-side table: column heads, each row (code, then each cell's amount and, after the
 *  reference, its écart), the totals and the écarts with the reference; null while it is not
 *  filled (the page's complete module, which computes the scenarios, still loading). */
const table = (page) =>
  page.locator("#scenarios-table").evaluate((t) => {
    if (t.tFoot.rows.length < 2) return null;
    const cell = (td) => {
      const ecart = td.querySelector(".ecart-ligne");
      return ecart ? [td.firstChild.textContent, ecart.textContent] : [td.textContent];
    };
    return {
      colonnes: [...t.tHead.rows[0].cells].slice(1).map((c) => c.textContent),
      lignes: [...t.tBodies[0].rows].map((r) => [r.dataset.code, ...[...r.cells].slice(1).map(cell)]),
      totaux: [...t.tFoot.rows[0].cells].slice(1).map((c) => c.textContent),
      ecarts: [...t.tFoot.rows[1].cells].slice(1).map((c) => c.textContent),
    };
  });
const choices = (page) => page.locator(".scenario-choice").evaluateAll((s) => s.map((x) => x.value));

async function scenarioMode(page) {
  await page.check("#f-mode-scenarios");
  await eventually(() => page.locator("#scenarios").isVisible(), true);
}

/** Scenario mode, « Mon scénario » as the third column, its 7–74 ans band at 6 €. */
async function customAt6(page) {
  await scenarioMode(page);
  await page.selectOption("#f-scenario-2", "custom");
  await page.fill(CUSTOM_7_74, "6");
  await eventually(async () => (await table(page))?.totaux, [eur("36 562,50"), eur("36 047,70"), eur("37 195,00")]);
}

/** What the page with `customAt6` shows, to compare a restored page with. */
const CUSTOM_AT_6 = {
  colonnes: [SIGNED, OPTION_2, "Mon scénario"],
  lignes: [
    ["FMT", [eur("32 822,50")], [eur("32 307,70"), minus("514,80")], [eur("33 455,00"), plus("632,50")]],
    ["DONUM", [eur("2 940,00")], [eur("2 940,00")], [eur("2 940,00")]],
    ["MISSIONS", [eur("800,00")], [eur("800,00")], [eur("800,00")]],
  ],
  totaux: [eur("36 562,50"), eur("36 047,70"), eur("37 195,00")],
  ecarts: ["—", minus("514,80"), plus("632,50")],
};

/** A page opened at `url` in a context of its own (no storage shared with `page`), watched like
 *  every test page (helpers.mjs `openPage`). */
function openElsewhere(page, url, origin = new URL(page.url()).origin) {
  return openPage({ origin, url, browser: page.context().browser() });
}

async function closeClean(opened) {
  const seen = [...opened.problems];
  await opened.context.close();
  assert.deepEqual(seen, [], `la seconde page a signalé des problèmes :\n${seen.join("\n")}`);
}

pageTest("mode scénarios : le texte signé et l'option 2 du 14/03/2024 côte à côte, par défaut", async (page) => {
  assert.equal(await page.locator("#champ-scenarios").isHidden(), true);
  await scenarioMode(page);
  assert.equal(await page.locator("#champ-comparer").isHidden(), true);
  assert.equal(await page.locator("#comparaison").isHidden(), true);
  assert.deepEqual(await choices(page), ["convention_2024", "proposition_2024_03_14_option_2", ""]);
  // No « Mon scénario » among the columns: no editor.
  assert.equal(await page.locator("#section-editeur").isHidden(), true);

  // Option 2: 2–6 ans at 6 € instead of 15 €, −468 € of socle and −46,80 € of ZIP majoration.
  assert.deepEqual(await table(page), {
    colonnes: [SIGNED, OPTION_2],
    lignes: [
      ["FMT", [eur("32 822,50")], [eur("32 307,70"), minus("514,80")]],
      ["DONUM", [eur("2 940,00")], [eur("2 940,00")]],
      ["MISSIONS", [eur("800,00")], [eur("800,00")]],
    ],
    totaux: [eur("36 562,50"), eur("36 047,70")],
    ecarts: ["—", minus("514,80")],
  });
  assert.equal(plain(await text(page, "#total .total-label")), `${SIGNED} — forfaits 2026`);
  assert.equal(await text(page, "#montant-total"), eur("36 562,50"));
  assert.equal(plain(await text(page, "#verdict")), `${OPTION_2} : −514,80 €`);

  // The detail of the last column explains the difference, line by line.
  const last = "#detail-a";
  assert.equal(plain(await text(page, "#titre-detail-a-box")), `Le détail « ${OPTION_2} »`);
  assert.equal(await formula(page, row("FMT.SOCLE.2_A_6_ANS", last)), "52 patients × 6 €");
  assert.equal(await amount(page, row("FMT.SOCLE.2_A_6_ANS", last)), eur("312,00"));
  assert.equal(await formula(page, row("FMT.MAJORATION.ZONE", last)), "10 % × socle de 24 407 €");
  assert.equal(await amount(page, row("FMT.MAJORATION.ZONE", last)), eur("2 440,70"));
  // The line names the scenario its value comes from, and the signed value it replaces.
  assert.equal(
    plain(await text(page, `${row("FMT.SOCLE.2_A_6_ANS", last)} .source`)),
    `Source : Scénario « ${OPTION_2} » (au lieu de 15 : Circulaire CNAM du 31/07/2024 (convention médicale du 4 juin 2024), §3.1 A, tableau, ligne moins de 7 ans)`,
  );
  const sources = await page.locator("#scenarios-sources li").allTextContents();
  assert.equal(sources.length, 2);
  assert.match(plain(sources[1]), /^Proposition du 14\/03\/2024 — option 2 : Multilatérale du 14\/03\/2024/);

  // Back to « deux années »: the comparison of 2026 with 2025 again.
  await page.check("#f-mode-annees");
  await eventually(() => page.locator("#comparaison").isVisible(), true);
  assert.equal(await page.locator("#scenarios").isHidden(), true);
  assert.equal(plain(await text(page, "#verdict")), "En 2026, vous gagnez 1 132,34 € de plus qu'en 2025 (+3,2 %).");
});

pageTest("option 1 du 14/03/2024 : ALD de 80 ans ou plus à 80 €, les non vus non rémunérés", async (page) => {
  await scenarioMode(page);
  await page.selectOption("#f-scenario-2", "proposition_2024_03_14_option_1");
  await eventually(async () => (await table(page))?.colonnes, [SIGNED, OPTION_2, OPTION_1]);
  const t = await table(page);
  // As in the header comment: FMT 30 635,70 (−2 186,80), total 34 375,70.
  assert.deepEqual(t.lignes[0], ["FMT", [eur("32 822,50")], [eur("32 307,70"), minus("514,80")], [eur("30 635,70"), minus("2 186,80")]]);
  assert.deepEqual(t.totaux, [eur("36 562,50"), eur("36 047,70"), eur("34 375,70")]);
  assert.deepEqual(t.ecarts, ["—", minus("514,80"), minus("2 186,80")]);
  assert.equal(plain(await text(page, "#verdict")), `${OPTION_2} : −514,80 € ; ${OPTION_1} : −2 186,80 €`);

  // Its detail (the last column), line by line.
  const last = "#detail-a";
  const lines = {
    "FMT.SOCLE.ALD_80_ANS_ET_PLUS": ["62 patients × 80 €", "4 960,00"],
    "FMT.SOCLE.ALD_MOINS_80_ANS": ["206 patients × 55 €", "11 330,00"],
    "FMT.SOCLE.2_A_6_ANS": ["52 patients × 6 €", "312,00"],
    "FMT.SOCLE.NON_VUS": ["56 patients × 0 €", "0,00"],
    "FMT.C2S": ["92 patients × 10 €", "920,00"],
    "FMT.MAJORATION.ZONE": ["10 % × socle de 22 887 €", "2 288,70"],
  };
  for (const [code, [f, a]] of Object.entries(lines)) {
    assert.equal(await formula(page, row(code, last)), f, code);
    assert.equal(await amount(page, row(code, last)), eur(a), code);
  }
  assert.equal(await text(page, `${last} table.lines[data-code="FMT.SOCLE"] tfoot td`), eur("22 887,00"));
});

pageTest("« Mon scénario » : une valeur changée, une valeur refusée près de son champ, « Revenir au texte signé »", async (page) => {
  await scenarioMode(page);
  await page.selectOption("#f-scenario-2", "custom");
  await eventually(() => page.locator("#section-editeur").isVisible(), true);
  const input = page.locator(CUSTOM_7_74);
  // An empty cell keeps the signed text's value, shown as a placeholder beside its source.
  assert.equal(await input.inputValue(), "");
  assert.equal(await input.getAttribute("placeholder"), "5");
  assert.match(plain(await input.locator("xpath=ancestor::tr").textContent()), /5 €.*§3\.1 A, tableau, ligne 7 à 74 ans/);

  // 7–74 ans at 6 €: +575 × 1 € of socle, +57,50 € of ZIP majoration = +632,50 €.
  await input.fill("6");
  await eventually(() => table(page), CUSTOM_AT_6);
  assert.equal(plain(await text(page, "#verdict")), `${OPTION_2} : −514,80 € ; Mon scénario : +632,50 €`);
  assert.equal(await formula(page, row("FMT.SOCLE.7_A_74_ANS", "#detail-a")), "575 patients × 6 €");
  assert.equal(await amount(page, row("FMT.SOCLE.7_A_74_ANS", "#detail-a")), eur("3 450,00"));
  assert.equal(await amount(page, row("FMT.MAJORATION.ZONE", "#detail-a")), eur("2 545,00"));
  await mkdir(RESULTS, { recursive: true });
  await page.locator("#scenarios").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(RESULTS, "scenarios.png") });

  // A negative amount is refused, next to its field and in the summary; the results wait.
  await input.fill("-1");
  await eventually(() => input.getAttribute("aria-invalid"), "true");
  const message = page.locator(CUSTOM_7_74_ERROR);
  assert.equal(await input.getAttribute("aria-errormessage"), CUSTOM_7_74_ERROR.slice(1));
  assert.equal(await message.isVisible(), true);
  assert.equal(
    plain(await message.textContent()),
    "FMT socle — patient hors ALD de 7 à 74 ans (par patient) : valeur du scénario — Un montant, un taux ou un seuil ne peut pas être négatif.",
  );
  assert.equal(await message.evaluate((m) => m.closest("fieldset")?.id), "section-editeur");
  assert.equal(await page.locator(`#erreurs a[href="${CUSTOM_7_74}"]`).count(), 1);
  assert.equal(await page.locator("#montant-total").count(), 0);
  await page.locator("#section-editeur").screenshot({ path: join(RESULTS, "scenarios-erreur.png") });

  // « Revenir au texte signé »: the cell is emptied, the error gone, the third column is the
  // signed text again (écart 0).
  await page.click("#editeur-reset");
  await eventually(() => text(page, "#montant-total"), eur("36 562,50"));
  assert.equal(await input.inputValue(), "");
  assert.equal(await input.getAttribute("aria-invalid"), null);
  assert.equal(await message.count(), 0);
  assert.equal(await page.locator("#erreurs").isHidden(), true);
  const t = await table(page);
  assert.deepEqual(t.totaux, [eur("36 562,50"), eur("36 047,70"), eur("36 562,50")]);
  assert.deepEqual(t.ecarts, ["—", minus("514,80"), eur("0,00")]);

  // The scenario's name is validated too, next to its own field; a new name names the column.
  const name = page.locator("#f-scenarios-custom-nom");
  await name.fill("");
  await eventually(() => name.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#e-scenarios-custom-nom").isVisible(), true);
  assert.match(plain(await text(page, "#e-scenarios-custom-nom")), /nom de 1 à 120 caractères/);
  assert.equal(await page.locator('#erreurs a[href="#f-scenarios-custom-nom"]').count(), 1);
  await name.fill("Contre-proposition");
  await eventually(async () => (await table(page))?.colonnes, [SIGNED, OPTION_2, "Contre-proposition"]);
  assert.equal(await page.locator("#e-scenarios-custom-nom").isHidden(), true);
  assert.equal(plain(await text(page, "#editeur-titre")), "Contre-proposition");
});

pageTest("lien de partage : une nouvelle page montre le même tableau, et le fragment n'atteint jamais le serveur", async (page) => {
  // A server of our own, to read what it is asked for.
  const requested = [];
  const server = await serve(DIST, 0);
  // With what asked: the page's navigations ("document") or the service worker's precaching.
  server.on("request", (req) => requested.push({ url: req.url, dest: req.headers["sec-fetch-dest"] }));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const first = await openElsewhere(page, `${origin}/`, origin);
    try {
      await customAt6(first.page);
      await first.page.click("#partager");
      const field = first.page.locator("#lien-partage");
      await eventually(() => field.isVisible(), true);
      const link = await field.inputValue();
      assert.ok(link.startsWith(`${origin}/#etat=`), link);
      assert.match(plain(await text(first.page, "#etat-message")), /ne passe par aucun serveur/);

      const second = await openElsewhere(page, link, origin);
      try {
        const p = second.page;
        assert.equal(plain(await text(p, "#etat-message")), SHARED);
        assert.equal(await p.locator("#f-mode-scenarios").isChecked(), true);
        assert.deepEqual(await choices(p), ["convention_2024", "proposition_2024_03_14_option_2", "custom"]);
        assert.equal(await p.locator(CUSTOM_7_74).inputValue(), "6");
        // Computed by the page's complete module, loaded when the scenarios are chosen.
        await eventually(() => table(p), CUSTOM_AT_6);
        assert.equal(await text(p, "#montant-total"), eur("36 562,50"));
      } finally {
        await closeClean(second);
      }
    } finally {
      await closeClean(first);
    }
    // Two pages loaded: "/" twice, then only the page's files (and what the service worker
    // stores for offline use: the page, its icons and manifest); never the fragment or the state.
    const pages = requested.filter((r) => r.dest === "document");
    assert.deepEqual(pages.map((r) => r.url), ["/", "/"], requested.map((r) => r.url).join(", "));
    for (const { url } of requested) {
      assert.ok(!url.includes("#") && !url.includes("etat"), `le serveur a reçu l'état : ${url}`);
      assert.ok(url === "/" || /^\/[\w./-]+\.(js|css|wasm|json|svg|png|webmanifest)$/.test(url), `requête inattendue : ${url}`);
    }
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});

pageTest("rechargement : la saisie et les scénarios sont gardés dans le navigateur", async (page) => {
  await customAt6(page);
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
  assert.equal(plain(await text(page, "#etat-message")), KEPT);
  assert.equal(await page.locator("#f-mode-scenarios").isChecked(), true);
  assert.equal(await page.locator(CUSTOM_7_74).inputValue(), "6");
  await eventually(() => table(page), CUSTOM_AT_6);
});

pageTest("export JSON puis import dans une page neuve : les mêmes totaux", async (page) => {
  await customAt6(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#exporter")]);
  assert.equal(download.suggestedFilename(), "forfaits-profil.json");
  await mkdir(RESULTS, { recursive: true });
  const file = join(RESULTS, "forfaits-profil.json");
  await download.saveAs(file);
  const saved = JSON.parse(await readFile(file, "utf8"));
  assert.equal(saved.mode, "scenarios");
  assert.deepEqual(saved.scenarios, ["convention_2024", "proposition_2024_03_14_option_2", "custom"]);
  assert.deepEqual(saved.mon_scenario.valeurs, { "fmt.socle.7_a_74_ans": "6" });
  assert.equal(saved.profil.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients, 560);

  // A fresh page (its own storage: the default profile, two years) imports the file.
  const fresh = await openElsewhere(page, new URL("/", page.url()).href);
  try {
    const p = fresh.page;
    assert.equal(await p.locator("#f-mode-annees").isChecked(), true);
    await p.setInputFiles("#importer", file);
    await eventually(async () => plain(await text(p, "#etat-message")), "« forfaits-profil.json » importé.");
    assert.equal(await p.locator("#f-mode-scenarios").isChecked(), true);
    // The scenarios are computed by the page's complete module, loaded when they are chosen.
    await eventually(() => table(p), CUSTOM_AT_6);
  } finally {
    await closeClean(fresh);
  }
  assert.ok((await stat(file)).size > 0);
});

pageTest("impression du mode scénarios : l'en-tête, le tableau côte à côte et ses sources", async (page) => {
  await customAt6(page);
  await page.emulateMedia({ media: "print" });
  const header = page.locator("#impression-entete");
  assert.equal(await header.isVisible(), true);
  const [what, sources] = (await header.locator("p").allTextContents()).map(plain);
  assert.equal(what, "Forfaits au titre de 2026 — paramètres en vigueur au 01/01/2026.");
  assert.match(sources, /^Sources : .*Circulaire CNAM du 31\/07\/2024 .*Multilatérale du 14\/03\/2024/);
  assert.equal(await page.locator("#profil").isHidden(), true);
  assert.equal(await page.locator("#scenarios-table").isVisible(), true);
  assert.deepEqual(await table(page), CUSTOM_AT_6);
  assert.equal(await page.locator("#scenarios-sources").isVisible(), true);
  assert.equal(await page.locator("#graphique").isHidden(), true);
  assert.equal(await page.locator("#detail-a-box").isHidden(), true);
  assert.equal(await page.locator("table.lines:visible").count(), 0);
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, "scenarios-impression.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  assert.equal(await header.isHidden(), true);
});
