// End-to-end tests of what the page does with the user's input when something would lose or hide
// it (issue 9, item 7): a date the browser cannot read, a share link opened over one's own input
// (at load or pasted in the same tab), a link that cannot be read, a saved input that cannot be
// reread or a browser that refuses to save, an imported file, the resets of the form and of the
// scenario editor. Each case: a visible French message, and the input still there, after a reload
// too. Same rules as page.test.mjs: every test also fails on a console error or warning, an
// uncaught exception or a request leaving the local server (helpers.mjs).
//
// The user's own input in these tests: 660 patients of 7 à 74 ans (hors ALD, hors C2S) instead of
// the default profile's 560 (src/defaults.rs). In 2026 under the signed text (circular 000 §3.1,
// §3.3 A), 100 more patients seen × 5 € = +500 € of socle and ZIP 10 % × 500 = +50 €:
//   total 36 562,50 (page.test.mjs) + 550 = 37 112,50.

import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { RESULTS, eur, eventually, plain, useBrowser } from "./helpers.mjs";

const pageTest = useBrowser();

const PATIENTS_7_74 = "#f-patientele-de_7_a_74_ans-hors_ald-hors_c2s-patients";
const DEFAULT_TOTAL = eur("36 562,50");
/** What the page computes when it starts without the user's input: the empty form. */
const EMPTY_TOTAL = eur("0,00");
const MINE_TOTAL = eur("37 112,50");
const KEPT = "Votre dernière saisie a été retrouvée dans ce navigateur.";
const SHARED = "Profil et scénarios ouverts depuis le lien de partage.";
const KEY = "forfaits.etat";

const text = async (page, selector) => plain(await page.locator(selector).textContent());
const total = (page) => page.locator("#montant-total").textContent();
const notices = (page) => page.locator("#avis > div").evaluateAll((els) => els.map((e) => ({ role: e.getAttribute("role"), texte: e.querySelector("p").textContent })));

async function reload(page) {
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
}

/** The user's own input: 660 patients of 7 à 74 ans. */
async function myInput(page) {
  await page.fill(PATIENTS_7_74, "660");
  await eventually(() => total(page), MINE_TOTAL);
}

async function assertMine(page) {
  assert.equal(await page.locator(PATIENTS_7_74).inputValue(), "660");
  await eventually(() => total(page), MINE_TOTAL);
}

/** The state the page keeps for the untouched default profile, with `change` applied. */
async function stateWith(page, change) {
  const s = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  change(s);
  return s;
}

const fragment = (s) => `#etat=${Buffer.from(JSON.stringify(s)).toString("base64url")}`;

/** A state whose profile has 40 patients of 80 ans et plus (hors ALD, hors C2S) instead of 45. */
const sharedProfile = (page) => stateWith(page, (s) => (s.profil.patientele.de_80_ans_et_plus.hors_ald.hors_c2s.patients = 40));
const SHARED_FIELD = "#f-patientele-de_80_ans_et_plus-hors_ald-hors_c2s-patients";

/** Opens `url` as a new load of the page (not a same-document navigation to a fragment). */
async function load(page, url) {
  await page.goto("about:blank");
  await page.goto(url);
  await page.waitForSelector("html[data-ready='true']");
}

