import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { JihaDataElement } from '../../core/data-element.js';
import { secondaryButtonStyles } from '../../core/secondary-button.styles.js';
import type { FetchOptions } from '../../core/data-controller.js';
import { errorReport } from '../../core/error-state.js';
import type { JihaError } from '../../core/errors.js';
import { toJihaError } from '../../core/errors.js';
import { lazyModule } from '../../core/lazy-module.js';
import { msg } from '../../i18n/localize.js';
import { newsStrings } from '../../locales/news.js';
import '../news-card/define.js';
import type { JihaNewsCard, NewsCardVariant } from '../news-card/define.js';
import type { Article } from '../news-card/article-model.js';
import { feedAddresses, hostName } from './feed-addresses.js';
import type { FeedPage, PageOptions } from './feed-model.js';
import { languageTag } from './language-tag.js';
import { lightDomList, touchesLightDomList } from './light-dom-list.js';
import { newsListStyles } from './news-list.styles.js';
import { renderSourceNotes, type SourceNote } from './source-notes.js';
import { FEED_ACCEPT, FeedResponse, MergedResponse, readFeedJson, readResponse } from './read-feed.js';
import { wordPressPageUrl } from './wordpress-url.js';

/** The download code, shared with the base class's chunk: inline data needs none of it. */
const fetchModule = lazyModule('fetch', () => import('../../data/fetch-data.js'));

/** The reader of the page's own list: loaded only for pages that have one. */
const lightDomItems = lazyModule('news list light-DOM reader', () => import('./light-dom-items.js'));

/** The merge of several sources: loaded only by a list whose `src` has several addresses. */
const severalSources = lazyModule('news list of several sources', () => import('./several-sources.js'));

/** What `readInlineData` gives when the items are the page's own `<ul>`/`<ol>`. */
const LIGHT_DOM_LIST = Symbol('light-DOM list');

/** Each item's data for its card, made once (a new object would make the card read it again). */
const cardData = new WeakMap<Article, object>();
const cardDataWithoutImage = new WeakMap<Article, object>();
function dataFor(article: Article, hideImages: boolean): object {
  const made = hideImages ? cardDataWithoutImage : cardData;
  let data = made.get(article);
  if (!data)
    made.set(
      article,
      (data = { ...article, image: hideImages ? undefined : article.image, published: article.published?.iso }),
    );
  return data;
}

const stop = (event: Event) => event.stopPropagation();

/**
 * A council's latest news from its WordPress site or any feed (RSS 2.0,
 * RSS 1.0, Atom 1.0, JSON Feed 1.1, the library's own articles) as a list
 * of news cards, `limit` at a time, with a "more" button for the next page.
 *
 * Several feeds make one list: `src` holds their addresses separated by
 * white space, any mix of formats; their items are merged newest first, an
 * item whose link appears twice is shown once, and each card names its
 * source (its label in `source-labels`, else its feed's title, else its
 * site's host name). A source that cannot be read is named in one line,
 * with "Try again", and the others show.
 *
 * @summary The latest news from a feed, as news cards.
 * @tag jiha-news-list
 *
 * @fires jiha-ready - The list shows its items; `detail: {count}`.
 * @fires jiha-error - The feed is unusable; `detail: {code, message, detail}`. With several sources, once per source that could not be read while others show, with `source` (its address).
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` of items.
 * @csspart item - One `<li>`, holding a `<jiha-news-card>`.
 * @csspart empty - The "No news yet" line.
 * @csspart more - The "More news" and "Try again" buttons.
 * @csspart more-error - The line saying the next page failed.
 * @csspart error - The error box.
 * @csspart source-note - With several sources, the line naming one that could not be read (with its "Try again", part `more`) or that shows an older copy.
 * @csspart skeleton - The placeholder while `src` loads.
 *
 * @cssprop --jiha-color-accent - The buttons' colour.
 * @cssprop --jiha-space - The gap between cards.
 *
 * @title News list
 * @embed-height 900
 */
