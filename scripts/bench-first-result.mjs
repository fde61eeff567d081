// First result, run by `make bench`: from navigation to the first total displayed, on a cold
// first visit (a fresh browser context each run: empty HTTP cache, no service worker), served
// from dist/ by scripts/serve.mjs exactly as a CDN serves it (pre-compressed files, cache
// headers). Two conditions:
//   - localhost, no throttling;
//   - Chromium DevTools' "Slow 4G" preset, applied through CDP Network.emulateNetworkConditions:
//     562,5 ms of latency per request (150 ms RTT × 3,75), 180 000 B/s down (1,6 Mbit/s × 0,9),
//     84 375 B/s up (750 kbit/s × 0,9) — the figures of devtools-frontend's Slow4GConditions.
// The instant is taken inside the page: a MutationObserver installed before any script sees
// #montant-total appear; the figure is the end of the next rendering step (the frame that paints
// it: style, layout, paint), seen from a message posted in its animation-frame callback, in ms
// since the navigation started. Resource Timing gives the breakdown (HTML received, last module
// received, wasm received). Since the first view is rendered at build time (the total is in the
// HTML), the time until the page is interactive is printed too: until app.js has taken the page
// over (<html data-ready>: the wasm loaded, the first recomputation done, the next keystroke
// recomputed).
// Then every file of the first view with its raw, gzip -9 and brotli (q 11) sizes and what was
// transferred.
// Other folders given after the run counts are measured in the same runs, interleaved (the
// machine is shared: only figures of one run compare), e.g. a build of the previous version:
//   node scripts/bench-first-result.mjs [runs localhost = 15] [runs Slow 4G = 5] [other dist…]

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { CHROMIUM, DIST } from "../tests/e2e/helpers.mjs";

const [runsLocal = "15", runsSlow = "5", ...others] = process.argv.slice(2);
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const TARGETS = { localhost: 300, "Slow 4G": 1500 };

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0], median: quantile(s, 0.5), max: s[s.length - 1] };
};
const ms = (x) => `${Math.round(x)} ms`;
const kio = (bytes) => `${(bytes / 1024).toFixed(1).replace(".", ",")} Kio`;

/** Runs in the page before any of its scripts. */
function watchFirstTotal() {
  const found = () => {
    if (!document.getElementById("montant-total")) return false;
    const seen = performance.now();
    // The frame that paints it: its animation-frame callbacks, then style, layout and paint,
    // then the message posted from the callback is delivered.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__premierTotal = { dom: seen, frame: performance.now() });
      channel.port2.postMessage(null);
    });
    return true;
  };
  const observer = new MutationObserver(() => found() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
  const ready = new MutationObserver(() => {
    if (document.documentElement.dataset.ready !== "true") return;
    window.__interactif = performance.now();
    ready.disconnect();
  });
  ready.observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
}

async function firstResult(browser, url, throttle) {
  const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 } });
  const served = [];
  try {
    const page = await context.newPage();
    page.on("response", (r) => {
      const h = r.headers();
      served.push({ url: r.url(), encoding: h["content-encoding"] ?? "identity", length: Number(h["content-length"] ?? NaN) });
    });
    await page.addInitScript(watchFirstTotal);
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", throttle);
    }
    await page.goto(url, { timeout: 60_000 });
    await page.waitForFunction(() => window.__premierTotal && window.__interactif, null, { timeout: 60_000 });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const res = performance.getEntriesByType("resource");
      const end = (pred) => Math.max(0, ...res.filter(pred).map((e) => e.responseEnd));
      return {
        total: window.__premierTotal,
        interactive: window.__interactif,
        // The first view: the page and what was asked for before the first total.
        firstView: [nav.name, ...res.filter((e) => e.startTime < window.__premierTotal.dom).map((e) => e.name)],
        html: nav.responseEnd,
        // Only the modules asked for before the first total (not those loaded after it).
        modules: end((e) => /\.m?js$/.test(new URL(e.name).pathname) && e.startTime < window.__premierTotal.dom),
        wasm: end((e) => new URL(e.name).pathname.endsWith(".wasm")),
      };
    });
    return { ...timing, served };
  } finally {
    await context.close();
  }
}

