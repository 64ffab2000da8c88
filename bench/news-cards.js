/**
 * The news card bench, in the page. scripts/bench/news-card.mjs drives it
 * round by round, reading the main thread's CPU time around each `round()`
 * through the DevTools protocol:
 *   await newsCardBench.prepare();        // garbage collection, two frames
 *   await newsCardBench.round(kind, n);   // timed: n cards, until rendered and laid out
 *   await newsCardBench.finish();         // untimed: checks, then removes the cards
 * `kind` is `library` (<jiha-news-card> from the built dist/news-card.js)
 * or `baseline` (the hand-written plain-DOM card of baseline-news-card.js).
 * Both get the seed article through `data`, with time-zone
 * Africa/Casablanca, in this Arabic page, each round in a fresh container.
 * A round runs from the first createElement to the end of a forced style and
 * layout of the container, after every library card's `updateComplete`.
 */
import '/dist/news-card.js';
import { BaselineNewsCard } from './baseline-news-card.js';
import { clearRound } from './bench-lib.js';

const cssText = customElements
  .get('jiha-news-card')
  .elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
  )
  .join('\n');
BaselineNewsCard.useCss(cssText);

const seed = await (await fetch('/data/seed-article.json')).json();
const TAGS = { library: 'jiha-news-card', baseline: 'baseline-news-card' };

/** A shadow tree as comparable text: elements with sorted attributes, and text with white space folded. */
function canonical(node) {
  // White space between elements is not content (lit's templates keep their line breaks).
  if (node.nodeType === Node.TEXT_NODE) return node.data.trim() === '' ? '' : node.data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const inner = [...node.childNodes].map(canonical).join('').replace(/\s+/g, ' ').trim();
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return inner;
  if (node.localName === 'style') return '';
  const attributes = [...node.attributes]
    .map((a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('');
  return `<${node.localName}${attributes}>${inner}</${node.localName}>`;
}

let current;

async function prepare() {
  const container = current?.container;
  current = undefined;
  await clearRound(container);
}

async function round(kind, count) {
  const tag = TAGS[kind];
  const container = document.createElement('div');
  const start = performance.now();
  const cards = [];
  for (let i = 0; i < count; i++) {
    const card = document.createElement(tag);
    card.setAttribute('time-zone', 'Africa/Casablanca');
    card.data = seed;
    container.append(card);
    cards.push(card);
  }
  document.body.append(container);
  if (kind === 'library') await Promise.all(cards.map((card) => card.updateComplete));
  void container.offsetHeight; // forces style and layout of every card
  const ms = performance.now() - start;
  current = { container, cards };
  return { ms };
}

/** What the last round rendered: how many cards show their article, the first one's content, the height of all. */
function finish() {
  if (!current) return undefined;
  const { container, cards } = current;
  const result = {
    rendered: cards.filter((card) => card.shadowRoot?.querySelector('article h3 a')).length,
    sample: canonical(cards[0].shadowRoot),
    height: container.offsetHeight,
  };
  container.remove();
  current = undefined;
  return result;
}

globalThis.newsCardBench = { prepare, round, finish };

// Opened by hand (not under puppeteer): one round each, in the console.
if (!navigator.webdriver) {
  for (const kind of ['library', 'baseline']) {
    await prepare();
    const { ms } = await round(kind, 1000);
    console.log(`${kind}: ${ms.toFixed(1)} ms`, finish());
  }
}
