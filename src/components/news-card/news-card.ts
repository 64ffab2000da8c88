import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JihaElement } from '../../jiha-element.js';
import { readCount, readDate, readUrl } from '../../fields.js';
import { formatDateTime, formatDate } from '../../format.js';
import { textDirection } from '../../language.js';
import { msg } from '../../localize.js';
import { writeStructuredData } from '../../structured-data.js';
import { pickLocalized, pickText, type LocalizedText } from '../../text.js';
import { parseArticle, type Article } from './article.js';
import { articleJsonLd } from './json-ld.js';
import { newsCardStyles } from './news-card.styles.js';
import { viewsText } from './views.js';

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
 */
export class JihaNewsCard extends JihaElement<Article> {
  static override styles = [...JihaElement.styles, newsCardStyles];

  protected static override contentProperties = ['headline', 'summary', 'href', 'image', 'imageAlt', 'source', 'dateline', 'author', 'published', 'views'];

  /** The headline, linked to `href`. */
  @property() headline: string | null = null;
  /** The teaser text. */
  @property() summary: string | null = null;
  /** The article's address (http, https, mailto or relative). */
  @property() href: string | null = null;
  /** The image URL (http, https, relative or data:image/). */
  @property() image: string | null = null;
  /** The image's text alternative; empty means decorative. */
  @property({ attribute: 'image-alt' }) imageAlt: string | null = null;
  /** The publisher, e.g. صدى المغرب. */
  @property() source: string | null = null;
  /** The place the story is from, e.g. طنجة. */
  @property() dateline: string | null = null;
  /** The author. */
  @property() author: string | null = null;
  /** The publication date-time, ISO 8601. */
  @property() published: string | null = null;
  /** The view count. */
  @property() views: string | number | null = null;
  /** `full` (default), `compact` (no image nor summary) or `horizontal` (image beside the text). */
  @property({ reflect: true }) variant: NewsCardVariant = 'full';
  /** The heading level of the headline, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Adds a schema.org NewsArticle JSON-LD script to the light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  @state() private failedImage: string | undefined;

  protected override parseData(input: unknown): Article {
    return parseArticle(input);
  }

  protected override modelFromAttributes(): Article | undefined {
    if (!this.headline) return undefined;
    const src = readUrl(this.image, 'image', 'image');
    return {
      headline: this.headline,
      summary: this.summary ?? undefined,
      url: readUrl(this.href, 'link', 'href'),
      image: src ? { src, alt: this.imageAlt ?? undefined } : undefined,
      source: this.source ?? undefined,
      dateline: this.dateline ?? undefined,
      author: this.author ?? undefined,
      published: readDate(this.published, 'published'),
      views: readCount(this.views, 'views'),
      tags: [],
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const article = this.loadState === 'ready' && this.structuredData ? this.model : undefined;
    if (article || changed.has('structuredData') || changed.has('loadState')) {
      writeStructuredData(this, article && articleJsonLd(article, this.language.ui));
    }
  }

  protected override renderModel(article: Article): unknown {
    const variant = this.variant === 'compact' || this.variant === 'horizontal' ? this.variant : 'full';
    const showImage = variant !== 'compact' && article.image;
    return html`<article part="card" class="card ${variant}">
      ${showImage ? this.renderImage(article.image!, article.lang) : nothing}
      <div class="body">
        ${this.renderHeadline(article)} ${this.renderMeta(article)}
        ${variant !== 'compact' && article.summary ? this.renderSummary(article.summary, article) : nothing}
        ${variant !== 'compact' && article.tags.length
          ? html`<ul part="tags" class="tags" aria-label=${msg('Tags', { id: 'news.tags' })}>
              ${article.tags.map((tag) => html`<li>${pickText(tag, this.language.ui)}</li>`)}
            </ul>`
          : nothing}
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

  private renderImage(image: NonNullable<Article['image']>, lang: string | undefined): TemplateResult {
    const alt = image.alt === undefined ? '' : (pickText(image.alt, this.language.ui) ?? '');
    if (this.failedImage === image.src) {
      return html`<div part="media" class="media"><div class="fallback" aria-hidden="true">${newspaperIcon}</div></div>`;
    }
    return html`<div part="media" class="media">
      <img src=${image.src} alt=${alt} lang=${lang ?? nothing} loading="lazy" decoding="async" @error=${() => (this.failedImage = image.src)} />
    </div>`;
  }

  private renderHeadline(article: Article): TemplateResult {
    const lang = this.contentLang(article.headline, article);
    const text = pickText(article.headline, this.language.ui);
    const content = article.url ? html`<a href=${article.url}>${text}</a>` : text;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 3;
    const dir = textDirection(lang);
    // One template per level: a tag name cannot be a binding, and static
    // templates built from strings are what this library never uses.
    switch (level) {
      case 2:
        return html`<h2 part="headline" class="headline" lang=${lang ?? nothing} dir=${dir}>${content}</h2>`;
      case 4:
        return html`<h4 part="headline" class="headline" lang=${lang ?? nothing} dir=${dir}>${content}</h4>`;
      case 5:
        return html`<h5 part="headline" class="headline" lang=${lang ?? nothing} dir=${dir}>${content}</h5>`;
      case 6:
        return html`<h6 part="headline" class="headline" lang=${lang ?? nothing} dir=${dir}>${content}</h6>`;
      default:
        return html`<h3 part="headline" class="headline" lang=${lang ?? nothing} dir=${dir}>${content}</h3>`;
    }
  }

  private renderMeta(article: Article): unknown {
    const { ui } = this.language;
    const items: unknown[] = [];
    const add = (value: LocalizedText | undefined, label?: string) => {
      const text = value === undefined ? undefined : pickText(value, ui);
      if (text) items.push(html`<li>${label ? html`<span class="visually-hidden">${label} </span>` : nothing}<bdi>${text}</bdi></li>`);
    };
    add(article.source, msg('Source:', { id: 'news.meta.source' }));
    add(article.dateline, msg('Place:', { id: 'news.meta.dateline' }));
    if (article.published) {
      const { date, precision, iso } = article.published;
      const shown = precision === 'minute' ? formatDateTime(date, this.language, this.timeZone) : formatDate(date, this.language, { precision, weekday: precision === 'day' });
      items.push(html`<li><time datetime=${iso}>${shown}</time></li>`);
    }
    add(article.author, msg('Author:', { id: 'news.meta.author' }));
    if (article.views !== undefined) items.push(html`<li>${viewsText(article.views, this.language)}</li>`);
    return items.length ? html`<ul part="meta" class="meta">${items}</ul>` : nothing;
  }

}

const newspaperIcon = html`<svg width="48" height="48" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
  <rect x="3" y="4" width="18" height="16" rx="2"></rect>
  <path d="M7 8h10M7 12h6M7 16h10"></path>
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'jiha-news-card': JihaNewsCard;
  }
}
