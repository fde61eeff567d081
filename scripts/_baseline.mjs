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
  const cell = profile.patientele.de_7_a_74_ans.hors_ald.hors_c2s;
  const base = cell.patients;
  const shipped = m.shippedScenarios();
  const run = (f, n = 1500) => {
    for (let i = 0; i < 200; i++) { cell.patients = base + (i % 50); f(); }
    const s = [];
    for (let i = 0; i < n; i++) { cell.patients = base + (i % 50); const a = performance.now(); f(); s.push(performance.now() - a); }
    s.sort((a, b) => a - b);
    return { min: s[0], median: s[s.length >> 1], max: s[s.length - 1] };
  };
  return {
    compute: run(() => m.compute(profile, 2026)),
    keystrokeYears: run(() => { m.compareYears(profile, 2025, 2026); m.assistantSchedule(profile); m.parameterSets(); }),
    keystrokeSingle: run(() => { m.compute(profile, 2026); m.assistantSchedule(profile); m.parameterSets(); }),
    keystrokeScenarios: run(() => { m.compareScenarios(profile, 2026, [shipped[0], shipped[2]]); m.assistantSchedule(profile); m.parameterSets(); }, 500),
  };
});
console.log(JSON.stringify(r, null, 1));
await context.close(); await env.close();
