/** The news card's model, and the field readers every article format shares. Pure functions: no DOM. */
import type { DateValue } from '../../i18n/dates.js';
import { isObject, mustBe, readText } from '../../data/fields.js';
import type { LocalizedText } from '../../i18n/localized-text.js';

export interface Article {
  headline: LocalizedText;
  summary?: LocalizedText;
  url?: string;
  image?: { src: string; alt?: LocalizedText };
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
  if (typeof value === 'string') return value.split(',').map((tag) => tag.trim()).filter(Boolean);
  if (!Array.isArray(value)) throw mustBe(field, 'a list of texts', value);
  return value.map((tag, index) => readText(tag, `${field}[${index}]`)).filter((tag): tag is LocalizedText => tag !== undefined);
}

export function readLang(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  if (isObject(value) && typeof value.alternateName === 'string') return value.alternateName; // schema.org Language
  throw mustBe(field, 'a language tag such as "ar"', value);
}
