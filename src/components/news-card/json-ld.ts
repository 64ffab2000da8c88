import type { UiLanguage } from '../../i18n/language.js';
import { writeStructuredData } from '../../structured-data/json-ld-script.js';

export { syncStructuredData } from '../../structured-data/json-ld-script.js';
import { pickText } from '../../i18n/localized-text.js';
import type { Article } from './article-model.js';

/** The schema.org NewsArticle that `structured-data` writes for crawlers. */
export function articleJsonLd(article: Article, language: UiLanguage): object {
  const text = (value: Article['headline'] | undefined) =>
    value === undefined ? undefined : pickText(value, language);
  const author = text(article.author);
  const source = text(article.source);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(article.headline),
    description: text(article.summary),
    url: article.url,
    image: article.image?.src,
    datePublished: article.published?.iso,
    dateline: text(article.dateline),
    author: author ? { '@type': 'Person', name: author } : undefined,
    publisher: source ? { '@type': 'Organization', name: source } : undefined,
    inLanguage: article.lang ?? language,
    keywords: article.tags.length ? article.tags.map(text).join(', ') : undefined,
    interactionStatistic:
      article.views === undefined
        ? undefined
        : {
            '@type': 'InteractionCounter',
            interactionType: 'https://schema.org/ReadAction',
            userInteractionCount: article.views,
          },
  };
}

/** Writes the card's NewsArticle JSON-LD into its light DOM. */
export function writeArticleJsonLd(host: Element, article: Article, language: UiLanguage): void {
  writeStructuredData(host, articleJsonLd(article, language));
}
