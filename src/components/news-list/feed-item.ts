/**
 * An article from the loose fields of a feed item (RSS, Atom, JSON Feed):
 * links resolved against the feed's address and kept only when allowed,
 * HTML fields as text, a headline from the summary when the item has no
 * title. Shared by the foreign readers. Pure: no DOM.
 */
import type { DateValue } from '../../i18n/dates.js';
import { htmlToText } from '../../data/html-text.js';
import { safeUrl, type UrlKind } from '../../security/safe-url.js';
import type { Article } from '../news-card/article-model.js';
import { MAX_FIELD_HTML } from './feed-model.js';

export { languageTag as feedLang } from './language-tag.js';

export interface FeedItem {
  title?: string;
  summary?: string;
  url?: string;
  image?: string;
  author?: string;
  published?: DateValue;
  lang?: string;
  tags: string[];
  source?: string;
}

/** The longest headline made from a summary, in characters. */
const HEADLINE_FROM_SUMMARY = 120;

/** An HTML field as text, read at most MAX_FIELD_HTML characters deep. */
export function feedHtml(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return htmlToText(value.length > MAX_FIELD_HTML ? value.slice(0, MAX_FIELD_HTML) : value) || undefined;
}

/** A plain-text field, white space folded. */
export function feedText(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return (
    (value.length > MAX_FIELD_HTML ? value.slice(0, MAX_FIELD_HTML) : value).replace(/[ \t\n\r\f]+/g, ' ').trim() ||
    undefined
  );
}

/** A link of the feed, relative to the feed's address, kept only for the contract's schemes. */
export function feedUrl(
  value: string | null | undefined,
  base: string | undefined,
  kind: UrlKind,
  field: string,
): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  let absolute = url;
  try {
    if (base && !/^[a-z][a-z0-9+.-]*:/i.test(url)) absolute = new URL(url, base).href;
  } catch {
    // left as it is for safeUrl to judge
  }
  return safeUrl(absolute, kind, field);
}

/** The article for an item, or undefined when it has neither title nor summary (nothing to show). */
export function feedArticle(item: FeedItem): Article | undefined {
  const headline =
    item.title ??
    (item.summary && item.summary.length > HEADLINE_FROM_SUMMARY
      ? `${item.summary.slice(0, HEADLINE_FROM_SUMMARY).trimEnd()}…`
      : item.summary);
  if (!headline) return undefined;
  return {
    headline,
    summary: item.title ? item.summary : undefined,
    url: item.url,
    image: item.image ? { src: item.image } : undefined,
    source: item.source,
    author: item.author,
    published: item.published,
    lang: item.lang,
    tags: item.tags,
  };
}
