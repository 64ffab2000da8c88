/**
 * Bench: the time to render 1,000 <jiha-news-card> (the seed article, in
 * Arabic, time-zone Africa/Casablanca, through the `data` property) next to
 * a hand-written plain-DOM baseline with the same content (bench/), in one
 * page: one untimed warm-up round each (it loads the Arabic strings), then 5
 * timed rounds each, alternating which goes first.
 *
 * Each round is measured twice: wall time in the page, and the renderer main
 * thread's CPU time (DevTools `Performance.getMetrics` ThreadTime, split into
 * style, layout, and the rest: script and DOM building). The budget of issue
 * 2 (library at most 1.5 times the baseline) is judged on CPU time, which
 * other processes on a busy machine or CI runner do not inflate (on a shared
 * 2-core machine wall times of one round varied 1.1 to 6 s); the wall-time
 * ratio is shown next to it. The script-and-DOM part alone (CPU time
 * outside style and layout) has its own budget since issue 16: 1.3x.
 */
import { list, median, ms } from '../lib/stats.mjs';
export const RATIO_BUDGET = 1.5;
/** Issue 16: the card's own script and DOM work at most 1.3 times the baseline's. */
export const SCRIPT_RATIO_BUDGET = 1.3;
const COUNT = 1000;
const ROUNDS = 5;
const KINDS = ['library', 'baseline'];

export default async function bench({ browser, baseUrl }) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      pageErrors.push(`console.${message.type()}: ${message.text()}`);
  });
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value * 1000]),
      );

    await page.goto(`${baseUrl}/bench/news-cards.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.newsCardBench !== undefined, { timeout: 30000 });

    const runRound = async (kind) => {
      await page.evaluate(() => globalThis.newsCardBench.prepare());
      const before = await metrics();
      const timed = await page.evaluate((k, n) => globalThis.newsCardBench.round(k, n), kind, COUNT);
      const after = await metrics();
      const check = await page.evaluate(() => globalThis.newsCardBench.finish());
      const delta = (name) => after[name] - before[name];
      const [cpu, style, layout] = [delta('ThreadTime'), delta('RecalcStyleDuration'), delta('LayoutDuration')];
      return { ...timed, ...check, cpu, style, layout, scriptCpu: cpu - style - layout };
    };

    const cold = { library: await runRound('library'), baseline: await runRound('baseline') };
    const rounds = { library: [], baseline: [] };
    for (let i = 0; i < ROUNDS; i++) {
      for (const kind of i % 2 ? [...KINDS].reverse() : KINDS) rounds[kind].push(await runRound(kind));
    }

    const problems = [];
    for (const kind of KINDS) {
      rounds[kind].forEach((result, i) => {
        if (result.rendered !== COUNT)
          problems.push(`${kind} round ${i + 1}: ${result.rendered} of ${COUNT} cards rendered`);
      });
    }
    const sameContent = cold.library.sample === cold.baseline.sample;
    if (!sameContent)
      problems.push(`content differs: library ${cold.library.sample} / baseline ${cold.baseline.sample}`);
    if (cold.library.height !== cold.baseline.height)
      problems.push(`layout differs: library ${cold.library.height}px tall, baseline ${cold.baseline.height}px`);

    const med = (kind, field) => median(rounds[kind].map((round) => round[field]));
    const values = (kind, field) => list(rounds[kind].map((round) => round[field]));
    const ratio = (field) => med('library', field) / med('baseline', field);
    const cpuRatio = ratio('cpu');
    const wallRatio = ratio('ms');
    const verdict = (value) => (value <= RATIO_BUDGET ? 'PASS' : 'FAIL');
    const rowsFor = (kind, label) => [
      {
        measure: `${COUNT} news cards: ${label}, CPU`,
        value: ms(med(kind, 'cpu')),
        note: `main-thread CPU, median of ${ROUNDS} (${values(kind, 'cpu')}); of which script and DOM ${ms(med(kind, 'scriptCpu'))}, style ${ms(med(kind, 'style'))}, layout ${ms(med(kind, 'layout'))}; cold first run ${ms(cold[kind].cpu)}`,
      },
      {
        measure: `${COUNT} news cards: ${label}, wall`,
        value: ms(med(kind, 'ms')),
        note: `median of ${ROUNDS} (${values(kind, 'ms')}); cold first run ${ms(cold[kind].ms)}`,
      },
    ];
    return [
      ...rowsFor('library', 'jiha-news-card'),
      ...rowsFor('baseline', 'plain-DOM baseline'),
      {
        measure: `${COUNT} news cards: script and DOM, library / baseline`,
        value: `${ratio('scriptCpu').toFixed(2)}x`,
        note: `CPU time outside style and layout: building the cards (style and layout are the same CSS on both sides); budget <= ${SCRIPT_RATIO_BUDGET}x (issue 16): ${ratio('scriptCpu') <= SCRIPT_RATIO_BUDGET ? 'PASS' : 'FAIL'}`,
      },
      {
        measure: `${COUNT} news cards: library / baseline`,
        value: `${cpuRatio.toFixed(2)}x`,
        note: `CPU time; budget <= ${RATIO_BUDGET}x: ${verdict(cpuRatio)} (wall-time ratio ${wallRatio.toFixed(2)}x: ${verdict(wallRatio)}); same content: ${sameContent ? 'yes' : 'NO'}`,
      },
      ...problems.map((problem) => ({ measure: 'news card bench problem', value: '!', note: problem })),
    ];
  } finally {
    await page.close();
  }
}
