/**
 * The four widgets with the repository's reference data (data/), for the
 * page-level suites (strict page, hostile host page, many and churn).
 */
import { loadJson } from './helpers.js';

export const WIDGETS = ['news-card', 'iso-badge', 'geopark-map', 'cooperation-timeline'] as const;
export type Widget = (typeof WIDGETS)[number];

export interface RealData {
  article: Record<string, unknown>;
  certificate: Record<string, unknown>;
  geoparks: unknown;
  timeline: unknown;
}

let loaded: Promise<RealData> | undefined;

/** data/seed-article.json, data/iso-standards.json (the Tanger council's certificate), data/geoparks.geojson, data/timeline.json. */
export function loadRealData(): Promise<RealData> {
  loaded ??= (async () => {
    const [seed, standards, geoparks, timeline] = await Promise.all([
      loadJson('/data/seed-article.json'),
      loadJson('/data/iso-standards.json'),
      loadJson('/data/geoparks.geojson'),
      loadJson('/data/timeline.json'),
    ]);
    const tta = standards.fixture_tta;
    return {
      article: {
        headline: { ar: seed.headline, fr: seed.headline_fr, en: seed.headline_en },
        summary: { ar: seed.summary, fr: seed.summary_fr, en: seed.summary_en },
        url: seed.url,
        // A same-origin picture: the contract's img-src allows 'self' and data: only.
        image: { src: '/test/fixtures/pixel.png', alt: { ar: 'صورة الخبر', en: 'The article picture' } },
        source: seed.source,
        dateline: seed.dateline,
        author: seed.author,
        published: seed.published,
        views: seed.views,
        lang: seed.lang,
      },
      certificate: {
        standard: tta.standards[0],
        holder: { fr: tta.holder, ar: tta.holder_ar },
        // certification_body names Bureau Veritas Maroc; expiry_derived gives the month (three-year cycle).
        issuer: 'Bureau Veritas Maroc',
        issued: tta.obtained,
        expires: '2026-12-27',
        verifyUrl: 'https://www.bureauveritas.ma/',
      },
      geoparks,
      timeline,
    };
  })();
  return loaded;
}

/**
 * A new, unconnected widget with its real data (as the `data` property).
 * The map shows `tiles` (default "none": no tile requests) and its list;
 * the timeline is horizontal and filterable, so it has keyboard controls.
 */
export function createWidget(
  widget: Widget,
  data: RealData,
  options: { tiles?: string; lang?: string; doc?: Document } = {},
): HTMLElement {
  // Made in `doc` (a frame's) when given: an element keeps the realm it was made in.
  const element = (options.doc ?? document).createElement(`jiha-${widget}`) as HTMLElement & { data?: unknown };
  if (options.lang) element.setAttribute('lang', options.lang);
  switch (widget) {
    case 'news-card':
      element.setAttribute('time-zone', 'Africa/Casablanca');
      element.data = data.article;
      break;
    case 'iso-badge':
      element.setAttribute('time-zone', 'Africa/Casablanca');
      element.data = data.certificate;
      break;
    case 'geopark-map':
      element.setAttribute('tiles', options.tiles ?? 'none');
      element.setAttribute('regions', 'tanger-tetouan-al-hoceima beni-mellal-khenifra');
      element.setAttribute('list', '');
      element.data = data.geoparks;
      break;
    case 'cooperation-timeline':
      element.setAttribute('layout', 'horizontal');
      element.setAttribute('filterable', '');
      element.setAttribute('time-zone', 'Africa/Casablanca');
      element.data = data.timeline;
      break;
  }
  return element;
}
