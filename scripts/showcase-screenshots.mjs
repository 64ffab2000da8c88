/**
 * Pictures of the showcase for people who cannot run it: docs/showcase/*.webp,
 * taken in Debian's Chromium (puppeteer-core) from the built showcase
 * (dist/showcase/, `npm run build`) on a local static server, each page whole,
 * once every widget shows its data. Re-run after any change of look:
 *
 *   npm run build && node scripts/showcase-screenshots.mjs
 *
 * WebP at quality 60 keeps the set at a few hundred kilobytes. The pages show
 * the certificates and the timeline as of 17 January 2026 (the page's own
 * "as of" day), so the pictures do not change with the date they are taken.
 * Fonts are whatever the machine has (Debian: DejaVu for Arabic and Tifinagh).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const OUT = 'docs/showcase';
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 800 };

/** name, page (under dist/showcase/), viewport, and whether the picture holds the whole page or that first screen. */
const SHOTS = [
  ['phone-ar', 'index.html', PHONE, true],
  ['phone-fr-first-screen', 'index.fr.html', PHONE, false],
  ['desktop-fr', 'index.fr.html', DESKTOP, true],
  ['desktop-ar-first-screen', 'index.html', DESKTOP, false],
  ['desktop-ar-dark-first-screen', 'index.html?scheme=dark', { width: 1280, height: 1400 }, false],
  ['phone-zgh-first-screen', 'index.zgh.html', PHONE, false],
  ['overview-fr-first-screen', 'overview.fr.html', { width: 1280, height: 1000 }, false],
];

if (!existsSync('dist/showcase/index.html'))
  throw new Error('showcase-screenshots: dist/showcase/ is missing; run `npm run build` first.');

/**
 * True once the home page's widgets show their data: the news cards, and with
 * `all` the timeline, the map (built near the viewport) and the seals too. A
 * page without widgets (the overview) at once.
 */
function widgetsShown(all) {
  const shadow = (selector) => document.querySelector(selector)?.shadowRoot;
  if (!document.querySelector('jiha-news-list')) return true;
  const cards = [...(shadow('jiha-news-list')?.querySelectorAll('jiha-news-card') ?? [])];
  const news = cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('[part=headline]'));
  return (
    news &&
    (!all ||
      (shadow('jiha-cooperation-timeline')?.querySelector('li.event') &&
        shadow('jiha-geopark-map')?.querySelector('.leaflet-container .jiha-marker') &&
        [...document.querySelectorAll('jiha-iso-badge')].every((badge) =>
          badge.shadowRoot?.querySelector('[part=seal]'),
        )))
  );
}

const server = await startStaticServer({ root: '.', distDir: 'dist' });
const { browser, close } = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  const page = await browser.newPage();
  for (const [name, address, viewport, whole] of SHOTS) {
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await page.goto(`${server.baseUrl}/dist/showcase/${address}`, { waitUntil: 'networkidle0' });
    if (whole) {
      // The whole page in the viewport: the map loads near the viewport and the timeline's years render there.
      for (let round = 0; round < 3; round += 1) {
        const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom));
        await page.setViewport({ ...viewport, height: Math.max(viewport.height, height), deviceScaleFactor: 1 });
        await page.waitForFunction(widgetsShown, { timeout: 30000 }, true);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } else {
      await page.waitForFunction(widgetsShown, { timeout: 30000 }, false);
      // A framed page (the overview's) has its own widgets to wait for.
      for (const frame of page.frames().slice(1)) await frame.waitForFunction(widgetsShown, { timeout: 30000 }, false);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const file = path.join(OUT, `${name}.webp`);
    // The viewport already holds the whole page: a "full page" capture would shift an rtl page sideways.
    await page.screenshot({ path: file, type: 'webp', quality: 60 });
    console.log(`${file} ${Math.round(statSync(file).size / 1024)} KB`);
  }
} finally {
  await close();
  await server.close();
}