export class JihaNewsList extends JihaDataElement<FeedPage> {
  static override styles = [...JihaDataElement.styles, secondaryButtonStyles, newsListStyles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    more: { type: Boolean },
    variant: {},
    heading: {},
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Declared again for its own description (several addresses).
    src: {},
    sourceLabels: { attribute: 'source-labels' },
    hideImages: { type: Boolean, attribute: 'hide-images' },
    appended: { state: true },
    shown: { state: true },
    moreState: { state: true },
  };

  protected static override messageGroups = [newsStrings];

  /**
   * Items per page, 1 to 50 (default 6).
   * @min 1
   * @max 50
   * @example 3
   */
  limit = 6;
  /**
   * Shows a "More news" button while there is a next page.
   * @example true
   */
  more = false;
  /** The cards' variant: `full` (default), `compact`, `horizontal`. */
  variant: NewsCardVariant = 'full';
  /**
   * A visible heading for the list.
   * @example آخر الأخبار
   */
  heading: string | null = null;
  /** The list's accessible name when it has no visible heading. */
  label: string | null = null;
  /**
   * The heading's level, 2 to 6 (default 2); the cards' headlines are one below.
   * @min 2
   * @max 6
   */
  headingLevel = 2;
  /**
   * One address, or several separated by white space (an address has no
   * raw space: write it `%20`), of feeds in any format read: their items
   * are merged into one list.
   * @format urls
   */
  override src: string | null = null;
  /**
   * With several addresses in `src`, the name each card gives its source:
   * labels separated by `|`, in the order of the addresses. A source
   * without a label is named by its feed's title, else by its site's host
   * name: `Béni Mellal-Khénifra | Tanger-Tétouan-Al Hoceïma`.
   */
  sourceLabels: string | null = null;
  /**
   * Shows no image of any item: a council may prefer that its visitors'
   * browsers ask a partner's site for nothing (see README, privacy).
   */
  hideImages = false;

  /** Items of the pages loaded by "more". */
  private appended: Article[] = [];
  /** How many items show. */
  private shown = 0;
  private moreState: 'idle' | 'loading' | 'failed' = 'idle';
  private moreError: JihaError | undefined;
  private next: string | undefined;
  private nextRequest: AbortController | undefined;
  /** A source's "Try again" had focus: it moves to the list once the button has gone. */
  private focusAfterRetry = false;
  /** The sources' errors already reported with `jiha-error`. */
  private readonly announcedSources = new WeakSet<JihaError>();

  private get pageSize(): number {
    const limit = Math.floor(Number(this.limit));
    return Number.isFinite(limit) ? Math.min(50, Math.max(1, limit)) : 6;
  }

  private get level(): number {
    return [2, 3, 4, 5, 6].includes(this.headingLevel) ? this.headingLevel : 2;
  }

  protected override fetchSource(src: string, options: FetchOptions): Promise<unknown> {
    const addresses = feedAddresses(src);
    if (addresses.length > 1) {
      return severalSources.load().then(({ readSources }) =>
        readSources(
          addresses,
          {
            firstPage: (address) => wordPressPageUrl(address, document.baseURI, this.pageSize),
            loadPage: (url, page) => this.loadPage(url, page),
            labels: () => this.sourceLabels,
            changed: () => this.requestUpdate(),
          },
          options,
        ).then((sources) => new MergedResponse(sources)),
      );
    }
    const url = wordPressPageUrl(src, document.baseURI, this.pageSize);
    return fetchModule
      .load()
      .then(({ fetchText }) => fetchText(url, { ...options, accept: FEED_ACCEPT }))
      .then((response) => new FeedResponse(response));
  }

  protected override parseData(input: unknown): FeedPage | Promise<FeedPage> {
    if (input === LIGHT_DOM_LIST)
      return lightDomItems.load().then(({ readLightDomList }) => ({ items: readLightDomList(lightDomList(this)!) }));
    if (input instanceof FeedResponse) return readResponse(input);
    if (input instanceof MergedResponse) return { items: [], sources: input.sources };
    return readFeedJson(input);
  }

  protected override modelFromAttributes(): FeedPage | undefined {
    return undefined;
  }

