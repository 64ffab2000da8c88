/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, parsed as XML (DOMParser with an XML
 * type: never as HTML, so nothing in a feed can load or run), namespaces
 * told apart (`dc:`, `media:`, `content:encoded`), CDATA and entities
 * decoded by the XML parser. A chunk of its own, loaded only when an XML
 * feed arrives.
 */
import { JihaError } from '../../core/errors.js';
import { parseIsoDate, type DateValue } from '../../i18n/dates.js';
import { jihaPolicy } from '../../security/trusted-types.js';
import { decodeEntities } from '../../data/html-text.js';
import { MAX_FEED_ITEMS, type FeedPage } from './feed-model.js';
import { feedArticle, feedHtml, feedLang, feedText, feedUrl, type FeedItem } from './feed-item.js';
import { parseRfc822Date } from './rfc822-date.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const MEDIA = 'http://search.yahoo.com/mrss/';
const ATOM = 'http://www.w3.org/2005/Atom';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** The child elements of `parent` named `name` in namespace `ns` (null: no namespace, or RSS 1.0's and Atom's default). */
function children(parent: Element, name: string, ns?: string | null): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === name && (ns === undefined || child.namespaceURI === ns)) found.push(child);
  }
  return found;
}

const child = (parent: Element, name: string, ns?: string | null) =>
  children(parent, name, ns)[0] as Element | undefined;
const textOf = (element: Element | undefined) => element?.textContent ?? undefined;
/** Elements of RSS itself: no namespace (2.0) or RSS 1.0's. */
const rssChild = (parent: Element, name: string) =>
  children(parent, name).find(
    (element) =>
      element.namespaceURI !== DC &&
      element.namespaceURI !== CONTENT &&
      element.namespaceURI !== MEDIA &&
      element.namespaceURI !== ATOM,
  );

/** A date in RFC 822 (RSS) or RFC 3339 (Atom, `dc:date`); an unreadable one is left out with a warning. */
function feedDate(value: string | undefined, field: string): DateValue | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const date = parseIsoDate(text) ?? parseRfc822Date(text);
  if (!date)
    console.warn(
      `jiha-widgets: <jiha-news-list> ${field} ${JSON.stringify(text.slice(0, 40))} is not a date; left out.`,
    );
  return date;
}

/** An image among an item's enclosures and Media RSS elements. */
function mediaImage(item: Element, base: string | undefined): string | undefined {
  const candidates = [
    ...children(item, 'enclosure'),
    ...children(item, 'content', MEDIA),
    ...children(item, 'thumbnail', MEDIA),
  ];
  for (const group of children(item, 'group', MEDIA))
    candidates.push(...children(group, 'content', MEDIA), ...children(group, 'thumbnail', MEDIA));
  for (const element of candidates) {
    const type = element.getAttribute('type') ?? '';
    const isImage =
      element.localName === 'thumbnail' || type.startsWith('image/') || element.getAttribute('medium') === 'image';
    if (isImage) return feedUrl(element.getAttribute('url'), base, 'image', 'enclosure url');
  }
  return undefined;
}

/** RSS `author` is an address with the name in brackets: `news@example.ma (Amina)`. */
function rssAuthor(item: Element): string | undefined {
  const creator = feedText(textOf(child(item, 'creator', DC)));
  if (creator) return creator;
  const author = feedText(textOf(rssChild(item, 'author')));
  return author?.match(/\(([^)]+)\)\s*$/)?.[1] ?? author;
}

function rssItem(item: Element, channel: { base?: string; lang?: string; source?: string }): FeedItem {
  const description = textOf(rssChild(item, 'description')) ?? textOf(child(item, 'encoded', CONTENT));
  const guid = rssChild(item, 'guid');
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? textOf(guid) : undefined;
  return {
    title: feedText(decodeEntities(textOf(rssChild(item, 'title')) ?? '')),
    summary: feedHtml(description),
    url: feedUrl(textOf(rssChild(item, 'link')) ?? permalink, channel.base, 'link', 'item link'),
    image: mediaImage(item, channel.base),
    author: rssAuthor(item),
    published: feedDate(textOf(rssChild(item, 'pubDate')) ?? textOf(child(item, 'date', DC)), 'pubDate'),
    lang: feedLang(textOf(child(item, 'language', DC))) ?? channel.lang,
    tags: [...children(item, 'category'), ...children(item, 'subject', DC)]
      .map((element) => feedText(element.textContent))
      .filter((tag): tag is string => !!tag),
    source: feedText(textOf(rssChild(item, 'source'))) ?? channel.source,
  };
}

