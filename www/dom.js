// Building the page's panels without a framework: one element, its attributes and its children.

/** `<tag>` with `attrs` (`class`, `text` for its text; `true` an empty attribute; null or false
 *  none) and `children` (null ones left out). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (v === true) node.setAttribute(k, "");
    else node.setAttribute(k, String(v));
  }
  node.append(...children.filter((c) => c != null));
  return node;
}
