/**
 * The news list bench, in the page: a 50-item RSS 2.0 feed (Arabic titles,
 * HTML descriptions, RFC 822 dates, an image each) served as a Blob URL with
 * the RSS content type, and a round that renders it:
 *   await newsListBench.prepare();   // garbage collection, two frames
 *   await newsListBench.round();     // timed: from createElement to 50 cards rendered and laid out
 *   newsListBench.finish();          // untimed: the count, then removes the list
 * The first round also loads the RSS reader chunk (and the strings): the
 * driver reports it apart as the cold round.
 */
import '/dist/news-list.js';
import { clearRound, nextFrame } from './bench-lib.js';

const COUNT = 50;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const items = Array.from({ length: COUNT }, (_, i) => {
  const day = String((i % 28) + 1).padStart(2, '0');
  return `<item>
    <title>خبر رقم ${i + 1}: مجلس الجهة يصادق على برنامج التنمية</title>
    <link>https://www.example.ma/news/${i + 1}</link>
    <pubDate>Sat, ${day} Jan 2026 20:22:00 +0100</pubDate>
    <description>${escape(`<p>وفد من جهة بني ملال-خنيفرة <strong>يزور</strong> مجلس جهة طنجة تطوان الحسيمة (${i + 1}).</p>`)}</description>
    <dc:creator>هيئة التحرير</dc:creator>
    <category>تعاون</category>
    <enclosure url="data:image/gif;base64,R0lGODlhAQABAAAAACw=" type="image/gif"/>
  </item>`;
});
const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>صدى المغرب</title><language>ar</language>${items.join('')}</channel></rss>`;
const src = URL.createObjectURL(new Blob([rss], { type: 'application/rss+xml' }));

let container;

async function prepare() {
  await clearRound(container);
}

async function round() {
  const started = performance.now();
  container = document.createElement('div');
  const list = document.createElement('jiha-news-list');
  list.setAttribute('src', src);
  list.setAttribute('limit', String(COUNT));
  list.setAttribute('time-zone', 'Africa/Casablanca');
  const ready = new Promise((resolve, reject) => {
    list.addEventListener('jiha-ready', resolve, { once: true });
    list.addEventListener('jiha-error', (event) => reject(new Error(event.detail.detail)), { once: true });
  });
  container.append(list);
  document.body.append(container);
  await ready;
  await list.updateComplete;
  const cards = [...list.shadowRoot.querySelectorAll('jiha-news-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  // Cards whose strings were still loading render once more.
  while (cards.some((card) => !card.shadowRoot.querySelector('article'))) await nextFrame();
  container.getBoundingClientRect();
  return { ms: performance.now() - started };
}

function finish() {
  const list = container.querySelector('jiha-news-list');
  return { rendered: list.shadowRoot.querySelectorAll('jiha-news-card').length };
}

globalThis.newsListBench = { prepare, round, finish, COUNT };
