/**
 * The fallback a script-and-element snippet carries (docs/reference/without-javascript.md):
 * the element's model read from the snippet's own data (or attributes, or
 * the map's default places), written as markup by the fallback writers in
 * the widget's language. Data from `src` is used when the builder could read
 * it (`source`); else such a snippet carries no fallback unless it also has
 * inline data, but for the news list, whose fallback then links to the
 * feed's site.
 */
import { parseArticle } from '../components/news-card/article.js';
import { articleFromAttributes, type ArticleAttributes } from '../components/news-card/article-model.js';
import {
  ATTRIBUTE_NAMES,
  parseCertificate,
  readCertificate,
  type Certificate,
} from '../components/iso-badge/certificate.js';
import { calendarToday, computeState } from '../components/iso-badge/status.js';
import { readGeoparks } from '../components/geopark-map/places/geopark-model.js';
import { readTimeline } from '../components/cooperation-timeline/timeline-format.js';
import { readFeedJson } from '../components/news-list/read-feed.js';
import { parseJihaTimeline } from '../components/cooperation-timeline/parse-jiha.js';
import { CsvText } from '../data/csv-text.js';
import type { LanguageContext } from '../i18n/language.js';
import { toUiLanguage } from '../i18n/language.js';
import { inLanguage, loadLanguage, type MessageGroup } from '../i18n/localize.js';
import { geoparkStrings } from '../locales/geopark.js';
import { isoStrings } from '../locales/iso.js';
import {
  geoparkMapFallback,
  isoBadgeFallback,
  newsCardFallback,
  newsListFallback,
  newsSiteFallback,
  timelineFallback,
} from '../fallback/index.js';
import type { SnippetInput } from './snippets.js';
import type { FeedPage } from '../components/news-list/feed-model.js';

/** The data read from the widget's `src` (source-data.ts): the widget's data, or the news list's page of items. */
export interface FromSource {
  data: unknown;
  feed?: FeedPage;
}

const STRINGS: Record<SnippetInput['widget']['name'], MessageGroup[]> = {
  'news-card': [],
  'iso-badge': [isoStrings],
  'geopark-map': [geoparkStrings],
  'cooperation-timeline': [],
  'news-list': [],
};

/** The fallback markup for `input`, or '' when its data cannot be read (the preview shows why) or lives at `src`. */
export async function snippetFallback(input: SnippetInput, source?: FromSource): Promise<string> {
  const ui = toUiLanguage(input.lang);
  const language: LanguageContext = { tag: input.lang, ui, dir: input.dir || (ui === 'ar' ? 'rtl' : 'ltr') };
  const attributes = new Map(input.attributes);
  const value = (name: string) => attributes.get(name) ?? null;
  // Items from a feed the builder does not read: a link to the feed's site.
  const fromSource = !input.data.trim() && value('src') ? source : undefined;
  if (input.widget.name === 'news-list' && !input.data.trim() && !fromSource?.feed)
    return newsSiteFallback(value('src') ?? '', value('heading'));
  if (!input.data.trim() && value('src') && !fromSource) return '';
  try {
    const data: unknown = !input.data.trim()
      ? fromSource?.data
      : input.csv
        ? new CsvText(input.data, 'pasted CSV')
        : JSON.parse(input.data);
    await loadLanguage(ui, STRINGS[input.widget.name]);
    const timeZone = value('time-zone');
    switch (input.widget.name) {
      case 'news-card': {
        const article =
          data === undefined
            ? articleFromAttributes(propertiesOf(input) as unknown as ArticleAttributes)
            : await parseArticle(data);
        return article
          ? inLanguage(ui, () =>
              newsCardFallback(article, language, { headingLevel: Number(value('heading-level') ?? 3), timeZone }),
            )
          : '';
      }
      case 'iso-badge': {
        const certificate = data === undefined ? badgeFromAttributes(value) : parseCertificate(data);
        if (!certificate) return '';
        const state = computeState(
          { issued: certificate.issued?.date, expires: certificate.expires?.date, override: certificate.override },
          calendarToday(Date.now(), timeZone),
        );
        return inLanguage(ui, () => isoBadgeFallback(certificate, state, language));
      }
      case 'geopark-map': {
        // The region table and default places as the map itself loads them: chunks of their own.
        const [{ findRegion }, { DEFAULT_GEOPARKS }] = await Promise.all([
          import('../components/geopark-map/regions/regions.js'),
          import('../components/geopark-map/places/default-places.js'),
        ]);
        const { features } =
          data instanceof CsvText
            ? (await import('../components/geopark-map/places/parse-csv.js')).parseGeoparksCsv(data)
            : readGeoparks(data ?? DEFAULT_GEOPARKS, findRegion);
        return inLanguage(ui, () => geoparkMapFallback(features, language));
      }
      case 'cooperation-timeline': {
        if (data === undefined) return '';
        const timeline =
          data instanceof CsvText
            ? (await import('../components/cooperation-timeline/parse-csv.js')).parseTimelineCsv(
                data,
                parseJihaTimeline,
              )
            : await readTimeline(data);
        return inLanguage(ui, () => timelineFallback(timeline, language, timeZone));
      }
      case 'news-list': {
        const limit = Math.floor(Number(value('limit') ?? 6));
        const page = fromSource?.feed ?? (await readFeedJson(data));
        return inLanguage(ui, () =>
          newsListFallback(page.items, language, { limit: Number.isFinite(limit) ? Math.min(50, limit) : 6, timeZone }),
        );
      }
    }
  } catch {
    return '';
  }
}

/**
 * The element's properties as the snippet's attributes set them (null where
 * absent), named as the element names them: the widget's fields are written
 * from the element (src/embed/widgets.generated.ts), so they cover each of
 * its content properties.
 */
function propertiesOf(input: SnippetInput): Record<string, string | null> {
  const attributes = new Map(input.attributes);
  return Object.fromEntries(input.widget.fields.map((field) => [field.property, attributes.get(field.name) ?? null]));
}

function badgeFromAttributes(value: (name: string) => string | null): Certificate | undefined {
  if (value('standard') === null) return undefined;
  const field = (name: keyof typeof ATTRIBUTE_NAMES) => value(ATTRIBUTE_NAMES[name]);
  return readCertificate(
    {
      standard: field('standard'),
      edition: field('edition'),
      holder: field('holder'),
      certificate: field('certificate'),
      issuer: field('issuer'),
      accreditation: field('accreditation'),
      scope: field('scope'),
      issued: field('issued'),
      expires: field('expires'),
      status: field('status'),
      verifyUrl: field('verifyUrl'),
    },
    ATTRIBUTE_NAMES,
  );
}
