/**
 * What the test's authors save: every shortcode and every block with
 * realistic values, an embed address alone on a line, a Custom HTML block
 * with a script (the negative control), and the hostile-value pages.
 */
import { readFileSync } from 'node:fs';

export const CARD = {
  headline: 'Regional council signs the Fès cooperation agreement',
  href: 'https://example.org/news/agreement',
  published: '2026-01-17T20:22:00+01:00',
  source: 'Sada Al Maghrib',
  summary: 'Two regions agree on a five-year plan.',
};

export const TIMELINE_JSON = JSON.stringify({
  partners: [
    { id: 'a', name: 'Fès-Meknès' },
    { id: 'b', name: 'Souss-Massa' },
  ],
  events: [
    {
      date: '2024-05',
      title: { en: 'First visit', fr: 'Première visite' },
      category: 'visit',
      partners: ['a', 'b'],
      url: 'https://example.org/visit',
    },
    {
      date: '2025-03-12',
      title: { en: 'Agreement signed', fr: 'Accord signé' },
      category: 'agreement',
      partners: ['a', 'b'],
    },
  ],
});

export const MAP_CSV =
  'id,name,lat,lng,status,region,url\nmgoun,"M\'Goun Geopark",31.96,-6.57,unesco-global-geopark,beni-mellal-khenifra,https://example.org/mgoun\n';

/** The five shortcodes; `tag` marks the post's values so each post can be told apart. */
export function shortcodes(tag) {
  return [
    `[jiha_news_card headline="${CARD.headline} ${tag}" href="${CARD.href}" published="${CARD.published}" source="${CARD.source}" summary="${CARD.summary}" image="https://example.org/image.jpg" image_alt="Signing ceremony"]`,
    `[jiha_iso_badge standard="9001" edition="2015" holder="Council ${tag}" expires="2099-05-01" verify-url="https://example.org/verify"]`,
    `[jiha_geopark_map list tiles="none"]\n${MAP_CSV}[/jiha_geopark_map]`,
    `[jiha_cooperation_timeline]${TIMELINE_JSON}[/jiha_cooperation_timeline]`,
    '[jiha_news_list limit="3" heading="Latest news"]',
  ].join('\n\n');
}

/** The five blocks as the editor saves them (a comment with JSON attributes). */
export function blocks(tag) {
  const block = (name, attributes) => `<!-- wp:jiha/${name} ${JSON.stringify(attributes)} /-->`;
  return [
    block('news-card', {
      headline: `${CARD.headline} ${tag}`,
      href: CARD.href,
      published: CARD.published,
      source: CARD.source,
      summary: CARD.summary,
      imageAlt: 'Signing ceremony',
    }),
    block('iso-badge', {
      standard: '14001',
      holder: `Council ${tag}`,
      expires: '2099-05-01',
      verifyUrl: 'https://example.org/verify',
    }),
    block('geopark-map', { list: true, tiles: 'none', data: MAP_CSV }),
    block('cooperation-timeline', { data: TIMELINE_JSON }),
    block('news-list', { limit: '3' }),
  ].join('\n\n');
}

/** Payloads: the shared XSS list (data/, a copy of ../shared/data/) (alert/prompt/confirm, trapped) and the project's window.__pwned traps. */
export function payloads() {
  return [
    ...JSON.parse(readFileSync('data/xss-payloads.json', 'utf8')),
    ...JSON.parse(readFileSync('test/fixtures/hostile-trap-payloads.json', 'utf8')),
  ];
}

/**
 * One shortcode per payload with the payload in every attribute, in two
 * forms: as typed (only " [ ] made entities, which shortcode syntax needs;
 * kses then filters it on save), and wholly entity-encoded (kses keeps it, so
 * the renderer receives the payload itself).
 */
export function hostileShortcodes(shortcode, attributes, list, encodeAll) {
  const encode = (value) =>
    encodeAll
      ? value.replace(/[&<>"'[\]]/g, (c) => `&#${c.charCodeAt(0)};`)
      : value.replace(/["[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
  return list
    .map((payload) => `[${shortcode} ${attributes.map((name) => `${name}="${encode(payload)}"`).join(' ')}]`)
    .join('\n');
}

export const EMBED_QUERY =
  'widget=news-card&lang=en&id=wp-embed&headline=Embedded+card&href=https%3A%2F%2Fexample.org%2Fe';

/**
 * One block per payload with the payload in every attribute, as the editor
 * saves blocks: JSON in a comment, escaped the way WordPress's
 * serialize_block_attributes() escapes it. Unlike a shortcode value, a block
 * value can hold a raw `"`: kses strips tags from it but keeps quotes.
 */
export function hostileBlocks(widget, attributes, list) {
  const escapeForComment = (json) =>
    json
      .replace(/--/g, '\\u002d\\u002d')
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\\"/g, '\\u0022');
  return list
    .map(
      (payload) =>
        `<!-- wp:jiha/${widget} ${escapeForComment(JSON.stringify(Object.fromEntries(attributes.map((name) => [name, payload]))))} /-->`,
    )
    .join('\n');
}
