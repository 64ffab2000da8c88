/**
 * Every error code of the contract in every element: visitors read the
 * element's one sentence in its language (here Arabic) and nothing
 * technical; the event carries the code; an editor's view adds the code
 * and its cause.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ErrorCode } from '../../src/core/errors.js';
import type { JihaErrorDetail } from '../../src/core/events.js';
import { setEditorView } from '../support/editor-view.js';
import { mount, nextEvent, settled, shadowText, unmountAll, until } from '../support/helpers.js';

/** Each element, its attributes, its data that is well-formed but wrong, and what visitors read when it fails. */
const ELEMENTS: Array<{ tag: string; attributes: string; badData: unknown; sentence: string }> = [
  {
    tag: 'jiha-news-card',
    attributes: '',
    badData: { headline: 'x', views: 'many' },
    sentence: 'لا يمكن عرض هذا الخبر حاليًا.',
  },
  {
    tag: 'jiha-news-list',
    attributes: '',
    badData: [{ headline: 'x', views: 'many' }],
    sentence: 'لا يمكن عرض الأخبار حاليًا.',
  },
  {
    tag: 'jiha-iso-badge',
    attributes: '',
    badData: { standard: 'quality' },
    sentence: 'لا يمكن عرض هذه الشهادة حاليًا.',
  },
  {
    tag: 'jiha-geopark-map',
    attributes: 'tiles="none" list',
    badData: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 1] }, properties: {} }],
    },
    sentence: 'لا يمكن عرض الخريطة حاليًا.',
  },
  {
    tag: 'jiha-cooperation-timeline',
    attributes: '',
    badData: { events: [{ title: 'no date' }] },
    sentence: 'لا يمكن عرض الخط الزمني حاليًا.',
  },
];

/** How each code is caused: a `src` (and its timeout), or the element's bad data. */
const CAUSES: Array<{ code: ErrorCode; src?: string; timeout?: number }> = [
  { code: 'invalid-json', src: `/fixture/typed?type=application/json&body=${encodeURIComponent('{"a": 1,}')}` },
  { code: 'invalid-data' },
  { code: 'fetch-failed', src: 'http://127.0.0.1:9/data.json' },
  { code: 'http-status', src: '/fixture/status/500' },
  { code: 'timeout', src: '/fixture/slow?ms=4000', timeout: 200 },
  { code: 'unsupported-format', src: '/fixture/html' },
];

describe('every error code in every element', function () {
  this.timeout(30000);
  const original = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
    unmountAll();
    setEditorView(false);
  });

  for (const { tag, attributes, badData, sentence } of ELEMENTS) {
    for (const { code, src, timeout } of CAUSES) {
      it(`${tag}: ${code}`, async () => {
        const source = src ? ` src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : '';
        const wait = timeout ? ` timeout="${timeout}"` : '';
        const element = mount(`<${tag} lang="ar" ${attributes}${source}${wait}></${tag}>`) as HTMLElement & {
          data: unknown;
        };
        const event = nextEvent<JihaErrorDetail>(element, 'jiha-error', 15000);
        if (!src) element.data = badData;
        const { detail } = await event;
        await settled(element);
        expect(detail.code, detail.message).to.equal(code);
        expect(detail.message, 'the event’s message').to.match(/[A-Za-z]/);
        expect(
          warnings.some((line) => line.includes(`<${tag}> ${code}:`)),
          'a console warning',
        ).to.equal(true);
        const shown = [...element.shadowRoot!.querySelectorAll('[role="alert"]')];
        expect(shown, 'one alert').to.have.length(1);
        expect(shadowText(element, '[role="alert"]')).to.equal(sentence);
        expect(shadowText(element), 'Latin letters or digits on screen').to.not.match(/[A-Za-z0-9]/);
        setEditorView(true);
        await until(() => element.shadowRoot!.querySelector('.error-detail'), 3000, 'the editor’s part');
        expect(shadowText(element, '.error-detail')).to.contain(code);
      });
    }
  }
});
