/**
 * Parsers of the foreign article shapes: schema.org NewsArticle/Article
 * JSON-LD and a WordPress REST post (its HTML fields become plain text).
 * A separate chunk, loaded only when such data comes.
 */
import { JihaError } from '../../core/errors.js';
import {
  describe,
  isObject,
  readCount,
  readDate,
  readText,
  readUrl,
  requireText,
  type Json,
} from '../../data/fields.js';
import { htmlToText } from '../../data/html-text.js';
import type { LocalizedText } from '../../i18n/localized-text.js';
import { readLang, readTags, type Article } from './article-model.js';

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

/** An ImageObject's caption as the text alternative, and its `creditText`. */
function schemaImageText(image: unknown): { alt: LocalizedText | undefined; credit?: LocalizedText } {
  if (!isObject(image)) return { alt: undefined };
  const credit = readText(image.creditText, 'image.creditText');
  return { alt: readText(image.caption ?? image.description, 'image.caption'), ...(credit ? { credit } : {}) };
}

export function fromSchemaOrg(input: Json): Article {
  const image = first(input.image);
  const imageUrl = isObject(image) ? (image.url ?? image.contentUrl) : image;
  const src = readUrl(imageUrl, 'image', 'image');
  const publisher = first(input.publisher);
  return {
    headline: requireText(input.headline ?? input.name, 'headline'),
    summary: readText(input.description ?? input.abstract, 'description'),
    url: readUrl(input.url ?? input.mainEntityOfPage, 'link', 'url'),
    image: src ? { src, ...schemaImageText(image) } : undefined,
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
  if (typeof html !== 'string')
    throw new JihaError('invalid-data', `${field}.rendered must be a text, not ${describe(html)}`);
  return htmlToText(html) || undefined;
}

function featuredImage(media: unknown): Article['image'] {
  if (!isObject(media)) return undefined;
  const src = readUrl(media.source_url, 'image', 'featured media source_url');
  if (!src) return undefined;
  return { src, alt: typeof media.alt_text === 'string' && media.alt_text ? media.alt_text : undefined };
}

export function fromWordPress(input: Json): Article {
  const embedded = isObject(input._embedded) ? input._embedded : {};
  const author = first(embedded.author);
  const media = first(embedded['wp:featuredmedia']);
  const terms = Array.isArray(embedded['wp:term']) ? embedded['wp:term'].flat() : [];
  const tags = terms
    .filter((term): term is Json => isObject(term) && term.taxonomy === 'post_tag' && typeof term.name === 'string')
    .map((term) => htmlToText(term.name as string));
  const gmt =
    typeof input.date_gmt === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(input.date_gmt)
      ? `${input.date_gmt}Z`
      : (input.date_gmt ?? input.date);
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
