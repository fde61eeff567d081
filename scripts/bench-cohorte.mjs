// The benchmark of « Chiffrer une population » run by `make bench` (issue 13, item 7): in headless
// chromium, the page of dist/ imports and costs 110 000 physicians of the synthetic population
// (seed 1, written once to target/bench/) under two scenarios — the signed text and the option 2
// of 14/03/2024, the panel's defaults — through the file picker, in its Web Worker. Per run:
//   - the time from the file chosen (the input's `change`) to the frame after the results are
//     drawn (`#population[data-etat=termine]`), both stamped in the page, after one warm-up run
//     of the same file;
//   - the main thread's long tasks meanwhile (PerformanceObserver « longtask »: any task over
//     50 ms), their number and the longest;
//   - the memory: the workers' wasm memory (it never shrinks: its peak; two workers added), and
//     the page's JavaScript heap once the results are drawn (performance.memory);
//   - the CPU time of the workers' wasm, in Node (the V8 of Chromium) on the same bytes fed in
//     the same pieces: the whole file in one costing, then each half of the two workers (the
//     second frames the first half without costing it, then hands its aggregates to the first).
// min / median / max over RUNS runs. With AVANT=<a checkout where `make build` was run> (its dist/
// and pkg/), the same measures of that build alternate with this one's, run after run, in the
// same process: before/after figures under the same load.
//   [AVANT=…] node scripts/bench-cohorte.mjs [rows=110000] [runs=5]

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
const bytes = readFileSync(file);
const size = bytes.length;
const columns = bytes.subarray(0, bytes.indexOf(10)).toString().split(";").length;
const builds = [
  ...(process.env.AVANT ? [{ nom: "avant", root: process.env.AVANT }] : []),
  { nom: process.env.AVANT ? "après" : "", root: ROOT },
];
const DEMANDE = JSON.stringify({ annee: 2026, scenarios: { colonnes: ["convention_2024", "proposition_2024_03_14_option_2"] } });
const PIECE = 1 << 16;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: quantile(s, 0.5), max: s[s.length - 1] };
};
const fr = (x, d = 0) => x.toLocaleString("fr-FR", { minimumFractionDigits: d, maximumFractionDigits: d });
const line = (label, st, unit, d = 0) => `${label.padEnd(44)} min ${fr(st.min, d)} ${unit}   médiane ${fr(st.median, d)} ${unit}   max ${fr(st.max, d)} ${unit}`;

/** Seconds of CPU (user and system) of `f`. */
function cpu(f) {
  const t0 = process.cpuUsage();
  const result = f();
  const t = process.cpuUsage(t0);
  return [(t.user + t.system) / 1e6, result];
}

/** One costing in `coh` (a cohorte module) of `bytes` in pieces as the worker feeds them, limited
 *  to `partie` if given; `etat`: the second part's aggregates to merge before the end. */
function costing(coh, partie, etat) {
  const c = new coh.Chiffrage();
  JSON.parse(c.commencer(DEMANDE));
  if (partie) JSON.parse(c.limiter(partie.debut, partie.fin));
  for (let at = 0; at < size; at += PIECE) {
    const answer = JSON.parse(c.lire(bytes.subarray(at, at + PIECE)));
    c.lignes();
    c.erreurs();
    if (answer.complet) break;
  }
  const end = partie && partie.fin === null ? JSON.parse(c.partie()) : (etat && JSON.parse(c.fusionner(etat)), JSON.parse(c.terminer()));
  c.free();
  return end;
}

/** CPU seconds of the workers' wasm: [one worker, first half, second half] (halves: this build's). */
async function workerCpu(build) {
  const coh = await import(join(build.root, "pkg", "cohorte.js"));
  await coh.default({ module_or_path: readFileSync(join(build.root, "pkg", "cohorte_bg.wasm")) });
  const [whole, resume] = cpu(() => costing(coh));
  if (resume.lignes.lues !== ROWS) throw new Error(`${build.nom} : ${resume.lignes.lues} lignes lues`);
  if (!coh.Chiffrage.prototype.limiter) return [whole];
  const coupe = Math.floor(size / 2);
  const [second, part] = cpu(() => costing(coh, { debut: coupe, fin: null }));
  const [first, merged] = cpu(() => costing(coh, { debut: 0, fin: coupe }, part.etat));
  if (JSON.stringify(merged) !== JSON.stringify(resume)) throw new Error("deux moitiés ≠ un chiffrage");
  return [whole, first, second];
}

