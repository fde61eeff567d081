// The patch protocol of the boundary (www/core.js `vue`, the core's `Calculateur.retouche`): after
// a whole request, a keystroke sends only the fields that changed, applied by the core to the
// request it keeps, and receives only what changed in the view, applied by core.js to the view
// it holds. Random sequences of edits — counts, choices, the year, the comparison, the
// scenarios, a dispositif opened or closed, a contract added or removed, a key added to or removed
// from a map, an invalid value then its correction, a reset — go through core.js, and after each
// the view must equal (deep equal) the one a fresh calculator gives to the whole request. The
// calls are counted, so that the patch path is shown to be taken (and the whole one after an
// error or a patch the core refuses).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const page = await import(join(ROOT, "pkg", "forfaits.js"));
await page.default({ module_or_path: readFileSync(join(ROOT, "pkg", "forfaits_bg.wasm")) });
const complet = await import(join(ROOT, "pkg", "complet.js"));
await complet.default({ module_or_path: readFileSync(join(ROOT, "pkg", "complet_bg.wasm")) });
const { vue } = await import(join(ROOT, "www", "core.js"));

const form = JSON.parse(readFileSync(join(ROOT, "pkg", "formulaire.json"), "utf8"));
const clone = (v) => structuredClone(v);

/** A small seeded generator (mulberry32): the same sequence at every run. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)], chance: (p) => next() < p };
}

/** The dotted paths of the profile's numbers (counts, indicators, usages, trimesters…). */
function countPaths(value, prefix = [], out = []) {
  if (typeof value === "number") out.push(prefix);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) countPaths(v, [...prefix, k], out);
  return out;
}
const at = (o, path) => path.slice(0, -1).reduce((x, k) => x[k], o);

/** The years a module computes: from 2021 (the years 2017 to 2020 are refused by both), and
 *  those of the 2011 convention in the complete module. */
function years(complete) {
  const [first, last] = form.annees_convention_2011;
  const out = [];
  for (let y = complete ? first : 2021; y <= form.annees[1]; y++) if (y <= last || y >= 2021) out.push(y);
  return out;
}

const DISPOSITIFS = ["FMT", "DONUM", "ROSP", "FS", "VSM", "MISSIONS", "SNP", "OPTAM"];

/** One random edit of the page's state `s` ({profil, reste}); `complete`: the complete module's
 *  years and scenarios too. Returns its name, for the failure's message. */