/** Screenshots of the page's top (its notices) or of `selector`, at 1280 px and at 390 px. */
async function shoot(page, name, selector = "#profil") {
  await mkdir(RESULTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const box = page.locator(selector);
    if (selector === "dialog") await page.screenshot({ path: join(RESULTS, `saisie-${name}-${width}.png`) });
    else {
      await box.evaluate((e) => e.scrollIntoView({ block: e.id === "profil" ? "start" : "center" }));
      await page.screenshot({ path: join(RESULTS, `saisie-${name}-${width}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

pageTest("date impossible ou incomplète : une erreur sur le champ, jamais « pas de date », et la dernière date complète gardée", async (page) => {
  await myInput(page);
  const date = page.locator("#f-exercice-date_naissance");
  const before = await date.inputValue();
  assert.equal(before, "1972-04-12");
  const expected = "Date incomplète ou impossible (un jour qui n'existe pas dans ce mois, ou un jour, un mois ou une année manquant) : complétez-la ou effacez-la.";
  // Headless Chromium orders a date field's parts as mm/jj/aaaa. Typed over the complete date,
  // « 02 31 » makes it the 31 February 1972; a part erased leaves it incomplete.
  for (const keys of [["0", "2", "3", "1"], ["Backspace"]]) {
    await date.evaluate((e) => (e.value = "1972-04-12"));
    await date.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    for (const key of keys) await page.keyboard.press(key);
    assert.equal(await date.evaluate((e) => e.validity.badInput), true, keys.join());
    await eventually(() => date.getAttribute("aria-invalid"), "true", { message: keys.join() });
    assert.equal(await text(page, "#e-exercice-date_naissance"), expected);
    assert.equal(await page.locator("#e-exercice-date_naissance").isVisible(), true);
    assert.equal(await page.locator('#erreurs a[href="#f-exercice-date_naissance"]').count(), 1);
    assert.match(await text(page, "#erreurs"), /Date de naissance : Date incomplète ou impossible/);
    // No total computed without the date: the result waits for the field.
    assert.equal(await page.locator("#montant-total").count(), 0);
    assert.match(await text(page, "#total"), /Calcul en attente/);
  }
  await shoot(page, "date");
  await shoot(page, "date-champ", "#f-exercice-date_naissance");
  // The field left while still unreadable: still an error.
  await page.locator(PATIENTS_7_74).focus();
  assert.equal(await date.getAttribute("aria-invalid"), "true");

  // A reload: the last complete date comes back (not a blank), with the rest of the input.
  await reload(page);
  assert.equal(await date.inputValue(), before);
  await assertMine(page);

  // Corrected, the error goes and the total is computed with the date typed.
  await date.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Backspace");
  await eventually(() => date.getAttribute("aria-invalid"), "true");
  await page.keyboard.type("04");
  await eventually(() => date.getAttribute("aria-invalid"), null);
  assert.equal(await date.inputValue(), before);
  assert.equal(await page.locator("#erreurs").isHidden(), true);
  await assertMine(page);
});

pageTest("lien de partage sur une saisie gardée : la question d'abord ; « Garder ma saisie » la garde, rechargement compris", async (page) => {
  const shared = await sharedProfile(page);
  await myInput(page);
  await load(page, new URL(fragment(shared), page.url()).href);
  // The page shows the user's own input behind the question, and says it is theirs.
  assert.equal(await text(page, "#etat-message"), KEPT);
  const dialog = page.locator("dialog.question");
  await eventually(() => dialog.isVisible(), true);
  assert.equal(await text(page, "#question-titre"), "Ouvrir le profil partagé ?");
  assert.match(await text(page, "#question-texte"), /Votre propre saisie est déjà dans ce navigateur : si vous ouvrez le profil partagé, elle est mise de côté/);
  // The focus is in the question, on its first answer.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "question-oui");
  await shoot(page, "question", "dialog");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "question-non");
  await page.keyboard.press("Enter");
  await eventually(() => dialog.count(), 0);
  assert.equal(await text(page, "#etat-message"), "Lien de partage non ouvert : votre saisie est conservée.");
  await assertMine(page);
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "45");
  // The fragment is gone: a reload does not ask again, and finds the user's own input.
  assert.equal(new URL(page.url()).hash, "");
  await reload(page);
  assert.equal(await dialog.count(), 0);
  assert.equal(await text(page, "#etat-message"), KEPT);
  await assertMine(page);

  // Escape answers « no » too.
  await load(page, new URL(fragment(shared), page.url()).href);
  await eventually(() => dialog.isVisible(), true);
  await page.keyboard.press("Escape");
  await eventually(() => dialog.count(), 0);
  await assertMine(page);
});

pageTest("lien de partage ouvert : la saisie d'avant est mise de côté, on y revient ; la page ne la dit jamais « votre dernière saisie »", async (page) => {
  const shared = await sharedProfile(page);
  await myInput(page);
  await load(page, new URL(fragment(shared), page.url()).href);
  await eventually(() => page.locator("#question-oui").isVisible(), true);
  await page.click("#question-oui");
  await eventually(() => page.locator(SHARED_FIELD).inputValue(), "40");
  assert.equal(await page.locator(PATIENTS_7_74).inputValue(), "560");
  assert.equal(await text(page, "#etat-message"), SHARED);
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie remplacée par le profil d'un lien de partage est gardée dans ce navigateur." }]);
  await shoot(page, "mise-de-cote");

  // A reload: the shared profile is said to be one, never « votre dernière saisie », and the
  // input set aside is still offered.
  await reload(page);
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "40");
  assert.equal(await text(page, "#etat-message"), "Le profil ouvert depuis un lien de partage a été retrouvé dans ce navigateur.");
  assert.equal((await notices(page)).length, 1);

  // Back to the user's own input, from the notice's button (keyboard).
  await page.getByRole("button", { name: "Revenir à cette saisie" }).focus();
  await page.keyboard.press("Enter");
  await assertMine(page);
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "45");
  assert.deepEqual(await notices(page), []);
  assert.equal(await page.locator("#avis").isHidden(), true);
  await reload(page);
  assert.equal(await text(page, "#etat-message"), KEPT);
  await assertMine(page);
});

pageTest("lien de partage collé dans le même onglet (hashchange) : la même question", async (page) => {
  const shared = await sharedProfile(page);
  await myInput(page);
  await page.evaluate((hash) => (location.hash = hash), fragment(shared));
  await eventually(() => page.locator("dialog.question").isVisible(), true);
  await page.click("#question-oui");
  await eventually(() => page.locator(SHARED_FIELD).inputValue(), "40");
  assert.equal(await text(page, "#etat-message"), SHARED);
  assert.equal(new URL(page.url()).hash, "");
  // A second link, without a saved input of one's own in between, asks again: the shared
  // profile is now the input shown.
  const other = await stateWith(page, (s) => (s.profil.patientele.de_80_ans_et_plus.hors_ald.hors_c2s.patients = 30));
  await page.evaluate((hash) => (location.hash = hash), fragment(other));
  await eventually(() => page.locator("dialog.question").isVisible(), true);
  await page.click("#question-non");
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "40");
  // The shared profile edited: it is the user's input now, set aside in its turn by the next link.
  await page.fill(PATIENTS_7_74, "600");
  // A link pasted while the question is open replaces it: one question, about the last link.
  await page.evaluate((hash) => (location.hash = hash), fragment(other));
  await eventually(() => page.locator("dialog.question").isVisible(), true);
  const third = await stateWith(page, (s) => (s.profil.patientele.de_80_ans_et_plus.hors_ald.hors_c2s.patients = 35));
  await page.evaluate((hash) => (location.hash = hash), fragment(third));
  await eventually(() => text(page, "#etat-message"), "Lien de partage non ouvert : votre saisie est conservée.");
  assert.equal(await page.locator("dialog.question").count(), 1);
  await page.click("#question-oui");
  await eventually(() => page.locator(SHARED_FIELD).inputValue(), "35");
  // A link of the page itself (the skip link, an error's link) is not a share link.
  await page.evaluate(() => (location.hash = "#resultats"));
  await page.waitForTimeout(100);
  const setAside = { role: "status", texte: "La saisie remplacée par le profil d'un lien de partage est gardée dans ce navigateur." };
  assert.deepEqual(await notices(page), [setAside, setAside]);
  // Each input set aside comes back: the edited shared profile (the last), then the user's own.
  await page.getByRole("button", { name: "Revenir à cette saisie" }).last().click();
  await eventually(() => page.locator(PATIENTS_7_74).inputValue(), "600");
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "40");
  // (The third link's profile, not edited, is in its link: nothing more is set aside.)
  assert.deepEqual(await notices(page), [setAside]);
  await page.getByRole("button", { name: "Revenir à cette saisie" }).click();
  await assertMine(page);
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "45");
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie d'avant « Revenir à cette saisie » est gardée dans ce navigateur." }]);
  await reload(page);
  await assertMine(page);
});

pageTest("lien abîmé, coupé, illisible ou refusé : un message qui dit quoi, et la saisie reste", async (page) => {
  await myInput(page);
  const base = new URL("/", page.url()).href;
  const valid = fragment(await sharedProfile(page));
  const invalidJson = `#etat=${Buffer.from('{"version":2,"profil":{').toString("base64url")}`;
  const notAProfile = `#etat=${Buffer.from('{"nom":"x"}').toString("base64url")}`;
  const refused = fragment(await stateWith(page, (s) => (s.profil.patientele.de_80_ans_et_plus.hors_ald.hors_c2s.patients = -5)));
  const cut = "Ce lien de partage est incomplet ou abîmé : il a sans doute été coupé en chemin (par une messagerie, par exemple).";
  const after = " Votre saisie est conservée. Demandez un nouveau lien, ou un fichier exporté, à qui vous l'a envoyé.";
  const cases = [
    ["#garbage", "Ce lien ne contient pas de profil lisible : la fin de l'adresse, après #, n'est pas celle d'un lien de partage."],
    [valid.slice(0, 41), cut],
    [valid.slice(0, Math.floor(valid.length / 2)), cut],
    [invalidJson, cut],
    [notAProfile, "Ce lien de partage ne contient pas un profil de ce calculateur."],
    [refused, /^Le profil de ce lien de partage est refusé par le calculateur : 80 ans et plus, hors ALD, hors C2S : patients — .+\.$/],
  ];
  let first = true;
  for (const [hash, expected] of cases) {
    await load(page, base + hash);
    const [n, ...rest] = await notices(page);
    assert.deepEqual(rest, [], hash);
    assert.equal(n.role, "alert", hash);
    assert.ok(n.texte.endsWith(after), n.texte);
    const why = n.texte.slice(0, -after.length);
    if (typeof expected === "string") assert.equal(why, expected, hash);
    else assert.match(why, expected, hash);
    assert.equal(await page.locator("dialog.question").count(), 0);
    assert.equal(await text(page, "#etat-message"), KEPT);
    await assertMine(page);
    if (first) {
      await shoot(page, "lien-abime");
      // Put away from the keyboard; the focus goes back to the form.
      await page.getByRole("button", { name: "Fermer ce message" }).focus();
      await page.keyboard.press("Enter");
      assert.deepEqual(await notices(page), []);
      assert.equal(await page.locator("#avis").isHidden(), true);
      assert.equal(await page.evaluate(() => document.activeElement?.closest("#profil") !== null), true);
    }
    first = false;
  }
  // The same, pasted in the same tab.
  await page.evaluate(() => (location.hash = "#etat=abc"));
  await eventually(async () => (await notices(page)).map((n) => n.texte), [cut + after]);
  await assertMine(page);
  await reload(page);
  await assertMine(page);
});

pageTest("saisie gardée illisible (JSON abîmé, mauvaise forme) : un message, le texte gardé à part jusqu'à ce qu'on l'efface", async (page) => {
  const message =
    "Votre saisie enregistrée dans ce navigateur n'a pas pu être relue : ses données sont abîmées. Le calculateur est reparti sans elle ; le texte enregistré est gardé tel quel à part, jusqu'à ce que vous l'effaciez.";
  for (const raw of ['{"version":2,"profil":{"exercice":', '{"version":2,"profil":[1,2]}', '"texte"']) {
    await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, raw]);
    await reload(page);
    assert.deepEqual(await notices(page), [{ role: "alert", texte: message }], raw);
    assert.equal(await page.evaluate(() => localStorage.getItem("forfaits.etat.illisible")), raw);
    await eventually(() => total(page), EMPTY_TOTAL);
    // Still offered at the next visit, until the user chooses.
    await reload(page);
    assert.deepEqual(await notices(page), [{ role: "alert", texte: message }], raw);
    if (raw.startsWith("{\"version\":2,\"profil\":{")) {
      await shoot(page, "stockage-illisible");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le texte enregistré" }).click()]);
      assert.equal(download.suggestedFilename(), "forfaits-saisie-illisible.txt");
      const file = join(RESULTS, "forfaits-saisie-illisible.txt");
      await download.saveAs(file);
      assert.equal(await readFile(file, "utf8"), raw);
      // Downloading does not drop it: only « L'effacer » does.
      assert.equal((await notices(page)).length, 1);
    }
    await page.getByRole("button", { name: "L'effacer" }).click();
    assert.deepEqual(await notices(page), []);
    assert.equal(await page.evaluate(() => localStorage.getItem("forfaits.etat.illisible")), null);
    await reload(page);
    assert.deepEqual(await notices(page), []);
  }
});

pageTest("stockage refusé (sécurité) ou plein : un message, et le texte illisible jamais écrasé sans qu'on le dise", async (page) => {
  // Storage refused on reading (cookies blocked): said once, the page still computes.
  await page.addInitScript(() => {
    if (sessionStorage.getItem("refuser") === "lecture") {
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) {
        if (this === localStorage) throw new DOMException("refusé", "SecurityError");
        return getItem.call(this, key);
      };
    }
    if (sessionStorage.getItem("refuser") === "ecriture") {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this === localStorage) throw new DOMException("plein", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    }
  });
  await myInput(page);
  await page.evaluate(() => sessionStorage.setItem("refuser", "lecture"));
  await reload(page);
  const refused = "Ce navigateur refuse l'enregistrement local : votre saisie ne sera pas gardée d'une visite à l'autre. Exportez-la en fichier ou faites un lien de partage pour la garder.";
  assert.deepEqual(await notices(page), [{ role: "alert", texte: refused }]);
  await eventually(() => total(page), EMPTY_TOTAL);
  await shoot(page, "stockage-refuse");

  // Storage full: the first keystroke that cannot be saved says so; the saved input is intact.
  await page.evaluate(() => sessionStorage.setItem("refuser", "ecriture"));
  await reload(page);
  await assertMine(page);
  await page.fill(SHARED_FIELD, "40");
  await eventually(async () => (await notices(page)).map((n) => n.texte), [
    "L'espace de stockage de ce navigateur est plein : votre dernière saisie n'y est pas enregistrée. Exportez-la en fichier pour la garder.",
  ]);

  // A saved text that cannot be read nor set aside (storage full) is not overwritten.
  const raw = '{"version":2,"profil":';
  await page.evaluate(() => sessionStorage.removeItem("refuser"));
  await reload(page);
  await page.evaluate(([key, raw]) => {
    localStorage.setItem(key, raw);
    sessionStorage.setItem("refuser", "ecriture");
  }, [KEY, raw]);
  await reload(page);
  assert.match((await notices(page))[0].texte, /n'a pas pu être relue : ses données sont abîmées\. .* le texte enregistré est gardé tel quel, jusqu'à ce que vous l'effaciez\.$/);
  await page.fill(PATIENTS_7_74, "700");
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), raw);
  await page.evaluate(() => sessionStorage.removeItem("refuser"));
});

