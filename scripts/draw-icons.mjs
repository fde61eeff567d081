// Draws the PNG icons of the web app manifest from the SVG ones (www/icones/), with Debian's
// chromium: run once when the drawing changes, the PNGs are committed.
//   node scripts/draw-icons.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, ROOT } from "../tests/e2e/helpers.mjs";

const DIR = join(ROOT, "www", "icones");
const ICONS = [
  ["icone.svg", "icone-192.png", 192],
  ["icone.svg", "icone-512.png", 512],
  ["icone-masquable.svg", "icone-masquable-512.png", 512],
  // Apple's home-screen icon: square, opaque (the system rounds the corners).
  ["icone-masquable.svg", "icone-180.png", 180],
];

const browser = await chromium.launch(CHROMIUM);
try {
  for (const [svg, png, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = readFileSync(join(DIR, svg)).toString("base64");
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}">`);
    await page.screenshot({ path: join(DIR, png), omitBackground: true });
    await page.close();
    console.log(`www/icones/${png} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
