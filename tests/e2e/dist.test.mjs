// What `make dist` produces (scripts/build-dist.mjs) and how it is served (scripts/serve.mjs, the
// same headers the README's hosting guide asks of a CDN): hashed names that match their content,
// references rewritten, the first view preloaded, the service worker's file list, compressed
// copies, and the HTTP answers (Content-Encoding negotiation, Content-Type, Cache-Control, ETag).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve } from "../../scripts/serve.mjs";
import { DIST, ROOT, startEnvironment } from "./helpers.mjs";

const HASHED = /\.([0-9a-f]{10})\.[a-z0-9]+$/;
const readMap = (dist = DIST) => JSON.parse(readFileSync(join(dist, "fichiers.json"), "utf8"));
const text = (name, dist = DIST) => readFileSync(join(dist, name), "utf8");

test("dist : chaque nom haché est l'empreinte de son contenu, et les références désignent les noms hachés", () => {
  const map = readMap();
  const stable = Object.entries(map).filter(([src, name]) => src === name).map(([src]) => src).sort();
  assert.deepEqual(stable, ["embed.js", "index.html", "sw.js"]);
  for (const [src, name] of Object.entries(map)) {
    assert.ok(existsSync(join(DIST, name)), `${name} manque`);
    if (src === name) continue;
    const hash = createHash("sha256").update(readFileSync(join(DIST, name))).digest("hex").slice(0, 10);
    assert.equal(HASHED.exec(name)?.[1], hash, name);
  }
  // No text file names a source file whose name changed (e.g. "./form.js", 'forfaits_bg.wasm').
  for (const name of Object.values(map).filter((n) => /\.(html|js|css|webmanifest)$/.test(n))) {
    const body = text(name);
    for (const [src, hashed] of Object.entries(map)) {
      if (src === hashed) continue;
      const base = posix.basename(src).replace(/[.]/g, "\\.");
      assert.doesNotMatch(body, new RegExp(`(["'\`]|url\\()(?:[\\w./-]*/)?${base}[?#"'\`)]`), `${name} désigne encore ${src}`);
    }
  }
});

test("dist : index.html précharge le wasm et chaque module de la première vue", () => {
  const map = readMap();
  const html = text("index.html");
  assert.match(html, new RegExp(`<link rel="preload" href="\\./${map["pkg/forfaits_bg.wasm"]}" as="fetch" type="application/wasm" crossorigin>`));
  for (const module of ["pkg/forfaits.js", "form.js", "render.js", "scenarios.js", "state.js", "compact.js"]) {
    assert.ok(html.includes(`<link rel="modulepreload" href="./${map[module]}">`), module);
  }
  // Loaded after the first result (dynamic import): not preloaded, but rewritten and precached.
  assert.ok(!html.includes(map["hors-ligne.js"]));
  assert.ok(text(map["app.js"]).includes(`import("./${map["hors-ligne.js"]}")`));
  // « Chiffrer une population »: its module when its panel is opened, its worker, and the
  // worker's wasm: none preloaded, each name rewritten where it is referenced, all precached.
  for (const later of ["population.js", "population-worker.js", "pkg/cohorte.js", "pkg/cohorte_bg.wasm"]) {
    assert.ok(!html.includes(map[later]), later);
    assert.ok(text("sw.js").includes(map[later]), later);
  }
  assert.ok(text(map["app.js"]).includes(`import("./${map["population.js"]}")`));
  assert.ok(text(map["population.js"]).includes(`new URL("./${map["population-worker.js"]}", import.meta.url)`));
  assert.ok(text(map["population-worker.js"]).includes(`new URL("./${map["pkg/cohorte_bg.wasm"]}", import.meta.url)`));
  // The entry scripts are loaded by their own tags; the loader for host pages is not in the page.
  assert.ok(html.includes(`<script type="module" src="./${map["app.js"]}"></script>`));
  assert.ok(!html.includes("embed.js"));
});

test("dist : le service worker garde chaque fichier de la page, et seulement eux", () => {
  const map = readMap();
  const sw = text("sw.js");
  const { version, files } = JSON.parse(/^const PRECACHE = (\{.*\});$/m.exec(sw)[1]);
  const expected = Object.entries(map)
    .filter(([src]) => !["sw.js", "embed.js"].includes(src))
    .map(([, name]) => (name === "index.html" ? "./" : `./${name}`))
    .sort();
  assert.deepEqual(files, expected);
  assert.match(version, /^[0-9a-f]{10}$/);
});

test("dist : les copies .br et .gz redonnent chaque fichier", () => {
  let copies = 0;
  for (const name of Object.values(readMap())) {
    const body = readFileSync(join(DIST, name));
    for (const [suffix, inflate] of [[".br", brotliDecompressSync], [".gz", gunzipSync]]) {
      if (!existsSync(join(DIST, name + suffix))) continue;
      assert.deepEqual(inflate(readFileSync(join(DIST, name + suffix))), body, name + suffix);
      copies++;
    }
  }
  for (const must of ["index.html", "sw.js", "embed.js", readMap()["pkg/forfaits_bg.wasm"], readMap()["app.js"]]) {
    assert.ok(existsSync(join(DIST, `${must}.br`)) && existsSync(join(DIST, `${must}.gz`)), must);
  }
  assert.ok(copies > 20, `${copies} copies`);
});