function edit(s, r, complete) {
  const counts = countPaths(s.profil).filter((p) => p[0] !== "assistant_medical");
  const kind = r.int(16);
  switch (kind) {
    case 0:
    case 1:
    case 2:
    case 3: {
      // A keystroke's change that keeps the profile valid: more patients or eligibles, fewer
      // seen, validated or counted in a usage's numerator.
      const path = r.pick(counts.filter((p) => ["patientele", "prevention", "numerique"].includes(p[0])));
      const o = at(s.profil, path);
      const more = ["patients", "eligibles", "denominateur"].includes(path.at(-1));
      o[path.at(-1)] = Math.max(0, o[path.at(-1)] + (more ? 1 : -1) * r.int(6));
      return `compte ${path.join(".")}`;
    }
    case 4: {
      const [field, values] = r.pick([
        ["secteur", ["1", "2"]],
        ["zonage", ["zip", "zac", "hors_zonage"]],
        ["qpv", [true, false]],
        ["cabinet_secondaire_zip", [true, false]],
        ["specialite", ["medecine_generale", "pediatrie", "cardiologie"]],
      ]);
      s.profil.exercice[field] = r.pick(values);
      return `choix exercice.${field}`;
    }
    case 5: {
      const field = r.pick(Object.keys(s.profil.forfait_structure).filter((k) => typeof s.profil.forfait_structure[k] === "boolean"));
      s.profil.forfait_structure[field] = !s.profil.forfait_structure[field];
      return `case forfait_structure.${field}`;
    }
    case 6: {
      s.reste.annee = r.pick(years(complete));
      return `année ${s.reste.annee}`;
    }
    case 7:
      s.reste.comparer = r.chance(0.3) ? null : r.pick(years(complete));
      return `comparer ${s.reste.comparer}`;
    case 8:
      if (!complete) return "rien";
      s.reste.scenarios = r.chance(0.5) ? null : { colonnes: r.chance(0.5) ? form.scenarios_par_defaut : [...form.scenarios_par_defaut].reverse(), custom: null };
      return `scénarios ${JSON.stringify(s.reste.scenarios)}`;
    case 9: {
      // The first module writes no line: it refuses any dispositif opened (README « Taille »).
      if (!complete) return "rien";
      const code = r.pick(DISPOSITIFS);
      const open = s.reste.ouverts ?? [];
      s.reste.ouverts = open.includes(code) ? open.filter((c) => c !== code) : [...open, code];
      if (r.chance(0.1)) delete s.reste.ouverts; // a printout: every line
      return `ouverts ${JSON.stringify(s.reste.ouverts)}`;
    }
    case 10: {
      // An invalid value: the next edit (a count of the same place) corrects it.
      const path = r.pick(counts);
      s.corriger = [path, at(s.profil, path)[path.at(-1)]];
      at(s.profil, path)[path.at(-1)] = r.pick([-5, "douze", 1.5, null, true, [3]]);
      return `invalide ${path.join(".")}`;
    }
    case 11:
      s.profil = clone(r.chance(0.5) ? form.profil_par_defaut : form.profil_vide);
      return "réinitialisation";
    case 12:
      s.profil.assistant_medical = s.profil.assistant_medical ? null : { ...form.schema.assistant.contrat_propose, date_signature: "2023-03-01" };
      return `assistant ${s.profil.assistant_medical ? "ajouté" : "retiré"}`;
    case 13: {
      // A key added to a map, or removed from it.
      const vsm = s.profil.vsm;
      const keys = Object.keys(vsm);
      if (keys.length && r.chance(0.5)) {
        delete vsm[r.pick(keys)];
        return "vsm : une année retirée";
      }
      const ald = 100 + r.int(200);
      vsm[r.pick(Object.keys(form.profil_par_defaut.vsm))] = { patients_ald: ald, patients_ald_avec_vsm: r.int(ald), vsm_structures: r.int(50) };
      return "vsm : une année ajoutée ou changée";
    }
    case 14:
      s.reste.trajectoire = !s.reste.trajectoire;
      return `trajectoire ${s.reste.trajectoire}`;
    default:
      s.profil.exercice.secteur = r.pick(["1", "2", "3"]);
      return `secteur ${s.profil.exercice.secteur}`;
  }
}

/** `calc` with its calls counted by export. */
function counted(calc) {
  const calls = { vue: 0, retouche: 0, renvoyer: 0 };
  return {
    calls,
    calc: {
      vue: (t, j) => (calls.vue++, calc.vue(t, j)),
      retouche: (t, j) => {
        calls.retouche++;
        const a = calc.retouche(t, j);
        if (a === '"renvoyer"') calls.renvoyer++;
        return a;
      },
    },
  };
}

for (const [name, module, complete] of [
  ["le module de la page", page, false],
  ["le module complet", complet, true],
]) {
  test(`${name} : après chaque modification, la vue d'une retouche est celle de la demande entière`, { timeout: 120_000 }, () => {
    for (const seed of [1, 2, 3]) {
      const r = random(seed);
      const { calc, calls } = counted(new module.Calculateur());
      const fresh = new module.Calculateur();
      const s = { profil: clone(form.profil_par_defaut), reste: { annee: 2026, comparer: 2025, scenarios: null, trajectoire: false, ouverts: [] }, corriger: null };
      const steps = [];
      let errors = 0;
      for (let i = 0; i < 120; i++) {
        if (s.corriger) {
          const [path, value] = s.corriger;
          at(s.profil, path)[path.at(-1)] = value;
          steps.push(`correction ${path.join(".")}`);
          s.corriger = null;
        } else steps.push(edit(s, r, complete));
        const got = vue(calc, s.profil, s.reste);
        const expected = JSON.parse(fresh.vue(JSON.stringify({ profil: s.profil, ...s.reste })));
        if (expected.resultat.statut === "erreurs") errors++;
        const where = `graine ${seed}, étape ${i} : ${steps.slice(-4).join(" → ")}`;
        assert.deepEqual(got, expected, where);
        // The same text too: every key in its place (maps the page may show in their order).
        assert.equal(JSON.stringify(got), JSON.stringify(expected), where);
      }
      // The patch path is taken for most keystrokes, the whole one after errors and refusals.
      assert.ok(calls.retouche >= 50, JSON.stringify({ ...calls, errors }));
      assert.ok(calls.renvoyer > 0 && calls.vue > errors, JSON.stringify({ ...calls, errors }));
      fresh.free();
    }
  });
}

