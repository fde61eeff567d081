// The static server of `make serve`, the end-to-end tests and the benchmarks: it serves dist/ the
// way the hosting guide (README, « Héberger ») asks any CDN or static server to, so that what is
// measured is what a visitor gets:
//   - Content-Type by extension (application/wasm: streaming compilation needs it);
//   - Content-Encoding negotiated from Accept-Encoding among the pre-compressed copies that
//     `make dist` writes beside each file (x.br, x.gz), with Vary: Accept-Encoding;
//   - Cache-Control: a name with a content hash (app.1a2b3c4d5e.js) never changes → cached for a
//     year, immutable; the other names (index.html, sw.js, embed.js) → revalidated at each use
//     (no-cache, with an ETag answered by 304).
// Bound to 127.0.0.1.
//   node scripts/serve.mjs [folder] [port]      (port 0 picks a free one)
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
/** Same test as scripts/build-dist.mjs: `name.<10 hex>.ext`. */
const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** The q-value the client gives an encoding: "gzip, br;q=0.9" → br 0.9, gzip 1, zstd 0. */
function quality(header = "", name) {
  let star = 0;
  for (const part of header.split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = q ? Number(q.slice(2)) || 0 : 1;
    if (token === name) return value;
    if (token === "*") star = value;
  }
  return star;
}

async function readOptional(file) {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/** `headers`: added to every answer (the page benchmark adds cross-origin isolation). */
export function serve(root, port = 0, { headers: extra = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    const file = normalize(join(base, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(base + "/") && file !== base) {
      res.writeHead(403).end();
      return;
    }
    const identity = await readOptional(file);
    if (!identity) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": REVALIDATE }).end("introuvable");
      return;
    }
    // Brotli first (smaller), then gzip, unless the client prefers gzip by its q-values.
    let body = identity;
    let encoding = null;
    let best = 0;
    for (const [name, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      const q = quality(req.headers["accept-encoding"], name);
      if (q <= best) continue;
      const copy = await readOptional(file + suffix);
      if (copy) [body, encoding, best] = [copy, name, q];
    }
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 16)}${encoding ? "-" + encoding : ""}"`;
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": HASHED.test(file) ? IMMUTABLE : REVALIDATE,
      ETag: etag,
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
      ...extra,
    };
    if (encoding) headers["Content-Encoding"] = encoding;
    if (req.headers["if-none-match"]?.split(",").some((t) => t.trim() === etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8000"] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`Calculateur servi sur http://127.0.0.1:${server.address().port}/ (Ctrl+C pour arrêter)`);
}
