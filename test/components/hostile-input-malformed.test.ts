/**
 * Issue 7, the malformed-input matrix: for each element, through `src`:
 * broken JSON, an empty body, wrong top-level types, null in every field
 * (and everywhere), a 1 MB field, a 10 MB response (valid and broken), HTML
 * instead of JSON, 404, 500, a timeout, redirects (same origin, another
 * origin without and with CORS). Each case ends in the contract's state
 * and `jiha-error` code, with the error box, no uncaught error, and a
 * sibling widget of the same kind still working.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { useEditorView } from '../support/editor-view.js';
import { settled, until } from '../support/helpers.js';
import { MAX_TEXT_LENGTH } from '../../src/i18n/localized-text.js';
import {
  expectNothingCaught,
  installTraps,
  logFigure,
  muteWarnings,
  StateLog,
  textNodes,
} from '../support/hostile-input-helpers.js';

type Json = Record<string, unknown>;

interface ElementSpec {
  tag: string;
  /** A small valid document. */
  base: Json;
  /** Dotted paths to set to null, with the state each gives. */
  nulls: Array<[string, string]>;
  /** The state with null in every field. */
  allNull: string;
  /** The state when the whole document is each of these JSON values. */
  topLevel: Array<[string, string]>;
  /** Where the huge string goes, and how to see that it is shown. */
  bigPath: string;
  /** Attributes every widget of the kind gets (the map lists its geoparks as text). */
  attributes?: Record<string, string>;
  /** What the sibling (given `base` as `data`) shows when it works. */
  siblingText: string;
}

/** A huge field is shown cut to MAX_TEXT_LENGTH with an ellipsis (laying out megabytes of text would block the page). */
function expectCut(widget: Element): void {
  const longest = textNodes(widget.shadowRoot!).reduce((a, b) => (b.length > a.length ? b : a), '');
  expect(longest.length).to.equal(MAX_TEXT_LENGTH + 1);
  expect(longest.startsWith('xxxx') && longest.endsWith('…')).to.equal(true);
}

const WRONG_TOP: Array<[string, string]> = [
  ['"text"', 'error:invalid-data'],
  ['42', 'error:invalid-data'],
  ['true', 'error:invalid-data'],
  ['null', 'error:invalid-data'],
];

const ELEMENTS: ElementSpec[] = [
  {
    tag: 'jiha-news-card',
    allNull: 'error:invalid-data',
    base: {
      headline: 'Headline',
      summary: 'Summary',
      url: 'https://example.ma/a',
      image: '/test/fixtures/pixel.png',
      source: 'Source',
      dateline: 'Tanger',
      author: 'Author',
      published: '2026-01-17T20:22:00+01:00',
      views: 3,
      lang: 'fr',
      tags: ['tag'],
    },
    nulls: [
      ['headline', 'error:invalid-data'],
      ...[
        'summary',
        'url',
        'image',
        'source',
        'dateline',
        'author',
        'published',
        'views',
        'lang',
        'tags',
        'tags.0',
      ].map((path): [string, string] => [path, 'ready']),
    ],
    topLevel: [['[]', 'error:unsupported-format'], ['{}', 'error:unsupported-format'], ...WRONG_TOP],
    bigPath: 'headline',
    siblingText: 'Headline',
  },
  {
    tag: 'jiha-iso-badge',
    allNull: 'error:invalid-data',
    base: {
      standard: 'ISO 9001:2015',
      holder: 'Holder',
      scope: 'Scope',
      certificate: 'C-1',
      issuer: 'Issuer',
      accreditation: 'Accreditation',
      issued: '2024-01-01',
      expires: '2099-12-31',
      status: 'valid',
      verifyUrl: 'https://example.org/v',
    },
    nulls: [
      ['standard', 'error:invalid-data'],
      ...[
        'edition',
        'holder',
        'scope',
        'certificate',
        'issuer',
        'accreditation',
        'issued',
        'expires',
        'status',
        'verifyUrl',
      ].map((path): [string, string] => [path, 'ready']),
    ],
    topLevel: [['[]', 'error:unsupported-format'], ['{}', 'error:invalid-data'], ...WRONG_TOP],
    bigPath: 'holder',
    siblingText: 'Holder',
  },
  {
    tag: 'jiha-cooperation-timeline',
    allNull: 'error:unsupported-format',
    base: {
      partners: [
        { id: 'a', name: 'Partner A' },
        { id: 'b', name: 'Partner B', color: '#336699' },
      ],
      events: [
        {
          id: 'e1',
          date: '2020-05-01',
          end: '2020-05-03',
          title: 'Event',
          summary: 'Summary',
          note: 'Note',
          category: 'visit',
          partners: ['a'],
          url: 'https://example.org',
          sources: ['https://example.org/s'],
          certainty: 'sourced',
        },
      ],
    },
    nulls: [
      ['partners', 'ready'],
      ['partners.0', 'error:invalid-data'],
      ['partners.0.id', 'error:invalid-data'],
      ['partners.0.name', 'ready'],
      ['partners.1.color', 'ready'],
      ['events', 'error:unsupported-format'],
      ['events.0', 'error:invalid-data'],
      ['events.0.date', 'error:invalid-data'],
      ['events.0.title', 'error:invalid-data'],
      ...['id', 'end', 'summary', 'note', 'category', 'partners', 'url', 'sources', 'sources.0', 'certainty'].map(
        (key): [string, string] => [`events.0.${key}`, 'ready'],
      ),
    ],
    // A list is a list of events (the library's own format, without partners).
    topLevel: [['[]', 'ready'], ['{}', 'error:unsupported-format'], ...WRONG_TOP],
    bigPath: 'events.0.title',
    siblingText: 'Event',
  },
  {
    tag: 'jiha-geopark-map',
    attributes: { list: '', tiles: '/fixture/tile/{z}/{x}/{y}.png' },
    allNull: 'error:invalid-data',
    base: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'x',
          geometry: { type: 'Point', coordinates: [-6, 31] },
          properties: {
            name: 'Name',
            summary: 'Summary',
            status: 'national',
            region: 'oriental',
            url: 'https://example.org',
            designated: 2014,
            areaKm2: 5,
          },
        },
      ],
    },
    nulls: [
      ['type', 'error:invalid-data'],
      ['features', 'error:invalid-data'],
      ['features.0', 'error:invalid-data'],
      ['features.0.type', 'error:invalid-data'],
      ['features.0.id', 'ready'],
      ['features.0.geometry', 'error:invalid-data'],
      ['features.0.geometry.coordinates', 'error:invalid-data'],
      ['features.0.properties', 'error:invalid-data'],
      ['features.0.properties.name', 'error:invalid-data'],
      ...['summary', 'status', 'region', 'url', 'designated', 'areaKm2'].map((key): [string, string] => [
        `features.0.properties.${key}`,
        'ready',
      ]),
    ],
    topLevel: [['[]', 'error:invalid-data'], ['{}', 'error:invalid-data'], ...WRONG_TOP],
    bigPath: 'features.0.properties.name',
    siblingText: 'Name',
  },
];