pageTest("import d'un fichier : illisible ou refusé, la saisie reste ; importé, la saisie d'avant est mise de côté", async (page) => {
  await mkdir(RESULTS, { recursive: true });
  const shared = await sharedProfile(page);
  const refused = await stateWith(page, (s) => (s.profil.patientele.de_80_ans_et_plus.hors_ald.hors_c2s.patients = -5));
  await myInput(page);
  const files = {
    "abime.json": ['{"version":2,', "« abime.json » n'est pas un fichier exporté par ce calculateur : ce n'est pas du JSON lisible."],
    "autre.json": ['{"profil":"x"}', "« autre.json » n'est pas un fichier exporté par ce calculateur : il ne contient pas de profil."],
    "refuse.json": [JSON.stringify(refused), /^Le profil de « refuse\.json » est refusé par le calculateur : 80 ans et plus, hors ALD, hors C2S : patients — .+\.$/],
  };
  for (const [name, [content, expected]] of Object.entries(files)) {
    const file = join(RESULTS, name);
    await writeFile(file, content);
    await page.setInputFiles("#importer", file);
    await eventually(() => text(page, "#etat-message"), `« ${name} » n'a pas été importé.`);
    const [n] = await notices(page);
    assert.equal(n.role, "alert");
    // The import button is far below the notice: the notice takes the focus, so it is in view.
    assert.equal(await page.evaluate(() => document.activeElement?.parentElement?.id), "avis");
    const why = n.texte.replace(/ Votre saisie est conservée\.$/, "");
    if (typeof expected === "string") assert.equal(why, expected);
    else assert.match(why, expected);
    await assertMine(page);
    if (name === "abime.json") await shoot(page, "import-abime");
  }
  await reload(page);
  await assertMine(page);

  const good = join(RESULTS, "partage.json");
  await writeFile(good, JSON.stringify(shared));
  await page.setInputFiles("#importer", good);
  await eventually(() => text(page, "#etat-message"), "« partage.json » importé.");
  assert.equal(await page.locator(SHARED_FIELD).inputValue(), "40");
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie remplacée par « partage.json » est gardée dans ce navigateur." }]);
  await page.getByRole("button", { name: "Revenir à cette saisie" }).click();
  await assertMine(page);
});

