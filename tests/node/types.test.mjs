// The boundary's declarations (www/types.d.ts) against what the built modules really answer, with
// the pinned TypeScript of package.json: a sample of every answer of every export — each view
// (one year with an assistant contract, two years, scenarios, errors), the form, the editor's
// parameters, the representativité and its errors — is written as a typed constant and must
// type-check (a field missing, unknown or of another type fails); www/core.js is checked against
// the declarations too (checkJs). A sample with one field too many must fail: the check bites.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "target", "types-check");
const page = await import(join(ROOT, "pkg", "forfaits.js"));
await page.default({ module_or_path: readFileSync(join(ROOT, "pkg", "forfaits_bg.wasm")) });
const rep = await import(join(ROOT, "pkg", "representativite.js"));
await rep.default({ module_or_path: readFileSync(join(ROOT, "pkg", "representativite_bg.wasm")) });

const coh = await import(join(ROOT, "pkg", "cohorte.js"));
await coh.default({ module_or_path: readFileSync(join(ROOT, "pkg", "cohorte_bg.wasm")) });

// The page's complete module: the form, the scenarios and their editor's catalogue.
const complet = await import(join(ROOT, "pkg", "complet.js"));
await complet.default({ module_or_path: readFileSync(join(ROOT, "pkg", "complet_bg.wasm")) });
const calcComplet = new complet.Calculateur();
// The form as the first view reads it (written at build time from the complete module).
const form = JSON.parse(readFileSync(join(ROOT, "pkg", "formulaire.json"), "utf8"));
const calc = new page.Calculateur();
const p = form.profil_par_defaut;
// The first module answers with every dispositif closed (as the page asks it); lines (a
// dispositif opened, every line) are the complete module's (README « Taille »).
const view = (demande) => JSON.parse(calc.vue(JSON.stringify({ ouverts: [], ...demande })));
const viewComplet = (demande) => JSON.parse(calcComplet.vue(JSON.stringify(demande)));
const contract = { ...form.schema.assistant.contrat_propose, date_signature: "2021-11-15" };
const preloaded = JSON.parse(rep.representativiteParDefaut());
const saisie = preloaded.saisie;

/** [type, sample] for every answer of every export. */
const SAMPLES = [
  ["Formulaire", form],
  ["Demande", { profil: p, annee: 2026, comparer: 2025, scenarios: { colonnes: ["custom"], custom: { nom: "x", valeurs: { "ca.demi_journee": "210" } } } }],
  ["Vue", view({ profil: { ...p, assistant_medical: contract }, annee: 2026 })],
  ["Vue", viewComplet({ profil: { ...p, assistant_medical: contract }, annee: 2026 })],
  ["Vue", view({ profil: p, annee: 2026, ouverts: ["FMT"] })],
  ["Vue", viewComplet({ profil: { ...p, assistant_medical: { ...contract, bande_patientele: "sous_p30" } }, annee: 2024 })],
  ["Vue", view({ profil: p, annee: 2026, comparer: 2025 })],
  ["Demande", { profil: p, annee: 2026, comparer: 2025, ouverts: ["FMT"] }],
  ["Vue", viewComplet({ profil: p, annee: 2026, comparer: 2025, ouverts: ["FMT"] })],
  ["Vue", JSON.parse(calcComplet.vue(JSON.stringify({ profil: p, annee: 2026, scenarios: { colonnes: form.scenarios_par_defaut } })))],
  ["Vue", JSON.parse(calcComplet.vue(JSON.stringify({ profil: p, annee: 2014, comparer: 2026 })))],
  ["Vue", view({ profil: p, annee: 2014 })],
  ["Vue", view({ profil: { ...p, exercice: { ...p.exercice, secteur: "3" } }, annee: 2026 })],
  ["Parametres", JSON.parse(complet.parametresEnVigueur("2026"))],
  ["Parametres", JSON.parse(complet.parametresEnVigueur("1999"))],
  ["RepresentativiteParDefaut", preloaded],
  ["ReponseRepresentativite", JSON.parse(rep.representativite(JSON.stringify(saisie)))],
  ["ReponseRepresentativite", JSON.parse(rep.representativite(JSON.stringify({ ...saisie, signataires: [] })))],
  ...chiffrage(),
];

/** A population costed under the default scenarios: every answer of `Chiffrage`. */
function chiffrage() {
  const c = new coh.Chiffrage();
  const demande = { annee: 2026, scenarios: { colonnes: form.scenarios_par_defaut } };
  const samples = [
    ["DemandeCohorte", demande],
    ["DemandeCohorte", { annees: [2025, 2026] }],
    ["ReponseChiffrage", JSON.parse(c.commencer(JSON.stringify(demande)))],
    ["ReponseChiffrage", JSON.parse(c.lire(coh.populationSynthetique(50, 1)))],
    ["ReponseChiffrage", JSON.parse(c.lire(new TextEncoder().encode("1;1;douze\n")))],
    ["ReponseChiffrage", JSON.parse(c.terminer())],
    ["ReponseChiffrage", JSON.parse(c.terminer())],
  ];
  c.free();
  // A file shared by two costings: each limited to its part, the second's merged in the first.
  const bytes = coh.populationSynthetique(50, 1);
  const [first, second] = [new coh.Chiffrage(), new coh.Chiffrage()];
  for (const x of [first, second]) x.commencer(JSON.stringify(demande));
  const parts = [
    ["ReponseChiffrage", JSON.parse(first.limiter(0, bytes.length / 2))],
    ["ReponseChiffrage", JSON.parse(second.limiter(bytes.length / 2, null))],
    ["ReponseChiffrage", JSON.parse(first.lire(bytes))],
    ["ReponseChiffrage", JSON.parse(second.lire(bytes))],
  ];
  const partie = JSON.parse(second.partie());
  parts.push(["ReponseChiffrage", partie], ["ReponseChiffrage", JSON.parse(first.fusionner(partie.etat))]);
  parts.push(["ReponseChiffrage", JSON.parse(first.terminer())], ["ReponseChiffrage", JSON.parse(first.fusionner(partie.etat))]);
  first.free();
  second.free();
  return [...samples, ...parts];
}

function tsc(samples, name) {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.ts`);
  const body = samples.map(([type, value], i) => `export const s${i}: T.${type} = ${JSON.stringify(value)};`).join("\n");
  writeFileSync(file, `import type * as T from "../../www/types";\n${body}\n`);
  const config = join(OUT, `${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        allowJs: true,
        checkJs: true,
        target: "es2022",
        module: "esnext",
        moduleResolution: "bundler",
        lib: ["es2022", "dom"],
        types: [],
      },
      files: [file, join(ROOT, "www", "core.js")],
    }),
  );
  return spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", config], { encoding: "utf8" });
}

test("every answer of every export is of its declared type", () => {
  const r = tsc(SAMPLES, "samples");
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test("a field the declarations do not know fails the check", () => {
  const [type, vue] = SAMPLES[2];
  const wrong = { ...vue, resultat: { ...vue.resultat, rapport: { ...vue.resultat.rapport, inconnu: 1 } } };
  const r = tsc([[type, wrong]], "wrong");
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /inconnu/);
});