test("construction : un fichier changé change son nom, celui de ce qui l'importe et la version du service worker, rien d'autre", () => {
  const dir = mkdtempSync(join(tmpdir(), "forfaits-dist-"));
  try {
    cpSync(join(ROOT, "www"), join(dir, "www"), { recursive: true });
    const build = (out) => {
      execFileSync(process.execPath, [join(ROOT, "scripts", "build-dist.mjs"), join(dir, "www"), join(ROOT, "pkg"), join(dir, out)], { stdio: "pipe" });
      return readMap(join(dir, out));
    };
    const a = build("a");
    writeFileSync(join(dir, "www", "state.js"), readFileSync(join(dir, "www", "state.js"), "utf8") + "\n// changé\n");
    const b = build("b");
    const changed = Object.keys(a).filter((src) => a[src] !== b[src]).sort();
    // state.js ← app.js (imports it) ← index.html (names app.js); the other modules keep their names.
    assert.deepEqual(changed, ["app.js", "state.js"]);
    assert.notEqual(text("index.html", join(dir, "a")), text("index.html", join(dir, "b")));
    const version = (out) => /"version":"([0-9a-f]+)"/.exec(text("sw.js", join(dir, out)))[1];
    assert.notEqual(version("a"), version("b"));
    // Building the same sources again gives the same names: the build is reproducible.
    assert.deepEqual(build("c"), b);
    assert.deepEqual(readdirSync(join(dir, "c")).sort(), readdirSync(join(dir, "b")).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** One raw HTTP exchange (no automatic decompression). */
function get(port, path, headers = {}, method = "GET") {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("serveur : Content-Encoding négocié, Content-Type, Cache-Control immuable ou revalidé, ETag", async () => {
  const server = await serve(DIST, 0);
  const port = server.address().port;
  try {
    const map = readMap();
    const wasm = `/${map["pkg/forfaits_bg.wasm"]}`;
    const identity = readFileSync(join(DIST, map["pkg/forfaits_bg.wasm"]));

    const br = await get(port, wasm, { "Accept-Encoding": "gzip, deflate, br, zstd" });
    assert.equal(br.status, 200);
    assert.equal(br.headers["content-type"], "application/wasm");
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(br.headers.vary, "Accept-Encoding");
    assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(Number(br.headers["content-length"]), br.body.length);
    assert.deepEqual(brotliDecompressSync(br.body), identity);

    const gz = await get(port, wasm, { "Accept-Encoding": "gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.deepEqual(gunzipSync(gz.body), identity);
    assert.equal((await get(port, wasm, { "Accept-Encoding": "br;q=0.5, gzip" })).headers["content-encoding"], "gzip");
    assert.equal((await get(port, wasm, { "Accept-Encoding": "br;q=0, gzip;q=0" })).headers["content-encoding"], undefined);
    const plain = await get(port, wasm);
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.deepEqual(plain.body, identity);

    // Names others know: revalidated at each use, answered 304 when unchanged.
    for (const [path, type] of [["/", "text/html; charset=utf-8"], ["/sw.js", "text/javascript; charset=utf-8"], ["/embed.js", "text/javascript; charset=utf-8"]]) {
      const r = await get(port, path, { "Accept-Encoding": "br" });
      assert.equal(r.headers["content-type"], type, path);
      assert.equal(r.headers["cache-control"], "no-cache", path);
      assert.equal(r.headers["content-encoding"], "br", path);
      const again = await get(port, path, { "Accept-Encoding": "br", "If-None-Match": r.headers.etag });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0);
    }
    assert.equal((await get(port, `/${map["manifest.webmanifest"]}`)).headers["content-type"], "application/manifest+json; charset=utf-8");
    assert.equal((await get(port, `/${map["population-worker.js"]}`)).headers["content-type"], "text/javascript; charset=utf-8");
    const head = await get(port, wasm, { "Accept-Encoding": "br" }, "HEAD");
    assert.equal(head.status, 200);
    assert.equal(Number(head.headers["content-length"]), br.body.length);
    assert.equal(head.body.length, 0);
    assert.equal((await get(port, "/absent.js")).status, 404);
    assert.equal((await get(port, "/../Makefile")).status, 404);
    assert.equal((await get(port, "/..%2fMakefile")).status, 403);
    assert.equal((await get(port, "/", {}, "POST")).status, 405);
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});

test("Chromium reçoit la page, les modules et le wasm en brotli, les noms hachés immuables", { timeout: 30_000 }, async () => {
  const env = await startEnvironment();
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const responses = [];
    page.on("response", (r) => responses.push({ path: new URL(r.url()).pathname, status: r.status(), headers: r.headers() }));
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready='true']");
    await context.close();
    const paths = responses.map((r) => r.path);
    for (const ext of [".wasm", ".js"]) assert.ok(paths.some((p) => p.endsWith(ext)), ext);
    // The stylesheets are in the page (one round trip less before the first paint).
    assert.ok(!paths.some((p) => p.endsWith(".css")), paths.join(" "));
    for (const r of responses.filter((r) => /\.(wasm|js|css)$|\/$/.test(r.path))) {
      assert.equal(r.status, 200, r.path);
      assert.equal(r.headers["content-encoding"], "br", r.path);
      assert.equal(r.headers["cache-control"], r.path === "/" ? "no-cache" : "public, max-age=31536000, immutable", r.path);
    }
  } finally {
    await env.close();
  }
});
