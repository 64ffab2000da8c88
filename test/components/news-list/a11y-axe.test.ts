/** axe on <jiha-news-list>: RSS with heading and "more", label only, compact and horizontal cards, empty, failed next page, several sources merged (one stale, one failed), loading, error; 4 languages × 2 directions × light and dark. */
import { axeMatrix, type MountedState } from '../../a11y/helpers.js';
import { unmountAll, until } from '../../support/helpers.js';
import '../../../src/components/news-list/define.js';
import { mountList, moreButton, renderedCards } from './helpers.js';

async function newsListStates(lang: string, dir: string): Promise<MountedState[]> {
  const attrs = `lang="${lang}" dir="${dir}" time-zone="Africa/Casablanca"`;
  const states: MountedState[] = [];
  const full = await mountList(`${attrs} src="/fixture/feed/council.rss" heading="News" limit="3" more`);
  await renderedCards(full.list);
  states.push(['list with heading and more', full.list]);
  for (const variant of ['compact', 'horizontal']) {
    const { list } = await mountList(`${attrs} src="/fixture/feed/council.atom" label="News" variant="${variant}"`);
    await renderedCards(list);
    states.push([`list of ${variant} cards`, list]);
  }
  states.push(['empty list', (await mountList(`${attrs} src="/fixture/feed/empty.rss" heading="News"`)).list]);
  // The next page answers HTTP 500: the inline message and "Try again".
  const failing = await mountList(`${attrs} src="/fixture/feed/jsonfeed-dead-end.json" limit="2" more heading="News"`);
  const warn = console.warn;
  console.warn = () => {};
  try {
    moreButton(failing.list)!.click();
    await until(() => failing.list.shadowRoot!.querySelector('[part="more-error"]'), 5000, 'the failed page');
  } finally {
    console.warn = warn;
  }
  await renderedCards(failing.list);
  states.push(['failed next page', failing.list]);
  // Several sources: WordPress posts, a partner's stale RSS and one that fails, each named.
  console.warn = () => {};
  try {
    const merged = await mountList(
      `${attrs} src="/fixture/wp-json/wp/v2/posts?total=7 /fixture/feed/partner.rss?stale=2026-01-28T08:30:00Z /fixture/status/404" source-labels="Béni Mellal-Khénifra | Tanger-Tétouan-Al Hoceïma | Fès-Meknès" heading="News" limit="3" more`,
    );
    await until(
      () => merged.list.shadowRoot!.querySelectorAll('[part~="source-note"]').length === 2,
      5000,
      'two notes',
    );
    await renderedCards(merged.list);
    states.push(['several sources, one stale, one failed', merged.list]);
  } finally {
    console.warn = warn;
  }
  const error = await mountList(`${attrs} src="/fixture/html"`);
  await until(() => error.list.shadowRoot!.querySelector('[part="error"]'), 5000, 'error box');
  states.push(['error', error.list]);
  return states;
}

axeMatrix('jiha-news-list', newsListStates, unmountAll);
