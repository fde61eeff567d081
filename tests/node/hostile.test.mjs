// Hostile JavaScript values against every export of the four wasm modules (issue 9, item 3), in
// Node, on the built pkg/ (`make test-node`): each export, given each value directly and through
// the page's boundary (www/core.js), answers with data — a French error on the value's field —
// never an exception or a trap; and after each, the module still computes the example profile to
// its hand-computed total (36 562,50 €, see tests/wasm.rs).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const page = await import(join(ROOT, "pkg", "forfaits.js"));
await page.default({ module_or_path: readFileSync(join(ROOT, "pkg", "forfaits_bg.wasm")) });
// The page's complete module: the first's exports, and the years 2012 to 2016 and the scenarios.
const complet = await import(join(ROOT, "pkg", "complet.js"));
await complet.default({ module_or_path: readFileSync(join(ROOT, "pkg", "complet_bg.wasm")) });
const rep = await import(join(ROOT, "pkg", "representativite.js"));
await rep.default({ module_or_path: readFileSync(join(ROOT, "pkg", "representativite_bg.wasm")) });
const coh = await import(join(ROOT, "pkg", "cohorte.js"));
await coh.default({ module_or_path: readFileSync(join(ROOT, "pkg", "cohorte_bg.wasm")) });
const { appeler, erreurs, versJson, vue } = await import(join(ROOT, "www", "core.js"));

const form = JSON.parse(complet.formulaire());
const calc = new page.Calculateur();
const calcComplet = new complet.Calculateur();
const clone = (v) => structuredClone(v);
// As the page asks before a dispositif is opened: the first module writes no line (README « Taille »).
const request = (profil, extra = {}) => ({ profil, reste: { annee: 2026, comparer: null, scenarios: null, ouverts: [], ...extra } });
const view = ({ profil, reste }) => vue(calc, profil, reste);
const viewComplet = ({ profil, reste }) => vue(calcComplet, profil, reste);

/** The module still computes: the example profile's 2026 total, and the signatories' weight. */
function healthy() {
  for (const v of [view(request(form.profil_par_defaut)), viewComplet(request(form.profil_par_defaut))]) {
    assert.equal(v.resultat.statut, "rapport", JSON.stringify(v.resultat).slice(0, 300));
    assert.equal(v.resultat.rapport.total, "36562.50");
    assert.equal(v.textes["36562.50"], "36\u00a0562,50\u00a0€");
  }
  const r = JSON.parse(rep.representativite(JSON.stringify(JSON.parse(rep.representativiteParDefaut()).saisie)));
  assert.equal(r.representativite.colleges[0].part_signataires, "71.07");
}

/** `answer` is errors only, each in French (no English serde or JavaScript message), and one of
 *  them is on `champ` when given. */
function refused(answer, champ) {
  const out = answer.resultat ?? answer;
  assert.equal(out.statut, "erreurs", JSON.stringify(out).slice(0, 300));
  assert.ok(out.erreurs.length > 0);
  for (const e of out.erreurs) {
    assert.equal(typeof e.champ, "string");
    assert.doesNotMatch(e.message, /\b(expected|invalid|unknown|type|error|undefined|null)\b/i, e.message);
  }
  if (champ !== undefined) assert.ok(out.erreurs.some((e) => e.champ === champ), `${champ} in ${JSON.stringify(out.erreurs)}`);
}

