// Builds dist/ from www/ (the page) and pkg/ (wasm-pack's output): what any static host or CDN
// serves as is. Run by `make build` / `make dist` after wasm-pack; plain Node, no bundler.
//   - Every file gets a content hash in its name (app.js → app.1a2b3c4d5e.js), except the URLs
//     that others know by name: index.html (the address of the calculator), sw.js (a service
//     worker's URL must stay stable) and embed.js (pasted into host pages). References between
//     files (HTML attributes, ES imports, `new URL("x.wasm", import.meta.url)`, CSS url(), the
//     manifest's icons) are rewritten, leaves first, so that a file's hash covers the hashes of
//     everything it references: a changed wasm changes the name of every module up to index.html.
//   - index.html gets <link rel="modulepreload"> for every module its module scripts import
//     statically, and <link rel="preload" as="fetch"> for the wasm and the JSON (the form) those
//     modules reference, so that the browser requests the whole first view as soon as the HTML
//     arrives (one round trip instead of one per import level; what a slow connection pays for).
//   - sw.js gets the list of files to precache and a version derived from all their hashes.
//   - Each compressible file gets a brotli (quality 11) and a gzip (-9) copy beside it (x.br,
//     x.gz), kept only when smaller; the server picks one by the request's Accept-Encoding.
//   - dist/fichiers.json maps each source path to its name in dist/ (for tools and tests), and
//     dist/_headers gives each file its Cache-Control in the format of Netlify and Cloudflare
//     Pages (hosts that compress by themselves but cannot guess which names are hashed).
//   - The first view is rendered at build time: a first build goes to a temporary folder, the page
//     runs there in headless Chromium (scripts/prerender.mjs) and the <body> it renders for the
//     empty form (the form the core describes, the total it computed) replaces index.html's, with
//     the inline script that decides before the first paint whether those figures are the
//     visitor's (www/premier-rendu.js) and the stylesheets inlined; the CSP meta gets the sha256
//     of each inline script and style, nothing else inline is allowed. Then the real build.
//   node scripts/build-dist.mjs [www] [pkg] [dist] [--sans-premier-rendu]

import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const [WWW = "www", PKG = "pkg", DIST = "dist"] = args.filter((a) => !a.startsWith("--"));
/** `--sans-premier-rendu`: index.html as written in www/, the form built by the page once the
 *  wasm has loaded (no Chromium needed). */
const FIRST_VIEW = !args.includes("--sans-premier-rendu");
/** PREMIER_RENDU_CSS=lien keeps the stylesheets as <link> (to measure against inlining them). */
const INLINE_CSS = process.env.PREMIER_RENDU_CSS !== "lien";
/** The inline script of the prerendered page (www/premier-rendu.js): written into index.html,
 *  never served as a file. */
const INLINE_SCRIPT = "premier-rendu.js";

/** Names that must not change: known from outside the build. */
export const STABLE = new Set(["index.html", "sw.js", "embed.js"]);
/** A hashed name: `name.<10 hex>.ext`. scripts/serve.mjs and the hosting guide use the same test. */
export const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
const TEXT = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;
const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt|wasm)$/;
/** Tools' metadata, not part of the page: neither hashed nor precached. */
const MAP = "fichiers.json";

function walk(root, keep = () => true, base = root) {
  return readdirSync(root, { withFileTypes: true }).flatMap((d) => {
    const full = join(root, d.name);
    if (d.isDirectory()) return walk(full, keep, base);
    const rel = relative(base, full).split("\\").join("/");
    return keep(rel) ? [rel] : [];
  });
}

// Sources: www/ at the root, wasm-pack's modules and wasm under pkg/ (not its package.json,
// README or .gitignore), and the form the first view reads (pkg/formulaire.json, written by
// scripts/write-formulaire.mjs).
let sources = new Map();
// The page's files, but its type declarations (types.d.ts): checked in CI, never served.
for (const rel of walk(WWW, (r) => !r.endsWith(".d.ts"))) sources.set(rel, readFileSync(join(WWW, rel)));
for (const rel of walk(PKG, (r) => /\.(js|wasm)$|^formulaire\.json$/.test(r))) sources.set(`pkg/${rel}`, readFileSync(join(PKG, rel)));
const inlineScript = sources.get(INLINE_SCRIPT)?.toString("utf8");
sources.delete(INLINE_SCRIPT);
const original = new Map(sources);