console.log(`Temps CPU du wasm des workers (Node), ${fr(ROWS)} lignes, ${RUNS} passages${builds.length > 1 ? " en alternance" : ""}`);
const cpus = builds.map(() => /** @type {number[][]} */ ([]));
for (let i = 0; i < RUNS; i++) for (const [k, b] of builds.entries()) cpus[k].push(await workerCpu(b));
for (const [k, b] of builds.entries()) {
  const tag = b.nom ? `${b.nom}, ` : "";
  const col = (j) => stats(cpus[k].map((c) => c[j] * 1000));
  console.log(line(`${tag}un worker, tout le fichier`, col(0), "ms"));
  if (cpus[k][0].length > 1) {
    console.log(line(`${tag}deux workers, première moitié`, col(1), "ms"));
    console.log(line(`${tag}deux workers, seconde moitié`, col(2), "ms"));
  }
  console.log(line(`${tag}lignes/s de CPU, un worker`, stats(cpus[k].map((c) => ROWS / c[0])), "l/s"));
}

/** The panel opened, the long tasks observed, the time of the file's choice noted. */
async function prepare(page) {
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
    // The end: the frame after the results are drawn (the page sets data-etat=termine once they
    // are), stamped in the page, so that the figure does not include the polling of the test driver.
    const section = document.getElementById("population");
    new MutationObserver(() => {
      if (section.dataset.etat === "termine" && window.__bench.t1 === null) {
        window.__bench.t1 = 0;
        requestAnimationFrame(() => (window.__bench.t1 = performance.now()));
      }
    }).observe(section, { attributes: true, attributeFilter: ["data-etat"] });
  });
}

/** One run: the file chosen, the results awaited; the time, long tasks and memory. */
async function once(page) {
  await page.evaluate(() => {
    window.__bench.t0 = null;
    window.__bench.t1 = null;
    window.__bench.longTasks = [];
    delete document.getElementById("population").dataset.etat;
  });
  await page.setInputFiles("#pop-fichier", file);
  await page.waitForSelector("#population[data-etat='termine']", { timeout: 300_000 });
  await page.waitForFunction(() => window.__bench.t1 > 0);
  return page.evaluate(() => {
    const b = window.__bench;
    const end = b.t1;
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
}

/** The figures of one build's runs. */
function report({ nom, runs, opened: { problems } }) {
  if (nom) console.log(`— ${nom}`);
  console.log(line("fichier choisi → résultats affichés", stats(runs.map((r) => r.ms)), "ms"));
  console.log(line("lignes par seconde", stats(runs.map((r) => (ROWS * 1000) / r.ms)), "l/s"));
  console.log(line("tâches > 50 ms du fil principal (nombre)", stats(runs.map((r) => r.longues)), ""));
  console.log(line("plus longue tâche du fil principal", stats(runs.map((r) => r.plusLongue)), "ms"));
  console.log(line("mémoire du wasm des workers (pic)", stats(runs.map((r) => r.wasm / 2 ** 20)), "Mio", 1));
  console.log(line("tas JavaScript de la page, résultats affichés", stats(runs.map((r) => r.tas / 2 ** 20)), "Mio", 1));
  const median = stats(runs.map((r) => r.ms)).median;
  const longest = Math.max(...runs.map((r) => r.plusLongue));
  console.log(`cible ${fr(TARGET_MS)} ms : ${median <= TARGET_MS ? "atteinte" : "non atteinte"} (médiane ${fr(median)} ms) ; aucune tâche > ${LONG_TASK_MS} ms : ${longest <= LONG_TASK_MS ? "oui" : `non (${fr(longest)} ms)`}`);
  if (problems.length) console.log(`problèmes relevés par la page :\n${problems.join("\n")}`);
}

for (const build of builds) build.env = await startEnvironment({ dist: join(build.root, "dist") });
try {
  for (const build of builds) {
    build.opened = await openPage(build.env, { timeout: 300_000 });
    await prepare(build.opened.page);
  }
  const cores = await builds[0].opened.page.evaluate(() => navigator.hardwareConcurrency);
  console.log(`Chiffrage d'une population dans Chromium (${cores} cœurs annoncés) : ${fr(ROWS)} médecins fictifs (${fr(size / 1e6, 1)} Mo de CSV, ${columns} colonnes), deux scénarios, ${RUNS} passages après un passage de chauffe${builds.length > 1 ? ", avant et après en alternance" : ""}`);
  for (const build of builds) {
    const warm = await once(build.opened.page);
    console.log(`chauffe${build.nom ? ` (${build.nom})` : ""} : ${fr(warm.ms)} ms — ${warm.texte}`);
    build.runs = [];
  }
  for (let i = 0; i < RUNS; i++) for (const build of builds) build.runs.push(await once(build.opened.page));
  builds.forEach(report);
  console.log(`charge de la machine : ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  for (const build of builds) await build.opened.context.close();
} finally {
  for (const build of builds) await build.env?.close();
}
