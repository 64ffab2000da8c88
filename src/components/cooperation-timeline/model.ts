/**
 * The cooperation timeline's model: partners and dated events, whatever
 * format they came in. Parsers fill it; the element only renders it. It
 * holds only what visitors read: fields meant for editors (`note`,
 * `editorNote`: research notes, why a date is what it is) are not read into
 * it, so no render can show them.
 */
import type { DateValue } from '../../i18n/dates.js';
import type { LocalizedText } from '../../i18n/localized-text.js';

/** The contract's categories, in the order the filter shows them. */
export const CATEGORIES = [
  'visit',
  'agreement',
  'certification',
  'open-government',
  'digital',
  'geopark',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

export interface TimelinePartner {
  id: string;
  name: LocalizedText;
  /** A CSS colour checked by the parser; the theme's tokens when absent. */
  color?: string;
}

export interface TimelineEvent {
  /** The event's position in the data, named in error messages and kept as a stable sort key. */
  index: number;
  id?: string;
  start: DateValue;
  end?: DateValue;
  title: LocalizedText;
  summary?: LocalizedText;
  category: Category;
  /** The foreign name of the category (a TimelineJS `group`), shown instead of "Other". */
  categoryLabel?: string;
  /** Partner ids; empty for context events (a national or UNESCO decision). */
  partners: string[];
  url?: string;
  /** Further sources beyond `url` (the shared data's `sources`). */
  sources: string[];
  /** True when the date is inferred, approximate or unverified, not reported by a source. */
  uncertain: boolean;
}

export interface Timeline {
  partners: TimelinePartner[];
  events: TimelineEvent[];
}
