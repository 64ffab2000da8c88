/**
 * Bench: how much the page jumps when the widgets upgrade (issue 6, "Flash of
 * undefined elements"). bench/layout-shift.html is an article page with one
 * of each element in its HTML before the library loads; dist/jiha.js is
 * imported 300 ms after `load`. The page sums the 'layout-shift' entries
 * (PerformanceObserver, buffered, none after input) until all four elements
 * fire jiha-ready, and until 1 s later (Leaflet, locale strings).
 *
 * Measured WITHOUT reservation CSS and WITH the `:not(:defined)` CSS that
 * docs/reference/loading.md documents (the css block after "reserve the space",
 * read from that page at run time, so the bench measures what it says), at a
 * desktop and a phone viewport, and for an English page, ROUNDS times each
 * (median reported).
 *
 * Also reported: each element's block size before the upgrade and once
 * settled (with no reservation), the figures the documented per-element
 * `min-block-size` values come from. CLS counts only what is in the viewport;
 * the height change is the viewport-independent measure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/stats.mjs';

const ROUNDS = 3;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/**
 * The page is French: the elements load the French strings before their
 * first render. English needs none, so the English run shows the
 * reservation alone, without the wait between definition and first render.
 */
const SCENARIOS = [
  { name: 'fr, desktop 1280x900', viewport: DESKTOP, query: '' },
  { name: 'fr, phone 390x844', viewport: PHONE, query: '' },
  { name: 'en, desktop 1280x900', viewport: DESKTOP, query: '?lang=en' },
];
const RESERVATION_PAGE = fileURLToPath(new URL('../../docs/reference/loading.md', import.meta.url));

/** The reservation CSS the docs give (first css block after "reserve the space" in docs/reference/loading.md). */
export function documentedReserveCss() {
  const text = readFileSync(RESERVATION_PAGE, 'utf8');
  const match = /reserve the space[\s\S]*?```css\n([\s\S]*?)```/.exec(text);
  if (!match) throw new Error('docs/reference/loading.md has no ```css block after "reserve the space"');
  return match[1].trim();
}

const cls = (value) => value.toFixed(4);
const short = (tag) => tag.replace(/^jiha-/, '');

async function runOnce(browser, baseUrl, { viewport, query }, reserveCss) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  try {
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument((css) => {
      globalThis.jihaReserveCss = css;
    }, reserveCss);
    await page.goto(`${baseUrl}/bench/layout-shift.html${query}`, { waitUntil: 'load' });
    const result = await page.evaluate(() =>
      Promise.race([
        globalThis.layoutShiftBench.done,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('not all four elements fired jiha-ready within 20 s')), 20000),
        ),
      ]),
    );
    if (pageErrors.length) throw new Error(`page error: ${pageErrors[0]}`);
    if (result.errors.length) throw new Error(`jiha-error: ${result.errors.join(', ')}`);
    return result;
  } finally {
    await page.close();
  }
}

export default async function bench({ browser, baseUrl }) {
  const reserveCss = documentedReserveCss();
  const modes = [
    { name: 'no reservation CSS', css: '' },
    { name: 'documented reservation CSS', css: reserveCss },
  ];
  const rows = [];
  for (const scenario of SCENARIOS) {
    const results = {};
    for (const mode of modes) results[mode.name] = [];
    // Alternate the modes, so a slower moment of the machine hits both.
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of round % 2 ? [...modes].reverse() : modes)
        results[mode.name].push(await runOnce(browser, baseUrl, scenario, mode.css));
    }
    for (const mode of modes) {
      const runs = results[mode.name];
      const values = runs.map((run) => run.cls);
      const sources =
        [...new Set(runs.flatMap((run) => run.shifts.flatMap((shift) => shift.sources)))].join(' ') || 'none';
      rows.push({
        measure: `layout shift, 4 widgets upgrading, ${scenario.name}, ${mode.name}`,
        value: cls(median(values)),
        note:
          `CLS (sum of shifts) until ready + 1 s, median of ${ROUNDS} (${values.map(cls).join(', ')}); until all ready ${cls(median(runs.map((run) => run.clsAtReady)))}; ` +
          `largest 1 s/5 s window ${cls(median(runs.map((run) => run.clsWindow)))}; ${median(runs.map((run) => run.shifts.length))} shifts; shifted nodes: ${sources}; ` +
          `import at ${median(runs.map((run) => run.importedAt)).toFixed(0)} ms, all ready at ${median(runs.map((run) => run.readyAt)).toFixed(0)} ms`,
      });
    }
    const bare = results['no reservation CSS'];
    const reserved = results['documented reservation CSS'];
    const tags = Object.keys(bare[0].settled);
    const delta = (runs) =>
      median(runs.map((run) => tags.reduce((sum, tag) => sum + Math.abs(run.settled[tag] - run.before[tag]), 0)));
    rows.push({
      measure: `height change of the 4 widgets, ${scenario.name}: none / documented CSS`,
      value: `${delta(bare).toFixed(0)} / ${delta(reserved).toFixed(0)} px`,
      note:
        'sum over elements of |settled - before upgrade| block size (viewport-independent); per element (before → settled): ' +
        tags
          .map(
            (tag) =>
              `${short(tag)} ${median(bare.map((run) => run.before[tag]))} → ${median(bare.map((run) => run.settled[tag]))} px bare, ${median(reserved.map((run) => run.before[tag]))} → ${median(reserved.map((run) => run.settled[tag]))} px reserved`,
          )
          .join('; '),
    });
  }
  rows.push({
    measure: 'layout shift: documented reservation CSS measured',
    value: `${reserveCss.split('\n').length} rules`,
    note: reserveCss.replace(/\s+/g, ' '),
  });
  return rows;
}
