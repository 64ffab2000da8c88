/**
 * Issue 7, hostile input: every XSS payload and naughty string in every
 * text and URL field of <jiha-cooperation-timeline>, through `data`, inline
 * JSON, `src`, the light-DOM `<ol>`, TimelineJS JSON and the shared
 * timeline.json shape (by `data` and by `src`). A hundred events per
 * timeline. Nothing runs, nothing throws, text is text.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/cooperation-timeline/define.js';
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

const EVENTS = 100;

const own: DocumentShape = (fill) => ({
  partners: fill.each((p, i) => ({ id: `p${i}`, name: p })),
  events: fill.each((p, i) => ({
    id: `e${i}`,
    date: '2020-05-01',
    title: p,
    summary: p,
    note: p,
    category: p,
    partners: [`p${i}`],
    url: p,
    sources: [p],
  })),
});
const timelineJs: DocumentShape = (fill) => ({
  title: { text: { headline: 'TimelineJS' } },
  events: fill.each((p, i) => ({
    unique_id: `t${i}`,
    start_date: { year: 2020, month: 5, day: 1 },
    text: { headline: p, text: p },
    group: p,
  })),
});
const shared: DocumentShape = (fill) => ({
  events: fill.each((p) => ({
    date: '2020-05-01',
    precision: 'day',
    certainty: 'sourced',
    region: 'MA-01|MA-05',
    category: 'visit',
    title_en: p,
    summary: p,
    note: p,
    sources: [p, p],
  })),
});

function timeline(container: HTMLElement, setup: (element: HTMLElement) => void): HTMLElement {
  const element = document.createElement('jiha-cooperation-timeline');
  element.lang = 'fr';
  setup(element);
  container.append(element);
  return element;
}

/** Links only with allowed URLs. */
function checkUrls(element: Element): void {
  for (const link of element.shadowRoot!.querySelectorAll('a'))
    expect(allowedUrl(link.getAttribute('href')!), link.getAttribute('href')!).to.equal(true);
}

/** Each payload's text shown at least `times` (folded), in its own text nodes. */
function checkShown(
  element: Element,
  payloads: Payload[],
  times: number,
  shown: (text: string) => string = (text) => text,
): void {
  checkUrls(element);
  expect(element.shadowRoot!.querySelectorAll('li.event').length, 'one item per event').to.equal(payloads.length);
  for (const { text } of payloads) {
    if (fold(shown(text)) !== '')
      expect(timesShown(element.shadowRoot!, shown(text)), `${JSON.stringify(text)} shown`).to.be.at.least(times);
  }
}

/** The library's own shape: an empty title is missing (invalid-data); a partner's empty name is its id. */
const ownExpected = (payloads: Payload[]) =>
  payloads.some(({ text }) => text === '') ? 'error:invalid-data' : 'ready';

/** The light-DOM list the page writes, built as DOM: `<ul data-partners>` legend, `<ol>` of `<li>`. */
function lightDom(element: HTMLElement, payloads: Payload[]): void {
  const legend = document.createElement('ul');
  legend.dataset.partners = '';
  const list = document.createElement('ol');
  for (const { text, index } of payloads) {
    const partner = document.createElement('li');
    partner.dataset.id = `p${index}`;
    partner.textContent = text;
    legend.append(partner);
    const item = document.createElement('li');
    Object.assign(item.dataset, { category: text, partners: `p${index}`, note: text });
    const time = document.createElement('time');
    time.setAttribute('datetime', '2020-05-01');
    time.textContent = '1 May 2020';
    const title = document.createElement('strong');
    title.textContent = text;
    const summary = document.createElement('p');
    summary.textContent = text;
    const link = document.createElement('a');
    link.setAttribute('href', text);
    link.textContent = 'source';
    item.append(time, ' ', title, summary, link);
    list.append(item);
  }
  element.append(legend, list);
}

const ownPaths = (['data', 'inline <script type=application/json>', 'src'] as const).map((path): PathCase => ({
  path,
  fields: 7, // partner name, title, summary, note (for editors, never shown), category, url, sources[0]
  perWidget: EVENTS,
  mount: (container, payloads) =>
    timeline(container, (element) => {
      if (path === 'data') (element as HTMLElement & { data: unknown }).data = buildDocument(own, payloads);
      else if (path === 'src') useSrc(element, documentUrl(own, payloads));
      else appendInlineJson(element, buildDocument(own, payloads));
    }),
  expected: ownExpected,
  // Title, summary, category label, the partner in the legend and on the event.
  check: (element, payloads) => checkShown(element, payloads, 5),
}));

const PATHS: PathCase[] = [
  ...ownPaths,
  {
    path: 'light-DOM <ol>',
    fields: 6, // legend name, title, summary, url, data-category, data-note (never read)
    perWidget: EVENTS,
    mount: (container, payloads) => timeline(container, (element) => lightDom(element, payloads)),
    // A blank title falls back to the link's text: every item reads.
    expected: () => 'ready',
    // Title, summary, category label, the partner in the legend and on the event.
    check: (element, payloads) => checkShown(element, payloads, 5),
  },
  ...(['data', 'src'] as const).map((via): PathCase => ({
    path: `TimelineJS (${via})`,
    fields: 3, // text.headline, text.text (HTML), group
    perWidget: EVENTS,
    mount: (container, payloads) =>
      timeline(container, (element) =>
        via === 'data'
          ? ((element as HTMLElement & { data: unknown }).data = buildDocument(timelineJs, payloads))
          : useSrc(element, documentUrl(timelineJs, payloads)),
      ),
    // TimelineJS text is HTML: a headline with no text left is missing.
    expected: (payloads) => (payloads.some(({ text }) => htmlToText(text) === '') ? 'error:invalid-data' : 'ready'),
    check: (element, payloads) => {
      checkShown(element, payloads, 2, htmlToText); // headline and text, as plain text
      checkShown(element, payloads, 1); // group, as the category's label
      // Independently of htmlToText: a title that still looks like a tag must come from a payload with entities (which may spell `<`).
      const fromEntities = new Set(
        payloads.filter(({ text }) => text.includes('&')).map(({ text }) => fold(htmlToText(text))),
      );
      for (const title of element.shadowRoot!.querySelectorAll('[part=title]')) {
        const shown = fold(title.textContent ?? '');
        if (/<[a-zA-Z/!?]/.test(shown)) expect(fromEntities.has(shown), shown).to.equal(true);
      }
    },
  })),
  ...(['data', 'src'] as const).map((via): PathCase => ({
    path: `shared timeline.json shape (${via})`,
    fields: 4, // title_en, summary, note (for editors, never shown), sources
    perWidget: EVENTS,
    mount: (container, payloads) =>
      timeline(container, (element) =>
        via === 'data'
          ? ((element as HTMLElement & { data: unknown }).data = buildDocument(shared, payloads))
          : useSrc(element, documentUrl(shared, payloads)),
      ),
    // A blank title_en is no title.
    expected: (payloads) => (payloads.some(({ text }) => text.trim() === '') ? 'error:invalid-data' : 'ready'),
    // Title and summary.
    check: (element, payloads) => checkShown(element, payloads, 2),
  })),
];

describeHostileInput('cooperation-timeline', PATHS, { widgetsAtOnce: 4 });
