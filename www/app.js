// The page: loads the core (wasm, same folder, no request elsewhere), fills the form with the
// embedded default profile and recomputes at every keystroke.

import init, { compute, defaultProfile, formSchema, parameterSets } from "./pkg/forfaits.js";
import { buildGrids, fill, patientCount, read } from "./form.js";
import { clearErrors, showErrors, showReport } from "./render.js";

const DEFAULT_YEAR = 2026;

function yearOptions(select, [first, last]) {
  for (let y = first; y <= last; y++) select.append(new Option(String(y), String(y), false, y === DEFAULT_YEAR));
}

function update(form) {
  const year = Number(document.getElementById("f-annee").value);
  document.querySelectorAll(".annee-precedente").forEach((s) => (s.textContent = String(year - 1)));
  const secteur2 = form.querySelector("input[name=secteur][value='2']").checked;
  const optam = document.getElementById("f-exercice-optam");
  // OPTAM is an option of secteur 2 only.
  if (!secteur2) optam.value = "aucune";
  optam.disabled = !secteur2;
  document.getElementById("champ-contrat-fin").hidden = !document.getElementById("f-exercice-contrat_demographique-type").value;

  const profile = read(form);
  document.getElementById("total-patientele").textContent = `${patientCount(profile).toLocaleString("fr-FR")} patients`;
  const outcome = compute(profile, year);
  if (outcome.statut === "rapport") {
    clearErrors(form);
    showReport(outcome.rapport);
  } else {
    showErrors(form, outcome.erreurs);
  }
}

async function main() {
  await init({ module_or_path: new URL("./pkg/forfaits_bg.wasm", import.meta.url) });
  const form = document.getElementById("profil");
  yearOptions(document.getElementById("f-annee"), parameterSets().annees);
  buildGrids(formSchema());
  fill(form, defaultProfile());
  form.addEventListener("input", () => update(form));
  form.addEventListener("change", () => update(form));
  document.getElementById("reinitialiser").addEventListener("click", () => {
    fill(form, defaultProfile());
    update(form);
  });
  document.getElementById("imprimer").addEventListener("click", () => window.print());
  update(form);
  document.documentElement.dataset.ready = "true";
}

main().catch((e) => {
  document.getElementById("total").textContent = "Le calculateur n'a pas pu se charger dans ce navigateur.";
  throw e;
});