/** The source path a reference written in `from` designates, if it is one of ours. */
function target(from, ref) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return null; // absolute URL, data:, mailto:…
  const path = ref.split(/[?#]/)[0];
  if (!path || path.endsWith("/")) return null;
  const resolved = path.startsWith("/") ? path.slice(1) : posix.normalize(posix.join(posix.dirname(from), path));
  return sources.has(resolved) ? resolved : null;
}

// A reference is a quoted string (HTML attribute, JS string, JSON value) or a CSS url(…) that
// resolves to one of the files: any such string is rewritten, wherever it is. (wasm-bindgen's
// import object key "./forfaits_bg.js" is left alone only because no such file exists with
// --target web.) Names computed at run time cannot be followed: write them as literals.
const REFERENCE = /(["'`])([^"'`\s<>()]+?)\1|url\(\s*([^"'()\s]+)\s*\)/g;

function references(from) {
  if (!TEXT.test(from)) return [];
  const text = sources.get(from).toString("utf8");
  const found = new Set();
  for (const m of text.matchAll(REFERENCE)) {
    const t = target(from, m[2] ?? m[3]);
    // A stable name is written as is: no need to wait for its bytes (sw.js is written last).
    if (t && t !== from && !STABLE.has(t)) found.add(t);
  }
  return [...found];
}

const hashOf = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);
const hashedName = (path, hash) => path.replace(/(\.[a-z0-9]+)$/i, `.${hash}$1`);
const relativeRef = (from, to) => {
  const r = posix.relative(posix.dirname(from), to);
  return r.startsWith(".") ? r : `./${r}`;
};

