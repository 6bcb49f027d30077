// Renders icons/icon.svg (32–128 px) and icons/icon-small.svg (16 px) to PNG with headless
// Chromium, so the toolbar icons are crisp at each size. Run: node scripts/render-icons.mjs
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH');

// The 16 px icon has its own drawing: the big one's details blur at that size.
const SIZES = [
  { size: 16, source: 'icon-small.svg' },
  { size: 32, source: 'icon.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { size, source } of SIZES) {
    const svg = readFileSync(join(root, 'icons', source), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
    await page.setContent(html);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, 'icons', `icon-${size}.png`), png);
    await page.close();
    console.log(`icons/icon-${size}.png ← ${source}`);
  }
} finally {
  await browser.close();
}
