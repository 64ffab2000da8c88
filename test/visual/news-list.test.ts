/**
 * Visual references of <jiha-news-list>: three news of the council's RSS feed, a dead feed, and two
 * councils in one list with a partner's older copy and a third source that could not be read.
 */
import { settled, until } from '../support/helpers.js';
import { MAIN_LOOKS, TWO_LOOKS, make, visualSuite } from './harness.js';

/** Three news at a time, dated in Morocco's time. */
const list = (doc: Document, src: string) =>
  make(doc, 'jiha-news-list', { src, limit: '3', 'time-zone': 'Africa/Casablanca' });

visualSuite('news-list', [
  {
    name: 'feed',
    looks: MAIN_LOOKS,
    create: (_, doc) => list(doc, '/fixture/feed/council.rss'),
    // The cards draw after the list's jiha-ready.
    drawn: (element) => cardsDrawn(element),
  },
  {
    name: 'sources',
    looks: MAIN_LOOKS,
    create: (_, doc) =>
      make(doc, 'jiha-news-list', {
        src: '/fixture/feed/council.rss /fixture/feed/partner.rss?stale=2026-01-15T08:00:00Z /fixture/status/404',
        'source-labels': 'Béni Mellal-Khénifra | Tanger-Tétouan-Al Hoceïma | Oriental',
        limit: '3',
        more: '',
        'time-zone': 'Africa/Casablanca',
      }),
    drawn: async (element) => {
      await cardsDrawn(element);
      await until(() => element.shadowRoot!.querySelectorAll('[part~="source-note"]').length >= 2, 8000, 'both notes');
    },
  },
  { name: 'error', looks: TWO_LOOKS, reach: 'error', create: (_, doc) => list(doc, '/fixture/status/404') },
]);

/** Every card of the list has drawn its article. */
async function cardsDrawn(element: HTMLElement): Promise<void> {
  const cards = () => [...element.shadowRoot!.querySelectorAll('jiha-news-card')];
  await until(
    () => cards().length > 0 && cards().every((card) => card.shadowRoot?.querySelector('article')),
    8000,
    'the cards',
  );
  for (const card of cards()) await settled(card);
}
