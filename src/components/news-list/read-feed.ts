/**
 * Recognises a feed by content type and shape, and reads it into a page of
 * articles: the library's own format at once, the others (RSS, Atom,
 * JSON Feed, WordPress posts) through readers loaded only when such a feed
 * arrives, so a page downloads only what its feed needs. Pure: no DOM.
 */
import { JihaError } from '../../core/errors.js';
import { parseJson } from '../../core/inline-data.js';
import { lazyModule } from '../../core/lazy-module.js';
import { describe, isObject, type Json } from '../../data/fields.js';
import type { FetchedText } from '../../data/fetch-data.js';
import { parseArticle } from '../news-card/article.js';
import type { Article } from '../news-card/article-model.js';
import { MAX_FEED_ITEMS, type FeedPage, type MergedSources } from './feed-model.js';

const xmlFeeds = lazyModule('RSS and Atom reader', () => import('./xml-feed.js'));
const jsonFeeds = lazyModule('JSON Feed reader', () => import('./json-feed.js'));
const wordPress = lazyModule('WordPress posts reader', () => import('./wordpress-posts.js'));

/** What the list's `src` download gives the reader: the body and what the response said about it. */
export class FeedResponse {
  constructor(readonly response: FetchedText) {}
}

/** What a list of several sources' download gives the reader: their merge, already read (several-sources.ts). */
export class MergedResponse {
  constructor(readonly sources: MergedSources) {}
}

/** Media types of the formats read, for the `Accept` header. */
export const FEED_ACCEPT =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml, text/xml';

const FORMATS = ' (RSS, Atom, JSON Feed, WordPress posts, a list of articles or {"items": […]})';

const XML_TYPE = /[/+]xml$/;
const JSON_TYPE = /[/+]json$/;
/** What an XML feed starts with, past a BOM, white space, an XML declaration and comments. */
const XML_START = /^\ufeff?\s*(<\?xml|<!--|<rss\b|<feed\b|<rdf:RDF\b|<\?xml-stylesheet)/;

/**
 * When the council's server took a copy it says is stale (`X-Jiha-Stale: 1`
 * with `X-Jiha-Fetched-At`: the partner could not be reached and this is
 * its last good copy); undefined for a fresh copy or any other server.
 */
export function staleSince(headers: Headers): Date | undefined {
  if (headers.get('x-jiha-stale')?.trim() !== '1') return undefined;
  const date = new Date(headers.get('x-jiha-fetched-at')?.trim() ?? '');
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads a downloaded feed, with the date of a stale copy. */
export function readResponse(input: FeedResponse): FeedPage | Promise<FeedPage> {
  const since = staleSince(input.response.headers);
  if (!since) return readBody(input);
  const stale = (page: FeedPage): FeedPage => ({ ...page, staleSince: since });
  const page = readBody(input);
  return page instanceof Promise ? page.then(stale) : stale(page);
}

function readBody({ response }: FeedResponse): FeedPage | Promise<FeedPage> {
  const { text, contentType, url } = response;
  const looksXml = XML_START.test(text);
  if (XML_TYPE.test(contentType) || (looksXml && !JSON_TYPE.test(contentType))) {
    return xmlFeeds.load().then((reader) => reader.readXmlFeed(text, url));
  }
  const start = text.trimStart()[0];
  if (
    contentType === 'text/html' ||
    (!JSON_TYPE.test(contentType) && !/^(text\/plain)?$/.test(contentType) && start !== '{' && start !== '[')
  ) {
    throw new JihaError('unsupported-format', `${url} sent ${contentType}, not a feed${FORMATS}`);
  }
  return readFeedJson(parseJson(text.replace(/^\ufeff/, ''), url), url, response.headers);
}

/** True for a WordPress REST post: `title.rendered`. */
const isWordPressPost = (item: unknown) => isObject(item) && isObject(item.title) && 'rendered' in item.title;

/** JSON Feed: its `version` URL, or items with its own field names and no `headline`. */
function isJsonFeed(input: Json): boolean {
  if (typeof input.version === 'string' && input.version.includes('jsonfeed.org')) return true;
  return (
    Array.isArray(input.items) &&
    input.items.some(
      (item) =>
        isObject(item) &&
        !('headline' in item) &&
        ('content_html' in item || 'content_text' in item || 'date_published' in item),
    )
  );
}

/**
 * Reads JSON (from `data`, an inline script or `src`): WordPress posts (a
 * list of posts, paged by `headers` when downloaded), JSON Feed, or the
 * library's own list of articles (`[…]` or `{"items": […]}`).
 */
export function readFeedJson(input: unknown, base?: string, headers?: Headers): FeedPage | Promise<FeedPage> {
  const list = Array.isArray(input) ? input : isObject(input) && !isJsonFeed(input) ? input.items : undefined;
  if (Array.isArray(list) && list.some(isWordPressPost)) {
    return wordPress.load().then((reader) => reader.readWordPressPosts(list, base, headers));
  }
  if (isObject(input) && isJsonFeed(input)) return jsonFeeds.load().then((reader) => reader.readJsonFeed(input, base));
  if (Array.isArray(list)) return readOwnArticles(list);
  throw new JihaError(
    isObject(input) ? 'unsupported-format' : 'invalid-data',
    `not a feed${FORMATS}: ${describe(input)}`,
  );
}

/** The library's own articles (or schema.org ones), each as the news card reads it; a bad one names its place. */
function readOwnArticles(list: unknown[]): FeedPage | Promise<FeedPage> {
  const items = list.slice(0, MAX_FEED_ITEMS).map((item, index) => {
    try {
      const article = parseArticle(item);
      return article instanceof Promise
        ? article.catch((error: unknown) => Promise.reject(atItem(index, error)))
        : article;
    } catch (error) {
      throw atItem(index, error);
    }
  });
  if (items.some((item) => item instanceof Promise)) return Promise.all(items).then((read) => ({ items: read }));
  return { items: items as Article[] };
}

function atItem(index: number, error: unknown): JihaError {
  const cause = error instanceof JihaError ? error : new JihaError('invalid-data', String(error));
  return new JihaError(cause.code, `items[${index}]: ${cause.detail}`);
}
