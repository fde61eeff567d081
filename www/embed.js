// Embeds the calculator in any page (the README, « Intégrer le calculateur », gives the snippet):
//   <script src="https://calculateur.example/embed.js" data-sections="exercice patientele"
//           data-annee="2026" data-comparer="2025" async></script>
// inserts, where the script is (or in data-cible, a CSS selector), an iframe of the calculator in
// compact mode, and resizes it to its content. The calculator runs entirely in the iframe, from
// its own origin; the host page receives its height, and the total only if it asks with
// data-transmettre-total (then an event "forfaits:total" bubbles from the iframe, with
// detail.total, e.g. "32 822,50 €", and detail.libelle). Messages are accepted only from that
// iframe at the calculator's origin.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const d = script.dataset;
  const url = new URL("index.html", script.src);
  const origin = url.origin;
  const q = url.searchParams;
  q.set("compact", "1");
  if (d.sections) q.set("sections", d.sections.trim().split(/[\s,]+/).join(","));
  if (d.annee) q.set("annee", d.annee);
  if (d.comparer !== undefined) q.set("comparer", d.comparer || "non");
  const total = d.transmettreTotal !== undefined;
  if (total) q.set("total", "1");
  q.set("parent", location.origin);

  const frame = document.createElement("iframe");
  frame.src = url.href;
  frame.title = d.titre || "Calculateur des forfaits du médecin libéral";
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals");
  // CSSOM, not a style attribute: allowed by a host page's strict Content-Security-Policy.
  const s = frame.style;
  s.display = "block";
  s.width = "100%";
  s.border = "0";
  s.height = `${Number(d.hauteur) || 600}px`;
  // Hidden until the calculator reports its compact height (not the full page for an instant);
  // shown anyway after 10 s, so that a failure is seen.
  s.visibility = "hidden";
  const reveal = () => (s.visibility = "");
  setTimeout(reveal, 10000);

  addEventListener("message", (e) => {
    const m = e.data;
    if (e.origin !== origin || e.source !== frame.contentWindow || !m || typeof m !== "object") return;
    if (m.type === "forfaits:hauteur" && Number.isFinite(m.hauteur)) {
      s.height = `${Math.min(Math.max(Math.ceil(m.hauteur), 50), 100000)}px`;
      reveal();
    } else if (m.type === "forfaits:total" && total) {
      const detail = { total: m.total == null ? null : String(m.total), libelle: m.libelle == null ? null : String(m.libelle) };
      frame.dispatchEvent(new CustomEvent("forfaits:total", { bubbles: true, detail }));
    }
  });

  const target = d.cible && document.querySelector(d.cible);
  if (target) target.append(frame);
  else script.after(frame);
})();
