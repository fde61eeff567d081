// "Nothing leaves the page", enforced by the browser: the page's Content-Security-Policy (a meta
// tag in index.html) allows scripts, the wasm and every request from the page's own origin only,
// no inline script, no eval (only WebAssembly compilation, 'wasm-unsafe-eval'). Checked two ways:
//   - using the page (both years, scenarios, the representativité panel, a share link, an export,
//     the service worker storing the page for offline use) raises no violation, and every request
//     the browser makes — the page's and the service worker's — goes to the page's origin;
//   - what the policy forbids is refused: a request to another origin (which never receives it),
//     an inline script, a script or an image from elsewhere, code from a string, a style attribute.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { startEnvironment } from "./helpers.mjs";

let env, elsewhere, hits;
before(async () => {
  env = await startEnvironment();
  hits = [];
  elsewhere = createServer((req, res) => {
    hits.push(req.url);
    res.writeHead(200, { "Content-Type": "text/javascript", "Access-Control-Allow-Origin": "*" }).end("window.__ailleurs = true;");
  });
  await new Promise((ok) => elsewhere.listen(0, "127.0.0.1", ok));
});
after(async () => {
  await env?.close();
  await new Promise((ok) => elsewhere.close(ok));
});

function watchViolations() {
  window.__violations = [];
  addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.effectiveDirective));
}

/** The CSP sources ('sha256-…') of the page's inline scripts and styles, computed here. */
const inlineHashes = (page) =>
  page.evaluate(async () => {
    const hash = async (text) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))))}'`;
    return {
      scripts: await Promise.all([...document.querySelectorAll("script:not([src])")].map((s) => hash(s.textContent))),
      styles: await Promise.all([...document.querySelectorAll("style")].map((s) => hash(s.textContent))),
    };
  });

/** The page's policy, directive → sources. */
const policy = (page) =>
  page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    // Before anything it governs: no script, style or link above it in <head>.
    const before = [...document.head.children].slice(0, [...document.head.children].indexOf(meta));
    return {
      first: before.every((e) => e.tagName === "META" && !e.httpEquiv),
      directives: Object.fromEntries(
        meta.content
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...sources]) => [name, sources]),
      ),
    };
  });

test("CSP : la politique de la page, et aucune violation ni requête hors de l'origine en l'utilisant", { timeout: 60_000 }, async () => {
  const context = await env.browser.newContext({ locale: "fr-FR", acceptDownloads: true });
  context.setDefaultTimeout(20_000);
  const requests = [];
  context.on("request", (r) => requests.push(r.url())); // the pages' and the service worker's
  const consoleErrors = [];
  await context.addInitScript(watchViolations);
  const page = await context.newPage();
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  try {
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready='true']");

    const { first, directives } = await policy(page);
    assert.equal(first, true, "la balise CSP doit précéder tout script, style ou lien");
    assert.deepEqual(directives["default-src"], ["'none'"]);
    // Inline: only the script and the styles of the first view that the build wrote, each allowed
    // by the hash of its exact text (scripts/build-dist.mjs); no 'unsafe-inline'.
    const inline = await inlineHashes(page);
    assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'", ...inline.scripts]);
    assert.equal(inline.scripts.length, 1, "le script du premier rendu, seul script en ligne");
    assert.deepEqual(directives["connect-src"], ["'self'"]);
    assert.deepEqual(directives["style-src"], ["'self'", ...inline.styles]);
    for (const [name, sources] of Object.entries(directives)) {
      for (const s of sources) assert.ok(s === "'self'" || s === "'none'" || s === "'wasm-unsafe-eval'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s), `${name} ${s}`);
    }

    // The page at work: scenarios, the representativité panel, a share link, an export.
    await page.check("#f-mode-scenarios");
    await page.waitForSelector("#scenarios:not([hidden])");
    await page.check("#f-mode-annees");
    await page.click("#rep-details summary");
    await page.waitForSelector("#representativite[data-ready='true']");
    await page.click("#partager");
    await page.waitForSelector("#champ-lien:not([hidden])");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#exporter")]);
    assert.equal(download.suggestedFilename(), "forfaits-profil.json");
    // The service worker has stored the page for offline use.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForSelector("html[data-ready='true']");

    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(consoleErrors, []);
    const outside = requests.filter((u) => !u.startsWith(`${env.origin}/`) && !u.startsWith("blob:"));
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
  }
});

test("CSP : ce que la politique interdit est refusé, et rien n'atteint une autre origine", { timeout: 30_000 }, async () => {
  const context = await env.browser.newContext({ locale: "fr-FR" });
  await context.addInitScript(watchViolations);
  const page = await context.newPage();
  const other = `http://127.0.0.1:${elsewhere.address().port}`;
  try {
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready='true']");
    const outcome = await page.evaluate(async (other) => {
      const settle = () => new Promise((ok) => setTimeout(ok, 300));
      const result = {};
      result.fetch = await fetch(`${other}/donnees`, { method: "POST", body: "profil" }).then(
        () => "envoyée",
        () => "refusée",
      );
      const inline = document.createElement("script");
      inline.textContent = "window.__enLigne = true;";
      document.body.append(inline);
      const external = document.createElement("script");
      external.src = `${other}/script.js`;
      document.body.append(external);
      const image = new Image();
      image.src = `${other}/pixel.png`;
      document.body.append(image);
      // Code from a string, run by the page itself (the test's own evaluate is exempt from CSP).
      setTimeout("window.__chaine = true;", 0);
      const styled = document.createElement("p");
      styled.setAttribute("style", "color: red");
      document.body.append(styled);
      await settle();
      result.inline = window.__enLigne === true;
      result.string = window.__chaine === true;
      result.external = window.__ailleurs === true;
      result.styled = getComputedStyle(styled).color;
      return result;
    }, other);
    assert.deepEqual(outcome, { fetch: "refusée", inline: false, string: false, external: false, styled: "rgb(22, 22, 22)" });
    const violations = (await page.evaluate(() => window.__violations)).sort();
    assert.deepEqual(violations, ["connect-src", "img-src", "script-src", "script-src-elem", "script-src-elem", "style-src-attr"]);
    assert.deepEqual(hits, [], "l'autre origine a reçu une requête");
  } finally {
    await context.close();
  }
});
