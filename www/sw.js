// The service worker: the calculator works offline once it has been opened. On its first visit
// the page registers it (hors-ligne.js) and it stores every file of the page in a cache named
// after the version; from then on it answers from that cache, so the page, its scripts, its
// styles and the wasm load without the network, and a reload computes offline.
// A new version (a new sw.js, whose file list below differs) installs in the background and
// waits: the page announces it (« Une nouvelle version est disponible ») and the user chooses
// when to reload; it is never swapped under the user's feet. Only files of the page's own origin
// pass through here; nothing is requested elsewhere.

// Filled by scripts/build-dist.mjs: the version and the files of the page ("./" is the page).
const PRECACHE = { "version": "source", "files": [] };
const CACHE = `forfaits-${PRECACHE.version}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // A hashed file never changes: the copy the page has just downloaded (HTTP cache) will do.
      // The page itself is revalidated, so that it matches the files of this version.
      cache.addAll(PRECACHE.files.map((file) => new Request(file, { cache: file === "./" ? "no-cache" : "default" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  // The previous version's cache goes when this one takes over (the page has reloaded).
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("forfaits-") && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

// The user clicked « Recharger » in the announcement: this version takes over, the page reloads.
self.addEventListener("message", (event) => {
  if (event.data?.type === "activer") self.skipWaiting();
});

/** The page, however it is addressed: "/", "/index.html", with a query (compact mode) or not. */
function isPage(url) {
  const scope = new URL(self.registration.scope);
  return url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const page = request.mode === "navigate" && isPage(url);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(page ? "./" : request)) ?? fetch(request)),
  );
});
