// The Web Worker of « Chiffrer une population » (population.js): it loads the costing's own wasm
// (pkg/cohorte_bg.wasm, never part of the page's first view), reads the file as a stream and hands
// its bytes to the core piece by piece (`Chiffrage.lire`), so that the page's thread only draws.
// Rows never cross as JavaScript objects: the core answers with counts, then with its aggregates
// (JSON text, the CLI's), and writes the per-row results and the errors as CSV text, gathered
// here into files for the exports.
//
// Two workers may share a file (population.js): each costs the rows that start in its part of
// the bytes (`Chiffrage.limiter`), both reading the file from its start so that the core frames
// it alike and numbers the lines as the whole file does; the second's aggregates (`partie`) go,
// through the page, to the first, which merges them in the core (`fusionner`) before its results.
//
// Messages in: {demande, fichier: File | Blob, partie?: {debut, fin, premiere}} or
//              {demande, fictifs: {nombre, graine}}; then, to the first part's worker,
//              {etat} (the second part's aggregates).
// Messages out: {type: "progression", lignes, textes, octets, taille},
//               {type: "resultats", resume, resultats: Blob, erreurs: Blob, memoire},
//               (memoire: the bytes of the wasm's memory, which never shrinks: its peak),
//               {type: "partie", etat, resultats: Blob, erreurs: Blob, memoire} (second part),
//               {type: "erreurs", erreurs}.
// The page cancels a costing by terminating the worker(s).

import init, { Chiffrage, populationSynthetique } from "./pkg/cohorte.js";

const ready = init({ module_or_path: new URL("./pkg/cohorte_bg.wasm", import.meta.url) });

/** Progress is posted at most this often (ms): the page redraws on each message. */
const PROGRESS_EVERY = 100;
/** The size of the pieces a file generated here is fed in (bytes). */
const PIECE = 1 << 16;
/** A spreadsheet opens a CSV file as UTF-8 when it starts with a byte order mark. */
const BOM = "\ufeff";

/** The pieces of `bytes`, PIECE at a time. */
function* pieces(bytes) {
  for (let at = 0; at < bytes.length; at += PIECE) yield bytes.subarray(at, at + PIECE);
}

/** The pieces of a file as its stream gives them. */
async function* streamed(file) {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Left before its end (a first part complete): the file is read no further.
    reader.cancel().catch(() => {});
  }
}

/** The second part's aggregates, when the page sends them (first part only). */
let otherPart = /** @type {Promise<string>} */ (new Promise(() => {}));
let received = (/** @type {string} */ _etat) => {};

/** Answers of the core that end the costing with errors, posted; true if so. */
function refused(answer) {
  if (answer.statut !== "erreurs") return false;
  postMessage({ type: "erreurs", erreurs: answer.erreurs });
  return true;
}

async function cost({ demande, fichier, fictifs, partie }) {
  await ready;
  const chiffrage = new Chiffrage();
  // The file's byte order mark opens the exports; a second part's rows follow the first's.
  const second = partie && !partie.premiere;
  const rows = second ? [] : [BOM];
  const errors = second ? [] : [BOM];
  const take = () => {
    rows.push(chiffrage.lignes());
    errors.push(chiffrage.erreurs());
  };
  let answer = JSON.parse(chiffrage.commencer(JSON.stringify(demande)));
  if (refused(answer)) return;
  if (partie && refused(JSON.parse(chiffrage.limiter(partie.debut, partie.fin)))) return;
  let source;
  let taille;
  if (fichier) {
    source = streamed(fichier);
    taille = fichier.size;
  } else {
    const bytes = populationSynthetique(fictifs.nombre, fictifs.graine);
    source = pieces(bytes);
    taille = bytes.length;
  }
  let octets = 0;
  let posted = 0;
  for await (const piece of source) {
    answer = JSON.parse(chiffrage.lire(piece));
    if (refused(answer)) return;
    octets += piece.length;
    take();
    const now = performance.now();
    if (now - posted >= PROGRESS_EVERY || answer.complet) {
      posted = now;
      postMessage({ type: "progression", lignes: answer.lignes, textes: answer.textes, octets, taille });
    }
    // The first part's last row is read: the rest of the file is the other worker's.
    if (answer.complet) break;
  }
  if (second) {
    const fin = JSON.parse(chiffrage.partie());
    take();
    chiffrage.free();
    if (refused(fin)) return;
    return postMessage({
      type: "partie",
      etat: fin.etat,
      memoire: (await ready).memory.buffer.byteLength,
      resultats: new Blob(rows),
      erreurs: new Blob(errors),
    });
  }
  if (partie && refused(JSON.parse(chiffrage.fusionner(await otherPart)))) return;
  const resume = JSON.parse(chiffrage.terminer());
  take();
  chiffrage.free();
  if (resume.statut === "erreurs") return postMessage({ type: "erreurs", erreurs: resume.erreurs });
  postMessage({
    type: "resultats",
    memoire: (await ready).memory.buffer.byteLength,
    resume,
    resultats: new Blob(rows, { type: "text/csv;charset=utf-8" }),
    erreurs: new Blob(errors, { type: "text/csv;charset=utf-8" }),
  });
}

addEventListener("message", (e) => {
  if ("etat" in e.data) return received(e.data.etat);
  otherPart = new Promise((resolve) => (received = resolve));
  cost(e.data).catch(() =>
    postMessage({ type: "erreurs", erreurs: [{ champ: "cohorte", message: "Le fichier n'a pas pu être lu dans ce navigateur." }] }),
  );
});
