/**
 * Bench: a page reaching the screen on a slow phone network (issue 16).
 *
 * Three pages, as a council's web team would paste them, served gzip-encoded
 * from their own static server on 127.0.0.1 (the build under test at
 * `/dist/`), each opened cold (a fresh browser context, cache disabled) under
 * Chromium's network emulation with Lighthouse's profiles:
 *   - Slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up;
 *   - Fast 3G: 562.5 ms round trip, 1.6 Mbps down, 750 kbps up.
 * The pages, all `<html lang="ar" dir="rtl">` with the seed article inline:
 *   - `card`: one <jiha-news-card>, `<script type="module" src="dist/news-card.js">`;
 *   - `card-jiha`: the same card loading every element (`dist/jiha.js`): what
 *     a one-element page pays for the file that serves every page;
 *   - `hand`: the same card hand-written in one file (bench/baseline-news-card.js
 *     with the library's own CSS, concatenated here): what one round trip of
 *     script costs, the floor the library is held to;
 *   - `all`: dist/jiha.js with every element (card, badge, timeline, map).
 * Figures, medians of RUNS loads each: first contentful paint; the time the
 * card's headline is on screen (the first animation frame in which its link
 * has text and a box; the frame then paints); the script waves before that,
 * counted from the network log (a request is one wave later than the latest
 * script whose response had ended when it started; the HTML is wave 0);
 * and the script bytes transferred (gzip, HTTP headers included).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../lib/static-server.mjs';
import { median } from '../lib/stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = path.resolve(root, process.env.JIHA_DIST || 'dist');
const RUNS = Number(process.env.JIHA_BENCH_RUNS) || 5;
/** Done when (issue 16): the card page's headline within this factor of the hand-written card's on Slow 4G. */
export const FIRST_PAINT_BUDGET = 1.3;

const mbps = (value) => (value * 1_000_000) / 8;
export const PROFILES = {
  'Slow 4G': { offline: false, latency: 150, downloadThroughput: mbps(1.6), uploadThroughput: mbps(0.75) },
  'Fast 3G': { offline: false, latency: 562.5, downloadThroughput: mbps(1.6), uploadThroughput: mbps(0.75) },
};

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The seed article as a pasted card carries it: inline JSON that cannot end its script early. */
const inlineArticle = (seed) =>
  `<script type="application/json">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>`;

function page(title, body, script) {
  return `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(title)}</title>
    ${script}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/** The pages and the one-file hand-written card, written into `dir`. */
async function writePages(dir, seed, cardCss) {
  const article = {
    headline: seed.headline,
    summary: seed.summary,
    url: seed.url,
    source: seed.source,
    dateline: seed.dateline,
    author: seed.author,
    published: seed.published,
    views: seed.views,
    lang: seed.lang,
  };
  const baseline = await readFile(path.join(root, 'bench', 'baseline-news-card.js'), 'utf8');
  const define = "customElements.define('baseline-news-card', BaselineNewsCard);";
  if (!baseline.includes(define)) throw new Error(`bench/baseline-news-card.js no longer ends with ${define}`);
  // One file: the card, its CSS, then the definition (which upgrades the pasted card at once).
  await writeFile(
    path.join(dir, 'hand-card.js'),
    baseline.replace(define, `BaselineNewsCard.useCss(${JSON.stringify(cardCss)});\n${define}`),
  );
  const card = (tag) => `<${tag} time-zone="Africa/Casablanca">${inlineArticle(article)}</${tag}>`;
  const pages = {
    card: page('one news card', card('jiha-news-card'), '<script type="module" src="/dist/news-card.js"></script>'),
    'card-jiha': page(
      'one news card, every element loaded',
      card('jiha-news-card'),
      '<script type="module" src="/dist/jiha.js"></script>',
    ),
    hand: page(
      'one hand-written card',
      card('baseline-news-card'),
      '<script type="module" src="/hand-card.js"></script>',
    ),
    all: page(
      'every element',
      `${card('jiha-news-card')}
    <jiha-iso-badge standard="ISO 9001:2015" holder="مجلس جهة طنجة-تطوان-الحسيمة" issued="2023-12-28" expires="2026-12-27" time-zone="Africa/Casablanca"></jiha-iso-badge>
    <jiha-cooperation-timeline time-zone="Africa/Casablanca">
      <ol>
        <li data-category="open-government"><time datetime="2020-10">أكتوبر 2020</time> <strong>انضمام طنجة-تطوان-الحسيمة إلى OGP Local</strong></li>
        <li data-category="visit"><time datetime="2026-01-16">16 يناير 2026</time> <strong>زيارة وفد بني ملال-خنيفرة إلى طنجة</strong></li>
      </ol>
    </jiha-cooperation-timeline>
    <jiha-geopark-map list tiles="none"></jiha-geopark-map>`,
      '<script type="module" src="/dist/jiha.js"></script>',
    ),
  };
  for (const [name, html] of Object.entries(pages)) await writeFile(path.join(dir, `${name}.html`), html);
  return Object.keys(pages);
}

/** The library card's CSS, read from the built element (unthrottled), for the hand-written card. */
async function libraryCardCss(browser, baseUrl) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/blank.html`);
    return await tab.evaluate(async () => {
      await import('/dist/news-card.js');
      const styles = customElements.get('jiha-news-card').elementStyles;
      return styles
        .map((style) =>
          style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
        )
        .join('\n');
    });
  } finally {
    await context.close();
  }
}

