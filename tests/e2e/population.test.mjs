// End-to-end tests of « Chiffrer une population » (www/population.js and its Web Worker), in the
// page of dist/: a CSV with a bad row imported, the progress watched, one run cancelled, another
// completed, its figures checked against the hand computation, its results exported. Like every
// e2e test, any console error, uncaught exception or request leaving the local server fails it.
//
// The file is tests/fixtures/medecins-a-la-main.csv, shared with tests/population.rs (eight
// physicians of 2026, a blank line, one invalid row), costed under the signed text and « Mon scénario » with the 7–74 ans at 6 € (signed: 5 €)
// and the 2–6 ans at 6 € (signed: 15 €). By hand (FMT only: socle per patient, +10 % in a ZIP):
//   line 2: 20 × 2–6 ans: 300 → 120 (−180)      line 3: ZIP, 10 × 2–6 ans: 165 → 66 (−99)
//   line 4: 100 × 7–74 ans: 500 → 600 (+100)    line 5: pédiatre OPTAM, 10 ALD ≥ 80 ans: 1 000 both
//   line 6: blank, skipped                      line 7: « douze » patients: invalid
//   line 8: secteur 2 without OPTAM: 0 both     line 9: 10 × 2–6 + 40 × 7–74: 350 → 300 (−50)
//   line 10: 300 × 7–74 ans: 1 500 → 1 800 (+300)
// Totals 3 815 → 3 886 (+71; 71 / 7 = 10,14 € per physician); winners 2 of 7 (28,6 %), losers 3
// (42,9 %), unchanged 2 (28,6 %). Differences sorted: −180, −99, −50, 0, 0, +100, +300; decile k
// is the value of rank ⌈7k/10⌉: −180, −99, −50, −50, 0, 0, 0, 100, 300 (median 0).

import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, RESULTS, eur, eventually, noAxeViolation, openPage, plain, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser({ timeout: 120_000 });

const HAND = await readFile(join(ROOT, "tests", "fixtures", "medecins-a-la-main.csv"), "utf8");
/** Its per-row results, as the export writes them after its header (tests/population.rs reads
 *  the same file). */
const RESULTS_BY_HAND = (await readFile(join(ROOT, "tests", "fixtures", "resultats-a-la-main.csv"), "utf8")).trimEnd().split("\n");

const PANEL = "#population";
const minus = (a) => `\u2212${eur(a)}`;

/** « Mon scénario » in the scenario editor: 7–74 ans and 2–6 ans at 6 €. */
async function customScenario(page) {
  await page.check("#f-mode-scenarios");
  await page.selectOption("#f-scenario-2", "custom");
  await page.fill("#f-scenarios-custom-valeurs-fmt-socle-7_a_74_ans", "6");
  await page.fill("#f-scenarios-custom-valeurs-fmt-socle-2_a_6_ans", "6");
}

async function openPanel(page) {
  await page.click(`${PANEL} summary`);
  await page.waitForSelector(`${PANEL}[data-ready='true']`);
}

/** The rows of the table whose caption is `caption`: each row's cells' texts. */
const tableRows = (page, caption) =>
  page.locator(`${PANEL} table`, { has: page.locator(`caption:text-is("${caption}")`) }).first().evaluate((t) =>
    [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.replace(/\s+/gu, " ").trim())),
  );

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

/** Has the panel's workers (started when it opens) keep the end of a run to themselves — their
 *  results, or a second part's aggregates — while their progress still reaches the page: a run
 *  cannot end before the test cancels it (ten thousand rows take a fraction of a second, less
 *  than a click). A cancel ends these workers; the next run starts new ones, which answer. */
