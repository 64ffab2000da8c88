/**
 * The news card bench, in the page: `benchNewsCards({ count, rounds })`
 * renders `count` cards of the library and of the plain-DOM baseline,
 * `rounds` times each, alternating which goes first, each round in a fresh
 * container after a garbage collection. A round's time runs from the first
 * createElement to the end of a forced style and layout of the container,
 * after every library card's `updateComplete`. One untimed warm-up round
 * each comes first (it loads the Arabic strings and warms the JIT); its
 * times are reported as `cold`.
 */
import { JihaNewsCard } from '/dist/news-card.js';
import { BaselineNewsCard } from './baseline-news-card.js';

const cssText = JihaNewsCard.elementStyles.map((style) => (style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText)).join('\n');
BaselineNewsCard.useCss(cssText);

const seed = await (await fetch('/data/seed-article.json')).json();
const TAGS = { library: 'jiha-news-card', baseline: 'baseline-news-card' };

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A shadow tree as comparable text: elements with sorted attributes, and text with white space folded. */
function canonical(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const inner = [...node.childNodes].map(canonical).join('').replace(/\s+/g, ' ').trim();
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return inner;
  if (node.localName === 'style') return '';
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
  return `<${node.localName}${attributes}>${inner}</${node.localName}>`;
}

async function round(kind, count) {
  globalThis.gc?.();
  await nextFrame();
  await nextFrame();
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
  const rendered = cards.filter((card) => card.shadowRoot?.querySelector('article h3 a')).length;
  const sample = canonical(cards[0].shadowRoot);
  const height = container.offsetHeight;
  container.remove();
  return { ms, rendered, sample, height };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

globalThis.benchNewsCards = async ({ count = 1000, rounds = 5 } = {}) => {
  const cold = { library: await round('library', count), baseline: await round('baseline', count) };
  const times = { library: [], baseline: [] };
  const problems = [];
  for (let i = 0; i < rounds; i++) {
    for (const kind of i % 2 ? ['baseline', 'library'] : ['library', 'baseline']) {
      const result = await round(kind, count);
      times[kind].push(result.ms);
      if (result.rendered !== count) problems.push(`${kind} round ${i + 1}: ${result.rendered} of ${count} cards rendered`);
    }
  }
  const sameContent = cold.library.sample === cold.baseline.sample;
  if (!sameContent) problems.push(`content differs:\nlibrary:  ${cold.library.sample}\nbaseline: ${cold.baseline.sample}`);
  if (cold.library.height !== cold.baseline.height) problems.push(`layout differs: library ${cold.library.height}px tall, baseline ${cold.baseline.height}px`);
  return {
    count,
    rounds,
    times,
    median: { library: median(times.library), baseline: median(times.baseline) },
    cold: { library: cold.library.ms, baseline: cold.baseline.ms },
    sameContent,
    sample: cold.library.sample,
    problems,
  };
};

globalThis.benchNewsCardsReady = true;

// Opened by hand: one quick round each, in the console.
if (!navigator.webdriver) benchNewsCards({ count: 1000, rounds: 1 }).then((result) => console.log(result));
