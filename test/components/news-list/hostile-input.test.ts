/**
 * Issue 12, hostile input: every XSS payload and naughty string in every
 * field of every format <jiha-news-list> reads (the library's own articles,
 * RSS 2.0, Atom, JSON Feed, WordPress posts) and in every CSV cell of the
 * timeline and the map; then the feeds built to hurt: nested entity
 * definitions ("billion laughs"), an external entity, a 5 MB feed, an HTML
 * page, an RSS without items. Issue 24: the same payloads through one list
 * merging all four feed formats, labelled by a payload. Nothing runs, nothing throws, text is shown as
 * text, URLs are kept only when allowed, the page stays responsive.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/news-list/define.js';
import '../../../src/components/cooperation-timeline/define.js';
import '../../../src/components/geopark-map/define.js';
import type { JihaNewsList } from '../../../src/components/news-list/define.js';
import { decodeEntities, htmlToText } from '../../../src/data/html-text.js';
import { loadJson, until } from '../../support/helpers.js';
import {
  describeHostileInput,
  documentUrl,
  buildDocument,
  expectNothingCaught,
  fold,
  timesShown,
  useSrc,
  type DocumentShape,
  type PathCase,
  type Payload,
} from '../../support/hostile-input-helpers.js';
import { cards, mountList, renderedCards } from './helpers.js';

/** Characters XML 1.0 forbids: a feed holding one is not XML (invalid-data). Lone surrogates reach the page as U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const xmlState = (payloads: Payload[]) =>
  payloads.some(({ text }) => NOT_XML.test(text)) ? 'error:invalid-data' : 'ready';

function newsList(container: HTMLElement, setup: (element: JihaNewsList) => void): JihaNewsList {
  const element = document.createElement('jiha-news-list') as JihaNewsList;
  element.lang = 'fr';
  element.limit = 50;
  setup(element);
  container.append(element);
  return element;
}

/** Every card rendered, and each payload's `shown(text)` shown at least once where it is not empty. */
async function checkShown(element: Element, payloads: Payload[], shown: (text: string) => string): Promise<void> {
  await renderedCards(element as JihaNewsList);
  for (const { text } of payloads) {
    const expected = shown(text);
    if (fold(expected) !== '')
      expect(timesShown(element.shadowRoot!, expected), JSON.stringify(expected).slice(0, 80)).to.be.at.least(1);
  }
}

const own: DocumentShape = (fill) => ({
  items: fill.each((p) => ({
    headline: p,
    summary: p,
    source: p,
    dateline: p,
    author: p,
    url: p,
    image: { src: p, alt: p },
    tags: [p],
    lang: p,
  })),
});
const jsonFeed: DocumentShape = (fill) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Feed',
  items: fill.each((p, i) => ({
    id: i,
    url: p,
    external_url: p,
    title: p,
    summary: p,
    content_html: p,
    image: p,
    authors: [{ name: p }],
    tags: [p],
    language: p,
  })),
});
const wordPress: DocumentShape = (fill) =>
  fill.each((p, i) => ({
    id: i,
    title: { rendered: p },
    excerpt: { rendered: p },
    link: p,
    date_gmt: '2026-01-17T10:00:00',
    _embedded: {
      author: [{ name: p }],
      'wp:featuredmedia': [{ source_url: p, alt_text: p }],
      'wp:term': [[{ taxonomy: 'post_tag', name: p }]],
    },
  }));

/** The hostile feed of `format` for `payloads`, served by the test server. */
const hostileFeedUrl = (payloads: Payload[], format: 'rss' | 'atom') =>
  `/fixture/hostile-feed?list=${payloads[0].list}&indices=${payloads.map((p) => p.index).join(',')}&format=${format}`;

/** The sources' own errors of a merged list (`detail.source`), kept from the suite's state log: the list is ready. */
const sourceErrors = new WeakMap<Element, string[]>();

/**
 * A list merging RSS, Atom, JSON Feed and WordPress posts, each with every
 * payload, its sources labelled by the first payload. A source whose feed a
 * payload makes unreadable (a character XML forbids, WordPress titles with
 * no text) is named beside the others, never hiding them.
 */
function mergedList(container: HTMLElement, payloads: Payload[]): JihaNewsList {
  return newsList(container, (element) => {
    const errors: string[] = [];
    sourceErrors.set(element, errors);
    element.addEventListener('jiha-error', (event) => {
      const { code, source } = (event as CustomEvent<{ code: string; source?: string }>).detail;
      if (source === undefined) return;
      errors.push(code);
      event.stopPropagation();
    });
    element.sourceLabels = [payloads[0].text, payloads[0].text, '', payloads[0].text].join(' | ');
    useSrc(
      element,
      [
        hostileFeedUrl(payloads, 'rss'),
        hostileFeedUrl(payloads, 'atom'),
        documentUrl(jsonFeed, payloads),
        documentUrl(wordPress, payloads),
      ].join(' '),
    );
  });
}

