/**
 * Issue 7, generated inputs for each element's pure parsers (fast-check,
 * fixed seed): arbitrary JSON, and valid documents with arbitrary values
 * swapped into their fields. Each parser returns a well-formed model or
 * throws a JihaError with a contract code, never another exception.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseArticle } from '../../src/components/news-card/article.js';
import type { Article } from '../../src/components/news-card/article-model.js';
import { fromSchemaOrg, fromWordPress } from '../../src/components/news-card/foreign-formats.js';
import { parseCertificate, type Certificate } from '../../src/components/iso-badge/certificate.js';
import { checkEdition, parseStandard, standardReference } from '../../src/components/iso-badge/standards.js';
import { calendarToday, computeState, delayToNextDay } from '../../src/components/iso-badge/status.js';
import { CATEGORIES, type Timeline } from '../../src/components/cooperation-timeline/model.js';
import { parseTimeline } from '../../src/components/cooperation-timeline/parse-timeline.js';
import { parseJihaTimeline } from '../../src/components/cooperation-timeline/parse-jiha.js';
import { parseSharedTimeline } from '../../src/components/cooperation-timeline/parse-shared.js';
import { parseTimelineJs, timelineJsDate } from '../../src/components/cooperation-timeline/parse-timelinejs.js';
import { safeColor } from '../../src/components/cooperation-timeline/colors.js';
import {
  parseGeoparks,
  STATUSES,
  type GeoparkCollection,
} from '../../src/components/geopark-map/places/parse-geoparks.js';
import { findRegion, parseRegionList } from '../../src/components/geopark-map/regions/regions.js';
import { decodeShapes, type Topology } from '../../src/components/geopark-map/regions/topojson.js';
import { muteWarningsInSuite, returnsOrJihaError } from '../support/generated-helpers.js';
import { allowedUrl, logFigure } from '../support/hostile-input-helpers.js';

const SEED = 7112026;
let runs = 0;
async function check<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void | Promise<void>,
  numRuns = 1500,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => predicate(value)),
    { seed: SEED, numRuns },
  );
  runs += numRuns;
}

/** Anything JSON can say, and a few things only `data` can (undefined, NaN, -0, prototypes-free objects, dates). */
const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withDate: true, withBoxedValues: true }),
);
/** A value of the usual kinds, weighted to the ones parsers meet. */
const fieldValue = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      '',
      ' ',
      0,
      -1,
      1.5,
      NaN,
      true,
      [],
      {},
      [1, 'a'],
      { ar: 'ع', fr: 'f' },
      { ar: 5 },
      '2026-01-17',
      '2026-02-30',
      '2026-01-17T20:22:00+01:00',
      'javascript:alert(1)',
      'https://example.org',
      '/relative',
      'data:image/png;base64,AA',
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
/** `base` with any of its fields replaced by generated values, or dropped. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(base).map(([key, value]) => [key, fc.oneof(fc.constant(value), fieldValue)]),
  );
  return fc.record(fields, { requiredKeys: [] });
}

const isText = (value: unknown) =>
  (typeof value === 'string' && value !== '') ||
  (typeof value === 'object' &&
    value !== null &&
    Object.values(value).length > 0 &&
    Object.values(value).every((text) => typeof text === 'string'));
const validDate = (value: { date: Date; iso: string } | undefined) =>
  value === undefined || (!Number.isNaN(value.date.getTime()) && typeof value.iso === 'string');

function expectArticle(article: Article): void {
  expect(isText(article.headline), 'headline').to.equal(true);
  for (const key of ['summary', 'source', 'dateline', 'author'] as const)
    if (article[key] !== undefined) expect(isText(article[key]), key).to.equal(true);
  if (article.url !== undefined) expect(allowedUrl(article.url), article.url).to.equal(true);
  if (article.image) expect(allowedUrl(article.image.src, true), article.image.src).to.equal(true);
  expect(validDate(article.published)).to.equal(true);
  if (article.views !== undefined) expect(Number.isFinite(article.views) && article.views >= 0).to.equal(true);
  expect(Array.isArray(article.tags) && article.tags.every(isText)).to.equal(true);
}

function expectCertificate(certificate: Certificate): void {
  expect(certificate.number).to.match(/^\d{3,5}(-\d{1,2})?$/);
  if (certificate.edition !== undefined) expect(Number.isInteger(certificate.edition)).to.equal(true);
  expect(validDate(certificate.issued) && validDate(certificate.expires)).to.equal(true);
  if (certificate.issued && certificate.expires)
    expect(certificate.issued.date.getTime()).to.be.at.most(certificate.expires.date.getTime());
  if (certificate.verifyUrl !== undefined) expect(allowedUrl(certificate.verifyUrl)).to.equal(true);
  expect([undefined, 'suspended', 'withdrawn']).to.include(certificate.override);
}

function expectTimeline(timeline: Timeline): void {
  expect(
    timeline.partners.every((partner) => typeof partner.id === 'string' && partner.id !== '' && isText(partner.name)),
  ).to.equal(true);
  for (const partner of timeline.partners)
    if (partner.color !== undefined) expect(safeColor(partner.color)).to.equal(partner.color);
  for (const event of timeline.events) {
    expect(validDate(event.start) && validDate(event.end)).to.equal(true);
    expect(isText(event.title), 'title').to.equal(true);
    expect(CATEGORIES).to.include(event.category);
    expect(event.partners.every((id) => typeof id === 'string')).to.equal(true);
    if (event.url !== undefined) expect(allowedUrl(event.url)).to.equal(true);
    expect(event.sources.every((url) => allowedUrl(url))).to.equal(true);
  }
}

function expectGeoparks(collection: GeoparkCollection): void {
  const ids = collection.features.map((feature) => feature.id);
  expect(new Set(ids).size).to.equal(ids.length);
  for (const feature of collection.features) {
    expect(isText(feature.name)).to.equal(true);
    expect(STATUSES).to.include(feature.status);
    const [lat, lng] = feature.anchor;
    expect(Math.abs(lat) <= 90 && Math.abs(lng) <= 180).to.equal(true);
    expect(feature.polygons.flat(2).every(([a, b]) => Number.isFinite(a) && Number.isFinite(b))).to.equal(true);
    if (feature.url !== undefined) expect(allowedUrl(feature.url)).to.equal(true);
    if (feature.designated !== undefined) expect(Number.isInteger(feature.designated)).to.equal(true);
  }
}

const newsBase = {
  headline: 'H',
  summary: 'S',
  url: 'https://e.ma/a',
  image: { src: '/i.png', alt: 'A' },
  source: 'So',
  dateline: 'D',
  author: 'Au',
  published: '2026-01-17T20:22:00+01:00',
  views: 3,
  lang: 'ar',
  tags: ['t'],
};
const schemaBase = {
  '@type': 'NewsArticle',
  headline: 'H',
  description: 'D',
  url: 'https://e.ma',
  image: { url: '/i.png', caption: 'C' },
  datePublished: '2026-01-17',
  author: [{ name: 'A' }, 'B'],
  publisher: { name: 'P' },
  inLanguage: 'fr',
  keywords: 'a, b',
  interactionStatistic: { interactionType: 'ReadAction', userInteractionCount: 5 },
};
const wordPressBase = {
  title: { rendered: 'T &amp; <em>x</em>' },
  excerpt: { rendered: '<p>E</p>' },
  link: 'https://e.ma/?p=1',
  date_gmt: '2026-01-17T19:22:00',
  _embedded: {
    author: [{ name: 'A' }],
    'wp:featuredmedia': [{ source_url: '/m.png', alt_text: 'M' }],
    'wp:term': [[{ taxonomy: 'post_tag', name: 'T' }]],
  },
};
const badgeBase = {
  standard: 'ISO 9001:2015',
  edition: 2015,
  holder: 'H',
  certificate: 'C',
  issuer: 'I',
  accreditation: 'A',
  scope: 'S',
  issued: '2024-01-01',
  expires: '2027-01-01',
  status: 'valid',
  verifyUrl: 'https://e.org',
};
const eventBase = {
  id: 'e',
  date: '2020-05-01',
  end: '2020-05-03',
  title: 'T',
  summary: 'S',
  category: 'visit',
  partners: ['a'],
  url: 'https://e.org',
  sources: ['https://e.org/s'],
  certainty: 'sourced',
  note: 'N',
  precision: 'day',
};
const timelineJsEvent = {
  start_date: { year: 2020, month: 5, day: 1, hour: 10, minute: 3 },
  end_date: { year: 2021 },
  text: { headline: '<b>H</b>', text: '<p>T</p>' },
  group: 'G',
  unique_id: 'u',
  media: { caption: 'C' },
};
const sharedEvent = {
  date: '2020-05-01',
  precision: 'month',
  certainty: 'inferred',
  region: 'MA-01|MA-05',
  category: 'press',
  title_en: 'T',
  title_ar: 'ع',
  note: 'N',
  sources: ['https://e.org'],
};
const featureProperties = {
  id: 'x',
  name: 'N',
  status: 'national',
  region: 'oriental',
  designated: 2014,
  areaKm2: 5,
  url: 'https://e.org',
  summary: 'S',
  geopark: 'y',
  name_fr: 'F',
  kind: 'geopark',
};
const geometry = fc.oneof(
  fc.record({
    type: fc.constant('Point'),
    coordinates: fc.oneof(
      fc.tuple(fc.double(), fc.double()),
      fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 })),
      fieldValue,
    ),
  }),
  fc.record({
    type: fc.constantFrom('Polygon', 'MultiPolygon', 'LineString', 'Nope'),
    coordinates: fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.constant([
        [
          [-6, 31],
          [-5, 31],
          [-5, 32],
          [-6, 31],
        ],
      ]),
      fc.constant([
        [
          [
            [-6, 31],
            [-5, 31],
            [-5, 32],
            [-6, 31],
          ],
        ],
      ]),
    ),
  }),
  fieldValue,
);

describe('generated: every parser returns a well-formed model or throws a JihaError', function () {
  this.timeout(120000);
  muteWarningsInSuite();
  after(() => logFigure('generated-parsers', { seed: SEED, runs }));

  it('news card: parseArticle (own, schema.org, WordPress), fromSchemaOrg, fromWordPress', async () => {
    const parse = async (input: unknown) => {
      try {
        return { value: await parseArticle(input) };
      } catch (error) {
        return returnsOrJihaError(() => {
          throw error;
        }, ['invalid-data', 'unsupported-format']);
      }
    };
    const input = fc.oneof(
      anyJson,
      mutated(newsBase),
      mutated(schemaBase),
      mutated(wordPressBase),
      fc.record({ '@graph': fc.array(fc.oneof(mutated(schemaBase), anyJson), { maxLength: 3 }) }),
    );
    await check(
      input,
      async (value) => {
        const { value: article } = await parse(value);
        if (article) expectArticle(article);
      },
      3000,
    );
    await check(fc.oneof(mutated(schemaBase), mutated(wordPressBase)), (value) => {
      for (const read of [fromSchemaOrg, fromWordPress]) {
        const { value: article } = returnsOrJihaError(() => read(value), ['invalid-data']);
        if (article) expectArticle(article);
      }
    });
  });

  it('iso badge: parseCertificate, parseStandard, standardReference, checkEdition, computeState, calendarToday', async () => {
    await check(
      fc.oneof(anyJson, mutated(badgeBase)),
      (value) => {
        const { value: certificate } = returnsOrJihaError(
          () => parseCertificate(value),
          ['invalid-data', 'unsupported-format'],
        );
        if (!certificate) return;
        expectCertificate(certificate);
        expect(standardReference(certificate.number, certificate.edition)).to.be.a('string');
        const today = new Date(Date.UTC(2026, 0, 17));
        expect(['current', 'superseded', 'unknown']).to.include(
          checkEdition(certificate.number, certificate.edition, today).kind,
        );
        expect(['valid', 'expiring', 'expired', 'not-yet-valid', 'suspended', 'withdrawn']).to.include(
          computeState(
            { issued: certificate.issued?.date, expires: certificate.expires?.date, override: certificate.override },
            today,
          ),
        );
      },
      3000,
    );
    await check(
      fc.oneof(fc.string(), fc.stringMatching(/^(NM |EN )?(ISO(\/IEC)? ?)?\d{1,6}(-\d{1,3})?(:\d{2,5})?$/)),
      (text) => {
        const parsed = parseStandard(text);
        if (parsed) expect(parsed.number).to.match(/^\d{3,5}(-\d{1,2})?$/);
      },
    );
    await check(
      fc.tuple(
        fc.integer({ min: -8.64e15, max: 8.64e15 }),
        fc.constantFrom(undefined, null, 'Africa/Casablanca', 'Pacific/Kiritimati', 'Nope/Zone', ''),
      ),
      ([now, zone]) => {
        expect(Number.isNaN(calendarToday(now, zone).getTime())).to.equal(false);
        const delay = delayToNextDay(now, zone);
        expect(delay >= 1000 && delay <= 6 * 3600000).to.equal(true);
      },
    );
  });

  it('timeline: parseTimeline (own, TimelineJS, shared) and each format parser, timelineJsDate', async () => {
    const own = fc.record(
      {
        partners: fc.oneof(fc.array(mutated({ id: 'a', name: 'A', color: '#123' }), { maxLength: 3 }), fieldValue),
        events: fc.oneof(fc.array(mutated(eventBase), { maxLength: 4 }), fieldValue),
      },
      { requiredKeys: [] },
    );
    const timelineJs = fc.record({
      events: fc.array(
        fc.oneof(
          mutated(timelineJsEvent),
          fc.record({ start_date: mutated({ year: 2020, month: 1, day: 2, hour: 3, minute: 4 }) }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    });
    const shared = fc.record({ events: fc.array(mutated(sharedEvent), { minLength: 1, maxLength: 4 }) });
    await check(
      fc.oneof(anyJson, own, timelineJs, shared, fc.array(mutated(eventBase), { maxLength: 3 })),
      (value) => {
        const { value: timeline } = returnsOrJihaError(
          () => parseTimeline(value),
          ['invalid-data', 'unsupported-format'],
        );
        if (timeline) expectTimeline(timeline);
      },
      3000,
    );
    await check(fc.tuple(own, timelineJs, shared), ([a, b, c]) => {
      for (const read of [() => parseJihaTimeline(a), () => parseTimelineJs(b), () => parseSharedTimeline(c)]) {
        const { value: timeline } = returnsOrJihaError(read, ['invalid-data']);
        if (timeline) expectTimeline(timeline);
      }
    });
    await check(fc.oneof(anyJson, mutated({ year: 2020, month: 2, day: 29, hour: 23, minute: 59 })), (value) => {
      const { value: date } = returnsOrJihaError(() => timelineJsDate(value, 'd'), ['invalid-data']);
      expect(validDate(date)).to.equal(true);
    });
  });

  it('geopark map: parseGeoparks, findRegion, parseRegionList', async () => {
    const feature = fc.record(
      {
        type: fc.oneof(fc.constant('Feature'), fieldValue),
        id: fieldValue,
        geometry,
        properties: fc.oneof(mutated(featureProperties), fieldValue),
      },
      { requiredKeys: ['type', 'geometry'] },
    );
    const collection = fc.record({
      type: fc.oneof(fc.constant('FeatureCollection'), fieldValue),
      features: fc.oneof(fc.array(feature, { maxLength: 4 }), fieldValue),
    });
    await check(
      fc.oneof(anyJson, collection, feature),
      (value) => {
        const { value: model } = returnsOrJihaError(() => parseGeoparks(value), ['invalid-data']);
        if (model) expectGeoparks(model);
      },
      3000,
    );
    await check(
      fc.oneof(fc.string(), fc.constantFrom('MA-01', 'ma-12', ' oriental ', 'MA-13', 'souss-massa,MA-01 x')),
      (text) => {
        const region = findRegion(text);
        if (region) expect(region.iso).to.match(/^MA-(0[1-9]|1[0-2])$/);
        expect(parseRegionList(text).every((id) => findRegion(id)?.id === id)).to.equal(true);
      },
    );
  });

  it('geopark map: decodeShapes decodes any well-formed quantized topology into finite rings (it only ever reads the shipped file)', async () => {
    const topology = fc
      .tuple(
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
            minLength: 2,
            maxLength: 6,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.boolean(),
      )
      .chain(([arcs, quantized]) =>
        fc.record({
          arcs: fc.constant(arcs),
          quantized: fc.constant(quantized),
          rings: fc.array(
            fc.array(fc.integer({ min: -arcs.length, max: arcs.length - 1 }), { minLength: 1, maxLength: 3 }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
      );
    await check(topology, ({ arcs, quantized, rings }) => {
      const data: Topology = {
        type: 'Topology',
        ...(quantized
          ? { transform: { scale: [0.001, 0.001] as [number, number], translate: [-17, 21] as [number, number] } }
          : {}),
        arcs,
        objects: {
          shapes: {
            type: 'GeometryCollection',
            geometries: [
              { type: 'Polygon', id: 'p', arcs: rings },
              { type: 'MultiPolygon', id: 'm', arcs: [rings] },
            ],
          },
        },
      };
      const shapes = decodeShapes(data, 'shapes');
      expect(shapes.map((shape) => shape.id)).to.deep.equal(['p', 'm']);
      for (const shape of shapes)
        expect(shape.polygons.flat(2).every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).to.equal(true);
    });
  });
});
