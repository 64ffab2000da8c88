/**
 * The printed pages of docs/reference/print.md: each element on a page, printed to PDF by
 * headless Chromium (A4) and the first page turned into docs/print/*.png by
 * poppler's pdftoppm. Run after `vite build` (npm test builds dist/ too):
 * `node scripts/print-samples.mjs`. Uses the print suites' static server.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { addPage, launch, serve, stopServing } from '../test/progressive/harness.mjs';
import { pageHtml } from '../test/progressive/fixtures.mjs';

const json = (file) => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8').replace(/</g, '\\u003c');
const heading = (lang, text) => `<h1 style="font: 600 1.4em sans-serif">${text}</h1>`;

const SAMPLES = [
  {
    name: 'news-card-ar',
    lang: 'ar',
    body: `${heading('ar', 'أخبار الجهة')}<jiha-news-card time-zone="Africa/Casablanca"><script type="application/json">${json('seed-article.json')}</script></jiha-news-card>`,
    ready: 'jiha-news-card',
  },
  {
    name: 'iso-badge-fr',
    lang: 'fr',
    body: `${heading('fr', 'Certifications du Conseil')}<jiha-iso-badge standard="9001" edition="2015" holder="Conseil de la Région Tanger-Tétouan-Al Hoceïma" certificate="FR-2024-0042" issuer="Bureau de certification" issued="2024-06-01" expires="2027-05-31" scope="Gestion des programmes de coopération" verify-url="https://certification.example.org/register/FR-2024-0042"></jiha-iso-badge>`,
    ready: 'jiha-iso-badge',
  },
  {
    name: 'geopark-map-fr',
    lang: 'fr',
    body: `${heading('fr', 'Géoparcs du Maroc')}<jiha-geopark-map tiles="none" regions="beni-mellal-khenifra tanger-tetouan-al-hoceima"></jiha-geopark-map>`,
    ready: 'jiha-geopark-map',
    drawn: true,
  },
  {
    name: 'cooperation-timeline-ar',
    lang: 'ar',
    body: `${heading('ar', 'التعاون بين الجهتين')}<jiha-cooperation-timeline filterable today="2026-12-06"><script type="application/json">${json('timeline.json')}</script></jiha-cooperation-timeline>`,
    ready: 'jiha-cooperation-timeline',
  },
];

const origin = await serve();
const browser = await launch();
mkdirSync('docs/print', { recursive: true });
try {
  for (const sample of SAMPLES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 900 });
    await page.goto(addPage(`/pages/${sample.name}.html`, pageHtml({ lang: sample.lang, body: sample.body })));
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.frame > *:not(.skeleton)'),
      { timeout: 20000 },
      sample.ready,
    );
    if (sample.drawn)
      await page.waitForFunction(
        () => document.querySelector('jiha-geopark-map').shadowRoot.querySelector('.map-wrap.ready .jiha-region'),
        { timeout: 20000 },
      );
    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    writeFileSync(`/tmp/${sample.name}.pdf`, pdf);
    // First page at 80 dpi: legible, a few tens of kilobytes.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      `/tmp/${sample.name}.pdf`,
      `docs/print/${sample.name}`,
    ]);
    console.log(`docs/print/${sample.name}.png (${origin})`);
    await page.close();
  }
} finally {
  await browser.close();
  stopServing();
}
