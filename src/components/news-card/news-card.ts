import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { JihaDataElement } from '../../core/data-element.js';
import { lazyModule } from '../../core/lazy-module.js';
import { StructuredDataController } from '../../core/structured-data-controller.js';
import { formatDateTime, formatDate } from '../../i18n/format.js';
import { textDirection } from '../../i18n/language.js';
import { msg } from '../../i18n/localize.js';
import { pickLocalized, pickText, type LocalizedText } from '../../i18n/localized-text.js';
import { parseArticle } from './article.js';
import { articleFromAttributes, type Article } from './article-model.js';
import { metaList, type MetaItem } from './meta-list.js';
import { newsCardStyles } from './news-card.styles.js';
import { viewsText } from './news-card.strings.js';
import { newsStrings } from '../../locales/news.js';

/** The JSON-LD writer: loaded only by cards that ask for structured data. */
const articleJsonLd = lazyModule('news card JSON-LD', () => import('./json-ld.js'));

export type NewsCardVariant = 'full' | 'compact' | 'horizontal';

/**
 * An article teaser for a portal's news lists: headline link, image, meta
 * line (source, dateline, date and time, author, views) and summary, in the
 * element's language and direction.
 *
 * @summary An RTL-first news teaser.
 * @tag jiha-news-card
 *
 * @fires jiha-ready - The card shows its article.
 * @fires jiha-error - The data is unusable; `detail: {code, message, detail}`.
 *
 * @csspart card - The `<article>`.
 * @csspart media - The image box.
 * @csspart credit - The image credit under it.
 * @csspart headline - The heading.
 * @csspart meta - The meta line.
 * @csspart summary - The summary paragraph.
 * @csspart tags - The tag list.
 * @csspart error - The error box.
 * @csspart skeleton - The placeholder while `src` loads.
 *
 * @cssprop --jiha-font-family - Font stack.
 * @cssprop --jiha-color-text - Text colour.
 * @cssprop --jiha-color-muted - Meta line colour.
 * @cssprop --jiha-color-surface - Card background.
 * @cssprop --jiha-color-border - Card border.
 * @cssprop --jiha-color-accent - Link hover and focus colour.
 * @cssprop --jiha-color-danger - Error box colour.
 * @cssprop --jiha-radius - Corner radius.
 * @cssprop --jiha-space - Inner spacing.
 *
 * @title News card
 * @embed-height 460
 */
export class JihaNewsCard extends JihaDataElement<Article> {
  static override styles = [...JihaDataElement.styles, newsCardStyles];

  static override properties: PropertyDeclarations = {
    headline: {},
    summary: {},
    href: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    imageCredit: { attribute: 'image-credit' },
    source: {},
    dateline: {},
    author: {},
    published: {},
    views: {},
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    failedImage: { state: true },
  };

  protected static override messageGroups = [newsStrings];

  protected static override contentProperties = [
    'headline',
    'summary',
    'href',
    'image',
    'imageAlt',
    'imageCredit',
    'source',
    'dateline',
    'author',
    'published',
    'views',
  ];

  /**
   * The headline, linked to `href`.
   * @example جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة
   * @fallback heading
   */
  headline: string | null = null;
  /**
   * The teaser text.
   * @fallback summary
   */
  summary: string | null = null;
  /**
   * The article's address (http, https, mailto or relative).
   * @format url
   * @example https://sadaalmaghrib.com/?p=40130
   * @fallback link
   */
  href: string | null = null;
  /**
   * The image URL (http, https, relative or data:image/).
   * @format image
   */
  image: string | null = null;
  /** The image's text alternative; empty means decorative. */
  imageAlt: string | null = null;
  /**
   * Who made the image (a photographer, an agency), shown under it as written, e.g. `Photo: MAP`.
   * @fallback credit
   */
  imageCredit: string | null = null;
  /**
   * The publisher, e.g. صدى المغرب.
   * @example صدى المغرب
   * @fallback meta
   */
  source: string | null = null;
  /**
   * The place the story is from, e.g. طنجة.
   * @example طنجة
   * @fallback meta
   */
  dateline: string | null = null;
  /**
   * The author.
   * @fallback meta
   */
  author: string | null = null;
  /**
   * The publication date-time, ISO 8601.
   * @format date
   * @example 2026-01-17T20:22:00+01:00
   * @fallback time
   */
  published: string | null = null;
  /**
   * The view count.
   * @format number
   * @min 0
   * @example 2
   */
  views: string | number | null = null;
  /** `full` (default), `compact` (no image nor summary) or `horizontal` (image beside the text). */
  variant: NewsCardVariant = 'full';
  /**
   * The heading level of the headline, 2 to 6.
   * @min 2
   * @max 6
   * @fallback heading
   */
  headingLevel = 3;
  /** Adds a schema.org NewsArticle JSON-LD script to the light DOM. */
  structuredData = false;

  private failedImage: string | undefined;

  constructor() {
    super();
    new StructuredDataController(this, articleJsonLd, () => {
      const article = this.loadState === 'ready' && this.structuredData ? this.model : undefined;
      const language = this.language.ui;
      return (
        article && {
          deps: [article, language],
          write: ({ writeArticleJsonLd }) => writeArticleJsonLd(this, article, language),
        }
      );
    });
  }

  protected override parseData(input: unknown): Article | Promise<Article> {
    return parseArticle(input);
  }

  protected override modelFromAttributes(): Article | undefined {
    return articleFromAttributes(this);
  }

