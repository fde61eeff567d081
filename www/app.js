// The page: loads the core (wasm, same folder, no request elsewhere), fills the form with the
// embedded default profile (or the state a share link, a file or the last visit carries) and
// recomputes at every keystroke: one year, two years compared, or scenarios side by side.

import init, {
  assistantSchedule,
  compareScenarios,
  compareYears,
  compute,
  defaultProfile,
  formSchema,
  parameterSets,
} from "./pkg/forfaits.js";
import { buildAssistantRows, buildGrids, buildMonths, fill, patientCount, read } from "./form.js";
import { compactMode } from "./compact.js";
import { clearErrors, printHeader, showComparison, showErrors, showReport, showScenarios, showSchedule } from "./render.js";
import { CUSTOM, buildChoices, buildEditor, catalogue, chosen, filterEditor, readEditor, selectedValues } from "./scenarios.js";
import { download, fromLink, fromStorage, link, save, upload } from "./state.js";

// The question of 2025: with my patientèle, do I win or lose when the 2026 forfaits arrive?
const DEFAULT_YEAR = 2026;
const DEFAULT_COMPARISON = 2025;
const STATE_VERSION = 1;

const $ = (id) => document.getElementById(id);

const page = {
  shape: null,
  shipped: [],
  custom: { nom: "Mon scénario", source: "Scénario saisi dans le calculateur", valeurs: {} },
  editorYear: null,
};

function yearOptions(select, [first, last], selected) {
  for (let y = first; y <= last; y++) select.append(new Option(String(y), String(y), false, y === selected));
}

const mode = () => (document.querySelector("input[name=mode]:checked")?.value === "scenarios" ? "scenarios" : "annees");

/** Shows the parts of the form that the computed years use (a dispositif in force in one of
 *  them); the consultations avancées only to a physician not installed in a ZIP. */
function relevantSections(reports) {
  const inForce = new Set(reports.flatMap((r) => r.dispositifs.filter((d) => d.en_vigueur).map((d) => d.code)));
  for (const section of document.querySelectorAll("[data-dispositifs]")) {
    section.hidden = !section.dataset.dispositifs.split(" ").some((code) => inForce.has(code));
  }
  // Finer: a part of a dispositif that exists only in some years (the SAS mission from 2026).
  const groups = new Set(reports.flatMap((r) => r.dispositifs.flatMap((d) => d.groupes.map((g) => g.code))));
  for (const part of document.querySelectorAll("[data-groupes]")) {
    part.hidden = !part.dataset.groupes.split(" ").some((code) => groups.has(code));
  }
  const installedInZip = document.querySelector("input[name=zonage][value='zip']").checked || $("f-exercice-cabinet_secondaire_zip").checked;
  if (installedInZip) $("section-consultations-avancees").hidden = true;
}

/** Fields that only matter when another one is set. */
function dependentFields() {
  const contract = $("f-exercice-contrat_demographique-type").value;
  $("champ-contrat-fin").hidden = !contract;
  $("champ-contrat-resiliation").hidden = !contract;
  $("champ-cabinet-secondaire").hidden = !$("f-exercice-cabinet_secondaire_zip").checked;
  $("assistant-champs").hidden = !$("assistant-actif").checked;
  const scenarios = mode() === "scenarios";
  $("champ-comparer").hidden = scenarios;
  $("champ-scenarios").hidden = !scenarios;
  $("section-editeur").hidden = !(scenarios && selectedValues().includes(CUSTOM));
}

/** Everything the page shows, to keep, share, export. */
function state(form) {
  return {
    version: STATE_VERSION,
    profil: read(form, page.shape),
    mode: mode(),
    annee: Number($("f-annee").value),
    comparer: $("f-comparer").value,
    scenarios: selectedValues(),
    mon_scenario: page.custom,
  };
}

/** Puts a kept, shared or imported state back in the form. */
function restore(form, s) {
  if (!s || typeof s !== "object" || !s.profil) return false;
  fill(form, s.profil);
  if (s.annee) $("f-annee").value = String(s.annee);
  if (typeof s.comparer === "string") $("f-comparer").value = s.comparer;
  const m = s.mode === "scenarios" ? "scenarios" : "annees";
  document.querySelector(`input[name=mode][value=${m}]`).checked = true;
  if (s.mon_scenario && typeof s.mon_scenario === "object") {
    page.custom = { nom: String(s.mon_scenario.nom ?? "Mon scénario"), source: String(s.mon_scenario.source ?? ""), valeurs: { ...(s.mon_scenario.valeurs ?? {}) } };
  }
  buildChoices(page.shipped, page.custom, Array.isArray(s.scenarios) ? s.scenarios : []);
  page.editorYear = null;
  return true;
}

/** The custom scenario's errors are shown on the editor's fields, whatever its column. */
function editorPaths(errors) {
  const columns = selectedValues().filter((v) => v !== "");
  return errors.map((e) => {
    const m = /^scenarios\.(\d+)\.(.*)$/.exec(e.champ);
    return m && columns[Number(m[1])] === CUSTOM ? { ...e, champ: `scenarios.custom.${m[2]}` } : e;
  });
}

