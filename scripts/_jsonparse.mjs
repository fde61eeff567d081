import { openPage, startEnvironment } from "../tests/e2e/helpers.mjs";
const env = await startEnvironment();
const { context, page } = await openPage(env, { timeout: 60_000 });
await context.route(`${env.origin}/**`, async (route) => {
  const response = await route.fetch();
  await route.fulfill({ response, headers: { ...response.headers(), "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" } });
});
await page.reload();
await page.waitForSelector("html[data-ready='true']");
const r = await page.evaluate(async () => {
  const m = await import("./pkg/forfaits.js");
  const profile = m.defaultProfile();
  const rep = JSON.stringify(m.compute(profile, 2026));
  const cmp = JSON.stringify(m.compareYears(profile, 2025, 2026));
  const bytes = new TextEncoder().encode(cmp);
  const dec = new TextDecoder();
  const run = (f, n = 2000) => {
    for (let i = 0; i < 200; i++) f(i);
    const s = [];
    for (let i = 0; i < n; i++) { const a = performance.now(); f(i); s.push(performance.now() - a); }
    s.sort((a, b) => a - b);
    return { min: s[0], median: s[s.length >> 1], len: 0 };
  };
  return {
    repLen: rep.length, cmpLen: cmp.length,
    parseReport: run(() => JSON.parse(rep)),
    parseCmp: run(() => JSON.parse(cmp)),
    decodeCmp: run(() => dec.decode(bytes)),
    stringifyProfile: run(() => JSON.stringify(profile)),
    profileLen: JSON.stringify(profile).length,
  };
});
console.log(JSON.stringify(r, null, 1));
await context.close(); await env.close();