pageTest("« Voir un exemple » et l'éditeur de scénario : ce qu'ils remplacent est mis de côté, et on y revient", async (page) => {
  await myInput(page);
  await page.click("#reinitialiser");
  await eventually(() => total(page), DEFAULT_TOTAL);
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie d'avant « Voir un exemple » est gardée dans ce navigateur." }]);
  await page.getByRole("button", { name: "Revenir à cette saisie" }).click();
  await assertMine(page);

  // « Mon scénario » with the 7–74 ans band at 6 €, replaced by « Revenir au texte signé ».
  await page.check("#f-mode-scenarios");
  await page.selectOption("#f-scenario-2", "custom");
  const cell = page.locator("#f-scenarios-custom-valeurs-fmt-socle-7_a_74_ans");
  await cell.fill("6");
  await page.click("#editeur-reset");
  await eventually(() => cell.inputValue(), "");
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie d'avant « Revenir au texte signé » est gardée dans ce navigateur." }]);
  await reload(page);
  await page.getByRole("button", { name: "Revenir à cette saisie" }).click();
  await eventually(() => cell.inputValue(), "6");
  // What it replaced (the scenario reset) is set aside in its turn, until forgotten.
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie d'avant « Revenir à cette saisie » est gardée dans ce navigateur." }]);
  await page.getByRole("button", { name: "L'oublier" }).click();
  await reload(page);
  assert.equal(await cell.inputValue(), "6");
  assert.deepEqual(await notices(page), []);

  // « Copier ces valeurs dans mon scénario » replaces it too, and can be undone.
  await page.click("#editeur-copier");
  await eventually(() => cell.inputValue(), "");
  assert.deepEqual(await notices(page), [{ role: "status", texte: "La saisie d'avant « Copier ces valeurs dans mon scénario » est gardée dans ce navigateur." }]);
  await page.getByRole("button", { name: "L'oublier" }).click();
  assert.deepEqual(await notices(page), []);
  await reload(page);
  assert.deepEqual(await notices(page), []);

  // A value of a parameter the editor does not list (here one it does not know, as from another
  // version of the page) is not dropped at the next edit: the core names it until it is removed.
  const s = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  s.mon_scenario.valeurs = { "fmt.ancien": "3" };
  const file = join(RESULTS, "scenario-ancien.json");
  await writeFile(file, JSON.stringify(s));
  await page.setInputFiles("#importer", file);
  await eventually(() => page.locator("#erreurs li").allTextContents(), ["scenarios.custom.valeurs.fmt.ancien : Paramètre inconnu : « fmt.ancien »."]);
  await cell.fill("6");
  const kept = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(kept.mon_scenario.valeurs, { "fmt.ancien": "3", "fmt.socle.7_a_74_ans": "6" });
});