async function holdResults(page) {
  const count = await page.evaluate(() => Math.min(2, navigator.hardwareConcurrency || 1));
  const workers = () => page.workers().filter((w) => w.url().includes("population-worker"));
  await eventually(() => workers().length, count, { message: "les workers du panneau" });
  for (const worker of workers()) {
    await worker.evaluate(() => {
      const post = self.postMessage.bind(self);
      self.postMessage = (m, ...rest) => (m?.type === "resultats" || m?.type === "partie" ? undefined : post(m, ...rest));
    });
  }
}

pageTest("une population : progression, annulation, un fichier avec une ligne invalide chiffré à la main, exports", async (page) => {
  await customScenario(page);
  await openPanel(page);
  await holdResults(page);
  // The signed text is the reference; « Mon scénario » is chosen, option 2 left out.
  assert.equal(await page.inputValue("#pop-reference"), "convention_2024");
  await page.check("#pop-s-custom");
  await page.uncheck("#pop-s-proposition_2024_03_14_option_2");

  // A run of the fictitious population: its progress is shown, the form answers meanwhile, and
  // it is cancelled — before its end, which the workers keep to themselves (holdResults).
  await page.click("#pop-fictifs");
  await page.waitForFunction(() => Number(document.getElementById("population").dataset.lues) > 0, null, { timeout: 60_000 });
  assert.match(plain(await page.textContent("#pop-progression-texte")), /^[\d ]+ lignes? lues? \(\d+ invalides?\) — [\d ]+ lignes par seconde$/);
  assert.equal(await page.locator("#pop-progression").isVisible(), true);
  const totals = () => page.textContent("#scenarios-table tfoot");
  const before = await totals();
  await page.fill("#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients", "1234");
  await eventually(async () => (await totals()) !== before, true, { message: "le formulaire répond pendant le calcul" });
  assert.equal(await page.getAttribute(PANEL, "data-etat"), "calcul");
  await page.click("#pop-annuler");
  assert.equal(await page.getAttribute(PANEL, "data-etat"), "annule");
  assert.equal(await page.textContent("#pop-progression-texte"), "Calcul annulé.");
  assert.equal(await page.locator("#pop-resultats").isHidden(), true);

  // The file: costed, the bad row listed, the others counted.
  await page.setInputFiles("#pop-fichier", { name: "medecins.csv", mimeType: "text/csv", buffer: Buffer.from(HAND, "utf8") });
  await page.waitForSelector(`${PANEL}[data-etat='termine']`, { timeout: 30_000 });
  assert.equal(plain(await page.textContent("#pop-resultats .pop-lignes")), "8 lignes lues : 7 médecins chiffrés, 1 ligne invalide.");
  assert.equal(await page.locator("#pop-resultats .pop-fictif").count(), 0);
  const figures = await page.locator("#pop-resultats .pop-chiffres dd").allTextContents();
  assert.deepEqual(figures, [eur("3 815,00"), eur("3 886,00"), eur("71,00"), eur("10,14")]);
  assert.equal(plain(await page.textContent("#pop-comparaison-0")), "Mon scénario contre Convention du 4 juin 2024 (texte signé)");
  const pct = (s) => `${s}\u00a0%`;
  assert.deepEqual(await tableRows(page, "Gagnants, perdants, inchangés (écart arrondi au centime)"), [
    ["gagnants", "2", plain(pct("28,6"))],
    ["perdants", "3", plain(pct("42,9"))],
    ["inchangés", "2", plain(pct("28,6"))],
  ]);
  const p = (s) => plain(eur(s));
  const m = (s) => plain(minus(s));
  assert.deepEqual(await tableRows(page, "Écart par médecin, en euros : déciles"), [
    ["minimum", m("180,00")],
    ["D1", m("180,00")],
    ["D2", m("99,00")],
    ["D3", m("50,00")],
    ["D4", m("50,00")],
    ["D5 (médiane)", p("0,00")],
    ["D6", p("0,00")],
    ["D7", p("0,00")],
    ["D8", p("100,00")],
    ["D9", p("300,00")],
    ["maximum", p("300,00")],
  ]);
  // In % of the reference (line 8 paid nothing before): −60, −60, −14,29, 0, 20, 20.
  const deciles = await tableRows(page, "Écart par médecin, en % de la référence : déciles");
  assert.deepEqual(deciles.map((r) => r[1]), ["−60,00 %", "−60,00 %", "−60,00 %", "−60,00 %", "−14,29 %", "−14,29 %", "0,00 %", "20,00 %", "20,00 %", "20,00 %", "20,00 %"]);
  // Histogram in euros: one loss of 100 to 200 €, two of 50 to 100 €, two unchanged, one gain of
  // 100 to 200 €, one of 200 to 500 €.
  const bins = (await tableRows(page, "Écart par médecin, en euros : histogramme")).filter((r) => r[1] !== "0");
  assert.deepEqual(bins, [
    [`de ${m("200,00")} à ${m("100,00")}`, "1"],
    [`de ${m("100,00")} à ${m("50,00")}`, "2"],
    ["inchangé", "2"],
    [`de ${p("100,00")} à ${p("200,00")}`, "1"],
    [`de ${p("200,00")} à ${p("500,00")}`, "1"],
  ]);
  assert.deepEqual(await tableRows(page, "Plus fortes hausses"), [
    ["10", p("1 500,00"), p("1 800,00"), p("300,00")],
    ["4", p("500,00"), p("600,00"), p("100,00")],
  ]);
  assert.deepEqual((await tableRows(page, "Plus fortes baisses")).map((r) => [r[0], r[3]]), [["2", m("180,00")], ["3", m("99,00")], ["9", m("50,00")]]);
  // By spécialité: médecine générale (lines 2, 3, 4, 9, 10) 2 815 → 2 886.
  assert.deepEqual((await tableRows(page, "Par spécialité"))[0], ["Médecine générale", "5", p("2 815,00"), p("2 886,00"), p("71,00"), "2", "3", "0"]);
  assert.deepEqual((await tableRows(page, "Par zonage"))[0].slice(0, 4), ["Zone d'intervention prioritaire (ZIP)", "1", p("165,00"), p("66,00")]);
  const fmt = (await tableRows(page, "Par dispositif (dans le total)")).find((r) => r[0] === "Forfait médecin traitant (FMT)");
  assert.deepEqual(fmt, ["Forfait médecin traitant (FMT)", p("3 815,00"), p("3 886,00"), p("71,00")]);
  assert.deepEqual(await tableRows(page, "Erreurs des lignes invalides"), [["7", "patientele.de_2_a_6_ans.hors_ald.hors_c2s.patients", "Nombre entier attendu (sans virgule)."]]);

  // The exports: one line per row (its totals or its errors), and the errors.
  const rows = await download(page, "#pop-exporter");
  assert.equal(rows.name, "resultats-par-medecin.csv");
  assert.deepEqual(rows.text.split(/\r?\n/), [
    "\ufeffligne;statut;total Convention du 4 juin 2024 (texte signé);total Mon scénario;ecart Mon scénario;erreurs",
    ...RESULTS_BY_HAND,
    "",
  ]);
  const errors = await download(page, "#pop-exporter-erreurs");
  assert.deepEqual(errors.text.split("\n"), [
    "\ufeffligne;champ;message",
    "7;patientele.de_2_a_6_ans.hors_ald.hors_c2s.patients;Nombre entier attendu (sans virgule).",
    "",
  ]);

  await mkdir(RESULTS, { recursive: true });
  await page.locator(PANEL).screenshot({ path: join(RESULTS, "population.png") });
});

