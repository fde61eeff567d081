// Shared by the end-to-end tests and scripts/bench-page.mjs: serves dist/ on 127.0.0.1 (free
// port), drives Debian's chromium through playwright-core (no browser download), and watches each
// page for what must never happen: a console error or warning, an uncaught exception, a request
// that leaves the local server (the calculator promises that nothing leaves the browser), or a
// local request answered with an error status.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.E2E_DIST ?? join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");

/** axe-core on the whole page (loaded into it first if needed: `evaluate` is not subject to the
 *  page's CSP): every violation, whatever its impact, with where it is; `state` names the check. */
export async function noAxeViolation(page, state) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await /** @type {any} */ (window).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.impact} ${v.id} : ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  assert.deepEqual(violations, [], `axe, état « ${state} » :\n${violations.join("\n")}`);
}
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

/** The name in dist/ of a source file ("pkg/forfaits.js" → "pkg/forfaits.1a2b3c4d5e.js"), from
 *  the map scripts/build-dist.mjs writes. */
export function distName(source, dist = DIST) {
  const map = JSON.parse(readFileSync(join(dist, "fichiers.json"), "utf8"));
  if (!map[source]) throw new Error(`${source} n'est pas dans ${dist}/fichiers.json`);
  return map[source];
}

/** Starts the static server on dist/ (or `dist`, with `headers` added to every answer) and
 *  chromium. `close()` stops both. */
export async function startEnvironment({ dist = DIST, headers = {} } = {}) {
  for (const f of ["index.html", "fichiers.json"]) {
    if (!existsSync(join(dist, f))) throw new Error(`${dist}/${f} manque : lancez \`make build\` d'abord.`);
  }
  const server = await serve(dist, 0, { headers });
  const origin = `http://127.0.0.1:${server.address().port}`;
  let browser;
  try {
    browser = await chromium.launch(CHROMIUM);
  } catch (e) {
    server.close();
    throw e;
  }
  return {
    origin,
    url: `${origin}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** True for a URL served by our own server (or one that never reaches the network: data:, blob:). */
function isLocal(origin, url) {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Loads the example (« Voir un exemple ») when the page opened on the empty form of a first
 *  visit — not on a kept, shared or compact page, whose figures are already there. The tests'
 *  hand computations start from the example profile (src/defaults.rs). */
export async function showExample(page) {
  const fresh = await page.evaluate(() => !document.documentElement.dataset.compact && document.getElementById("origine")?.dataset.origine === "mon-cas" && document.getElementById("etat-message")?.textContent === "");
  if (fresh) {
    // A click from script: the focus (where Tab starts) stays at the top of the page.
    await page.evaluate(() => document.getElementById("reinitialiser").click());
    await page.waitForSelector("#origine[data-origine='exemple']");
  }
}

/**
 * A fresh context and page (locale fr-FR) on the calculator, loaded and ready
 * (`<html data-ready="true">`), with the example loaded (`exemple: false` keeps the empty form of
 * a first visit). `problems` lists everything that went wrong on it: third-party requests are
 * recorded *and* aborted, so nothing ever leaves the machine.
 */
export async function openPage(env, { timeout = 5_000, viewport = { width: 1280, height: 900 }, exemple = true, avant = undefined } = {}) {
  const context = await env.browser.newContext({ locale: "fr-FR", viewport });
  context.setDefaultTimeout(timeout);
  const problems = [];
  const note = (text) => problems.includes(text) || problems.push(text);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(env.origin, url)) return route.continue();
    note(`requête hors du serveur local : ${url}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") {
      const where = m.location()?.url ? ` (${m.location().url}:${m.location().lineNumber})` : "";
      note(`console.${m.type()} : ${m.text()}${where}`);
    }
  });
  page.on("pageerror", (e) => note(`exception non rattrapée : ${e.stack ?? e}`));
  page.on("response", (r) => {
    if (r.status() >= 400) note(`réponse ${r.status()} pour ${r.url()}`);
  });
  // A request the page's own navigation cut (a reload while the complete module is prefetched)
  // is not a fault of the page: one aborted with no navigation of the page since it started is.
  let navigations = 0;
  const startedAt = new WeakMap();
  const aborted = [];
  page.on("framenavigated", (f) => f === page.mainFrame() && navigations++);
  page.on("request", (r) => {
    if (!isLocal(env.origin, r.url())) note(`requête hors du serveur local : ${r.url()}`);
    startedAt.set(r, navigations);
  });
  page.on("requestfailed", (r) => {
    if (!isLocal(env.origin, r.url())) return;
    const text = `requête échouée : ${r.url()} (${r.failure()?.errorText})`;
    if (r.failure()?.errorText === "net::ERR_ABORTED") aborted.push({ text, at: startedAt.get(r) });
    else note(text);
  });
  /** What the page did wrong so far: the problems noted and the aborts no navigation explains. */
  const faults = () => [...problems, ...aborted.filter((a) => a.at === navigations).map((a) => a.text)];
  try {
    // What a test sets up before the page loads (a request held, for instance).
    await avant?.(context);
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready='true']");
    if (exemple) await showExample(page);
  } catch (e) {
    await context.close();
    throw new Error(`${e.message}\nproblèmes relevés : ${faults().join("\n") || "aucun"}`);
  }
  return { context, page, problems, faults };
}