test("par core.js, une demande qui ne peut pas être une retouche part entière, avec les erreurs de la demande entière", () => {
  const c = new page.Calculateur();
  const fresh = new page.Calculateur();
  const p = clone(form.profil_par_defaut);
  const reste = { annee: 2026, comparer: null, ouverts: [] };
  const whole = (profil, r) => JSON.parse(fresh.vue(JSON.stringify({ profil, ...r })));
  for (const r of [{ ...reste, profil: p }, { ...reste, ouverts: undefined }, { ...reste, annee: NaN }, { annee: 2026 }]) {
    assert.equal(vue(c, p, reste).resultat.statut, "rapport");
    const got = vue(c, p, r);
    if (Number.isNaN(r.annee)) assert.equal(got.resultat.erreurs[0].champ, "annee");
    // The request's text names the profile twice, as before the patches.
    else if ("profil" in r) assert.deepEqual(got.resultat.erreurs, [{ champ: "", message: "Champ en double : « profil »." }]);
    else assert.deepEqual(got, whole(p, r), JSON.stringify(Object.keys(r)));
  }
  c.free();
  fresh.free();
});

test("une retouche ne se sert pas d'une demande qui n'a pas été lue ou envoyée par un autre, ni d'un chemin qui ne mène nulle part", () => {
  const c = new page.Calculateur();
  const whole = (profil) => JSON.stringify({ profil, annee: 2026, comparer: null, ouverts: [] });
  // Nothing kept yet.
  assert.equal(c.retouche('{"annee":2026}', 1), '"renvoyer"');
  const p = clone(form.profil_par_defaut);
  const first = JSON.parse(c.vue(whole(p), 1));
  assert.equal(first.resultat.rapport.total, "36562.50");
  // 41 patients of 75 to 79 years, hors ALD, instead of 40: a few changes, which make of the
  // first view the view of the whole request.
  const text = c.retouche('{"profil.patientele.de_75_a_79_ans.hors_ald.hors_c2s.patients":41}', 1);
  const changes = JSON.parse(text);
  assert.ok(text.length < 2000 && changes.some(([path]) => path.join(".") === "resultat.rapport.total"), text);
  const view = clone(first);
  for (const [path, value] of changes) path.slice(0, -1).reduce((o, k) => o[k], view)[path.at(-1)] = value;
  p.patientele.de_75_a_79_ans.hors_ald.hors_c2s.patients = 41;
  const fresh = new page.Calculateur();
  assert.deepEqual(view, JSON.parse(fresh.vue(whole(p))));
  fresh.free();
  // A field unknown, an index past the end, a value of the wrong type, a text that is not JSON,
  // another token: refused, and nothing kept until a whole request.
  for (const patch of ['{"profil.exercice.inconnu":1}', '{"profil.forfait_structure.snp_sas_trimestres.4":1}', '{"profil.exercice.qpv":3}', "{", 5]) {
    c.vue(whole(p), 2);
    assert.equal(c.retouche('{"annee":2026}', 3), '"renvoyer"');
    c.vue(whole(p), 2);
    assert.equal(c.retouche(patch, 2), '"renvoyer"', String(patch));
    assert.equal(c.retouche("{}", 2), '"renvoyer"');
  }
  // Another caller's request in between (without a token): the page's patch is refused.
  c.vue(whole(p), 4);
  c.vue(JSON.stringify({ profil: form.profil_vide, annee: 2026 }));
  assert.equal(c.retouche("{}", 4), '"renvoyer"');
  // A request patched beyond the size the reading accepts (1 Mio) is sent whole, and refused.
  c.vue(whole(p), 6);
  const long = (n) => `{"ouverts":${JSON.stringify(["x".repeat(n)])}}`;
  assert.ok(c.retouche(long(600_000), 6).startsWith("["));
  assert.equal(c.retouche(long(600_001), 6), '"renvoyer"');
  const big = JSON.stringify({ profil: p, annee: 2026, ouverts: ["x".repeat(1 << 20)] });
  assert.equal(JSON.parse(c.vue(big, 6)).resultat.statut, "erreurs");
  // The same request twice: nothing changed.
  c.vue(whole(p), 5);
  assert.equal(c.retouche("{}", 5), "[]");
  c.free();
});
