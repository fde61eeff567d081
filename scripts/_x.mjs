import { readFileSync } from "node:fs";
const dir = process.argv[2];
const m = await import(dir + "/forfaits.js");
await m.default({ module_or_path: readFileSync(dir + "/forfaits_bg.wasm") });
const profile = JSON.stringify(m.defaultProfile());
for (let i = 0; i < 6; i++) m.xbench(profile, 200, i);
const out = [];
for (const [mode, name] of [[0, "total"], [1, "report"], [2, "report+json"], [3, "from_json(path_to_error)+total"], [4, "Engine::new+total"], [5, "serde_json plain+total"]]) {
  const r = [];
  for (let k = 0; k < 7; k++) {
    const n = 200;
    const t = performance.now();
    m.xbench(profile, n, mode);
    r.push(((performance.now() - t) / n) * 1000);
  }
  r.sort((a, b) => a - b);
  out.push(`${name.padEnd(34)} min ${r[0].toFixed(1)} med ${r[3].toFixed(1)} µs`);
}
console.log(out.join("\n"));