/** Each payload shown at least once, as one of the formats shows it, once every source has answered. */
async function checkMerged(element: Element, payloads: Payload[]): Promise<void> {
  const list = element as JihaNewsList;
  const sources = () =>
    (list as unknown as { model: { sources: { sources: { state: string }[] } } }).model.sources.sources;
  await until(() => sources().every(({ state }) => state !== 'loading'), 60000, 'every source answered');
  await list.updateComplete;
  const failed = sources().filter(({ state }) => state === 'failed').length;
  await until(() => sourceErrors.get(element)!.length === failed, 10000, 'one jiha-error per failed source');
  expect(sourceErrors.get(element)!.every((code) => code === 'invalid-data')).to.equal(true);
  const roots = [list.shadowRoot!, ...(await renderedCards(list))];
  // A payload that is a relative link names the same address in every format: its item is shown once, from one source.
  const links = new Set(cards(list).map((card) => (card.data as { url?: string }).url));
  const sharedLink = (text: string) => {
    try {
      return links.has(new URL(text.trim(), new URL('/fixture/', location.href)).href);
    } catch {
      return false;
    }
  };
  for (const { text } of payloads) {
    if (sharedLink(text)) continue;
    const shown = [text, decodeEntities(text), htmlToText(text)].map(fold).filter(Boolean);
    if (shown.length === 0) continue;
    const times = roots.reduce(
      (sum, root) => sum + shown.reduce((n, expected) => n + timesShown(root, expected), 0),
      0,
    );
    expect(times, JSON.stringify(text).slice(0, 80)).to.be.at.least(1);
  }
}

/** The CSV cell for `text`: quoted, quotes doubled (RFC 4180). */
const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;

function csvScript(host: Element, text: string): void {
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = text;
  host.append(script);
}

const PATHS: PathCase[] = [
  {
    path: 'own articles (data)',
    fields: 10,
    perWidget: 25,
    mount: (container, payloads) => newsList(container, (element) => (element.data = buildDocument(own, payloads))),
    // A missing headline is the library's own format's error; any other text is shown.
    expected: (payloads) => (payloads.some(({ text }) => text === '') ? 'error:invalid-data' : 'ready'),
    check: (element, payloads) => checkShown(element, payloads, (text) => text),
  },
  {
    path: 'RSS 2.0 (src)',
    fields: 8, // title link description dc:creator category enclosure media:content channel title/language
    perWidget: 25,
    mount: (container, payloads) => newsList(container, (element) => useSrc(element, hostileFeedUrl(payloads, 'rss'))),
    expected: xmlState,
    check: (element, payloads) =>
      checkShown(element, payloads, (text) => fold(decodeEntities(text)) || htmlToText(text)),
  },
  {
    path: 'Atom (src)',
    fields: 8, // title summary link enclosure author category xml:lang feed title
    perWidget: 25,
    mount: (container, payloads) => newsList(container, (element) => useSrc(element, hostileFeedUrl(payloads, 'atom'))),
    expected: xmlState,
    check: (element, payloads) => checkShown(element, payloads, (text) => htmlToText(text)),
  },
  {
    path: 'JSON Feed (src)',
    fields: 9,
    perWidget: 25,
    mount: (container, payloads) => newsList(container, (element) => useSrc(element, documentUrl(jsonFeed, payloads))),
    expected: () => 'ready',
    check: (element, payloads) => checkShown(element, payloads, (text) => fold(text) || htmlToText(text)),
  },
  {
    path: 'WordPress posts (src)',
    fields: 7,
    perWidget: 25,
    mount: (container, payloads) => newsList(container, (element) => useSrc(element, documentUrl(wordPress, payloads))),
    // A post whose title has no text is left out; a list of only such posts is the card's invalid-data.
    expected: (payloads) => (payloads.every(({ text }) => htmlToText(text) === '') ? 'error:invalid-data' : 'ready'),
    check: (element, payloads) => checkShown(element, payloads, (text) => htmlToText(text)),
  },
  {
    path: 'RSS, Atom, JSON Feed and WordPress merged in one list (src, source-labels)',
    fields: 33, // the four formats' fields, and the label
    perWidget: 12, // four sources of 12 items each: 48 shown at once (limit 50)
    mount: mergedList,
    // The JSON Feed source always reads: the list is ready, whichever other source a payload breaks.
    expected: () => 'ready',
    check: checkMerged,
  },
  {
    path: 'timeline CSV cells (inline)',
    fields: 6, // title_fr summary_fr category partners url id
    perWidget: 25,
    mount: (container, payloads) => {
      const element = document.createElement('jiha-cooperation-timeline');
      element.lang = 'fr';
      const rows = payloads.map(({ text }, i) =>
        ['2020-01-01', cell(`${i}${text}`), cell(text), cell(text), cell(text), cell(text), cell(text)].join(','),
      );
      csvScript(element, `date,id,title_fr,summary_fr,category,partners,url\n${rows.join('\n')}\n`);
      container.append(element);
      return element;
    },
    // Cells are trimmed: a title of white space only is missing, and that row is left out (a file of only such rows is an error).
    expected: (payloads) => (payloads.some(({ text }) => text.trim() === '') ? 'error:invalid-data' : 'ready'),
    check: (element, payloads) => {
      for (const { text } of payloads)
        expect(timesShown(element.shadowRoot!, text.trim()), JSON.stringify(text).slice(0, 80)).to.be.at.least(1);
    },
  },
  {
    path: 'map CSV cells (inline)',
    fields: 6, // id name_fr region url summary_fr designated
    perWidget: 25,
    mount: (container, payloads) => {
      const element = document.createElement('jiha-geopark-map');
      element.lang = 'fr';
      element.setAttribute('tiles', 'none');
      element.toggleAttribute('list', true);
      const rows = payloads.map(({ text }, i) =>
        [cell(`${i}${text}`), cell(text), '31.5', '-6.4', 'site', cell(text), cell(text), cell(text)].join(','),
      );
      csvScript(element, `id,name_fr,lat,lng,status,region,url,summary_fr\n${rows.join('\n')}\n`);
      container.append(element);
      return element;
    },
    expected: (payloads) => (payloads.some(({ text }) => text.trim() === '') ? 'error:invalid-data' : 'ready'),
    check: (element, payloads) => {
      for (const { text } of payloads)
        expect(timesShown(element.shadowRoot!, text.trim()), JSON.stringify(text).slice(0, 80)).to.be.at.least(1);
    },
  },
];

