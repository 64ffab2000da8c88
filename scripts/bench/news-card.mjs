/**
 * Bench: the time to render 1,000 <jiha-news-card> (the seed article, in
 * Arabic, time-zone Africa/Casablanca, through the `data` property) next to
 * a hand-written plain-DOM baseline with the same content, in one page,
 * alternating, 5 timed rounds each. The page is bench/news-cards.html; the
 * budget (issue 2) is at most 1.5 times the baseline's time.
 */
export const RATIO_BUDGET = 1.5;
const COUNT = 1000;
const ROUNDS = 5;

const ms = (value) => `${value.toFixed(1)} ms`;

export default async function bench({ browser, baseUrl }) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') pageErrors.push(`console.${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(`${baseUrl}/bench/news-cards.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.benchNewsCardsReady === true, { timeout: 30000 });
    const result = await page.evaluate((options) => globalThis.benchNewsCards(options), { count: COUNT, rounds: ROUNDS });
    const ratio = result.median.library / result.median.baseline;
    const verdict = ratio <= RATIO_BUDGET ? 'PASS' : 'FAIL';
    const problems = [...result.problems, ...pageErrors];
    const list = (values) => values.map((value) => value.toFixed(0)).join(', ');
    return [
      { measure: `${COUNT} news cards: jiha-news-card`, value: ms(result.median.library), note: `median of ${ROUNDS} (${list(result.times.library)}); cold first run ${ms(result.cold.library)}` },
      { measure: `${COUNT} news cards: plain-DOM baseline`, value: ms(result.median.baseline), note: `median of ${ROUNDS} (${list(result.times.baseline)}); cold first run ${ms(result.cold.baseline)}` },
      {
        measure: `${COUNT} news cards: library / baseline`,
        value: `${ratio.toFixed(2)}x`,
        note: `budget <= ${RATIO_BUDGET}x: ${verdict}; same content: ${result.sameContent ? 'yes' : 'NO'}`,
      },
      ...problems.map((problem) => ({ measure: 'news card bench problem', value: '!', note: problem })),
    ];
  } finally {
    await page.close();
  }
}
