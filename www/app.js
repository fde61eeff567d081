// The page: loads the core (wasm, same folder, no request elsewhere), fills the form with the
// embedded default profile and recomputes at every keystroke: one year, or two years compared.

import init, { assistantSchedule, compareYears, compute, defaultProfile, formSchema, parameterSets } from "./pkg/forfaits.js";
import { buildAssistantRows, buildGrids, buildMonths, fill, patientCount, read } from "./form.js";
import { clearErrors, showComparison, showErrors, showReport, showSchedule } from "./render.js";

// The question of 2025: with my patientèle, do I win or lose when the 2026 forfaits arrive?
const DEFAULT_YEAR = 2026;
const DEFAULT_COMPARISON = 2025;

function yearOptions(select, [first, last], selected) {
  for (let y = first; y <= last; y++) select.append(new Option(String(y), String(y), false, y === selected));
}

/** Shows the parts of the form that the computed years use (a dispositif in force in one of
 *  them); the consultations avancées only to a physician not installed in a ZIP. */
function relevantSections(reports) {
  const inForce = new Set(reports.flatMap((r) => r.dispositifs.filter((d) => d.en_vigueur).map((d) => d.code)));
  for (const section of document.querySelectorAll("[data-dispositifs]")) {
    section.hidden = !section.dataset.dispositifs.split(" ").some((code) => inForce.has(code));
  }
  const installedInZip =
    document.querySelector("input[name=zonage][value='zip']").checked || document.getElementById("f-exercice-cabinet_secondaire_zip").checked;
  if (installedInZip) document.getElementById("section-consultations-avancees").hidden = true;
}

/** Fields that only matter when another one is set. */
function dependentFields() {
  const contract = document.getElementById("f-exercice-contrat_demographique-type").value;
  document.getElementById("champ-contrat-fin").hidden = !contract;
  document.getElementById("champ-contrat-resiliation").hidden = !contract;
  document.getElementById("champ-cabinet-secondaire").hidden = !document.getElementById("f-exercice-cabinet_secondaire_zip").checked;
  document.getElementById("assistant-champs").hidden = !document.getElementById("assistant-actif").checked;
}

function update(form, shape) {
  const year = Number(document.getElementById("f-annee").value);
  const other = document.getElementById("f-comparer").value;
  document.querySelectorAll(".annee-precedente").forEach((s) => (s.textContent = String(year - 1)));
  const secteur2 = form.querySelector("input[name=secteur][value='2']").checked;
  const optam = document.getElementById("f-exercice-optam");
  // OPTAM is an option of secteur 2 only.
  if (!secteur2) optam.value = "aucune";
  optam.disabled = !secteur2;
  dependentFields();

  const profile = read(form, shape);
  document.getElementById("total-patientele").textContent = `${patientCount(profile).toLocaleString("fr-FR")} patients`;
  const outcome = other ? compareYears(profile, Number(other), year) : compute(profile, year);
  if (outcome.statut === "erreurs") {
    showErrors(form, outcome.erreurs);
    return;
  }
  const schedule = assistantSchedule(profile);
  showSchedule(schedule.statut === "echeancier" ? schedule.echeancier : null);
  clearErrors(form);
  if (outcome.statut === "comparaison") {
    relevantSections([outcome.comparaison.rapport_a, outcome.comparaison.rapport_b]);
    showComparison(outcome.comparaison);
  } else {
    relevantSections([outcome.rapport]);
    showReport(outcome.rapport);
  }
}

async function main() {
  await init({ module_or_path: new URL("./pkg/forfaits_bg.wasm", import.meta.url) });
  const form = document.getElementById("profil");
  const years = parameterSets().annees;
  yearOptions(document.getElementById("f-annee"), years, DEFAULT_YEAR);
  yearOptions(document.getElementById("f-comparer"), years, DEFAULT_COMPARISON);
  buildGrids(formSchema());
  buildMonths();
  const shape = defaultProfile();
  fill(form, shape);
  document.getElementById("f-assistant_medical-annees").addEventListener("input", (e) => {
    const years = Number(e.target.value);
    if (Number.isInteger(years) && years >= 1) buildAssistantRows(years);
  });
  form.addEventListener("input", () => update(form, shape));
  form.addEventListener("change", () => update(form, shape));
  document.getElementById("reinitialiser").addEventListener("click", () => {
    fill(form, shape);
    update(form, shape);
  });
  document.getElementById("imprimer").addEventListener("click", () => window.print());
  update(form, shape);
  document.documentElement.dataset.ready = "true";
}

main().catch((e) => {
  document.getElementById("total").textContent = "Le calculateur n'a pas pu se charger dans ce navigateur.";
  throw e;
});
