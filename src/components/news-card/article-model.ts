/** The news card's model, and the field readers every article format shares. Pure functions: no DOM. */
import type { DateValue } from '../../i18n/dates.js';
import { isObject, mustBe, readCount, readDate, readText, readUrl } from '../../data/fields.js';
import type { LocalizedText } from '../../i18n/localized-text.js';

export interface Article {
  headline: LocalizedText;
  summary?: LocalizedText;
  url?: string;
  /** `credit`: who made the image (a photographer, an agency), shown under it. */
  image?: { src: string; alt?: LocalizedText; credit?: LocalizedText };
  source?: LocalizedText;
  dateline?: LocalizedText;
  author?: LocalizedText;
  published?: DateValue;
  views?: number;
  /** The language the article is written in, for its text's `lang`. */
  lang?: string;
  tags: LocalizedText[];
}

export function readTags(value: unknown, field: string): LocalizedText[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
  if (!Array.isArray(value)) throw mustBe(field, 'a list of texts', value);
  return value
    .map((tag, index) => readText(tag, `${field}[${index}]`))
    .filter((tag): tag is LocalizedText => tag !== undefined);
}

export function readLang(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  if (isObject(value) && typeof value.alternateName === 'string') return value.alternateName; // schema.org Language
  throw mustBe(field, 'a language tag such as "ar"', value);
}

/** The card's content attributes, as its properties hold them. */
export interface ArticleAttributes {
  headline: string | null;
  summary: string | null;
  href: string | null;
  image: string | null;
  imageAlt: string | null;
  imageCredit: string | null;
  source: string | null;
  dateline: string | null;
  author: string | null;
  published: string | null;
  views: string | number | null;
}

/** The article the attributes describe, or undefined without a headline. Shared by the card and the snippet builder's fallback. */
export function articleFromAttributes(attributes: ArticleAttributes): Article | undefined {
  if (!attributes.headline) return undefined;
  const src = readUrl(attributes.image, 'image', 'image');
  return {
    headline: attributes.headline,
    summary: attributes.summary ?? undefined,
    url: readUrl(attributes.href, 'link', 'href'),
    image: src
      ? {
          src,
          alt: attributes.imageAlt ?? undefined,
          ...(attributes.imageCredit ? { credit: attributes.imageCredit } : {}),
        }
      : undefined,
    source: attributes.source ?? undefined,
    dateline: attributes.dateline ?? undefined,
    author: attributes.author ?? undefined,
    published: readDate(attributes.published, 'published'),
    views: readCount(attributes.views, 'views'),
    tags: [],
  };
}
