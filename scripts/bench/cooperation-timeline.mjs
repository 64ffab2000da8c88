/**
 * Bench: time to the first painted screen of 5,000 events in
 * <jiha-cooperation-timeline> (built dist/cooperation-timeline.js) next to
 * vis-timeline's standalone build from npm (node_modules/vis-timeline,
 * `vis.Timeline` with default options) given the same 5,000 items (title and
 * day), in one page of one browser run (bench/cooperation-timeline.html):
 * one untimed warm-up round each, then ROUNDS timed rounds each, alternating
 * which goes first. Wall time and main-thread CPU time (DevTools
 * ThreadTime) are both reported; the ratio is library / vis.
 *
 * The library renders the first screen of year groups at once and the rest
 * in chunks between frames, so it also reports the time until all 5,000 are
 * in the DOM and the longest frame while scrolling through them.
 */
import { list, median, ms } from '../lib/stats.mjs';
const ROUNDS = 3;
const KINDS = ['library', 'vis'];

export default async function bench({ browser, baseUrl }) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  try {
    await page.setViewport({ width: 1200, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value * 1000]),
      );

    await page.goto(`${baseUrl}/bench/cooperation-timeline.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.timelineBench !== undefined && globalThis.vis !== undefined, {
      timeout: 30000,
    });

    const runRound = async (kind) => {
      await page.evaluate(() => globalThis.timelineBench.prepare());
      const before = await metrics();
      const timed = await page.evaluate((k) => globalThis.timelineBench.round(k), kind);
      const after = await metrics();
      const rest = await page.evaluate(() => globalThis.timelineBench.finish());
      return { ...timed, ...rest, cpu: after.ThreadTime - before.ThreadTime };
    };

    const cold = { library: await runRound('library'), vis: await runRound('vis') };
    const rounds = { library: [], vis: [] };
    for (let i = 0; i < ROUNDS; i++) {
      for (const kind of i % 2 ? [...KINDS].reverse() : KINDS) rounds[kind].push(await runRound(kind));
    }

    const count = await page.evaluate(() => globalThis.timelineBench.COUNT);
    const med = (kind, field) => median(rounds[kind].map((round) => round[field]));
    const values = (kind, field) => list(rounds[kind].map((round) => round[field]));
    const problems = [];
    for (const round of rounds.library)
      if (round.rendered !== count) problems.push(`library rendered ${round.rendered} of ${count} events`);
    const rows = [
      {
        measure: `${count} timeline events: jiha-cooperation-timeline, first screen`,
        value: ms(med('library', 'ms')),
        note: `wall, median of ${ROUNDS} (${values('library', 'ms')}); CPU ${ms(med('library', 'cpu'))}; ${cold.library.firstScreen} events in the first screen's year groups; cold first run ${ms(cold.library.ms)}`,
      },
      {
        measure: `${count} timeline events: vis-timeline 8.5.4 standalone, first screen`,
        value: ms(med('vis', 'ms')),
        note: `wall, median of ${ROUNDS} (${values('vis', 'ms')}); CPU ${ms(med('vis', 'cpu'))}; ${cold.vis.firstScreen} item boxes drawn; cold first run ${ms(cold.vis.ms)}`,
      },
      {
        measure: `${count} timeline events: library / vis-timeline, first screen`,
        value: `${(med('library', 'ms') / med('vis', 'ms')).toFixed(2)}x`,
        note: `wall time; CPU-time ratio ${(med('library', 'cpu') / med('vis', 'cpu')).toFixed(2)}x; same 5,000 items (title, day) in the same browser run`,
      },
      {
        measure: `${count} timeline events: library, all year groups rendered`,
        value: ms(med('library', 'allMs')),
        note: `after the first screen, in chunks between frames (${values('library', 'allMs')})`,
      },
      {
        measure: `${count} timeline events: library, scrolling like a wheel`,
        value: ms(med('library', 'wheelLongest')),
        note: `longest frame of 60 steps of 800 px, median of ${ROUNDS} runs (${values('library', 'wheelLongest')}); median frame ${ms(med('library', 'wheelMedian'))}`,
      },
      {
        measure: `${count} timeline events: library, dragging the scroll bar`,
        value: ms(med('library', 'jumpLongest')),
        note: `longest frame of 40 jumps through all 5,000 events (${values('library', 'jumpLongest')}); median frame ${ms(med('library', 'jumpMedian'))}; content-visibility: auto per year group`,
      },
    ];
    return [
      ...rows,
      ...problems.map((problem) => ({ measure: 'timeline bench problem', value: '!', note: problem })),
      ...pageErrors.slice(0, 3).map((error) => ({ measure: 'timeline bench page error', value: '!', note: error })),
    ];
  } finally {
    await page.close();
  }
}
