// Offline use and updates, on the page's side: registers the service worker (sw.js) once the
// first result is on screen (so that it never competes with it), and when a new version has
// installed and waits, says so in French with a button — the user chooses when to reload (or
// « Plus tard »: the new version then starts at the next visit); the saved input (local storage)
// survives the reload.

let reloading = false;

/** The announcement, built once, at the bottom of the page. */
function announce(text, onClick) {
  let box = document.getElementById("mise-a-jour");
  if (!box) {
    box = document.createElement("div");
    box.id = "mise-a-jour";
    box.className = "mise-a-jour";
    box.setAttribute("role", "status");
    const message = document.createElement("p");
    const reload = document.createElement("button");
    reload.type = "button";
    reload.className = "recharger";
    reload.textContent = "Recharger";
    const later = document.createElement("button");
    later.type = "button";
    later.className = "plus-tard";
    later.textContent = "Plus tard";
    later.onclick = () => box.remove();
    box.append(message, reload, later);
    document.body.append(box);
  }
  box.querySelector("p").textContent = text;
  box.querySelector(".recharger").onclick = onClick;
}

/** A version waits: announce it; « Recharger » lets it take over, then the page reloads. */
function offer(registration) {
  announce("Une nouvelle version est disponible. Votre saisie est conservée.", () => {
    reloading = true;
    registration.waiting?.postMessage({ type: "activer" });
  });
}

/** Watches for a version that finishes installing while this page is open. */
function watch(registration) {
  const installing = registration.installing;
  if (!installing) return;
  installing.addEventListener("statechange", () => {
    // With no controller, this is the first installation, not an update.
    if (installing.state === "installed" && navigator.serviceWorker.controller) offer(registration);
  });
}

export async function startOffline() {
  if (!("serviceWorker" in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
    // Another tab of the calculator chose to reload: this one runs the old version.
    else if (hadController) announce("Une nouvelle version est active dans un autre onglet.", () => location.reload());
  });
  let registration;
  try {
    registration = await navigator.serviceWorker.register("./sw.js");
  } catch {
    return; // No offline use here (storage refused, private mode…): the page works online.
  }
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration);
  watch(registration);
  registration.addEventListener("updatefound", () => watch(registration));
}
