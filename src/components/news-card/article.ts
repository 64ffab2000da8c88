/**
 * The news card's model and the three JSON shapes it reads: the library's
 * own, schema.org NewsArticle/Article JSON-LD, and a WordPress REST post.
 * Pure functions: no DOM, testable anywhere.
 */
import type { DateValue } from '../../dates.js';
import { JihaError } from '../../errors.js';
import { describe, isObject, readCount, readDate, readText, readUrl, requireText, type Json } from '../../fields.js';
import { htmlToText, type LocalizedText } from '../../text.js';

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

export type ArticleFormat = 'jiha' | 'schema.org' | 'wordpress';

const ARTICLE_TYPES = /^(https?:\/\/schema\.org\/)?(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|ScholarlyArticle)$/;

/** Recognises a shape; undefined when the value is none of the three. */
export function detectArticleFormat(input: Json): ArticleFormat | undefined {
  const type = input['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return 'schema.org';
  if (isObject(input.title) && 'rendered' in input.title) return 'wordpress';
  if ('headline' in input) return 'jiha';
  return undefined;
}

/** Reads any of the three shapes into an Article; throws a JihaError with a contract code. */
export function parseArticle(input: unknown): Article {
  if (Array.isArray(input)) throw new JihaError('unsupported-format', 'the data is a list; a news card takes one article (an object)');
  if (!isObject(input)) throw new JihaError('invalid-data', `the data must be an object, not ${describe(input)}`);
  const node = isObject(input) && Array.isArray(input['@graph']) ? (input['@graph'].find((item) => isObject(item) && detectArticleFormat(item) === 'schema.org') ?? input) : input;
  const format = detectArticleFormat(node as Json);
  switch (format) {
    case 'jiha':
      return fromJiha(node as Json);
    case 'schema.org':
      return fromSchemaOrg(node as Json);
    case 'wordpress':
      return fromWordPress(node as Json);
    default:
      throw new JihaError('unsupported-format', 'not a news article: expected headline (Jiha), @type NewsArticle (schema.org) or title.rendered (WordPress)');
  }
}

function readTags(value: unknown, field: string): LocalizedText[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(',').map((tag) => tag.trim()).filter(Boolean);
  if (!Array.isArray(value)) throw new JihaError('invalid-data', `${field} must be a list of texts, not ${describe(value)}`);
  return value.map((tag, index) => readText(tag, `${field}[${index}]`)).filter((tag): tag is LocalizedText => tag !== undefined);
}

function readLang(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  if (isObject(value) && typeof value.alternateName === 'string') return value.alternateName; // schema.org Language
  throw new JihaError('invalid-data', `${field} must be a language tag such as "ar", not ${describe(value)}`);
}

function fromJiha(input: Json): Article {
  const image = input.image;
  let parsedImage: Article['image'];
  if (typeof image === 'string') {
    const src = readUrl(image, 'image', 'image');
    parsedImage = src ? { src } : undefined;
  } else if (isObject(image)) {
    const src = readUrl(image.src, 'image', 'image.src');
    parsedImage = src ? { src, alt: readText(image.alt, 'image.alt') } : undefined;
  } else if (image !== undefined && image !== null) {
    throw new JihaError('invalid-data', `image must be a URL or {src, alt}, not ${describe(image)}`);
  }
  return {
    headline: requireText(input.headline, 'headline'),
    summary: readText(input.summary, 'summary'),
    url: readUrl(input.url, 'link', 'url'),
    image: parsedImage,
    source: readText(input.source, 'source'),
    dateline: readText(input.dateline, 'dateline'),
    author: readText(input.author, 'author'),
    published: readDate(input.published, 'published'),
    views: readCount(input.views, 'views'),
    lang: readLang(input.lang, 'lang'),
    tags: readTags(input.tags, 'tags'),
  };
}

/** The first element of a value that may be a list. */
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** A schema.org Person/Organization, a plain name, or a list of them, as one text. */
function schemaNames(value: unknown, field: string): LocalizedText | undefined {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names = list.map((item, index) => readText(isObject(item) ? item.name : item, `${field}[${index}]`));
  if (names.length === 1) return names[0];
  const plain = names.filter((name): name is string => typeof name === 'string');
  return plain.length > 0 ? plain.join(', ') : undefined;
}

function schemaViews(value: unknown): number | undefined {
  const counters = Array.isArray(value) ? value : value ? [value] : [];
  for (const counter of counters) {
    if (!isObject(counter)) continue;
    const action = counter.interactionType;
    const actionType = isObject(action) ? action['@type'] : action;
    if (typeof actionType === 'string' && !/(ReadAction|ViewAction|WatchAction)$/.test(actionType)) continue;
    return readCount(counter.userInteractionCount, 'interactionStatistic.userInteractionCount');
  }
  return undefined;
}

function fromSchemaOrg(input: Json): Article {
  const image = first(input.image);
  const imageUrl = isObject(image) ? (image.url ?? image.contentUrl) : image;
  const src = readUrl(imageUrl, 'image', 'image');
  const publisher = first(input.publisher);
  return {
    headline: requireText(input.headline ?? input.name, 'headline'),
    summary: readText(input.description ?? input.abstract, 'description'),
    url: readUrl(input.url ?? input.mainEntityOfPage, 'link', 'url'),
    image: src ? { src, alt: isObject(image) ? readText(image.caption ?? image.description, 'image.caption') : undefined } : undefined,
    source: isObject(publisher) ? readText(publisher.name, 'publisher.name') : readText(publisher, 'publisher'),
    dateline: readText(input.dateline, 'dateline'),
    author: schemaNames(input.author, 'author'),
    published: readDate(input.datePublished, 'datePublished'),
    views: schemaViews(input.interactionStatistic),
    lang: readLang(input.inLanguage, 'inLanguage'),
    tags: readTags(input.keywords, 'keywords'),
  };
}

/** WordPress fields that hold HTML become plain text. */
function rendered(value: unknown, field: string): string | undefined {
  if (!isObject(value)) return undefined;
  const html = value.rendered;
  if (html === undefined || html === null) return undefined;
  if (typeof html !== 'string') throw new JihaError('invalid-data', `${field}.rendered must be a text, not ${describe(html)}`);
  return htmlToText(html) || undefined;
}

function featuredImage(media: unknown): Article['image'] {
  if (!isObject(media)) return undefined;
  const src = readUrl(media.source_url, 'image', 'featured media source_url');
  if (!src) return undefined;
  return { src, alt: typeof media.alt_text === 'string' && media.alt_text ? media.alt_text : undefined };
}

function fromWordPress(input: Json): Article {
  const embedded = isObject(input._embedded) ? input._embedded : {};
  const author = first(embedded.author);
  const media = first(embedded['wp:featuredmedia']);
  const terms = Array.isArray(embedded['wp:term']) ? embedded['wp:term'].flat() : [];
  const tags = terms
    .filter((term): term is Json => isObject(term) && term.taxonomy === 'post_tag' && typeof term.name === 'string')
    .map((term) => htmlToText(term.name as string));
  const gmt = typeof input.date_gmt === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(input.date_gmt) ? `${input.date_gmt}Z` : input.date_gmt ?? input.date;
  const headline = rendered(input.title, 'title');
  if (!headline) throw new JihaError('invalid-data', 'title.rendered is missing or empty');
  return {
    headline,
    summary: rendered(input.excerpt, 'excerpt'),
    url: readUrl(input.link, 'link', 'link'),
    image: featuredImage(media),
    author: isObject(author) && typeof author.name === 'string' ? htmlToText(author.name) : undefined,
    published: readDate(gmt, 'date_gmt'),
    lang: readLang(input.lang, 'lang'),
    tags,
  };
}
