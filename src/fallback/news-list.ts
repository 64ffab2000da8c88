/**
 * The news list's fallback markup. With items at hand (inline data), a
 * `<ul>` of them in the shape the list itself reads from the page
 * (light-dom-items.ts): each `<li>` a link with its headline and the date as
 * `<time datetime>`. With only a feed address, the one link that stays true
 * as the news changes: the site the feed belongs to.
 */
import type { Article } from '../components/news-card/article-model.js';
import type { LanguageContext } from '../i18n/language.js';
import { pickLocalized } from '../i18n/localized-text.js';
import { escapeAttribute, escapeText, langAttribute } from './escape.js';
import { timeElement } from './time-element.js';

/** Resolves a relative `src` without a page: what stays on it is on the page's own site. */
const RELATIVE_BASE = 'https://relative.jiha.invalid/';

export interface NewsListFallbackOptions {
  /** How many items the list shows first (its `limit`). */
  limit: number;
  timeZone?: string | null;
}

export function newsListFallback(
  items: readonly Article[],
  language: LanguageContext,
  { limit, timeZone }: NewsListFallbackOptions,
): string {
  const lines = items.slice(0, Math.max(1, limit)).map((article) => {
    const headline = pickLocalized(article.headline, language.ui);
    const title = escapeText(headline?.text ?? '');
    const link = article.url ? `<a href="${escapeAttribute(article.url)}">${title}</a>` : title;
    const date = article.published ? ` ${timeElement(article.published, language, timeZone)}` : '';
    return `  <li${langAttribute(headline?.lang ?? article.lang)}>${link}${date}</li>`;
  });
  return lines.length ? `<ul>\n${lines.join('\n')}\n</ul>` : '';
}

/**
 * For a list whose items come from `src`: a link to that feed's site (its
 * origin), named by the list's heading, else by the site's host. A relative
 * `src` is on the page's own site: the link is `/`, and needs a heading to
 * name it. Empty when there is nothing safe to link to.
 */
export function newsSiteFallback(src: string, heading: string | null): string {
  const address = src.trim();
  let url: URL;
  try {
    url = new URL(address, RELATIVE_BASE);
  } catch {
    return '';
  }
  // The scheme as the URL parser reads it (`java\tscript:` is `javascript:`): a site is http or https.
  if (!address || (url.protocol !== 'https:' && url.protocol !== 'http:')) return '';
  // From the origin: a user name or password in the feed's address stays out of the page's text.
  const site = url.origin === new URL(RELATIVE_BASE).origin ? undefined : new URL('/', url.origin);
  const name = heading?.trim() || site?.host;
  if (!name) return '';
  return `<p><a href="${escapeAttribute(site?.href ?? '/')}">${escapeText(name)}</a></p>`;
}
