// The page benchmark run by `make bench`: serves dist/, opens the page in Debian's headless
// chromium and measures, inside the page,
//   1. the boundary: one recomputation of what the page shows (`vue()` of www/core.js: the
//      request as JSON text, the core's one call, the view parsed back), for the three views —
//      one year, two years compared (the page's default), two scenarios side by side — as a
//      keystroke asks them (no dispositif opened: no line sent), then two years with the FMT's
//      lines opened, with the
//      ratio to the figures measured before the boundary was rebuilt (BEFORE, same harness, same
//      machine: compute() alone, and the calls each keystroke then made);
//   2. a full page update from a real keystroke: keydown → the page's `input` handler has run
//      (the call + the parts of the report that changed re-rendered) → #montant-total holds the
//      new amount → the next frame is painted (a task posted from the next animation frame runs
//      after that frame's paint): input-to-paint, target ≤ 32 ms in median (two frames);
//   3. the size of the wasm the first view needs, and of each module loaded later, gzip -9 (the
//      gzip command; Node's zlib when it is missing, which compresses about 2 % less) and brotli
//      (Node's zlib, quality 11).
// Times in ms: min / median / max. The page is served cross-origin isolated (COOP/COEP added on
// the fly) so that performance.now() is precise to ~5 µs instead of 100 µs.
//   node scripts/bench-page.mjs [calls=3000] [keystrokes=100]

import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { DIST, distName, openPage, startEnvironment } from "../tests/e2e/helpers.mjs";

const CALLS = Number(process.argv[2] ?? 3000);
const WARMUP = 300;
const KEYSTROKES = Number(process.argv[3] ?? 100);
const TARGET_MS = 0.1;
const TARGET_KIB = 150;
const PAINT_MS = 32;

/** Medians (ms) before the rebuilt boundary (30/11/2026, this harness, the development machine):
 *  `compute()` alone (profile read as a JS object, engine rebuilt, report built as JS objects),
 *  and what a keystroke called: compute + assistantSchedule + parameterSets for one year,
 *  compareYears + … for two years, compareScenarios + … for two scenarios. */
const BEFORE = { compute: 0.555, annee: 1.2, annees: 2.05, scenarios: 1.6 };

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0], max: s[s.length - 1] };
}
const fr = (x, digits = 3) => x.toFixed(digits).replace(".", ",");
const ms = (x) => `${fr(x)} ms`;
const line = (label, st) =>
  `${label.padEnd(40)} min ${ms(st.min).padStart(9)}   médiane ${ms(st.median).padStart(9)}   max ${ms(st.max).padStart(9)}   (p95 ${ms(st.p95)}, n = ${st.n})`;

function sizes(file) {
  const bytes = readFileSync(join(DIST, file));
  const cli = spawnSync("gzip", ["-9", "-c", join(DIST, file)], { maxBuffer: 1 << 26 });
  const gz = cli.status === 0 ? cli.stdout.length : gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: statSync(join(DIST, file)).size, gz, br };
}
const kio = (n) => `${fr(n / 1024, 1)} Kio`;
const sizeLine = (label, s) => `${label.padEnd(40)} ${String(s.raw).padStart(7)} octets bruts   gzip -9 ${kio(s.gz).padStart(10)}   brotli ${kio(s.br).padStart(10)}`;

