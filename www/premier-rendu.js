// The only inline script of the built page: scripts/build-dist.mjs writes it into <head> with its
// CSP hash. It runs before the first paint of the prerendered first view (README, « Premier
// résultat et livraison »), which shows the form and the total of the empty form. A visitor whose
// figures are not those — a saved input that is not that empty form (the key of www/state.js), a
// share link (#etat=…, www/state.js), the compact mode of an embed (www/compact.js) — or who types
// before the calculator has loaded, must not take that total for theirs: <html data-attente> makes
// style.css show « calcul en cours » in its place until app.js has taken the page over
// (data-ready). Until then, what needs the calculator (the buttons, the file import, the
// disclosures it fills) is marked unavailable in the HTML (scripts/prerender.mjs): activating it,
// by mouse, touch or keyboard, does nothing but say why, once, in #chargement (role="status"), a
// note shown a few seconds over the bottom of the screen at each try.
// It computes nothing.
(() => {
  const root = document.documentElement;
  // Written by the build: the text the page saves for the empty form of a first visit.
  const EMPTY = "__ETAT_VIDE__";
  let saved = null;
  try {
    saved = localStorage.getItem("forfaits.etat");
  } catch {
    // Storage refused (a privacy setting): nothing was kept, as on a first visit.
  }
  if (new URLSearchParams(location.search).get("compact") === "1") root.dataset.attente = "compact";
  else if (location.hash.startsWith("#etat=") || (saved !== null && saved !== EMPTY)) root.dataset.attente = "profil";
  const typed = () => {
    if (!root.dataset.ready && !root.dataset.attente) root.dataset.attente = "saisie";
  };
  addEventListener("input", typed, true);
  addEventListener("change", typed, true);
  const unavailable = (e) => {
    if (root.dataset.ready || !e.target.closest?.("[data-attend-calculateur]")) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const status = document.getElementById("chargement");
    if (!status) return;
    // Said once (a live region speaks at each change of its text), shown again at each try.
    if (!status.textContent) status.textContent = "Le calculateur se charge… Ce bouton sera disponible dans un instant.";
    status.classList.remove("vu");
    void status.offsetWidth;
    status.classList.add("vu");
  };
  addEventListener("click", unavailable, true);
})();
