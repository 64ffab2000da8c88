/**
 * Issue 7, hostile input: every XSS payload and naughty string in every
 * text and URL field of <jiha-news-card>, through attributes, `data`,
 * inline JSON, `src`, and the schema.org and WordPress shapes (by `data`
 * and by `src`). Nothing runs, nothing throws, text is shown as text, URLs
 * are kept only when allowed.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/news-card/define.js';
import type { JihaNewsCard } from '../../../src/components/news-card/define.js';
import { htmlToText } from '../../../src/data/html-text.js';
import {
  allowedUrl,
  appendInlineJson,
  buildDocument,
  describeHostileInput,
  documentUrl,
  fold,
  timesShown,
  useSrc,
  type DocumentShape,
  type PathCase,
  type Payload,
} from '../../support/hostile-input-helpers.js';

const own: DocumentShape = (fill) =>
  fill.one((p) => ({
    headline: p,
    summary: p,
    source: p,
    dateline: p,
    author: p,
    url: p,
    image: { src: p, alt: p },
    tags: [p],
  }));
const schemaOrg: DocumentShape = (fill) =>
  fill.one((p) => ({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p,
    description: p,
    url: p,
    image: { '@type': 'ImageObject', url: p, caption: p },
    publisher: { '@type': 'Organization', name: p },
    dateline: p,
    author: { '@type': 'Person', name: p },
    keywords: [p],
  }));
const wordPress: DocumentShape = (fill) =>
  fill.one((p) => ({
    id: 1,
    title: { rendered: p },
    excerpt: { rendered: p },
    link: p,
    _embedded: {
      author: [{ name: p }],
      'wp:featuredmedia': [{ source_url: p, alt_text: p }],
      'wp:term': [[{ taxonomy: 'post_tag', name: p }]],
    },
  }));

function card(container: HTMLElement, setup: (element: JihaNewsCard) => void): JihaNewsCard {
  const element = document.createElement('jiha-news-card') as JihaNewsCard;
  element.lang = 'fr';
  setup(element);
  container.append(element);
  return element;
}

/** The headline link and the image: present only with an allowed URL. */
function checkUrls(element: JihaNewsCard): void {
  const root = element.shadowRoot!;
  for (const link of root.querySelectorAll('a'))
    expect(allowedUrl(link.getAttribute('href')!), link.getAttribute('href')!).to.equal(true);
  for (const image of root.querySelectorAll('img'))
    expect(allowedUrl(image.getAttribute('src')!, true), image.getAttribute('src')!).to.equal(true);
}

/** `texts` text nodes show the payload; the image (when its URL is kept) has it as alt. */
function checkShown(element: JihaNewsCard, text: string, texts: number, alt: string): void {
  checkUrls(element);
  if (fold(text) !== '')
    expect(timesShown(element.shadowRoot!, text), `${JSON.stringify(text)} shown`).to.be.at.least(texts);
  const image = element.shadowRoot!.querySelector('img');
  if (image) expect(image.getAttribute('alt')).to.equal(alt);
}

/** The library's own shape and schema.org: ready with any headline but the empty one (missing, so invalid-data). */
const needsHeadline = ([payload]: Payload[]) => (payload.text === '' ? 'error:invalid-data' : 'ready');
/** WordPress titles are HTML: a title with no text left is missing. */
const needsWordPressTitle = ([payload]: Payload[]) =>
  htmlToText(payload.text) === '' ? 'error:invalid-data' : 'ready';

const PATHS: PathCase[] = [
  {
    path: 'attributes',
    fields: 8, // headline summary source dateline author image-alt href image
    perWidget: 1,
    mount: (container, [{ text }]) =>
      card(container, (element) => {
        for (const name of ['headline', 'summary', 'source', 'dateline', 'author', 'image-alt', 'href', 'image'])
          element.setAttribute(name, text);
      }),
    expected: ([payload]) => (payload.text === '' ? 'none' : 'ready'),
    check: (element, [{ text }]) => checkShown(element as JihaNewsCard, text, 5, text),
  },
  {
    path: 'data',
    fields: 9, // headline summary source dateline author image.alt tags[0] url image.src
    perWidget: 1,
    mount: (container, payloads) => card(container, (element) => (element.data = buildDocument(own, payloads))),
    expected: needsHeadline,
    check: (element, [{ text }]) => checkShown(element as JihaNewsCard, text, 6, text),
  },
  {
    path: 'inline <script type=application/json>',
    fields: 9,
    perWidget: 1,
    mount: (container, payloads) =>
      card(container, (element) => appendInlineJson(element, buildDocument(own, payloads))),
    expected: needsHeadline,
    check: (element, [{ text }]) => checkShown(element as JihaNewsCard, text, 6, text),
  },
  {
    path: 'src',
    fields: 9,
    perWidget: 1,
    mount: (container, payloads) => card(container, (element) => useSrc(element, documentUrl(own, payloads))),
    expected: needsHeadline,
    check: (element, [{ text }]) => checkShown(element as JihaNewsCard, text, 6, text),
  },
  ...(['data', 'src'] as const).map((via): PathCase => ({
    path: `schema.org NewsArticle (${via})`,
    fields: 9, // headline description publisher.name dateline author.name image.caption keywords[0] url image.url
    perWidget: 1,
    mount: (container, payloads) =>
      card(container, (element) =>
        via === 'data'
          ? (element.data = buildDocument(schemaOrg, payloads))
          : useSrc(element, documentUrl(schemaOrg, payloads)),
      ),
    expected: needsHeadline,
    check: (element, [{ text }]) => checkShown(element as JihaNewsCard, text, 6, text),
  })),
  ...(['data', 'src'] as const).map((via): PathCase => ({
    path: `WordPress REST post (${via})`,
    fields: 7, // title.rendered excerpt.rendered author name, alt_text, post_tag name, link, source_url
    perWidget: 1,
    mount: (container, payloads) =>
      card(container, (element) =>
        via === 'data'
          ? (element.data = buildDocument(wordPress, payloads))
          : useSrc(element, documentUrl(wordPress, payloads)),
      ),
    expected: needsWordPressTitle,
    // HTML fields are shown as htmlToText gives them (tags dropped, entities decoded); alt_text is plain text.
    check: (element, [{ text }]) => {
      checkShown(element as JihaNewsCard, htmlToText(text), 4, text);
      // Independently of htmlToText: without entities (which may spell `<`), no tag of the payload is left in the text.
      if (!text.includes('&'))
        expect(element.shadowRoot!.querySelector('[part=headline]')!.textContent).to.not.match(/<[a-zA-Z/!?]/);
    },
  })),
];

describeHostileInput('news-card', PATHS, {
  widgetsAtOnce: 260,
  testsFirst: (suite) =>
    it('has the three lists', () => {
      expect(suite.payloads.filter((payload) => payload.list === 'xss').length).to.be.above(280);
      expect(suite.payloads.filter((payload) => payload.list === 'blns').length).to.be.above(480);
      expect(suite.payloads.filter((payload) => payload.list === 'trap').length).to.be.above(10);
    }),
});
