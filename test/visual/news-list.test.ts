/** Visual references of <jiha-news-list>: three news of the council's RSS feed, and a dead feed. */
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
