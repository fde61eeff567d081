// Removes the "name" custom section (debug symbol names, ~300 KB) from a wasm file in place.
// rustc keeps it even in release; wasm-opt would strip it, but Debian's binaryen breaks the
// externref table wasm-bindgen emits (see the Makefile). Every other section is kept as is.
//   node scripts/strip-names.mjs pkg/forfaits_bg.wasm
import { readFileSync, writeFileSync } from "node:fs";

const path = process.argv[2];
const wasm = readFileSync(path);
const leb = (at) => {
  let value = 0, shift = 0, i = at;
  for (;;) {
    const byte = wasm[i++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, i];
  }
};
const kept = [wasm.subarray(0, 8)];
let i = 8;
while (i < wasm.length) {
  const start = i;
  const id = wasm[i++];
  const [size, body] = leb(i);
  const end = body + size;
  let name = "";
  if (id === 0) {
    const [length, at] = leb(body);
    name = wasm.subarray(at, at + length).toString("utf8");
  }
  if (name !== "name") kept.push(wasm.subarray(start, end));
  i = end;
}
const out = Buffer.concat(kept);
writeFileSync(path, out);
console.log(`${path} : ${wasm.length} → ${out.length} octets (section "name" retirée)`);
