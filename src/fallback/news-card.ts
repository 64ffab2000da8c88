/**
 * The news card's fallback markup: the headline as a link, its date as
 * `<time datetime>`, the meta line's texts (source, place, author), the
 * summary and the image's credit. What a page shows where the
 * script does not run; the element hides it once it renders.
 */
import type { Article } from '../components/news-card/article-model.js';
import type { LanguageContext } from '../i18n/language.js';
import { pickLocalized } from '../i18n/localized-text.js';
import { escapeAttribute, escapeText, langAttribute } from './escape.js';
import { FALLBACK_FIELDS } from './fields.generated.js';
import { timeElement } from './time-element.js';

export interface NewsCardFallbackOptions {
  /** The card's `heading-level` (2–6; anything else is 3, as in the card). */
  headingLevel?: number;
  timeZone?: string | null;
}

export function newsCardFallback(
  article: Article,
  language: LanguageContext,
  { headingLevel, timeZone }: NewsCardFallbackOptions = {},
): string {
  const level = Number.isInteger(headingLevel) && headingLevel! >= 2 && headingLevel! <= 6 ? headingLevel! : 3;
  const headline = pickLocalized(article.headline, language.ui);
  const title = escapeText(headline?.text ?? '');
  const lines = [
    `<h${level}${langAttribute(headline?.lang ?? article.lang)}>${article.url ? `<a href="${escapeAttribute(article.url)}">${title}</a>` : title}</h${level}>`,
  ];
  const meta: string[] = [];
  if (article.published) meta.push(timeElement(article.published, language, timeZone));
  for (const name of FALLBACK_FIELDS['news-card'].meta) {
    const value = article[name];
    const text = value === undefined ? undefined : pickLocalized(value, language.ui);
    if (text) meta.push(`<span${langAttribute(text.lang)}>${escapeText(text.text)}</span>`);
  }
  if (meta.length) lines.push(`<p>${meta.join(' · ')}</p>`);
  const summary = article.summary === undefined ? undefined : pickLocalized(article.summary, language.ui);
  if (summary) lines.push(`<p${langAttribute(summary.lang ?? article.lang)}>${escapeText(summary.text)}</p>`);
  const credit = article.image?.credit === undefined ? undefined : pickLocalized(article.image.credit, language.ui);
  if (credit)
    lines.push(`<p${langAttribute(credit.lang ?? article.lang)}><small>${escapeText(credit.text)}</small></p>`);
  return lines.join('\n');
}