/** RSS 2.0 (`rss > channel > item`) or RSS 1.0 (`rdf:RDF > channel`, items beside it). */
function readRss(root: Element, base: string | undefined): FeedItem[] {
  const channel = rssChild(root, 'channel');
  const context = {
    base,
    lang: feedLang(textOf(channel && (rssChild(channel, 'language') ?? child(channel, 'language', DC)))),
    source: feedText(decodeEntities(textOf(channel && rssChild(channel, 'title')) ?? '')),
  };
  const itemParent = root.localName === 'RDF' ? root : channel;
  return itemParent
    ? children(itemParent, 'item')
        .slice(0, MAX_FEED_ITEMS)
        .map((item) => rssItem(item, context))
    : [];
}

/** An Atom text construct: `type="html"` holds escaped HTML, `xhtml` markup, `text` (the default) text. */
function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  return element.getAttribute('type') === 'html' ? feedHtml(element.textContent) : feedText(element.textContent);
}

/** `xml:lang` of the element or its closest ancestor. */
function xmlLang(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = node.getAttributeNS(XML, 'lang');
    if (lang !== null) return feedLang(lang);
  }
  return undefined;
}

const atomName = (parent: Element) =>
  children(parent, 'author', ATOM)
    .map((author) => feedText(textOf(child(author, 'name', ATOM))))
    .filter(Boolean)
    .join(', ') || undefined;

function atomEntry(entry: Element, feed: Element, base: string | undefined, source: string | undefined): FeedItem {
  const links = children(entry, 'link', ATOM);
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  const enclosure = links.find(
    (link) => link.getAttribute('rel') === 'enclosure' && (link.getAttribute('type') ?? '').startsWith('image/'),
  );
  const summary = child(entry, 'summary', ATOM) ?? child(entry, 'content', ATOM);
  return {
    title: atomText(child(entry, 'title', ATOM)),
    summary: atomText(summary),
    url: feedUrl(alternate?.getAttribute('href'), base, 'link', 'entry link'),
    image: enclosure
      ? feedUrl(enclosure.getAttribute('href'), base, 'image', 'enclosure href')
      : mediaImage(entry, base),
    author: atomName(entry) ?? atomName(feed),
    published: feedDate(textOf(child(entry, 'published', ATOM)) ?? textOf(child(entry, 'updated', ATOM)), 'published'),
    lang: xmlLang(entry),
    tags: children(entry, 'category', ATOM)
      .map((category) => feedText(category.getAttribute('label') ?? category.getAttribute('term')))
      .filter((tag): tag is string => !!tag),
    source,
  };
}

function readAtom(feed: Element, base: string | undefined): FeedItem[] {
  const source = atomText(child(feed, 'title', ATOM));
  return children(feed, 'entry', ATOM)
    .slice(0, MAX_FEED_ITEMS)
    .map((entry) => atomEntry(entry, feed, base, source));
}

/** Parses `text` as XML; malformed XML is `invalid-data`, and an HTML page is `unsupported-format`. */
function parseXml(text: string): Document {
  const source = text.replace(/^\ufeff/, '');
  // Entity definitions: no feed needs them, and nested ones ("billion laughs")
  // make some engines' XML parsers expand gigabytes (WebKitGTK's stopped
  // answering); Chromium refuses them itself.
  const subset = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE[^[>]*\[([^\]]*)\]/i.exec(source)?.[1];
  if (subset && /<!ENTITY/i.test(subset))
    throw new JihaError('invalid-data', 'the feed defines XML entities (<!ENTITY>), which feeds never need');
  // DOMParser is a Trusted Types sink whatever the type; as XML nothing in it runs or loads.
  const markup = (jihaPolicy()?.createHTML(source) ?? source) as string;
  const document = new DOMParser().parseFromString(markup, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) {
    if (/^\s*(<!doctype html|<html\b)/i.test(source))
      throw new JihaError('unsupported-format', 'an HTML page, not a feed');
    throw new JihaError(
      'invalid-data',
      `the feed is not well-formed XML: ${feedText(error.textContent)?.slice(0, 200) ?? 'parser error'}`,
    );
  }
  return document;
}

/** Reads an RSS 2.0, RSS 1.0 or Atom document; `base` is its address, for relative links. */
export function readXmlFeed(text: string, base?: string): FeedPage {
  const root = parseXml(text).documentElement;
  let items: FeedItem[];
  let title: string | undefined;
  if (root.localName === 'rss' || root.localName === 'RDF') {
    items = readRss(root, base);
    const channel = rssChild(root, 'channel');
    title = feedText(decodeEntities(textOf(channel && rssChild(channel, 'title')) ?? ''));
  } else if (root.localName === 'feed' && root.namespaceURI === ATOM) {
    items = readAtom(root, base);
    title = atomText(child(root, 'title', ATOM));
  } else if (root.localName === 'html') throw new JihaError('unsupported-format', 'an HTML page, not a feed');
  else
    throw new JihaError(
      'unsupported-format',
      `<${root.localName.slice(0, 40)}> is not a feed: expected RSS (<rss>, <rdf:RDF>) or Atom (<feed>)`,
    );
  return { items: items.map(feedArticle).filter((item) => item !== undefined), title };
}