pageTest("une population : le modèle téléchargé, les médecins fictifs signalés comme tels, une erreur de fichier", async (page) => {
  await openPanel(page);
  const model = await download(page, "#pop-modele");
  const lines = model.text.split("\n").filter(Boolean);
  assert.equal(lines.length, 3, "l'en-tête et deux exemples");
  assert.ok(lines[0].startsWith("\ufeffexercice."), lines[0].slice(0, 80));

  // Two years instead of scenarios; a file with a comma separator is refused as a whole.
  await page.check("#pop-mode-annees");
  await page.setInputFiles("#pop-fichier", { name: "virgules.csv", mimeType: "text/csv", buffer: Buffer.from("exercice.secteur,exercice.specialite\n1,medecine_generale\n") });
  await page.waitForSelector(`${PANEL}[data-etat='erreur']`);
  assert.match(plain(await page.textContent("#pop-resultats .error-summary")), /^Le calcul n'a pas pu être fait : ?Ligne 1 : les colonnes sont séparées par des virgules/);

  // A file dropped on the frame is costed like one chosen (two years: 2025 against 2026).
  await page.locator("#pop-depot").evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "depose.csv", { type: "text/csv" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, HAND);
  await page.waitForSelector(`${PANEL}[data-etat='termine']`);
  assert.equal(plain(await page.textContent("#pop-resultats-titre")), "Résultats : « depose.csv »");
  assert.equal(plain(await page.textContent("#pop-comparaison-0")), "2026 contre 2025");
  assert.equal(plain(await page.textContent("#pop-resultats .pop-lignes")), "8 lignes lues : 7 médecins chiffrés, 1 ligne invalide.");

  await page.click("#pop-fictifs");
  await page.waitForFunction(() => document.getElementById("population").dataset.etat === "calcul");
  await page.waitForSelector(`${PANEL}[data-etat='termine']`, { timeout: 100_000 });
  assert.match(plain(await page.textContent("#pop-resultats .pop-fictif")), /^Population fictive.*ne sont pas des statistiques\.$/);
  assert.equal(plain(await page.textContent("#pop-resultats .pop-lignes")), "10 000 lignes lues : 10 000 médecins chiffrés, 0 ligne invalide.");
  await page.setViewportSize({ width: 390, height: 900 });
  await page.locator(PANEL).screenshot({ path: join(RESULTS, "population-390.png") });
});

/** About 1,3 Mo of synthetic physicians (more than the page's 1 Mio, from which two workers
 *  share a file), with an invalid row in each half, and in the middle a row whose empty cell
 *  holds, between double quotes, 2 000 line breaks: the page's cut (the middle byte) falls
 *  among them, where a split at the next line break would start a row inside a field. */
async function sharedFile() {
  const coh = await import(join(ROOT, "pkg", "cohorte.js"));
  await coh.default({ module_or_path: await readFile(join(ROOT, "pkg", "cohorte_bg.wasm")) });
  let text = new TextDecoder().decode(coh.populationSynthetique(2000, 7));
  const rowStart = (at) => text.indexOf("\n", at) + 1;
  for (const q of [0.75, 0.25]) {
    const at = rowStart(Math.floor(text.length * q));
    text = `${text.slice(0, at)}1;x;\n${text.slice(at)}`;
  }
  const at = text.indexOf(";;", Math.floor(text.length / 2)) + 1;
  text = `${text.slice(0, at)}"${"\n".repeat(2000)}"${text.slice(at)}`;
  const cut = Math.floor(Buffer.byteLength(text) / 2);
  assert.ok(at < cut && cut < at + 2000, "the cut falls between the double quotes");
  return Buffer.from(text, "utf8");
}

pageTest("une population : un grand fichier chiffré par deux workers donne exactement les résultats d'un seul", async (page) => {
  const buffer = await sharedFile();
  // The page asks the browser for its cores: one, then two.
  await page.evaluate(() => Object.defineProperty(navigator, "hardwareConcurrency", { get: () => window.__cores, configurable: true }));
  const costed = async (cores) => {
    await page.evaluate((n) => (window.__cores = n), cores);
    if (cores === 1) await openPanel(page);
    else {
      // A cancelled run ends the workers: the next run starts as many as the browser has cores.
      await page.click("#pop-fictifs");
      await page.click("#pop-annuler");
    }
    await page.setInputFiles("#pop-fichier", { name: "grand.csv", mimeType: "text/csv", buffer });
    await page.waitForSelector(`${PANEL}[data-etat='termine']`, { timeout: 60_000 });
    assert.equal(await page.getAttribute(PANEL, "data-parts"), String(cores));
    return {
      resultats: plain(await page.textContent("#pop-resultats")),
      lignes: (await download(page, "#pop-exporter")).text,
      erreurs: (await download(page, "#pop-exporter-erreurs")).text,
    };
  };
  const one = await costed(1);
  const two = await costed(2);
  // 2 000 physicians and 2 invalid rows, the second after the 2 000 lines of the quoted field.
  assert.match(one.resultats, /2 002 lignes lues : 2 000 médecins chiffrés, 2 lignes invalides\./);
  const errorLines = one.erreurs.split("\n").slice(1, -1).map((l) => Number(l.split(";")[0].replace("\ufeff", "")));
  assert.equal(errorLines.length, 2);
  assert.ok(errorLines[1] > 2000 + errorLines[0], `${errorLines}`);
  assert.equal(one.lignes.split("\n").length, 1 + 2002 + 1);
  assert.deepEqual(two, one);
});

/** Waits until each of the panel's workers has its wasm: a reload before would abort its loading,
 *  which the tests count as a failed request. */
async function workersLoaded(page) {
  for (const worker of page.workers().filter((w) => w.url().includes("population-worker"))) {
    const loaded = () => worker.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.includes("cohorte_bg") && e.responseEnd > 0));
    await eventually(loaded, true, { timeout: 30_000, message: "le wasm d'un worker du panneau" });
  }
}