function update(form) {
  const year = Number($("f-annee").value);
  document.querySelectorAll(".annee-precedente").forEach((s) => (s.textContent = String(year - 1)));
  const secteur2 = form.querySelector("input[name=secteur][value='2']").checked;
  const optam = $("f-exercice-optam");
  // OPTAM is an option of secteur 2 only.
  if (!secteur2) optam.value = "aucune";
  optam.disabled = !secteur2;
  dependentFields();
  if (mode() === "scenarios" && page.editorYear !== year) {
    buildEditor(year, page.custom);
    page.editorYear = year;
  }

  const current = state(form);
  save(current);
  const profile = current.profil;
  $("total-patientele").textContent = `${patientCount(profile).toLocaleString("fr-FR")} patients`;
  const other = $("f-comparer").value;
  const outcome =
    mode() === "scenarios"
      ? compareScenarios(profile, year, chosen(page.shipped, page.custom))
      : other
        ? compareYears(profile, Number(other), year)
        : compute(profile, year);
  printHeader([
    `Forfaits au titre de ${year}${mode() === "annees" && other ? `, comparés à ${other}` : ""} — paramètres en vigueur au 01/01/${year}.`,
    `Sources : ${parameterSets()
      .jeux.map((j) => j.document)
      .join(" ; ")}.`,
  ]);
  if (outcome.statut === "erreurs") {
    showErrors(form, editorPaths(outcome.erreurs));
    return;
  }
  clearErrors(form);
  const schedule = assistantSchedule(profile);
  showSchedule(schedule.statut === "echeancier" ? schedule.echeancier : null);
  if (outcome.statut === "comparaison") {
    relevantSections([outcome.comparaison.rapport_a, outcome.comparaison.rapport_b]);
    showComparison(outcome.comparaison);
  } else if (outcome.statut === "scenarios") {
    relevantSections(outcome.scenarios.colonnes.map((c) => c.rapport));
    showScenarios(outcome.scenarios);
  } else {
    relevantSections([outcome.rapport]);
    showReport(outcome.rapport);
  }
}

function message(text) {
  $("etat-message").textContent = text;
}

async function main() {
  await init({ module_or_path: new URL("./pkg/forfaits_bg.wasm", import.meta.url) });
  const form = $("profil");
  const years = parameterSets().annees;
  yearOptions($("f-annee"), years, DEFAULT_YEAR);
  yearOptions($("f-comparer"), years, DEFAULT_COMPARISON);
  buildGrids(formSchema());
  buildMonths();
  page.shape = defaultProfile();
  page.shipped = catalogue();
  // A reference and the option 2 of 14/03/2024 until the user picks others.
  buildChoices(page.shipped, page.custom, ["0", "2", ""]);
  fill(form, page.shape);
  const shared = fromLink();
  if (restore(form, shared)) message("Profil et scénarios ouverts depuis le lien de partage.");
  else if (restore(form, fromStorage())) message("Votre dernière saisie a été retrouvée dans ce navigateur.");
  const compact = compactMode();

  form.addEventListener("input", (e) => {
    if (e.target.closest("#editeur-table") || e.target.id === "f-scenarios-custom-nom") {
      page.custom = readEditor(page.custom);
      buildChoices(page.shipped, page.custom, selectedValues());
    }
    if (e.target.id === "editeur-filtre") {
      filterEditor(e.target.value);
      return;
    }
    update(form);
  });
  form.addEventListener("change", () => update(form));
  $("f-assistant_medical-annees").addEventListener("input", (e) => {
    const n = Number(e.target.value);
    if (Number.isInteger(n) && n >= 1) buildAssistantRows(n);
  });
  $("editeur-copier").addEventListener("click", () => {
    const base = page.shipped[Number($("editeur-base").value)];
    page.custom = { nom: `${base.nom} (modifié)`, source: base.source, valeurs: { ...base.valeurs } };
    buildEditor(Number($("f-annee").value), page.custom);
    buildChoices(page.shipped, page.custom, selectedValues());
    update(form);
  });
  $("editeur-reset").addEventListener("click", () => {
    page.custom = { nom: "Mon scénario", source: "Scénario saisi dans le calculateur", valeurs: {} };
    buildEditor(Number($("f-annee").value), page.custom);
    buildChoices(page.shipped, page.custom, selectedValues());
    update(form);
  });
  $("reinitialiser").addEventListener("click", () => {
    fill(form, page.shape);
    update(form);
  });
  $("imprimer").addEventListener("click", () => window.print());
  $("exporter").addEventListener("click", () => download(state(form)));
  $("importer").addEventListener("change", async (e) => {
    const [file] = e.target.files;
    if (!file) return;
    try {
      if (!restore(form, await upload(file))) throw new Error("format");
      message(`« ${file.name} » importé.`);
      update(form);
    } catch {
      message(`« ${file.name} » n'est pas un fichier exporté par ce calculateur.`);
    }
    e.target.value = "";
  });
  $("partager").addEventListener("click", async () => {
    const url = link(state(form));
    $("champ-lien").hidden = false;
    $("lien-partage").value = url;
    $("lien-partage").select();
    try {
      await navigator.clipboard.writeText(url);
      message("Lien copié : il contient votre saisie, qui ne passe par aucun serveur.");
    } catch {
      message("Copiez le lien ci-dessus : il contient votre saisie, qui ne passe par aucun serveur.");
    }
  });
  update(form);
  document.documentElement.dataset.ready = "true";
  // Offline use for the calculator opened for itself, not inside another site's page; loaded in
  // a later task than the first result, which it must not delay.
  if (!compact) setTimeout(() => import("./hors-ligne.js").then((offline) => offline.startOffline()));
}

main().catch((e) => {
  $("total").textContent = "Le calculateur n'a pas pu se charger dans ce navigateur.";
  throw e;
});