  /** Inline JSON first; the page's own list only when there is no `src` (with one, the list is the fallback while it loads). */
  protected override readInlineData(): { value: unknown } | undefined {
    const inline = super.readInlineData();
    if (inline) return inline;
    return !this.src?.trim() && lightDomList(this) ? { value: LIGHT_DOM_LIST } : undefined;
  }

  protected override affectsInlineData(record: MutationRecord): boolean {
    return (
      super.affectsInlineData(record) ||
      [record.target, ...record.addedNodes, ...record.removedNodes].some((node) => touchesLightDomList(this, node))
    );
  }

  protected override readyDetail(): { count: number } {
    return { count: this.visibleItems().length };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.nextRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('model')) {
      this.nextRequest?.abort();
      this.appended = [];
      this.next = this.model?.next;
      this.shown = this.pageSize;
      this.moreState = 'idle';
    }
  }

  private allItems(): Article[] {
    if (this.model?.sources) return this.model.sources.items();
    return this.model ? [...this.model.items, ...this.appended] : [];
  }

  private hasNextPage(): boolean {
    return this.model?.sources ? this.model.sources.hasMore() : !!this.next;
  }

  private visibleItems(): Article[] {
    return this.allItems().slice(0, this.shown);
  }

  /** While `src` loads, the page's own list stays in view (it is what readers had before); else a skeleton. */
  protected override renderSkeleton(): unknown {
    return lightDomList(this) ? html`<slot></slot>` : super.renderSkeleton();
  }

  /** With an unusable feed, the page's own list shows again under the error box. */
  protected override renderError(error: JihaError): unknown {
    return html`${super.renderError(error)}${lightDomList(this) ? html`<slot></slot>` : nothing}`;
  }

  protected override renderModel(): unknown {
    const items = this.visibleItems();
    const variant = this.variant === 'compact' || this.variant === 'horizontal' ? this.variant : 'full';
    const cardLevel = Math.min(6, this.level + 1);
    const labelled = this.heading ? 'heading' : undefined;
    return html`${this.renderHeading()}${this.renderSourceNotes()}
      ${
        items.length
          ? html`<ul role="list" part="list" class="list ${variant}" aria-labelledby=${labelled ?? nothing} aria-label=${!labelled && this.label ? this.label : nothing}
            @jiha-ready=${stop} @jiha-error=${stop}>
            ${items.map(
              (item) => html`<li part="item">
                <jiha-news-card .data=${dataFor(item, this.hideImages)} .variant=${variant} .headingLevel=${cardLevel} .timeZone=${this.timeZone} lang=${languageTag(item.lang) ?? nothing}></jiha-news-card>
              </li>`,
            )}
          </ul>`
          : html`<p part="empty" class="empty">${msg('No news yet.', { id: 'news.list.empty' })}</p>`
      }
      ${this.renderMore()}`;
  }

  /** The lines naming the sources that failed or are stale (one source: a stale copy from the council's server). */
  private renderSourceNotes(): unknown {
    const model = this.model;
    const chunk = severalSources.current;
    let notes: SourceNote[] = [];
    if (model?.sources && chunk)
      notes = (model.sources as InstanceType<typeof chunk.SeveralSources>).notes().map((note) => ({
        ...note,
        retry: () => {
          // Its line goes while the source loads: focus, if it was on the button, goes to the list.
          this.focusAfterRetry = (this.renderRoot as ShadowRoot).activeElement !== null;
          note.retry();
        },
      }));
    else if (model?.staleSince)
      notes = [{ label: model.title ?? hostName(this.src ?? ''), staleSince: model.staleSince, retry: () => {} }];
    return renderSourceNotes(this, notes, this.language, this.timeZone);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Each source that could not be read while others show is reported once, when its line is in place.
    for (const { address, error } of this.model?.sources?.failures() ?? []) {
      if (this.announcedSources.has(error)) continue;
      const detail = errorReport(error, this, this.language.ui);
      if (!detail) continue; // the box's chunk is loading; the next update reports
      this.announcedSources.add(error);
      this.emit('jiha-error', { ...detail, source: address });
    }
    if (this.focusAfterRetry && !(this.renderRoot as ShadowRoot).activeElement) {
      this.focusAfterRetry = false;
      void this.focusItem(0);
    }
  }

  private renderHeading(): TemplateResult | typeof nothing {
    const text = this.heading;
    if (!text) return nothing;
    // One template per level: a tag name cannot be a binding.
    switch (this.level) {
      case 3:
        return html`<h3 id="heading" part="heading" class="heading">${text}</h3>`;
      case 4:
        return html`<h4 id="heading" part="heading" class="heading">${text}</h4>`;
      case 5:
        return html`<h5 id="heading" part="heading" class="heading">${text}</h5>`;
      case 6:
        return html`<h6 id="heading" part="heading" class="heading">${text}</h6>`;
      default:
        return html`<h2 id="heading" part="heading" class="heading">${text}</h2>`;
    }
  }

  private renderMore(): TemplateResult | typeof nothing {
    if (!this.more) return nothing;
    if (this.moreState === 'failed') {
      return html`<div class="actions" data-no-print>
        <p part="more-error" class="more-error" role="alert">${msg('More news could not be loaded.', { id: 'news.list.more-failed' })}</p>
        <button type="button" part="more" class="more secondary-button" @click=${this.showMore}>${msg('Try again', { id: 'news.list.retry' })}</button>
      </div>`;
    }
    if (this.allItems().length <= this.shown && !this.hasNextPage()) return nothing;
    const loading = this.moreState === 'loading';
    return html`<div class="actions" data-no-print>
      <button type="button" part="more" class="more secondary-button" aria-disabled=${loading ? 'true' : 'false'} @click=${this.showMore}>
        ${loading ? msg('Loading more news…', { id: 'news.list.loading-more' }) : msg('More news', { id: 'news.list.more' })}
      </button>
    </div>`;
  }

  /** Shows the next `limit` items, downloading the feed's next page when the ones read are all shown. */
  private readonly showMore = async (): Promise<void> => {
    if (this.moreState === 'loading') return;
    const first = this.shown;
    // The next page is downloaded when fewer than a page of read items are left to show.
    if (this.allItems().length < first + this.pageSize && this.hasNextPage()) {
      const model = this.model;
      const request = new AbortController();
      this.nextRequest = request;
      const retry = this.moreState === 'failed';
      this.moreState = 'loading';
      try {
        const options = { timeout: this.timeout, signal: request.signal, retry };
        if (model?.sources) {
          await model.sources.loadMore(first + this.pageSize, options);
        } else {
          const page = await this.loadPage(this.next!, options);
          if (request.signal.aborted || model !== this.model) return;
          this.appended = [...this.appended, ...page.items];
          this.next = page.next;
        }
        if (request.signal.aborted || model !== this.model) return;
        this.moreState = 'idle';
      } catch (error) {
        if (request.signal.aborted || model !== this.model) return;
        this.moreError = toJihaError(error, 'fetch-failed');
        console.warn(`jiha-widgets: <jiha-news-list> the next page failed: ${this.moreError.message}`);
        this.moreState = 'failed';
        return;
      }
    }
    this.shown = first + this.pageSize;
    await this.updateComplete;
    await this.focusItem(first);
  };

  private async loadPage(url: string, { timeout, signal, retry }: PageOptions): Promise<FeedPage> {
    const { fetchText } = await fetchModule.load();
    return readResponse(
      new FeedResponse(
        await fetchText(url, { timeout, signal, accept: FEED_ACCEPT, cache: retry ? 'no-cache' : undefined }),
      ),
    );
  }

  /** Moves focus to the item at `index` (its headline link once its card has rendered, else the item itself). */
  private async focusItem(index: number): Promise<void> {
    const items = this.renderRoot.querySelectorAll<HTMLLIElement>('.list > li');
    const item = items[Math.min(index, items.length - 1)];
    if (!item) return;
    const card = item.querySelector<JihaNewsCard>('jiha-news-card');
    for (let i = 0; card && i < 10 && !card.shadowRoot?.querySelector('a, .error'); i++) await card.updateComplete;
    const link = card?.shadowRoot?.querySelector<HTMLAnchorElement>('.headline a');
    if (link) {
      link.focus();
    } else {
      item.tabIndex = -1;
      item.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jiha-news-list': JihaNewsList;
  }
}