/** The panel's choices as it shows them. */
const panelChoices = (page) =>
  page.evaluate(() => ({
    mode: document.querySelector("[name=pop-mode]:checked")?.value,
    annee: document.getElementById("pop-annee").value,
    reference: document.getElementById("pop-reference").value,
    scenarios: [...document.querySelectorAll("#pop-scenarios input:checked")].map((i) => i.value),
    annees: [document.getElementById("pop-annee-a").value, document.getElementById("pop-annee-b").value],
    anneesVisibles: !document.getElementById("pop-choix-annees").hidden,
  }));

pageTest("une population : les choix du panneau sont gardés au rechargement et voyagent dans un lien de partage, jamais le fichier", async (page) => {
  await openPanel(page);
  // The page's defaults: the signed text against option 2 of 14/03/2024, in the page's year.
  assert.deepEqual(await panelChoices(page), {
    mode: "scenarios",
    annee: "2026",
    reference: "convention_2024",
    scenarios: ["proposition_2024_03_14_option_2"],
    annees: ["2025", "2026"],
    anneesVisibles: false,
  });
  // Option 2 as the reference (the signed text and « Mon scénario » against it) in 2025; then
  // two years, 2024 against 2026.
  await page.selectOption("#pop-reference", "proposition_2024_03_14_option_2");
  await page.check("#pop-s-convention_2024");
  await page.check("#pop-s-custom");
  await page.selectOption("#pop-annee", "2025");
  await page.check("#pop-mode-annees");
  await page.selectOption("#pop-annee-a", "2024");
  const chosen = {
    mode: "annees",
    annee: "2025",
    reference: "proposition_2024_03_14_option_2",
    scenarios: ["convention_2024", "custom"],
    annees: ["2024", "2026"],
    anneesVisibles: true,
  };
  assert.deepEqual(await panelChoices(page), chosen);
  // A file costed: its name and rows are in no kept state.
  await page.setInputFiles("#pop-fichier", { name: "medecins-secrets.csv", mimeType: "text/csv", buffer: Buffer.from(HAND, "utf8") });
  await page.waitForSelector(`${PANEL}[data-etat='termine']`, { timeout: 30_000 });
  const kept = await page.evaluate(() => localStorage.getItem("forfaits.etat"));
  assert.deepEqual(JSON.parse(kept).population, { mode: "annees", annee: 2025, reference: "proposition_2024_03_14_option_2", scenarios: ["convention_2024", "custom"], annees: [2024, 2026] });
  assert.ok(!kept.includes("secrets") && !kept.includes("douze"), "le fichier n'est pas gardé");

  await workersLoaded(page);
  // Reloaded on a phone.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
  assert.equal(plain(await page.textContent("#etat-message")), "Votre dernière saisie a été retrouvée dans ce navigateur.");
  await openPanel(page);
  assert.deepEqual(await panelChoices(page), chosen);
  assert.equal(await page.locator("#pop-resultats").isHidden(), true);
  await mkdir(RESULTS, { recursive: true });
  await page.locator(PANEL).screenshot({ path: join(RESULTS, "population-choix-390.png") });
  await noAxeViolation(page, "panneau rechargé, deux années");

  // A share link opens in a page of its own (no storage shared) with the same choices.
  await page.click("#partager");
  const url = await page.locator("#lien-partage").inputValue();
  const carried = Buffer.from(url.split("#etat=")[1], "base64url").toString("utf8");
  assert.ok(!carried.includes("secrets") && !carried.includes("douze"), "le lien ne contient pas le fichier");
  const other = await openPage({ origin: new URL(page.url()).origin, url, browser: page.context().browser() });
  try {
    assert.equal(plain(await other.page.textContent("#etat-message")), "Profil et scénarios ouverts depuis le lien de partage.");
    await openPanel(other.page);
    assert.deepEqual(await panelChoices(other.page), chosen);
    // The scenarios part, as kept too (the screenshot at 390 px).
    await other.page.setViewportSize({ width: 390, height: 900 });
    await other.page.check("#pop-mode-scenarios");
    await other.page.locator(PANEL).screenshot({ path: join(RESULTS, "population-choix-scenarios-390.png") });
  } finally {
    const seen = [...other.problems];
    await other.context.close();
    assert.deepEqual(seen, [], `la seconde page a signalé des problèmes :\n${seen.join("\n")}`);
  }
});

