// The Web Worker of « Chiffrer une population » (population.js): it loads the costing's own wasm
// (pkg/cohorte_bg.wasm, never part of the page's first view), reads the file as a stream and hands
// its bytes to the core piece by piece (`Chiffrage.lire`), so that the page's thread only draws.
// Rows never cross as JavaScript objects: the core answers with counts, then with its aggregates
// (JSON text, the CLI's), and writes the per-row results and the errors as CSV text, gathered
// here into files for the exports.
//
// Messages in: {demande, fichier: File | Blob} or {demande, fictifs: {nombre, graine}}.
// Messages out: {type: "progression", lignes, textes, octets, taille},
//               {type: "resultats", resume, resultats: Blob, erreurs: Blob, memoire},
//               (memoire: the bytes of the wasm's memory, which never shrinks: its peak),
//               {type: "erreurs", erreurs}.
// The page cancels a costing by terminating the worker.

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
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

async function cost({ demande, fichier, fictifs }) {
  await ready;
  const chiffrage = new Chiffrage();
  const rows = [BOM];
  const errors = [BOM];
  const take = () => {
    rows.push(chiffrage.lignes());
    errors.push(chiffrage.erreurs());
  };
  let answer = JSON.parse(chiffrage.commencer(JSON.stringify(demande)));
  if (answer.statut === "erreurs") return postMessage({ type: "erreurs", erreurs: answer.erreurs });
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
    if (answer.statut === "erreurs") return postMessage({ type: "erreurs", erreurs: answer.erreurs });
    octets += piece.length;
    take();
    const now = performance.now();
    if (now - posted >= PROGRESS_EVERY) {
      posted = now;
      postMessage({ type: "progression", lignes: answer.lignes, textes: answer.textes, octets, taille });
    }
  }
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
  cost(e.data).catch(() =>
    postMessage({ type: "erreurs", erreurs: [{ champ: "cohorte", message: "Le fichier n'a pas pu être lu dans ce navigateur." }] }),
  );
});
