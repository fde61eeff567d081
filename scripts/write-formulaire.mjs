// Writes the form the page opens with (`formulaire()` of the page's complete module: the shape of
// the form, its defaults, the years, the shipped scenarios, the terms) into a JSON file, at build
// time: the first view reads it beside the first module, which does not carry the form (README,
// « Taille de la première vue »). The core computes it from nothing but itself: the same at every
// build of the same sources.
//   node scripts/write-formulaire.mjs pkg/complet.js pkg/formulaire.json
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [glue = "pkg/complet.js", out = "pkg/formulaire.json"] = process.argv.slice(2);
const core = await import(pathToFileURL(resolve(glue)).href);
await core.default({ module_or_path: readFileSync(resolve(glue).replace(/\.js$/, "_bg.wasm")) });
const text = core.formulaire();
// The core's own text, checked to be JSON: the page parses it as it would the export's answer.
JSON.parse(text);
writeFileSync(out, text);
console.log(`${out} : ${Buffer.byteLength(text)} octets (le formulaire, depuis ${glue})`);
