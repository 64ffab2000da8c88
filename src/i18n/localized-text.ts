import type { UiLanguage } from './language.js';
import { knownUiLanguage } from './language.js';

/** A text as the data gives it: a plain string or one per language. */
export type LocalizedText = string | Partial<Record<string, string>>;

const FALLBACK_ORDER = ['fr', 'ar', 'en'] as const;

/**
 * The longest text a field shows, in UTF-16 units; longer text is cut with
 * an ellipsis. No real headline or summary comes near it, and laying out
 * megabytes of text blocks the page for seconds (a 10 MB headline: 14 s in
 * Chromium), delaying every other element's work and timers.
 */
export const MAX_TEXT_LENGTH = 20000;

/** `text` cut to MAX_TEXT_LENGTH, never between the two halves of a surrogate pair. */
function bounded(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  const cut = /[\ud800-\udbff]/.test(text[MAX_TEXT_LENGTH - 1]) ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH;
  return `${text.slice(0, cut)}…`;
}

/**
 * The text for `language` and the language it is in: the UI language first,
 * then `fr`, `ar`, `en`, then any, as the contract orders them. Keys with a
 * region (`ar-MA`) count for their language. A plain string has no known
 * language; anything that is not text gives `undefined`.
 */
export function pickLocalized(value: unknown, language: UiLanguage): { text: string; lang?: UiLanguage } | undefined {
  if (typeof value === 'string') return value === '' ? undefined : { text: bounded(value) };
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value) };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const texts = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  for (const candidate of [language, ...FALLBACK_ORDER]) {
    // The first key of a language wins (`ar` before `ar-EG`, as written).
    const found = texts.find(([key]) => knownUiLanguage(key) === candidate);
    if (found) return { text: bounded(found[1]), lang: candidate };
  }
  return texts[0] && { text: bounded(texts[0][1]) };
}

/** Only the text of `pickLocalized`. */
export function pickText(value: unknown, language: UiLanguage): string | undefined {
  return pickLocalized(value, language)?.text;
}