/** Watches, from the first script of the page, for the first frame in which a card's headline link has text and a box. */
function watchHeadline() {
  const shown = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (!shadow) continue;
      const link = shadow.querySelector('.headline a');
      if (link && link.textContent.trim() && link.getClientRects().length) return true;
      if (shown(shadow)) return true;
    }
    return false;
  };
  const frame = () => {
    if (document.body && shown(document)) globalThis.__jihaHeadlineAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One cold load of `url` under `conditions`: `{ fcp, headline, waves, scripts, scriptBytes, errors }`. */
async function load(browser, url, conditions) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(`console.error: ${message.text()}`));
    const cdp = await tab.createCDPSession();
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, timestamp, type, request }) =>
      requests.set(requestId, { url: request.url, type, start: timestamp }),
    );
    cdp.on('Network.loadingFinished', ({ requestId, timestamp, encodedDataLength }) =>
      Object.assign(requests.get(requestId) ?? {}, { end: timestamp, bytes: encodedDataLength }),
    );
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', conditions);
    await tab.evaluateOnNewDocument(watchHeadline);
    await tab.goto(url, { waitUntil: 'load', timeout: 60000 });
    await tab.waitForFunction(() => globalThis.__jihaHeadlineAt !== undefined, { timeout: 30000, polling: 50 });
    await tab.waitForNetworkIdle({ idleTime: 800, timeout: 60000 });
    const { fcp, headline } = await tab.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      headline: globalThis.__jihaHeadlineAt,
    }));
    const all = [...requests.values()];
    const documentRequest = all.find((request) => request.type === 'Document');
    // performance.now() counts from navigation start, which the document request's start stands for.
    const headlineAt = documentRequest.start + headline / 1000;
    const waveOf = new Map([[documentRequest, 0]]);
    const scripts = all.filter((request) => request.type === 'Script').sort((a, b) => a.start - b.start);
    for (const script of scripts) {
      const before = [
        documentRequest,
        ...scripts.filter((other) => waveOf.has(other) && other.end !== undefined && other.end <= script.start),
      ];
      waveOf.set(script, 1 + Math.max(...before.map((other) => waveOf.get(other))));
    }
    const early = scripts.filter((script) => script.start < headlineAt);
    return {
      fcp,
      headline,
      waves: Math.max(0, ...early.map((script) => waveOf.get(script))),
      totalWaves: Math.max(0, ...scripts.map((script) => waveOf.get(script))),
      scripts: early.map(
        (script) => `${waveOf.get(script)}:${script.url.replace(/^.*\/(dist|127\.0\.0\.1:\d+)\//, '')}`,
      ),
      scriptBytes: early.reduce((sum, script) => sum + (script.bytes ?? 0), 0),
      errors,
    };
  } finally {
    await context.close();
  }
}

export default async function bench({ browser }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'jiha-network-'));
  const server = await startStaticServer({ root: dir, distDir, gzip: true });
  try {
    const seed = JSON.parse(await readFile(path.join(root, 'data', 'seed-article.json'), 'utf8'));
    await writeFile(path.join(dir, 'blank.html'), page('blank', '', ''));
    const pages = await writePages(dir, seed, await libraryCardCss(browser, server.baseUrl));
    const results = {};
    for (const profile of Object.keys(PROFILES)) {
      for (const name of pages) results[`${name} ${profile}`] = [];
      for (let run = 0; run < RUNS; run++) {
        // Alternating the order, so that no page always comes first.
        for (const name of run % 2 ? [...pages].reverse() : pages) {
          results[`${name} ${profile}`].push(await load(browser, `${server.baseUrl}/${name}.html`, PROFILES[profile]));
        }
      }
    }
    const rows = [];
    const label = {
      card: 'one news card (news-card.js)',
      'card-jiha': 'one news card (jiha.js)',
      hand: 'hand-written card, one file',
      all: 'every element (jiha.js)',
    };
    const med = (key, field) => median(results[key].map((result) => result[field]));
    for (const profile of Object.keys(PROFILES)) {
      for (const name of pages) {
        const key = `${name} ${profile}`;
        const runs = results[key];
        const first = runs[0];
        rows.push({
          measure: `${profile}: ${label[name]}, headline on screen`,
          value: `${med(key, 'headline').toFixed(0)} ms`,
          note: `first contentful paint ${med(key, 'fcp').toFixed(0)} ms; ${first.waves} script wave(s) after the HTML before it (${first.scripts.join(', ')}), ${first.totalWaves} in all; ${(first.scriptBytes / 1000).toFixed(1)} KB of script transferred; runs: ${runs.map((result) => result.headline.toFixed(0)).join(', ')} ms`,
        });
        const waveCounts = new Set(runs.map((result) => result.waves));
        if (waveCounts.size > 1)
          rows.push({
            measure: `${profile}: ${label[name]}`,
            value: '!',
            note: `script waves differ between runs: ${[...waveCounts].join(', ')}`,
          });
        const errors = [...new Set(runs.flatMap((result) => result.errors))];
        if (errors.length)
          rows.push({ measure: `${profile}: ${label[name]}`, value: '!', note: `page errors: ${errors.join(' / ')}` });
      }
      const ratio = med(`card ${profile}`, 'headline') / med(`hand ${profile}`, 'headline');
      rows.push({
        measure: `${profile}: news card / hand-written card, headline`,
        value: `${ratio.toFixed(2)}x`,
        note:
          profile === 'Slow 4G'
            ? `budget <= ${FIRST_PAINT_BUDGET}x: ${ratio <= FIRST_PAINT_BUDGET ? 'PASS' : 'FAIL'}`
            : 'no budget',
      });
    }
    return rows;
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
