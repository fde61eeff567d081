// Words of the texts a physician may not know (ALD, C2S, CCAM, centiles…): beside each element
// marked `data-termes="KEY …"`, a button per word opens its definition, as the core words it
// (`formulaire().termes`). A disclosure: reachable by keyboard and by touch, read by screen readers
// where it opens. One listener for every button, built here or found in the prerendered page.

document.addEventListener("click", (e) => {
  const button = /** @type {Element} */ (e.target).closest?.("button.terme");
  const p = button && document.getElementById(button.getAttribute("aria-controls") ?? "");
  if (!button || !p) return;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  p.hidden = !open;
});

/** @param {{ cle: string, terme: string, definition: string }[]} termes */
export function explainTerms(termes) {
  const byKey = new Map(termes.map((t) => [t.cle, t]));
  let n = 0;
  for (const host of document.querySelectorAll("[data-termes]")) {
    const box = document.createElement("div");
    box.className = "termes";
    const definitions = [];
    for (const key of /** @type {HTMLElement} */ (host).dataset.termes?.split(/\s+/) ?? []) {
      const t = byKey.get(key);
      if (!t) continue;
      const id = `definition-${++n}`;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "terme";
      button.setAttribute("aria-expanded", "false");
      button.setAttribute("aria-controls", id);
      button.textContent = `${t.terme} ?`;
      button.setAttribute("aria-label", `Définition : ${t.terme}`);
      const p = document.createElement("p");
      p.className = "definition";
      p.id = id;
      p.hidden = true;
      const dfn = document.createElement("dfn");
      dfn.textContent = t.terme;
      p.append(dfn, ` : ${t.definition}`);
      box.append(button);
      definitions.push(p);
    }
    // After an input or a paragraph, at the end of a field or fieldset: never inside a label,
    // where a button would toggle the box it labels.
    if (host.matches("input, select, p")) host.after(box, ...definitions);
    else host.append(box, ...definitions);
  }
}