// One build of dist/ from `sources`; `firstView`, if given, is the prerendered page
// (scripts/prerender.mjs) that replaces index.html's body, with the inline script and styles.
let out; // source path → { name, bytes }
let visiting;
function build(DIST, firstView = null) {
  out = new Map();
  visiting = new Set();
  sources = new Map(original);
  if (firstView) withFirstView(firstView);
  // Leaves first: a file's final bytes (references rewritten) exist before anything names it.
  function emit(path) {
    if (out.has(path)) return out.get(path);
    if (visiting.has(path)) throw new Error(`références circulaires autour de ${path} : un nom haché ne peut pas se référencer lui-même`);
    visiting.add(path);
    const deps = references(path);
    for (const d of deps) emit(d);
    let bytes = sources.get(path);
    if (deps.length) {
      const text = bytes.toString("utf8").replace(REFERENCE, (whole, quote, ref, cssRef) => {
        const raw = ref ?? cssRef;
        const t = target(path, raw);
        if (!t || t === path || STABLE.has(t)) return whole;
        const suffix = raw.slice(raw.split(/[?#]/)[0].length);
        const to = raw.startsWith("/") ? `/${out.get(t).name}` : relativeRef(path, out.get(t).name);
        // Keep the reference's own style: "./x" stays "./x", "x" stays "x".
        const written = raw.startsWith("./") || raw.startsWith("/") || to.startsWith("../") ? to : to.replace(/^\.\//, "");
        return ref !== undefined ? `${quote}${written}${suffix}${quote}` : `url(${written}${suffix})`;
      });
      bytes = Buffer.from(text, "utf8");
    }
    if (path === "index.html") bytes = withInlineHashes(bytes);
  const name = STABLE.has(path) || path === MAP ? path : hashedName(path, hashOf(bytes));
    visiting.delete(path);
    const entry = { name, bytes };
    out.set(path, entry);
    return entry;
  }

  // sw.js and index.html are written last: sw.js lists everything, index.html gets the preloads.
  const late = ["sw.js", "index.html"].filter((p) => sources.has(p));
  for (const path of sources.keys()) if (!late.includes(path)) emit(path);

  // index.html: the static module graph of its module scripts, and the wasm they reference.
  if (sources.has("index.html")) {
    const html = sources.get("index.html").toString("utf8");
    const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => target("index.html", m[1])).filter(Boolean);
    const modules = new Set();
    /** The wasm and JSON files the first view fetches. */
    const fetched = new Set();
    const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
    const visit = (path) => {
      if (modules.has(path)) return;
      modules.add(path);
      const text = sources.get(path).toString("utf8");
      const imported = new Set();
      for (const m of text.matchAll(STATIC_IMPORT)) {
        const t = target(path, m[1]);
        if (t) {
          imported.add(t);
          visit(t);
        }
      }
      // A wasm is preloaded when its module imports its glue statically (pkg/x.js for
      // pkg/x_bg.wasm): one whose glue is imported on demand (the representativité panel's) is not.
      // So is a JSON file a module of the first view fetches (the form, pkg/formulaire.json).
      for (const m of text.matchAll(/new URL\(\s*["']([^"']+\.(?:wasm|json))["']\s*,\s*import\.meta\.url\s*\)/g)) {
        const t = target(path, m[1]);
        if (t && (t.endsWith(".json") || imported.has(t.replace(/_bg\.wasm$/, ".js")))) fetched.add(t);
      }
    };
    entries.forEach(visit);
    const preloads = [
      ...[...fetched].map((p) => `<link rel="preload" href="./${p}" as="fetch"${p.endsWith(".wasm") ? ' type="application/wasm"' : ""} crossorigin>`),
      ...[...modules].filter((p) => !entries.includes(p)).map((p) => `<link rel="modulepreload" href="./${p}">`),
    ];
    // Right before the first script or stylesheet: after the CSP meta (which must precede what it
    // governs).
    const at = Math.min(...[/<link rel="stylesheet"/, /<style>/, /<script\b/].map((re) => html.search(re)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) throw new Error("index.html : aucune feuille de style ni script avant lesquels placer les préchargements");
    const indent = html.slice(html.lastIndexOf("\n", at) + 1, at);
    sources.set("index.html", Buffer.from(html.slice(0, at) + preloads.map((l) => l + "\n" + indent).join("") + html.slice(at), "utf8"));
    emit("index.html");
  }

  // sw.js: every file of the page (not the loader for host pages, not the tools' map), the page
  // itself as "./" (how it is opened), and a version that changes whenever any of them changes.
  if (sources.has("sw.js")) {
    const files = [...out.entries()]
      .filter(([src]) => src !== "embed.js" && src !== MAP && src !== "sw.js")
      .map(([, { name }]) => (name === "index.html" ? "./" : `./${name}`))
      .sort();
    const version = hashOf(Buffer.from(files.map((f) => (f === "./" ? hashOf(out.get("index.html").bytes) : f)).join("\n")));
    const text = sources.get("sw.js").toString("utf8");
    const marker = /^const PRECACHE = \{[^\n]*\};$/m;
    if (!marker.test(text)) throw new Error("sw.js : la ligne `const PRECACHE = {…};` que la construction remplit est introuvable");
    sources.set("sw.js", Buffer.from(text.replace(marker, `const PRECACHE = ${JSON.stringify({ version, files })};`), "utf8"));
    emit("sw.js");
  }

  // Write dist/: each file, its .br and .gz when smaller, and the map.
  rmSync(DIST, { recursive: true, force: true });
  const write = (name, bytes) => {
    mkdirSync(dirname(join(DIST, name)), { recursive: true });
    writeFileSync(join(DIST, name), bytes);
  };
  let raw = 0, br = 0, gz = 0;
  for (const { name, bytes } of out.values()) {
    write(name, bytes);
    raw += bytes.length;
    if (!COMPRESSIBLE.test(name)) continue;
    const b = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: name.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    const g = gzipSync(bytes, { level: 9 });
    if (b.length < bytes.length) write(`${name}.br`, b);
    if (g.length < bytes.length) write(`${name}.gz`, g);
    br += Math.min(b.length, bytes.length);
    gz += Math.min(g.length, bytes.length);
  }
  const map = Object.fromEntries([...out.entries()].map(([src, { name }]) => [src, name]).sort());
  write(MAP, Buffer.from(JSON.stringify(map, null, 2) + "\n"));
  const cacheControl = (name) => (HASHED.test(name) ? "public, max-age=31536000, immutable" : "no-cache");
  const rules = Object.values(map).map((name) => `/${name === "index.html" ? "" : name}\n  Cache-Control: ${cacheControl(name)}\n`);
  write("_headers", Buffer.from(`/index.html\n  Cache-Control: no-cache\n${rules.sort().join("")}`));
  console.log(`${DIST}/ : ${out.size} fichiers, ${raw} octets bruts, ${gz} gzip -9, ${br} brotli`);
}

/** index.html as the first view: the body the page rendered (scripts/prerender.mjs; the hashed
 *  names it holds turned back into source paths, which `emit` rewrites again), marked
 *  data-premier-rendu for app.js, with the inline script that decides before the first paint
 *  whether the prerendered figures are the visitor's, and the stylesheets inlined unless
 *  PREMIER_RENDU_CSS=lien (one round trip less before the first paint: README, « Premier
 *  résultat »). */
function withFirstView({ body, styles, saved, names }) {
  if (!inlineScript) throw new Error(`${WWW}/${INLINE_SCRIPT} manque : le script du premier rendu`);
  for (const [hashed, source] of names) body = body.replaceAll(hashed, source);
  let html = sources.get("index.html").toString("utf8");
  if (!/<body>[\s\S]*<\/body>/.test(html)) throw new Error("index.html : <body> introuvable");
  html = html.replace(/<body>[\s\S]*<\/body>/, () => `<body>${body}</body>`).replace(/<html\b/, "<html data-premier-rendu");
  const marker = '"__ETAT_VIDE__"';
  if (!inlineScript.includes(marker)) throw new Error(`${INLINE_SCRIPT} : la constante ${marker} que la construction remplit est introuvable`);
  const script = inlineScript.replace(marker, () => JSON.stringify(saved).replaceAll("<", "\\u003c"));
  const first = html.search(/<link rel="stylesheet"/);
  const attributes = styles ? `<style>${styles}</style>\n  ` : "";
  html = `${html.slice(0, first)}<script>${script}</script>\n  ${attributes}${html.slice(first)}`;
  if (INLINE_CSS) {
    html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (whole, href) => {
      const css = target("index.html", href);
      if (!css) return whole;
      const text = sources.get(css).toString("utf8");
      sources.delete(css);
      return `<style>${text}</style>`;
    });
  }
  sources.set("index.html", Buffer.from(html, "utf8"));
}

/** The CSP of index.html allows its inline scripts and styles by their hash (sha256 of their
 *  exact text), and nothing else inline. */
function withInlineHashes(bytes) {
  let html = bytes.toString("utf8");
  const hashes = (re) => [...html.matchAll(re)].map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  const scripts = hashes(/<script>([\s\S]*?)<\/script>/g);
  const styles = hashes(/<style>([\s\S]*?)<\/style>/g);
  if (!scripts.length && !styles.length) return bytes;
  html = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_, open, policy, close) => {
    const add = (text, directive, sources) => (sources.length ? text.replace(new RegExp(`(${directive} [^;]*)`), `$1 ${sources.join(" ")}`) : text);
    return open + add(add(policy, "script-src", scripts), "style-src", styles) + close;
  });
  return Buffer.from(html, "utf8");
}

if (!FIRST_VIEW || !sources.has("index.html")) build(DIST);
else {
  // A first build the page runs in, then the build with its rendered first view.
  const draft = mkdtempSync(join(tmpdir(), "forfaits-dist-"));
  try {
    build(draft);
    // Loaded here only: --sans-premier-rendu needs neither playwright-core nor Chromium.
    const { prerender } = await import("./prerender.mjs");
    const names = [...out].filter(([source, { name }]) => name !== source).map(([source, { name }]) => [name, source]);
    const view = await prerender(draft);
    build(DIST, { ...view, names });
  } finally {
    rmSync(draft, { recursive: true, force: true });
  }
}