  protected override renderModel(article: Article): unknown {
    const variant = this.variant === 'compact' || this.variant === 'horizontal' ? this.variant : 'full';
    const showImage = variant !== 'compact' && article.image;
    return html`<article part="card" class="card ${variant}">
      ${showImage ? this.renderFigure(article.image!, article) : nothing}
      <div class="body">
        ${this.renderHeadline(article)} ${this.renderMeta(article)}
        ${variant !== 'compact' && article.summary ? this.renderSummary(article.summary, article) : nothing}
        ${
          variant !== 'compact' && article.tags.length
            ? html`<ul part="tags" class="tags" aria-label=${msg('Tags', { id: 'news.tags' })}>
              ${article.tags.map((tag) => html`<li>${pickText(tag, this.language.ui)}</li>`)}
            </ul>`
            : nothing
        }
      </div>
    </article>`;
  }

  /** The language a text of the article is in: its own key, else the article's `lang`. */
  private contentLang(value: LocalizedText, article: Article): string | undefined {
    return pickLocalized(value, this.language.ui)?.lang ?? article.lang;
  }

  private renderSummary(summary: LocalizedText, article: Article): TemplateResult {
    const lang = this.contentLang(summary, article);
    return html`<p part="summary" class="summary" lang=${lang ?? nothing} dir=${textDirection(lang)}>${pickText(summary, this.language.ui)}</p>`;
  }

  /** The image box, and the credit under it when there is one (a figure and its caption). */
  private renderFigure(image: NonNullable<Article['image']>, article: Article): TemplateResult {
    if (image.credit === undefined) return this.renderImage(image, article.lang);
    const lang = this.contentLang(image.credit, article);
    return html`<figure class="figure">
      ${this.renderImage(image, article.lang)}
      <figcaption part="credit" class="credit" lang=${lang ?? nothing} dir=${textDirection(lang)}>${pickText(image.credit, this.language.ui)}</figcaption>
    </figure>`;
  }

  private renderImage(image: NonNullable<Article['image']>, lang: string | undefined): TemplateResult {
    const alt = pickText(image.alt, this.language.ui) ?? '';
    if (this.failedImage === image.src) {
      // The frame stays, with a quiet drawing; the image's text alternative stays with it.
      return html`<div part="media" class="media">
        <div class="placeholder" role=${alt ? 'img' : nothing} aria-label=${alt || nothing} lang=${(alt && lang) || nothing} aria-hidden=${alt ? nothing : 'true'}>${newspaperIcon}</div>
      </div>`;
    }
    return html`<div part="media" class="media">
      <img src=${image.src} alt=${alt} lang=${lang ?? nothing} loading="lazy" decoding="async" @error=${() => (this.failedImage = image.src)} />
    </div>`;
  }

  private renderHeadline(article: Article): TemplateResult {
    const contentLang = this.contentLang(article.headline, article);
    const lang = contentLang ?? nothing;
    const dir = textDirection(contentLang);
    const text = pickText(article.headline, this.language.ui);
    const url = article.url;
    // One template per level, with and without the link (a nested link
    // template would be one more instance per card): a tag name cannot be a
    // binding, and static templates built from strings are what this library
    // never uses. Any other level (1, 7, 2.5, NaN) is the default, 3.
    switch (this.headingLevel) {
      case 2:
        return url
          ? html`<h2 part="headline" class="headline" lang=${lang} dir=${dir}><a href=${url}>${text}</a></h2>`
          : html`<h2 part="headline" class="headline" lang=${lang} dir=${dir}>${text}</h2>`;
      case 4:
        return url
          ? html`<h4 part="headline" class="headline" lang=${lang} dir=${dir}><a href=${url}>${text}</a></h4>`
          : html`<h4 part="headline" class="headline" lang=${lang} dir=${dir}>${text}</h4>`;
      case 5:
        return url
          ? html`<h5 part="headline" class="headline" lang=${lang} dir=${dir}><a href=${url}>${text}</a></h5>`
          : html`<h5 part="headline" class="headline" lang=${lang} dir=${dir}>${text}</h5>`;
      case 6:
        return url
          ? html`<h6 part="headline" class="headline" lang=${lang} dir=${dir}><a href=${url}>${text}</a></h6>`
          : html`<h6 part="headline" class="headline" lang=${lang} dir=${dir}>${text}</h6>`;
      default:
        return url
          ? html`<h3 part="headline" class="headline" lang=${lang} dir=${dir}><a href=${url}>${text}</a></h3>`
          : html`<h3 part="headline" class="headline" lang=${lang} dir=${dir}>${text}</h3>`;
    }
  }

  private renderMeta(article: Article): unknown {
    const { ui } = this.language;
    const items: MetaItem[] = [];
    const add = (value: LocalizedText | undefined, label: string) => {
      const text = value === undefined ? undefined : pickText(value, ui);
      if (text) items.push({ text, label });
    };
    add(article.source, msg('Source:', { id: 'news.meta.source' }));
    add(article.dateline, msg('Place:', { id: 'news.meta.dateline' }));
    if (article.published) {
      const { date, precision, iso } = article.published;
      const shown =
        precision === 'minute'
          ? formatDateTime(date, this.language, this.timeZone)
          : formatDate(date, this.language, { precision, weekday: precision === 'day' });
      items.push({ text: shown, datetime: iso });
    }
    add(article.author, msg('Author:', { id: 'news.meta.author' }));
    if (article.views !== undefined) items.push({ text: viewsText(article.views, this.language) });
    return metaList(items) ?? nothing;
  }
}

// Decorative: its box is hidden, or named by the image's text alternative.
const newspaperIcon = html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true" focusable="false">
  <rect x="3" y="4" width="18" height="16" rx="2"></rect>
  <path d="M7 8h10M7 12h6M7 16h10"></path>
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'jiha-news-card': JihaNewsCard;
  }
}
