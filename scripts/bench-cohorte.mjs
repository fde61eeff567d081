// The benchmark of « Chiffrer une population » run by `make bench` (issue 13, item 7): in headless
// chromium, the page of dist/ imports and costs 110 000 physicians of the synthetic population
// (seed 1, written once to target/bench/) under two scenarios — the signed text and the option 2
// of 14/03/2024, the panel's defaults — through the file picker, in its Web Worker. Per run:
//   - the time from the file chosen (the input's `change`) to the results drawn
//     (`#population[data-etat=termine]`), after one warm-up run of the same file;
//   - the main thread's long tasks meanwhile (PerformanceObserver « longtask »: any task over
//     50 ms), their number and the longest;
//   - the memory: the worker's wasm memory (it never shrinks: its peak), and the page's JavaScript
//     heap once the results are drawn (performance.memory).
// min / median / max over RUNS runs.
//   node scripts/bench-cohorte.mjs [rows=110000] [runs=5]

import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, openPage, startEnvironment } from "../tests/e2e/helpers.mjs";

const ROWS = Number(process.argv[2] ?? 110_000);
const RUNS = Number(process.argv[3] ?? 5);
const TARGET_MS = 1000;
const LONG_TASK_MS = 50;

const file = join(ROOT, "target", "bench", `medecins-${ROWS}.csv`);
if (!existsSync(file)) {
  const coh = await import(join(ROOT, "pkg", "cohorte.js"));
  await coh.default({ module_or_path: readFileSync(join(ROOT, "pkg", "cohorte_bg.wasm")) });
  mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
  writeFileSync(file, coh.populationSynthetique(ROWS, 1));
}
const size = readFileSync(file).length;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: quantile(s, 0.5), max: s[s.length - 1] };
};
const fr = (x, d = 0) => x.toLocaleString("fr-FR", { minimumFractionDigits: d, maximumFractionDigits: d });
const line = (label, st, unit, d = 0) => `${label.padEnd(44)} min ${fr(st.min, d)} ${unit}   médiane ${fr(st.median, d)} ${unit}   max ${fr(st.max, d)} ${unit}`;

const env = await startEnvironment();
try {
  const { context, page, problems } = await openPage(env, { timeout: 300_000 });
  await page.click("#population summary");
  await page.waitForSelector("#population[data-ready='true']");
  await page.evaluate(() => {
    window.__bench = { longTasks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: false });
    document.getElementById("pop-contenu").addEventListener("change", (e) => {
      if (e.target.id === "pop-fichier") window.__bench.t0 = performance.now();
    }, true);
  });

  async function once() {
    await page.evaluate(() => {
      window.__bench.t0 = null;
      window.__bench.longTasks = [];
      delete document.getElementById("population").dataset.etat;
    });
    await page.setInputFiles("#pop-fichier", file);
    await page.waitForSelector("#population[data-etat='termine']", { timeout: 300_000 });
    const r = await page.evaluate(() => {
      const b = window.__bench;
      const end = performance.now();
      const during = b.longTasks.filter((t) => t.start >= b.t0 - 1 && t.start <= end);
      return {
        ms: end - b.t0,
        lues: Number(document.getElementById("population").dataset.lues ?? 0),
        wasm: Number(document.getElementById("population").dataset.memoire),
        longues: during.length,
        plusLongue: Math.max(0, ...during.map((t) => t.duration)),
        tas: /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0,
        texte: document.querySelector("#pop-resultats .pop-lignes")?.textContent ?? "",
      };
    });
    return r;
  }

  console.log(`Chiffrage d'une population dans Chromium : ${fr(ROWS)} médecins fictifs (${fr(size / 1e6, 1)} Mo de CSV, 179 colonnes), deux scénarios, ${RUNS} passages après un passage de chauffe`);
  const warm = await once();
  console.log(`chauffe : ${fr(warm.ms)} ms — ${warm.texte}`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  console.log(line("fichier choisi → résultats affichés", stats(runs.map((r) => r.ms)), "ms"));
  console.log(line("lignes par seconde", stats(runs.map((r) => (ROWS * 1000) / r.ms)), "l/s"));
  console.log(line("tâches > 50 ms du fil principal (nombre)", stats(runs.map((r) => r.longues)), ""));
  console.log(line("plus longue tâche du fil principal", stats(runs.map((r) => r.plusLongue)), "ms"));
  console.log(line("mémoire du wasm du worker (pic)", stats(runs.map((r) => r.wasm / 2 ** 20)), "Mio", 1));
  console.log(line("tas JavaScript de la page, résultats affichés", stats(runs.map((r) => r.tas / 2 ** 20)), "Mio", 1));
  const median = stats(runs.map((r) => r.ms)).median;
  const longest = Math.max(...runs.map((r) => r.plusLongue));
  console.log(`cible ${fr(TARGET_MS)} ms : ${median <= TARGET_MS ? "atteinte" : "non atteinte"} (médiane ${fr(median)} ms) ; aucune tâche > ${LONG_TASK_MS} ms : ${longest <= LONG_TASK_MS ? "oui" : `non (${fr(longest)} ms)`}`);
  console.log(`charge de la machine : ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  if (problems.length) console.log(`problèmes relevés par la page :\n${problems.join("\n")}`);
  await context.close();
} finally {
  await env.close();
}