// Served cross-origin isolated: same files, two headers more (set by the server, so that they
// are there however the page is loaded, also from its service worker's cache).
const env = await startEnvironment({
  headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
});
let failed = false;
try {
  const { context, page, problems } = await openPage(env, { timeout: 30_000 });
  const isolated = await page.evaluate(() => self.crossOriginIsolated);

  // 1. The boundary, as the page calls it. The page has initialised the module; importing it
  //    again returns the same instance. Each call changes one count so that no two are equal.
  const boundary = await page.evaluate(
    async ({ calls, warmup, glue, complet, completWasm, core }) => {
      const m = await import(glue);
      const { vue } = await import(core);
      const first = new m.Calculateur();
      // The form and the scenarios are the page's complete module's (loaded when the scenarios
      // are chosen; the form written at build time for the first view).
      const c = await import(complet);
      await c.default({ module_or_path: new URL(completWasm, location.href) });
      const form = JSON.parse(c.formulaire());
      // The lines of a dispositif opened are the complete module's too (README « Taille »).
      const calcs = { scenarios: new c.Calculateur(), fmt: new c.Calculateur() };
      const profile = structuredClone(form.profil_par_defaut);
      const cell = profile.patientele.de_7_a_74_ans.hors_ald.hors_c2s;
      const base = cell.patients;
      // What the page sends at a keystroke: no dispositif opened (its first view), then the FMT's
      // lines opened. A core that does not know `ouverts` (before the compact view) sends every
      // line and is asked without it.
      const compact = vue(first, profile, { annee: form.annee_par_defaut, ouverts: [] }).resultat.statut !== "erreurs";
      const closed = compact ? { ouverts: [] } : {};
      const views = {
        annee: { annee: form.annee_par_defaut, comparer: null, scenarios: null, ...closed },
        annees: { annee: form.annee_par_defaut, comparer: form.comparer_par_defaut, scenarios: null, ...closed },
        scenarios: { annee: form.annee_par_defaut, comparer: null, scenarios: { colonnes: form.scenarios_par_defaut, custom: null }, ...closed },
        ...(compact ? { fmt: { annee: form.annee_par_defaut, comparer: form.comparer_par_defaut, scenarios: null, ouverts: ["FMT"] } } : {}),
      };
      const out = {};
      for (const [name, rest] of Object.entries(views)) {
        const calc = calcs[name] ?? first;
        for (let i = 0; i < warmup; i++) {
          cell.patients = base + (i % 50);
          vue(calc, profile, rest);
        }
        const samples = new Array(calls);
        let bytes = 0;
        let check = "";
        for (let i = 0; i < calls; i++) {
          cell.patients = base + (i % 50);
          const a = performance.now();
          const v = vue(calc, profile, rest);
          samples[i] = performance.now() - a;
          if (i === 0) {
            check = v.resultat.statut;
            bytes = calc.vue(JSON.stringify({ profil: profile, ...rest })).length;
          }
        }
        cell.patients = base;
        const r = vue(calc, profile, rest).resultat;
        const total = r.rapport?.total ?? r.comparaison?.rapport_b.total ?? r.scenarios?.colonnes[0].rapport.total;
        out[name] = { samples, check, total, bytes };
      }
      return out;
    },
    {
      calls: CALLS,
      warmup: WARMUP,
      glue: `./${distName("pkg/forfaits.js")}`,
      complet: `./${distName("pkg/complet.js")}`,
      completWasm: `./${distName("pkg/complet_bg.wasm")}`,
      core: `./${distName("core.js")}`,
    },
  );

  // 2. Full page update from keystrokes in one grid cell: alternately Backspace (560 → 56) and a
  //    digit (56 → 56d), every one of them an `input` event and a new total.
  await page.evaluate(() => {
    const w = window;
    w.__bench = { key: 0, start: 0, handler: [], keyToTotal: [], toPaint: [], totals: [] };
    const after = new MessageChannel();
    after.port1.onmessage = () => w.__bench.toPaint.push(performance.now() - w.__bench.key);
    // Capture listener on window: first to see the input event; bubble listener on window: last
    // (the form's own listener, which recomputes and re-renders, runs before it).
    addEventListener("keydown", (e) => (w.__bench.key = e.timeStamp), true);
    addEventListener("input", () => (w.__bench.start = performance.now()), true);
    addEventListener("input", () => {
      const now = performance.now();
      const b = w.__bench;
      b.handler.push(now - b.start);
      b.keyToTotal.push(now - b.key);
      b.totals.push(document.getElementById("montant-total")?.textContent ?? "");
      requestAnimationFrame(() => after.port2.postMessage(null));
    });
  });
  const input = page.locator("#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients");
  await input.click();
  await page.keyboard.press("End");
  // Each keystroke waits for the paint of the one before (a user types slower than a frame).
  const press = async (key) => {
    const n = await page.evaluate(() => window.__bench.toPaint.length);
    await page.keyboard.press(key);
    await page.waitForFunction((n) => window.__bench.toPaint.length > n, n);
  };
  for (let i = 0; i < 10; i++) await press(i % 2 ? String(i % 10) : "Backspace"); // warm-up
  await page.evaluate(() => Object.assign(window.__bench, { handler: [], keyToTotal: [], toPaint: [], totals: [] }));
  for (let i = 0; i < KEYSTROKES; i++) await press(i % 2 ? String((i >> 1) % 10) : "Backspace");
  const typing = await page.evaluate(() => window.__bench);
  const distinctTotals = new Set(typing.totals).size;
  const seen = [...problems];
  await context.close();

  console.log(`Chromium headless, page servie depuis dist/ ; horloge : ${isolated ? "isolée (≈ 5 µs)" : "non isolée (100 µs)"}`);
  console.log("");
  console.log(`Frontière JS ↔ wasm : un recalcul de ce que la page montre (vue() de www/core.js), ${CALLS} appels après ${WARMUP} d'échauffement`);
  const labels = { annee: "une année", annees: "deux années comparées (par défaut)", scenarios: "deux scénarios (module complet)", fmt: "deux années, lignes du FMT ouvertes" };
  for (const [name, b] of Object.entries(boundary)) {
    const st = stats(b.samples);
    const before = BEFORE[name] ?? BEFORE.annees;
    console.log(line(`  ${labels[name]}`, st));
    console.log(
      `  ${"".padEnd(38)} ${b.check}, total ${String(b.total).replace(".", ",")} €, vue de ${b.bytes} caractères ; ` +
        `avant : ${ms(before)} par frappe (×${fr(before / st.median, 1)}), compute() seul ${ms(BEFORE.compute)} (×${fr(BEFORE.compute / st.median, 1)})`,
    );
    if (b.check === "erreurs") failed = true;
  }
  const single = stats(boundary.annee.samples).median;
  console.log(`  cible / target ≤ ${fr(TARGET_MS, 1)} ms en médiane (une année) : ${single <= TARGET_MS ? "atteinte / met" : "NON atteinte / NOT met"}`);
  console.log("");
  console.log(`Mise à jour complète de la page — ${typing.handler.length} frappes dans une case de la grille (${distinctTotals} totaux distincts)`);
  console.log(line("  gestionnaire input (calcul + rendu)", stats(typing.handler)));
  console.log(line("  keydown → total affiché dans le DOM", stats(typing.keyToTotal)));
  const paint = stats(typing.toPaint);
  console.log(line("  keydown → image suivante peinte", paint));
  console.log(`  cible / target ≤ ${PAINT_MS} ms en médiane (keydown → peinte) : ${paint.median <= PAINT_MS ? "atteinte / met" : "NON atteinte / NOT met"}`);
  console.log("");
  const first = sizes(distName("pkg/forfaits_bg.wasm"));
  console.log("Taille du wasm");
  console.log(sizeLine("  première vue (pkg/forfaits_bg.wasm)", first));
  console.log(`  cible / target ≤ ${TARGET_KIB} Kio gzip -9 : ${first.gz <= TARGET_KIB * 1024 ? "atteinte / met" : "NON atteinte / NOT met"}`);
  console.log(sizeLine("  première vue aussi : pkg/formulaire.json", sizes(distName("pkg/formulaire.json"))));
  console.log(sizeLine("  préchargé : lignes, échéancier, 2012-2016, scénarios", sizes(distName("pkg/complet_bg.wasm"))));
  console.log(sizeLine("  chargé à l'ouverture : représentativité", sizes(distName("pkg/representativite_bg.wasm"))));
  console.log(sizeLine("  chargé par le worker : chiffrage d'une population", sizes(distName("pkg/cohorte_bg.wasm"))));
  if (seen.length) {
    failed = true;
    console.error(`\nLa page a signalé des problèmes :\n${seen.join("\n")}`);
  }
  if (!(typing.handler.length === KEYSTROKES && distinctTotals > 1 && typing.totals.every((t) => t.endsWith("€")))) {
    failed = true;
    console.error(`\nLes frappes n'ont pas toutes mis le total à jour : ${typing.handler.length} événements, totaux ${[...new Set(typing.totals)].join(" | ")}`);
  }
} finally {
  await env.close();
}
process.exit(failed ? 1 : 0);
