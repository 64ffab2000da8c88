/**
 * JSON Feed 1.1 (and 1.0): `items` with `title`, `url`, `summary`,
 * `content_html`/`content_text`, `image`, `date_published`, `authors`
 * (1.0: `author`), `tags`, `language`; the feed's `title` as the source and
 * `next_url` for the next page. A chunk of its own, loaded only when such a
 * feed arrives. Pure: no DOM.
 */
import { JihaError } from '../../core/errors.js';
import { describe, isObject, type Json } from '../../data/fields.js';
import { parseIsoDate } from '../../i18n/dates.js';
import { MAX_FEED_ITEMS, type FeedPage } from './feed-model.js';
import { feedArticle, feedHtml, feedLang, feedText, feedUrl, type FeedItem } from './feed-item.js';

const string = (value: unknown) => (typeof value === 'string' ? value : undefined);

function authors(item: Json, feed: Json): string | undefined {
  const list =
    [item.authors, item.author, feed.authors, feed.author]
      .map((value) => (Array.isArray(value) ? value : isObject(value) ? [value] : []))
      .find((value) => value.length > 0) ?? [];
  return (
    list
      .map((author) => (isObject(author) ? feedText(string(author.name)) : undefined))
      .filter(Boolean)
      .join(', ') || undefined
  );
}

function jsonFeedItem(item: unknown, feed: Json, base: string | undefined): FeedItem | undefined {
  if (!isObject(item)) return undefined;
  const published = string(item.date_published) ?? string(item.date_modified);
  const date = published ? parseIsoDate(published) : undefined;
  if (published && !date)
    console.warn(
      `jiha-widgets: <jiha-news-list> date_published ${JSON.stringify(published.slice(0, 40))} is not a date; left out.`,
    );
  return {
    title: feedText(string(item.title)),
    summary:
      feedText(string(item.summary)) ?? feedHtml(string(item.content_html)) ?? feedText(string(item.content_text)),
    url: feedUrl(string(item.url) ?? string(item.external_url), base, 'link', 'item url'),
    image: feedUrl(string(item.image) ?? string(item.banner_image), base, 'image', 'item image'),
    author: authors(item, feed),
    published: date,
    lang: feedLang(string(item.language) ?? string(feed.language)),
    tags: Array.isArray(item.tags)
      ? item.tags.map((tag) => feedText(string(tag))).filter((tag): tag is string => !!tag)
      : [],
    source: feedText(string(feed.title)),
  };
}

export function readJsonFeed(feed: Json, base?: string): FeedPage {
  if (!Array.isArray(feed.items))
    throw new JihaError('invalid-data', `a JSON Feed's items must be a list, not ${describe(feed.items)}`);
  const items = feed.items.slice(0, MAX_FEED_ITEMS).map((item) => jsonFeedItem(item, feed, base));
  const next = feedUrl(string(feed.next_url), base, 'link', 'next_url');
  return {
    items: items.map((item) => item && feedArticle(item)).filter((item) => item !== undefined),
    next,
    title: feedText(string(feed.title)),
  };
}