/** `base` with null at the dotted `path`; `*` for null everywhere (every field of every object). */
function withNull(base: Json, path: string): unknown {
  const copy = structuredClone(base) as Json;
  if (path === '*') {
    const blank = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(blank)
        : node && typeof node === 'object'
          ? Object.fromEntries(Object.keys(node).map((key) => [key, null]))
          : null;
    return blank(copy);
  }
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
  parent[keys[keys.length - 1]] = null;
  return copy;
}

const json = (body: unknown, cors = false) =>
  `/fixture/json?${new URLSearchParams({ body: typeof body === 'string' ? body : JSON.stringify(body), ...(cors ? { cors: '' } : {}) })}`;

/** The same server under its other name: `localhost` and `127.0.0.1` are different origins. */
function otherOrigin(): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}`;
}

interface Case {
  name: string;
  src: string;
  expected: string;
  timeout?: number;
  /** Megabytes to parse and lay out: run after the others, so that their main-thread time delays no other case's timer. */
  heavy?: boolean;
  check?: (widget: Element) => void;
}

function casesFor(spec: ElementSpec): Case[] {
  const big = (mb: number) =>
    `/fixture/big?${new URLSearchParams({ mb: String(mb), base: JSON.stringify(spec.base), path: spec.bigPath })}`;
  const redirect = (to: string) => `/fixture/redirect?${new URLSearchParams({ to })}`;
  return [
    { name: 'valid (control)', src: json(spec.base), expected: 'ready' },
    { name: 'broken JSON', src: json(JSON.stringify(spec.base).slice(0, -3)), expected: 'error:invalid-json' },
    { name: 'JSON with a trailing comma', src: json('{"a": 1,}'), expected: 'error:invalid-json' },
    { name: 'empty body', src: json(''), expected: 'error:invalid-json' },
    { name: 'a byte-order mark and NUL bytes', src: json('\ufeff\u0000{}'), expected: 'error:invalid-json' },
    ...spec.topLevel.map(([body, expected]): Case => ({ name: `top level ${body}`, src: json(body), expected })),
    ...spec.nulls.map(([path, expected]): Case => ({
      name: `null at ${path}`,
      src: json(withNull(spec.base, path)),
      expected,
    })),
    { name: 'null in every field', src: json(withNull(spec.base, '*')), expected: spec.allNull },
    { name: 'a 1 MB field', src: big(1), expected: 'ready', check: expectCut },
    { name: 'a 10 MB response', src: big(10), expected: 'ready', heavy: true, check: expectCut },
    {
      name: 'a 10 MB response of broken JSON',
      src: '/fixture/big?mb=10&shape=garbage',
      expected: 'error:invalid-json',
      heavy: true,
    },
    { name: 'HTML instead of JSON (a login page)', src: '/fixture/html', expected: 'error:unsupported-format' },
    {
      name: 'JSON text sent as text/html',
      src: `/fixture/typed?${new URLSearchParams({ type: 'text/html', body: JSON.stringify(spec.base) })}`,
      expected: 'error:unsupported-format',
    },
    { name: 'HTTP 404', src: '/fixture/status/404', expected: 'error:http-status' },
    { name: 'HTTP 500', src: '/fixture/status/500', expected: 'error:http-status' },
    { name: 'no answer within timeout', src: '/fixture/slow?ms=4000', timeout: 300, expected: 'error:timeout' },
    { name: 'an unreachable host', src: 'http://127.0.0.1:9/data.json', expected: 'error:fetch-failed' },
    { name: 'redirect within the origin', src: redirect(json(spec.base)), expected: 'ready' },
    // Another origin: fetch follows the redirect as a CORS request without credentials; without CORS headers the browser refuses the answer.
    {
      name: 'redirect to another origin without CORS',
      src: redirect(`${otherOrigin()}${json(spec.base)}`),
      expected: 'error:fetch-failed',
    },
    {
      name: 'redirect to another origin with CORS',
      src: redirect(`${otherOrigin()}${json(spec.base, true)}`),
      expected: 'ready',
    },
  ];
}

describe('malformed input through src: every element ends in the right state and code, the page and a sibling unaffected', function () {
  this.timeout(240000);
  let traps: ReturnType<typeof installTraps>;
  let warnings: ReturnType<typeof muteWarnings>;
  let cases = 0;
  // The box's code is on screen in an editor's view (test/core/error-views.test.ts).
  useEditorView();
  before(() => {
    traps = installTraps();
    warnings = muteWarnings();
  });
  after(() => {
    warnings.restore();
    traps.restore();
    logFigure('malformed', { cases });
  });

  for (const spec of ELEMENTS) {
    it(`<${spec.tag}>`, async () => {
      const list = casesFor(spec);
      const make = (data?: unknown) => {
        const widget = document.createElement(spec.tag) as HTMLElement & { data: unknown };
        widget.setAttribute('lang', 'en');
        for (const [name, value] of Object.entries(spec.attributes ?? {})) widget.setAttribute(name, value);
        if (data) widget.data = data;
        return widget;
      };
      // The light cases side by side, each with a sibling, in one page render; then the heavy ones.
      for (const phase of [list.filter((item) => !item.heavy), list.filter((item) => item.heavy)]) {
        const container = document.createElement('div');
        container.setAttribute('data-test-host', '');
        document.body.append(container);
        const log = new StateLog(container);
        const started = performance.now();
        const rows = phase.map((item) => {
          const row = document.createElement('div');
          const sibling = make(spec.base);
          const widget = make();
          // Timeouts only where the case is about them: a loaded machine must not turn a 10 MB answer into `timeout`.
          widget.setAttribute('timeout', String(item.timeout ?? 60000));
          widget.setAttribute('src', item.src);
          row.append(widget, sibling);
          container.append(row);
          return { item, widget, sibling };
        });
        try {
          await until(
            () => rows.every(({ widget, sibling }) => log.of(widget) !== 'none' && log.of(sibling) !== 'none'),
            100000,
            'every widget and sibling settled',
          ).catch(() => {
            const left = rows.filter(({ widget }) => log.of(widget) === 'none').map(({ item }) => item.name);
            throw new Error(`no state for: ${left.join('; ')}`);
          });
          if (phase[0]?.heavy)
            logFigure(`malformed ${spec.tag}`, { heavyCasesSettledInMs: Math.round(performance.now() - started) });
          for (const { item, widget, sibling } of rows) {
            await settled(widget);
            const detail = widget.shadowRoot!.querySelector('.error-detail')?.textContent ?? '';
            expect(log.of(widget), `${item.name} (${detail.slice(0, 160)})`).to.equal(item.expected);
            const box = widget.shadowRoot!.querySelector('[role=alert]');
            if (item.expected.startsWith('error:')) {
              expect(box, `${item.name}: the error box`).to.not.equal(null);
              expect(box!.querySelector('code')!.textContent, item.name).to.equal(item.expected.slice('error:'.length));
              expect(widget.hasAttribute('aria-busy'), `${item.name}: not busy`).to.equal(false);
            } else {
              expect(box, `${item.name}: no error box`).to.equal(null);
              item.check?.(widget);
            }
            expect(log.of(sibling), `${item.name}: the sibling`).to.equal('ready');
            expect(sibling.shadowRoot!.textContent, `${item.name}: the sibling's text`).to.contain(spec.siblingText);
          }
          cases += rows.length;
        } finally {
          log.stop();
          container.remove();
        }
      }
      expectNothingCaught(traps.caught());
      // The page still works: a fresh widget after all of it renders.
      const after = make(spec.base);
      document.body.append(after);
      await until(() => after.shadowRoot?.textContent?.includes(spec.siblingText), 10000, 'a fresh widget');
      after.remove();
    });
  }
});
