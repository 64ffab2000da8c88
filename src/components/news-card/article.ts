/**
 * The recognition of the three JSON shapes the news card reads
 * (the library's own, schema.org NewsArticle/Article JSON-LD, a WordPress
 * REST post) and the parser of its own. Pure functions: no DOM.
 */
import { JihaError } from '../../core/errors.js';
import { isObject, mustBe, readCount, readDate, readText, readUrl, requireText, type Json } from '../../data/fields.js';
import { readLang, readTags, type Article } from './article-model.js';
import { lazyModule } from '../../core/lazy-module.js';

/** The schema.org and WordPress parsers: loaded only when such data comes. */
const foreignFormats = lazyModule('news card formats', () => import('./foreign-formats.js'));

export type ArticleFormat = 'jiha' | 'schema.org' | 'wordpress';

/** Article, BlogPosting, Report, ScholarlyArticle, NewsArticle and its Reportage, Analysis, Opinion, Background and Review kinds. */
const ARTICLE_TYPES =
  /^(https?:\/\/schema\.org\/)?((Reportage|Analysis|Opinion|Background|Review)?NewsArticle|Article|BlogPosting|Report|ScholarlyArticle)$/;

/** Recognises a shape; undefined when the value is none of the three. */
export function detectArticleFormat(input: Json): ArticleFormat | undefined {
  const type = input['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return 'schema.org';
  if (isObject(input.title) && 'rendered' in input.title) return 'wordpress';
  if ('headline' in input) return 'jiha';
  return undefined;
}

/**
 * Reads any of the three shapes into an Article; throws a JihaError with a
 * contract code. The foreign shapes answer with a promise.
 */
export function parseArticle(input: unknown): Article | Promise<Article> {
  if (Array.isArray(input)) throw new JihaError('unsupported-format', 'the data is a list, not one article');
  if (!isObject(input)) throw mustBe('the data', 'an object', input);
  const node =
    isObject(input) && Array.isArray(input['@graph'])
      ? (input['@graph'].find((item) => isObject(item) && detectArticleFormat(item) === 'schema.org') ?? input)
      : input;
  const format = detectArticleFormat(node as Json);
  if (format === 'jiha') return fromJiha(node as Json);
  if (!format)
    throw new JihaError('unsupported-format', 'not a news article: no headline, @type NewsArticle or title.rendered');
  // The foreign shapes' parsers load only when such data comes: a page
  // using the library's own format does not download them.
  return foreignFormats
    .load()
    .then((parsers) =>
      format === 'schema.org' ? parsers.fromSchemaOrg(node as Json) : parsers.fromWordPress(node as Json),
    );
}

function fromJiha(input: Json): Article {
  const image = input.image;
  let parsedImage: Article['image'];
  if (typeof image === 'string') {
    const src = readUrl(image, 'image', 'image');
    parsedImage = src ? { src } : undefined;
  } else if (isObject(image)) {
    const src = readUrl(image.src, 'image', 'image.src');
    const credit = readText(image.credit, 'image.credit');
    parsedImage = src ? { src, alt: readText(image.alt, 'image.alt'), ...(credit ? { credit } : {}) } : undefined;
  } else if (image !== undefined && image !== null) {
    throw mustBe('image', 'a URL or {src, alt, credit}', image);
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