function report(label, results) {
  const frame = stats(results.map((r) => r.total.frame));
  const median = (f) => ms(stats(results.map(f)).median);
  const ready = stats(results.map((r) => r.interactive));
  console.log(`  ${label.padEnd(40)} médiane ${ms(frame.median).padStart(7)}   (min ${ms(frame.min)}, max ${ms(frame.max)}, n = ${frame.n})`);
  console.log(`  ${"  puis interactif (wasm prêt)".padEnd(40)} médiane ${ms(ready.median).padStart(7)}   (min ${ms(ready.min)}, max ${ms(ready.max)})`);
  console.log(
    `  ${"".padEnd(40)} médianes : HTML reçu ${median((r) => r.html)}, derniers modules ${median((r) => r.modules)}, ` +
      `wasm ${median((r) => r.wasm)}, total dans le DOM ${median((r) => r.total.dom)}`,
  );
  return frame;
}

function sizes(dist, origin, served) {
  console.log(`\nFichiers de la première vue, demandés avant le premier total (${dist}) : tailles, et ce qui a été transféré`);
  const rows = served
    .filter((s) => s.url.startsWith(origin))
    .map((s) => {
      let path = new URL(s.url).pathname;
      if (path.endsWith("/")) path += "index.html";
      const body = readFileSync(join(dist, decodeURIComponent(path)));
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, br: br.length, sent: `${s.length} ${s.encoding}` };
    });
  const w = Math.max(...rows.map((r) => r.path.length), 8);
  const col = (x) => String(x).padStart(9);
  console.log(`  ${"fichier".padEnd(w)} ${col("brut")} ${col("gzip -9")} ${col("brotli")}   transféré (octets, codage)`);
  for (const r of rows) console.log(`  ${r.path.padEnd(w)} ${col(r.raw)} ${col(r.gzip)} ${col(r.br)}   ${r.sent}`);
  const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
  console.log(`  ${"total".padEnd(w)} ${col(sum("raw"))} ${col(sum("gzip"))} ${col(sum("br"))}`);
  console.log(`  soit ${kio(sum("raw"))} brut, ${kio(sum("gzip"))} gzip -9, ${kio(sum("br"))} brotli ; transféré : ${kio(served.reduce((a, s) => a + (s.length || 0), 0))}`);
}

const dists = [DIST, ...others];
const servers = await Promise.all(dists.map((d) => serve(d, 0)));
const urls = servers.map((s) => `http://127.0.0.1:${s.address().port}/`);
const browser = await chromium.launch(CHROMIUM);
try {
  console.log("Premier résultat : de la navigation au premier total affiché (visite à froid, contexte neuf à chaque essai, 390 × 844)");
  let served;
  for (const [condition, runs, throttle] of [["localhost", Number(runsLocal), null], ["Slow 4G", Number(runsSlow), SLOW_4G]]) {
    if (!(runs > 0)) continue;
    console.log(condition === "localhost" ? "Sans limitation (localhost) :" : "Slow 4G (562,5 ms par requête, 180 000 o/s descendant, 84 375 o/s montant) :");
    const results = dists.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (let d = 0; d < dists.length; d++) results[d].push(await firstResult(browser, urls[d], throttle));
    }
    dists.forEach((dist, d) => {
      const frame = report(dist, results[d]);
      if (d === 0) {
        served ??= results[0][0].served.filter((s) => results[0][0].firstView.includes(s.url));
        console.log(`  ${"".padEnd(40)} cible ≤ ${TARGETS[condition]} ms en médiane : ${frame.median <= TARGETS[condition] ? "atteinte" : "NON atteinte"}`);
      }
    });
  }
  sizes(DIST, new URL(urls[0]).origin, served);
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
}
