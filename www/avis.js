// Notices about the user's input (a link that cannot be read, a saved input that cannot be
// reread, an input set aside), at the top of the form, and the one question the page asks
// (open a shared profile over one's own input?) in a modal dialog: keyboard first, Escape
// answers « no », focus comes back where it was.

/**
 * Shows a notice at the top of the form, replacing the one with the same `cle`.
 * @param {string} cle
 * @param {string} text
 * @param {{ alerte?: boolean, montrer?: boolean, actions?: { libelle: string, agir: () => void, ferme?: boolean }[] }} [options]
 *   `alerte`: something went wrong (role alert) rather than news (role status); `montrer`: the
 *   notice answers a button far from the top of the form (import, reset), so it is brought into
 *   view and given the focus; each action is a
 *   button, which closes the notice unless `ferme` is false (without actions: a button that closes it).
 */
export function notice(cle, text, { alerte = false, montrer = false, actions = [] } = {}) {
  const box = /** @type {HTMLElement} */ (document.getElementById("avis"));
  const item = document.createElement("div");
  item.dataset.cle = cle;
  item.className = alerte ? "error-summary" : "absence";
  item.setAttribute("role", alerte ? "alert" : "status");
  const p = document.createElement("p");
  p.textContent = text;
  item.append(p);
  // A notice that offers no choice can still be put away.
  const buttons = actions.length ? actions : [{ libelle: "Fermer ce message", agir: () => {} }];
  const row = document.createElement("div");
  row.className = "actions";
  for (const { libelle, agir, ferme = true } of buttons) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = libelle;
    button.addEventListener("click", () => {
      if (ferme) closeNotice(cle);
      agir();
    });
    row.append(button);
  }
  item.append(row);
  const old = box.querySelector(`[data-cle="${cle}"]`);
  if (old) old.replaceWith(item);
  else box.append(item);
  box.hidden = false;
  if (montrer) {
    item.tabIndex = -1;
    item.focus();
  }
}

export function closeNotice(cle) {
  const box = /** @type {HTMLElement} */ (document.getElementById("avis"));
  const item = box.querySelector(`[data-cle="${cle}"]`);
  // The focus was on one of its buttons: it goes to the next notice, or to the form's first field.
  const hadFocus = item?.contains(document.activeElement);
  item?.remove();
  box.hidden = box.childElementCount === 0;
  if (hadFocus) /** @type {HTMLElement | null} */ (box.querySelector("button") ?? document.querySelector("#profil :is(input, select):not([hidden])"))?.focus();
}

/** Answers the question open, if any (a second link pasted while the first is asked about). */
let pending = (/** @type {boolean} */ _answer) => {};

/**
 * Asks a question in a modal dialog; resolves true for `oui`, false for `non` or Escape (or when
 * another question replaces it).
 * @param {{ titre: string, texte: string, oui: string, non: string }} q
 * @returns {Promise<boolean>}
 */
export function ask({ titre, texte, oui, non }) {
  pending(false);
  const dialog = document.createElement("dialog");
  dialog.className = "question";
  dialog.setAttribute("aria-labelledby", "question-titre");
  dialog.setAttribute("aria-describedby", "question-texte");
  const h = document.createElement("h2");
  h.id = "question-titre";
  h.textContent = titre;
  const p = document.createElement("p");
  p.id = "question-texte";
  p.textContent = texte;
  const row = document.createElement("div");
  row.className = "actions";
  const yes = document.createElement("button");
  yes.type = "button";
  yes.id = "question-oui";
  yes.textContent = oui;
  const no = document.createElement("button");
  no.type = "button";
  no.id = "question-non";
  no.textContent = non;
  row.append(yes, no);
  dialog.append(h, p, row);
  document.body.append(dialog);
  return new Promise((answer) => {
    const close = (value) => {
      pending = () => {};
      dialog.close();
      dialog.remove();
      answer(value);
    };
    pending = close;
    yes.addEventListener("click", () => close(true));
    no.addEventListener("click", () => close(false));
    dialog.addEventListener("cancel", (e) => {
      e.preventDefault();
      close(false);
    });
    dialog.showModal();
    yes.focus();
  });
}
