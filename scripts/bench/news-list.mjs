/**
 * Bench of <jiha-news-list> (issue 12): the first render of a 50-item RSS
 * feed (bench/news-list.html: from createElement to 50 cards rendered and
 * laid out, the cold round with the RSS reader chunk and strings loading,
 * then the median of warm rounds), and the gzip bytes of a page with one
 * news list (list, card, core and Arabic strings; and with the RSS reader
 * and download chunks an RSS feed needs) next to a page with one card.
 * Issue 12's bar: the list adds at most 4 KB gzip to the card's page.
 */
import { BuildGraph } from '../bundle-size.mjs';
import { list, median, ms } from '../lib/stats.mjs';

export const LIST_ADDS_AT_MOST = 4096;
const ROUNDS = 5;

/** The size rows: a card page, a list page, an RSS list page, and what the list adds. */
export function listSizeRows(distDir) {
  const graph = new BuildGraph(distDir);
  const card = graph.gzipBytes(graph.staticClosure('news-card.js'));
  const listPage = graph.gzipBytes(graph.staticClosure('news-list.js'));
  const rssPage = graph.gzipBytes(graph.pageFiles('news-list.js', ['fetch-data', 'xml-feed']));
  const adds = listPage - card;
  return [
    {
      measure: 'gzip page with one news card (Arabic)',
      value: `${card} B`,
      note: 'news-card.js: the card, the core and its strings in one file',
    },
    {
      measure: 'gzip page with one news list (Arabic)',
      value: `${listPage} B`,
      note: 'news-list.js: the list, the card, the core and their strings in one file',
    },
    {
      measure: 'gzip news list page, RSS feed',
      value: `${rssPage} B`,
      note: '+ the download chunk and the RSS/Atom reader, loaded with an XML feed',
    },
    {
      measure: 'news list adds to a card page',
      value: `${adds} B`,
      note: `issue 12: at most ${LIST_ADDS_AT_MOST} B: ${adds <= LIST_ADDS_AT_MOST ? 'PASS' : 'FAIL'}`,
    },
  ];
}

export default async function bench({ browser, baseUrl }) {
  const rows = listSizeRows(process.env.JIHA_DIST || 'dist');
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  try {
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${baseUrl}/bench/news-list.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.newsListBench !== undefined, { timeout: 30000 });
    const runRound = async () => {
      await page.evaluate(() => globalThis.newsListBench.prepare());
      const { ms: time } = await page.evaluate(() => globalThis.newsListBench.round());
      const { rendered } = await page.evaluate(() => globalThis.newsListBench.finish());
      return { time, rendered };
    };
    const cold = await runRound();
    const warm = [];
    for (let i = 0; i < ROUNDS; i++) warm.push(await runRound());
    const count = await page.evaluate(() => globalThis.newsListBench.COUNT);
    const wrong = [cold, ...warm].filter((round) => round.rendered !== count);
    rows.push(
      {
        measure: `news list, ${count}-item RSS: first render (cold)`,
        value: ms(cold.time),
        note: 'with the RSS reader chunk and the Arabic strings loading',
      },
      {
        measure: `news list, ${count}-item RSS: first render`,
        value: ms(median(warm.map((round) => round.time))),
        note: `median of ${ROUNDS}: ${list(warm.map((round) => round.time))}`,
      },
      ...wrong.map((round) => ({
        measure: 'news list bench problem',
        value: '!',
        note: `${round.rendered} of ${count} cards rendered`,
      })),
      ...pageErrors.map((error) => ({ measure: 'news list bench page error', value: '!', note: error })),
    );
  } finally {
    await page.close();
  }
  return rows;
}
