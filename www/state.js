// Keep and share: the profile and the scenarios survive a reload (local storage), travel in a
// share link's fragment (after #, never sent to a server), and go out and in as JSON files.

const KEY = "forfaits.etat";
const FRAGMENT = "etat=";

/** UTF-8 JSON → base64url, and back. */
function encode(state) {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decode(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The state a shared link carries, if the page was opened from one. */
export function fromLink() {
  const hash = location.hash.slice(1);
  if (!hash.startsWith(FRAGMENT)) return null;
  try {
    return decode(hash.slice(FRAGMENT.length));
  } catch {
    return null;
  }
}

export function fromStorage() {
  try {
    const text = localStorage.getItem(KEY);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function save(state) {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Private browsing or storage full: the page still works, it just won't remember.
  }
}

export function forget() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/** A link that opens the page with this state. */
export function link(state) {
  const url = new URL(location.href);
  url.hash = FRAGMENT + encode(state);
  return url.href;
}

/** Offers the state as a JSON file to download. */
export function download(state, name = "forfaits-profil.json") {
  const blob = new Blob([JSON.stringify(state, null, 2)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Reads a state from a JSON file the user picked. */
export async function upload(file) {
  return JSON.parse(await file.text());
}