/** The options of a page test that hold the request of `file` (its name before hashing, as
 *  `distName` takes it) from the page's load until `hold.release()` is called; each test that
 *  takes them holds it anew. */
export function holding(file) {
  const hold = { release: () => {} };
  const options = {
    avant: (/** @type {import("playwright-core").BrowserContext} */ context) => {
      const held = new Promise((ok) => (hold.release = ok));
      return context.route(
        (url) => url.pathname === `/${distName(file)}`,
        async (route) => {
          await held;
          await route.continue();
        },
      );
    },
  };
  return { hold, options };
}

/** One environment (server and browser) for the whole test file, started before its tests and
 *  closed after them (before/after hooks); the object returned is filled in when it starts.
 *  With `results`, the folder of screenshots and reports is made too. */
export function useEnvironment({ results = false } = {}) {
  const env = /** @type {Awaited<ReturnType<typeof startEnvironment>>} */ ({});
  before(async () => {
    Object.assign(env, await startEnvironment());
    if (results) await mkdir(RESULTS, { recursive: true });
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/**
 * Wires one browser for the whole test file (before/after hooks) and returns `pageTest(name, fn)`:
 * each test gets a fresh page, and fails on any problem `openPage` records, even if its own
 * assertions passed.
 */
export function useBrowser({ timeout = 20_000 } = {}) {
  const env = useEnvironment();
  return function pageTest(name, fn, options = {}) {
    test(name, { timeout }, async (t) => {
      const { context, page, faults } = await openPage(env, options);
      let seen;
      try {
        await fn(page, t);
      } finally {
        // Read before closing: closing aborts whatever is in flight, which is not the page's fault.
        seen = faults();
        await context.close();
      }
      assert.deepEqual(seen, [], `la page a signalé des problèmes :\n${seen.join("\n")}`);
    });
  };
}

/** "32 822,50" → "32 822,50 €" with the page's no-break spaces (U+00A0). */
export const eur = (amount) => `${amount.replaceAll(" ", "\u00a0")}\u00a0€`;

/** Text with every kind of space (U+00A0, U+202F…) turned into a plain one, trimmed. */
export const plain = (text) => (text ?? "").replace(/\s+/gu, " ").trim();

/** Polls `read()` until it deep-equals `expected` (the page updates synchronously, but a retry
 *  costs nothing and keeps the tests honest about what they wait for). */
export async function eventually(read, expected, { timeout = 3_000, message } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    try {
      assert.deepEqual(last, expected);
      return last;
    } catch (e) {
      if (Date.now() > end) {
        e.message = `${message ? message + " — " : ""}${e.message}`;
        throw e;
      }
    }
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/** The form's sections (data-section, keys of the core's `sections`) named by the dispositifs
 *  they serve, each with whether it is shown. The numérique section ("FS DONUM ROSP_2011") serves
 *  the forfait structure until 2025, the DONUM from 2026 and the organisation du cabinet of the 2011 ROSP. */
export const SERVES = {
  prevention: "FMT",
  rosp: "ROSP",
  numerique: "FS DONUM ROSP_2011",
  forfait_structure: "FS",
  vsm: "VSM",
  missions: "FS MISSIONS",
  consultations_avancees: "CONSULTATIONS_AVANCEES",
  qualite: "QUALITE",
  soins_non_programmes: "SNP",
  conges: "CONGES",
  ess_commissions: "ESS COMMISSIONS",
  rosp_2011: "ROSP_2011",
  sophia: "SOPHIA",
  options_2011: "OPTION_DEMOGRAPHIE OPTION_SST",
  avenant_20: "AVENANT_20",
};
export const GROUPS = { "missions.sas": "MISSIONS.SAS", "missions.ame": "MISSIONS.AME", "missions.ipa": "MISSIONS.IPA" };
export const shown = (page, names) =>
  page
    .locator("#profil [data-section]")
    .evaluateAll((els, names) => Object.fromEntries(els.filter((e) => e.dataset.section in names).map((e) => [names[e.dataset.section], !e.hidden])), names);
export const sections = (page) => shown(page, SERVES);

/** Reading the report the way the tests do: the detail of the main year (B, 2026 by default) and
 *  of the compared year (A), a line by its code, its formula and amount, the total, the verdict,
 *  and the three amount cells of a dispositif in the comparison table (year a, year b, écart). */
export const B = "#detail-b";
export const A = "#detail-a";
/** The text of `selector`; a selector reaching into a line of a detail (`#detail-b
 *  tr[data-code="FMT.SOCLE.7_A_74_ANS"] .formula`) opens its dispositif first, as a user does:
 *  a keystroke brings the lines of the dispositifs open only. */
export async function text(page, selector) {
  await opened(page, selector);
  return page.locator(selector).textContent();
}

/** How many elements `selector` finds, a line of a detail looked for as `text` does. */
export async function count(page, selector) {
  await opened(page, selector);
  return page.locator(selector).count();
}

/** Opens the dispositif of the line `selector` reaches into, if it does. */
async function opened(page, selector) {
  const line = /(#detail-[ab])\s[^,]*tr\[data-code="([^"]+)"\]/.exec(selector);
  if (line) await openLines(page, line[2], line[1]);
}

/** Opens the dispositif whose lines hold the line `code` in a detail (its code is the longest
 *  dispositif code the line's starts with), by its heading's button, unless it is open. */
export async function openLines(page, code, where = B) {
  const dispositif = await page.evaluate(
    ({ code, where }) =>
      [...document.querySelectorAll(`${where} .dispositif[data-code]`)]
        .map((s) => /** @type {HTMLElement} */ (s).dataset.code ?? "")
        .filter((d) => code.startsWith(`${d}.`))
        .sort((a, b) => b.length - a.length)[0],
    { code, where },
  );
  if (!dispositif) return;
  const button = page.locator(`${where} .dispositif[data-code="${dispositif}"] > h4 > button`);
  if ((await button.getAttribute("aria-expanded")) === "true") return;
  // The comparison year's detail may be out of view or folded: the same click, dispatched.
  if (await button.isVisible()) await button.click();
  else await button.dispatchEvent("click");
}
export const total = (page) => text(page, "#montant-total");
export const verdict = async (page) => plain(await text(page, "#verdict"));
export const row = (code, where = B) => `${where} tr[data-code="${code}"]`;
export const formula = async (page, rowSelector) => plain(await text(page, `${rowSelector} .formula`));
export const amount = (page, rowSelector) => text(page, `${rowSelector} td.amount`);
export const comparisonRow = (page, code) =>
  page.locator(`#comparaison tbody tr[data-code="${code}"]`).evaluate((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
/** "+" + "1 132,34 €": a positive écart as the page signs it. */
export const plus = (a) => `+${eur(a)}`;