function cyclic() {
  const p = clone(form.profil_par_defaut);
  p.exercice.self = p;
  return p;
}
function deep(n) {
  let a = [];
  for (let i = 0; i < n; i++) a = [a];
  return a;
}
function throwingGetter() {
  const p = clone(form.profil_par_defaut);
  Object.defineProperty(p.exercice, "secteur", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
  return p;
}
function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
const trapping = new Proxy({}, { ownKeys: () => { throw new Error("trap"); } });

/** Values that are not plain data, with the field their error is placed on (when the value is
 *  placed at a field of the profile). */
const HOSTILE = [
  ["undefined", undefined],
  ["null", null],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
  ["BigInt", 12n],
  ["Symbol", Symbol("x")],
  ["function", () => 1],
  ["objet circulaire", cyclic()],
  ["10 000 listes imbriquées", deep(10_000)],
  ["accesseur qui lève une exception", throwingGetter()],
  ["Proxy révoqué", revokedProxy()],
  ["Proxy dont ownKeys lève", trapping],
  ["liste immense", new Array(2_000_000).fill(0)],
  ["texte non JSON", "n'importe quoi"],
  ["nombre", 2026],
];

test("every export, given any value directly, answers with data and stays healthy", () => {
  for (const [name, value] of HOSTILE) {
    for (const call of [(v) => calc.vue(v), (v) => calcComplet.vue(v), (v) => complet.parametresEnVigueur(v), (v) => rep.representativite(v)]) {
      const answer = JSON.parse(call(value));
      refused(answer);
      assert.ok(name);
    }
    // The union's key: a text's, or the empty name's.
    assert.equal(rep.cleSyndicat(value), typeof value === "string" ? value.trim().toLowerCase() : "");
    healthy();
  }
  // A text too large is refused before it is read.
  refused(JSON.parse(calc.vue("[" + "0,".repeat(600_000) + "0]")));
  // Exports without arguments ignore any.
  assert.equal(JSON.parse(complet.formulaire(Symbol("x"))).annees[0], 2012);
  assert.ok(JSON.parse(rep.representativiteParDefaut(NaN)).saisie.resultats);
  assert.equal(rep.cleSyndicat("  MG France "), "mg france");
  healthy();
});

test("every export, through the page's boundary, refuses a hostile value in a field, on that field", () => {
  const fields = [
    ["exercice.qpv", (p, v) => (p.exercice.qpv = v)],
    ["patientele.moins_2_ans.ald.c2s.patients", (p, v) => (p.patientele.moins_2_ans.ald.c2s.patients = v)],
    ["rosp.points_ponderes", (p, v) => (p.rosp.points_ponderes = v)],
  ];
  for (const [champ, put] of fields) {
    for (const value of [NaN, Infinity, -Infinity, 3n, Symbol("s"), () => 0]) {
      const p = clone(form.profil_par_defaut);
      put(p, value);
      refused(view(request(p)), champ);
    }
  }
  // NaN and the infinities in a scenario are errors on their parameter, not 0 €.
  for (const value of [NaN, Infinity, -Infinity]) {
    const custom = { nom: "NaN", source: "", valeurs: { "ca.demi_journee": value } };
    refused(viewComplet(request(form.profil_par_defaut, { scenarios: { colonnes: ["custom"], custom } })), "scenarios.custom.valeurs.ca.demi_journee");
  }
  // The editor's year and the representativité's figures, likewise.
  refused(appeler(complet.parametresEnVigueur, NaN, erreurs), "");
  const saisie = JSON.parse(rep.representativiteParDefaut()).saisie;
  saisie.sieges_generalistes = Infinity;
  refused(appeler(rep.representativite, saisie, erreurs), "sieges_generalistes");
  healthy();
});

test("a year of 2³² + 2026 is out of range, not 2026", () => {
  refused(view(request(form.profil_par_defaut, { annee: 2 ** 32 + 2026 })), "annee");
  refused(view(request(form.profil_par_defaut, { annee: 2026, comparer: 2 ** 32 + 2025 })), "comparer");
  refused(appeler(complet.parametresEnVigueur, 2 ** 32 + 2026, erreurs), "annee");
  healthy();
});

test("the first module refuses what it leaves to the complete one, on its field; the complete one answers the rest as the first does", () => {
  const [first, last] = form.annees_convention_2011;
  assert.deepEqual([first, last], [2012, 2016]);
  assert.equal(page.parametresEnVigueur, undefined);
  assert.equal(complet.formulaire().includes('"annees_convention_2011":[2012,2016]'), true);
  const p = form.profil_par_defaut;
  const scenarios = { colonnes: form.scenarios_par_defaut };
  for (let annee = first; annee <= last; annee++) {
    refused(view(request(p, { annee })), "annee");
    refused(view(request(p, { comparer: annee })), "comparer");
    const v = viewComplet(request(p, { annee }));
    assert.equal(v.resultat.statut, "rapport", JSON.stringify(v.resultat).slice(0, 300));
    assert.ok(v.resultat.rapport.dispositifs.some((d) => d.code === "ROSP_2011" && d.en_vigueur), String(annee));
  }
  refused(view(request(p, { scenarios })), "scenarios");
  assert.equal(viewComplet(request(p, { scenarios })).resultat.statut, "scenarios");
  // Every other year, alone and compared, every dispositif closed: the same text from both
  // modules. The trajectory is the complete module's: the first answers it null, and the rest the
  // same.
  const text = (c, reste) => c.vue(JSON.stringify({ profil: p, ...reste }));
  const to = form.annees[1];
  for (let annee = last + 1; annee <= to; annee++) {
    assert.equal(text(calc, { annee, ouverts: [] }), text(calcComplet, { annee, ouverts: [] }), String(annee));
    const reste = { annee, comparer: 2025, trajectoire: true, ouverts: [] };
    const first = JSON.parse(text(calc, reste));
    const complete = JSON.parse(text(calcComplet, reste));
    assert.equal(first.trajectoire, null, String(annee));
    if (complete.resultat.statut !== "erreurs") {
      assert.deepEqual(
        complete.trajectoire.map((y) => y.annee),
        [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030],
      );
    }
    // The amounts in words (`textes`) hold the trajectory's too in the complete module's answer.
    assert.deepEqual({ ...first, textes: null }, { ...complete, trajectoire: null, textes: null }, JSON.stringify(reste));
    for (const [k, v] of Object.entries(first.textes)) assert.equal(complete.textes[k], v, k);
  }
  // Lines (a dispositif opened, or every line) are the complete module's: the first refuses them
  // on their field, and writes no formula, source nor note (README « Taille »).
  for (const reste of [{ annee: 2026 }, { annee: 2026, ouverts: ["FMT"] }, { annee: 2026, comparer: 2025, ouverts: ["DONUM"] }]) {
    refused(JSON.parse(text(calc, reste)).resultat, "ouverts");
    const r = JSON.parse(text(calcComplet, reste)).resultat;
    const fmt = (r.rapport ?? r.comparaison.rapport_b).dispositifs.find((d) => d.code === (reste.ouverts?.[0] ?? "FMT"));
    assert.ok(fmt.source.length > 0 && fmt.groupes[0].lignes[0].formule.length > 0, JSON.stringify(reste));
  }
  // The assistant médical's schedule cites its texts: the complete module's too.
  const contract = { ...form.schema.assistant.contrat_propose, date_signature: "2021-11-15" };
  const withContract = { profil: { ...p, assistant_medical: contract }, annee: 2026, ouverts: [] };
  assert.equal(JSON.parse(calc.vue(JSON.stringify(withContract))).echeancier, null);
  const schedule = JSON.parse(calcComplet.vue(JSON.stringify(withContract))).echeancier;
  assert.ok(schedule.annees_contrat[0].source.startsWith("Circulaire CNAM du 31/07/2024"), schedule.annees_contrat[0].source);
  // In the files: a section cited by a dated value and a note of a line are in the complete
  // module, not in the first; a line's label is in both.
  const holds = (file, written) => readFileSync(join(ROOT, "pkg", file)).includes(Buffer.from(written, "utf8"));
  for (const written of ["§3.1 A, tableau, ligne (ALD) 80 ans ou plus", "Cumulable avec la majoration de zone", "Crédit d'amorçage (année de création"]) {
    assert.equal(holds("complet_bg.wasm", written), true, written);
    assert.equal(holds("forfaits_bg.wasm", written), written.startsWith("Crédit"), written);
  }
  // The form is the complete module's, written at build time for the first view.
  assert.equal(page.formulaire, undefined);
  assert.equal(readFileSync(join(ROOT, "pkg", "formulaire.json"), "utf8"), complet.formulaire());
  healthy();
});

test("the dispositifs opened: anything but a list of texts is refused on its place; an unknown code opens nothing", () => {
  for (const value of [5, "FMT", { FMT: true }, NaN]) refused(view(request(form.profil_par_defaut, { ouverts: value })), "ouverts");
  for (const value of [[1], [null], [3n]]) refused(view(request(form.profil_par_defaut, { ouverts: value })), "ouverts.0");
  refused(view(request(form.profil_par_defaut, { ouverts: [["FMT"]] })));
  // The lines are the complete module's.
  const v = viewComplet(request(form.profil_par_defaut, { ouverts: ["FMT", "FMT", "x".repeat(100_000), ""] }));
  assert.equal(v.resultat.statut, "rapport");
  const lines = Object.fromEntries(v.resultat.rapport.dispositifs.map((d) => [d.code, d.groupes.flatMap((g) => g.lignes).length]));
  // The FMT's lines of the example (26 in 2026), none of the DONUM's, though it pays 2 940 €.
  assert.ok(lines.FMT > 20, JSON.stringify(lines));
  assert.equal(lines.DONUM, 0);
  assert.equal(v.resultat.rapport.dispositifs.find((d) => d.code === "DONUM").total, "2940.00");
  healthy();
});

test("the parts that change only with the years and the form's parts: sent once, held by core.js, sent again when they change; never held from a request's own `connu`", () => {
  const c = new page.Calculateur();
  /** What the core answered, before core.js gives back what it holds. */
  const answers = [];
  const spy = { vue: (t) => { const a = c.vue(t); answers.push(JSON.parse(a)); return a; } };
  const p = clone(form.profil_par_defaut);
  const years = { annee: 2026, comparer: 2025, scenarios: null, ouverts: [] };
  const first = vue(spy, p, years);
  assert.ok(first.cle);
  assert.ok(first.sections.length > 0 && Object.keys(first.libelles).length > 0 && first.entete.length > 0);
  // A keystroke (one more patient): the core sends the parts empty, core.js gives its own back.
  const more = clone(p);
  more.patientele.moins_2_ans.hors_ald.hors_c2s.patients += 1;
  const next = vue(spy, more, years);
  assert.equal(answers.at(-1).sections.length, 0);
  assert.deepEqual(answers.at(-1).libelles, {});
  assert.notEqual(next.resultat.comparaison.rapport_b.total, first.resultat.comparaison.rapport_b.total);
  assert.deepEqual([next.sections, next.libelles, next.entete], [first.sections, first.libelles, first.entete]);
  // Other years: other parts, sent whole.
  const earlier = { annee: 2025, comparer: 2024, scenarios: null, ouverts: [] };
  const other = vue(spy, p, earlier);
  assert.notEqual(other.cle, first.cle);
  assert.ok(answers.at(-1).sections.length > 0);
  assert.notDeepEqual(other.entete, first.entete);
  // A request naming its own `connu` gets the core's answer as it comes (here its parts empty),
  // and what core.js holds is unchanged by it.
  const own = vue(spy, p, { ...earlier, connu: other.cle });
  assert.equal(own.sections.length, 0);
  const after = vue(spy, more, earlier);
  assert.deepEqual([after.sections, after.libelles, after.entete], [other.sections, other.libelles, other.entete]);
  c.free();
});

test("cyclic, deep, throwing, proxied and huge values in the request: errors, and the module computes after", () => {
  const p = clone(form.profil_par_defaut);
  refused(view(request(cyclic())), "");
  refused(view(request(Object.assign(clone(p), { patientele: deep(10_000) }))));
  refused(view(request(Object.assign(clone(p), { assistant_medical: { resultats: new Array(1_000_000).fill({}) } }))), "");
  refused(view(request(revokedProxy())), "");
  refused(vue(calc, form.profil_par_defaut, trapping), "");
  refused(vue(calc, form.profil_par_defaut, Symbol("demande")), "");
  refused(vue(calc, Symbol("profil"), {}), "");
  // A proxy of plain data is plain data: it computes.
  assert.equal(view(request(new Proxy(clone(p), {}))).resultat.rapport.total, "36562.50");
  // 1 000 calls with a getter that throws leave nothing behind.
  for (let i = 0; i < 1000; i++) refused(view(request(throwingGetter())), "");
  healthy();
  // And the same through the representativité module.
  const s = JSON.parse(rep.representativiteParDefaut()).saisie;
  s.self = s;
  refused(appeler(rep.representativite, s, erreurs), "");
  for (let i = 0; i < 1000; i++) refused(appeler(rep.representativite, throwingGetter(), erreurs), "");
  healthy();
});

test("versJson names the field of what has no JSON form", () => {
  assert.deepEqual(versJson({ a: { b: [1, NaN] } }), { erreurs: [{ champ: "a.b.1", message: "Nombre attendu : NaN et l'infini n'en sont pas." }] });
  assert.deepEqual(versJson({ a: 1 }), { texte: '{"a":1}' });
});

test("the costing of a population: any value as the request or as a piece of the file is refused as data", () => {
  const demande = JSON.stringify({ annee: 2026, scenarios: { colonnes: form.scenarios_par_defaut } });
  /** Two physicians of the template: their totals under the default scenarios. */
  const costs = () => {
    const c = new coh.Chiffrage();
    assert.equal(JSON.parse(c.commencer(demande)).statut, "progression");
    assert.equal(JSON.parse(c.lire(new TextEncoder().encode(coh.modeleCohorte()))).lignes.valides, 2);
    const r = JSON.parse(c.terminer());
    c.free();
    return r.scenarios.map((s) => s.total);
  };
  const expected = costs();
  for (const [name, value] of HOSTILE) {
    const c = new coh.Chiffrage();
    // Not a request: refused; nothing to read then.
    refused(JSON.parse(c.commencer(value)));
    refused(JSON.parse(c.lire(new Uint8Array([49]))), "cohorte");
    refused(JSON.parse(c.terminer()), "cohorte");
    // Not bytes: refused on the file.
    assert.equal(JSON.parse(c.commencer(demande)).statut, "progression", name);
    refused(JSON.parse(c.lire(value)), "cohorte");
    // Not a position in the file: refused on its field; not a part's aggregates: refused.
    assert.equal(JSON.parse(c.commencer(demande)).statut, "progression", name);
    if (name !== "nombre") refused(JSON.parse(c.limiter(value, null)), "debut");
    if (value !== null && value !== undefined && name !== "nombre") refused(JSON.parse(c.limiter(0, value)), "fin");
    refused(JSON.parse(c.fusionner(value)), "cohorte");
    refused(JSON.parse(c.fusionner("{}")), "cohorte");
    // A part's end spends the costing: nothing more to merge.
    assert.equal(JSON.parse(c.partie()).statut, "partie", name);
    refused(JSON.parse(c.partie()), "cohorte");
    refused(JSON.parse(c.fusionner("{}")), "cohorte");
    c.free();
    // No population from what is not a count and a seed (2026 is both).
    if (name !== "nombre") assert.equal(coh.populationSynthetique(value, value).length + coh.populationSynthetique(10, value).length, 0, name);
  }
  // A request out of range, an unknown scenario, neither scenarios nor years.
  const c = new coh.Chiffrage();
  refused(JSON.parse(c.commencer(JSON.stringify({ annees: [2025, 2 ** 32 + 2026] }))), "annees.1");
  refused(JSON.parse(c.commencer(JSON.stringify({ annee: 2026, scenarios: { colonnes: ["convention_2024", "x"] } }))), "scenarios.colonnes.1");
  refused(JSON.parse(c.commencer("{}")), "");
  c.free();
  assert.deepEqual(costs(), expected);
  healthy();
});