pageTest("une population : un état gardé sans choix du panneau (écrit avant eux) l'ouvre sur ses choix par défaut", async (page) => {
  // The state a page without the panel's choices kept: scenarios mode, 2025.
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("forfaits.etat"));
    delete s.population;
    localStorage.setItem("forfaits.etat", JSON.stringify({ ...s, mode: "scenarios", annee: 2025 }));
  });
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
  assert.equal(plain(await page.textContent("#etat-message")), "Votre dernière saisie a été retrouvée dans ce navigateur.");
  await openPanel(page);
  assert.deepEqual(await panelChoices(page), {
    mode: "scenarios",
    annee: "2025",
    reference: "convention_2024",
    scenarios: ["proposition_2024_03_14_option_2"],
    annees: ["2024", "2025"],
    anneesVisibles: false,
  });
});

// (A test of its own: a reload while the panel's workers load their module would abort it.)
pageTest("une population : des choix gardés mal formés sont lus en partie", async (page) => {
  // Choices of a wrong shape, or that the panel does not offer (a link edited by hand): what can
  // be taken is, the rest keeps the defaults; nothing is thrown (helpers.mjs fails on any error).
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("forfaits.etat"));
    s.population = { mode: "annees", annee: 1900, reference: 7, scenarios: ["custom", 3, "inconnu"], annees: [2024] };
    localStorage.setItem("forfaits.etat", JSON.stringify({ ...s, annee: 2025 }));
  });
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
  await openPanel(page);
  assert.deepEqual(await panelChoices(page), {
    mode: "annees",
    annee: "2025",
    reference: "convention_2024",
    scenarios: ["custom"],
    annees: ["2024", "2025"],
    anneesVisibles: true,
  });
});
