/** Visual references of <jiha-news-card>: the seed article, compact, loading, and failed (visitor and editor). */
import { createWidget, loadRealData } from '../support/real-data.js';
import { MAIN_LOOKS, TWO_LOOKS, make, visualSuite, type Look } from './harness.js';

/** A card whose `src` is dead, with the page's own fallback. */
function failed(look: Look, doc: Document): HTMLElement {
  const card = make(doc, 'jiha-news-card', { src: '/fixture/status/404' });
  const link = doc.createElement('a');
  link.href = '/news/1';
  link.textContent = look.lang === 'ar' ? 'افتتاح مركز جديد للشباب' : 'Ouverture d’un nouveau centre pour les jeunes';
  card.append(link);
  return card;
}

/** The seed article's card in `doc`, in `variant`. */
async function article(doc: Document, variant = 'full'): Promise<HTMLElement> {
  const card = createWidget('news-card', await loadRealData(), { doc });
  card.setAttribute('variant', variant);
  return card;
}

/** The card in the slot a page's news column gives it at 1280 px. */
const DESKTOP = 640;

visualSuite('news-card', [
  { name: 'article', looks: MAIN_LOOKS, desktopSlot: DESKTOP, create: (_, doc) => article(doc) },
  { name: 'compact', looks: TWO_LOOKS, desktopSlot: DESKTOP, create: (_, doc) => article(doc, 'compact') },
  {
    name: 'loading',
    looks: TWO_LOOKS,
    desktopSlot: DESKTOP,
    reach: 'loading',
    // Answered after the test: the skeleton stays (the request is aborted when the card leaves).
    create: (_, doc) => make(doc, 'jiha-news-card', { src: '/fixture/slow?ms=60000' }),
  },
  { name: 'error', looks: TWO_LOOKS, desktopSlot: DESKTOP, reach: 'error', create: failed },
  { name: 'error-editor', looks: TWO_LOOKS, desktopSlot: DESKTOP, reach: 'error', editor: true, create: failed },
]);