describeHostileInput('news-list', PATHS, {
  widgetsAtOnce: 4,
  testsAfter: (suite) => {
    it('nested entity definitions ("billion laughs") do not hang the page and show no expansion', async () => {
      const started = performance.now();
      const { list, state, detail } = await mountList('src="/fixture/feed/billion-laughs.xml"');
      // Refused before any XML parser sees it: WebKitGTK's would expand it (and stop answering); Chromium's refuses it too.
      expect(state).to.equal('error:invalid-data');
      expect((detail as { detail: string }).detail).to.contain('<!ENTITY>');
      expect(list.shadowRoot!.textContent!.includes('lollollol')).to.equal(false);
      expect(performance.now() - started).to.be.below(10000);
      expectNothingCaught(suite.traps.caught());
    });

    it('an external entity is never fetched', async () => {
      const { state } = await mountList('src="/fixture/feed/external-entity.xml"');
      expect(state).to.equal('error:invalid-data');
      const { hits } = await loadJson<{ hits: number }>(`/fixture/hits/${encodeURIComponent('slow::xxe')}`);
      expect(hits).to.equal(0);
    });

    for (const format of ['rss', 'atom']) {
      it(`a 5 MB ${format} feed: read up to 100 items, 50 shown, the page keeps running`, async () => {
        let ticks = 0;
        const timer = setInterval(() => (ticks += 1), 10);
        try {
          const { list, state, detail } = await mountList(
            `src="/fixture/big-feed?mb=5&format=${format}" limit="50" more timeout="60000"`,
          );
          expect(state).to.equal('ready');
          expect(detail).to.deep.equal({ count: 50 });
          expect((list as unknown as { model: { items: unknown[] } }).model.items.length).to.equal(100);
          // Timers ran while the feed loaded and parsed: the page was not frozen throughout.
          expect(ticks).to.be.above(0);
        } finally {
          clearInterval(timer);
        }
      });
    }

    it('an HTML page is unsupported-format; an RSS with no items is "No news yet"', async () => {
      expect((await mountList('src="/fixture/html"')).state).to.equal('error:unsupported-format');
      const empty = await mountList('src="/fixture/feed/empty.rss"');
      expect(empty.state).to.equal('ready');
      expect(empty.detail).to.deep.equal({ count: 0 });
      await until(() => empty.list.shadowRoot!.querySelector('[part="empty"]'), 5000, 'No news yet');
    });
  },
});
