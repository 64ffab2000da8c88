import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseIsoDate } from '../../i18n/dates.js';
import { JihaDataElement } from '../../core/data-element.js';
import { secondaryButtonStyles } from '../../core/secondary-button.styles.js';
import { lazyModule } from '../../core/lazy-module.js';
import { StructuredDataController } from '../../core/structured-data-controller.js';
import { inLanguage, msg } from '../../i18n/localize.js';
import { presentCategories, visibleEvents, yearGroups, type Order, type YearGroup } from './arrange.js';
import { ChunkedRenderController } from './chunked-render-controller.js';
import { cooperationTimelineStyles } from './cooperation-timeline.styles.js';
import { timelineLayoutStyles } from './timeline-layout.styles.js';
import { eventList, touchesLightDomData } from './light-dom-list.js';
import { shownText } from './cooperation-timeline.strings.js';
import { CATEGORIES, type Category, type Timeline, type TimelineEvent, type TimelinePartner } from './model.js';
import { RovingFocusController } from './roving-focus-controller.js';
import { ScrollRowController } from './scroll-row-controller.js';
import { renderFilters, renderLegend, renderNoneSelected, renderScrollControls } from './timeline-controls.js';
import { readTimeline } from './timeline-format.js';
import { renderYearList, type TimelineLayout } from './year-group.js';
import { timelineStrings } from '../../locales/timeline.js';
import { CsvText } from '../../data/csv-text.js';
import { parseJihaTimeline } from './parse-jiha.js';

/** The CSV reader (with d3-dsv and the region names): loaded only when CSV arrives. */
const csvReader = lazyModule('timeline CSV reader', () => import('./parse-csv.js'));

export type { TimelineLayout } from './year-group.js';

/** Partners beyond this many share the last colour slot (their text label still names them). */
const COLOR_SLOTS = 4;
/** Events rendered in the first frame; the other year groups follow in chunks between frames. */
const FIRST_RENDER_EVENTS = 150;
const CHUNK_EVENTS = 120;

/**
 * What `readInlineData` gives when the data is the page's own `<ol>`: the
 * code that reads the list loads in `parseData`, only for such pages.
 */
const LIGHT_DOM_LIST = Symbol('light-DOM list');
/** The list reader once loaded: later edits of a list are read at once. */
const lightDom = lazyModule('timeline list reader', () => import('./light-dom.js'));
/** The JSON-LD writer: loaded only by timelines that ask for structured data. */
const timelineJsonLd = lazyModule('timeline JSON-LD', () => import('./json-ld.js'));

/** What the timeline shows, computed once per change of its inputs (not per render). */
interface Arrangement {
  key: unknown[];
  shown: TimelineEvent[];
  total: number;
  groups: YearGroup[];
}

/**
 * The dated story of a cooperation between partners: events hang on one
 * unbroken line that carries the year markers; with two partners each
 * partner's events keep to their own side (the first partner's to the
 * inline start, the other's to the end), joint events span both, and
 * context events (no partner) cross the line as bands; upcoming events
 * marked with a "today" marker; category filters; a horizontal row with
 * previous/next buttons and arrow keys; and year groups that the browser
 * lays out only near the viewport, so thousands of events stay smooth.
 *
 * Visitors see an event's date, title (a link to `url`), summary,
 * category, partners, "date inferred" when the data says so, and its
 * further `sources` as links named by their host; never the data's notes
 * for editors (`note`, `editorNote`).
 *
 * Data: the `data` property, inline JSON, a light-DOM `<ol>` of `<li>` with
 * `<time datetime>` (read after inline JSON; the list stays in the light DOM
 * for pages without JavaScript and for crawlers), or `src`. Accepts the
 * library's own format, TimelineJS JSON and the shared `timeline.json` shape.
 *
 * @summary A two-partner cooperation timeline.
 * @tag jiha-cooperation-timeline
 *
 * @fires jiha-ready - The timeline shows its events.
 * @fires jiha-error - The data is unusable; `detail: {code, message, detail}` (the message of `invalid-data` names the bad event's index).
 *
 * @slot - The page's own `<ol>` of events (and `<ul data-partners>`): read as data; shown again, under the error box, only when that data is bad.
 *
 * @csspart timeline - The whole timeline.
 * @csspart filters - The group of category toggle buttons.
 * @csspart filter - One category toggle button.
 * @csspart legend - The list of partners with their colours.
 * @csspart notice - What shows when every category filter is off.
 * @csspart show-all-categories - The notice's button that switches every category on again.
 * @csspart years - The list of year groups (the scrolling row in the horizontal layout).
 * @csspart year - One year group.
 * @csspart year-heading - A year's marker on the line.
 * @csspart event - One event.
 * @csspart date - An event's date line.
 * @csspart title - An event's title.
 * @csspart summary - An event's summary.
 * @csspart today - The "today" marker between past and upcoming events.
 * @csspart previous - The horizontal row's "previous events" button.
 * @csspart next - The horizontal row's "next events" button.
 * @csspart show-all - The "show all" button of `limit`.
 * @csspart error - The error box.
 * @csspart skeleton - The placeholder while `src` loads.
 *
 * @cssprop --jiha-font-family - Font stack.
 * @cssprop --jiha-color-text - Text colour.
 * @cssprop --jiha-color-muted - Dates and labels.
 * @cssprop --jiha-color-surface - Event background.
 * @cssprop --jiha-color-border - The line and event borders.
 * @cssprop --jiha-color-accent - First partner's colour (unless the data gives one), links, focus, pressed filters.
 * @cssprop --jiha-color-ok - Second partner's colour (unless the data gives one).
 * @cssprop --jiha-color-warn - Upcoming and uncertain marks.
 * @cssprop --jiha-radius - Corner radius.
 * @cssprop --jiha-space - Spacing.
 *
 * @title Cooperation timeline
 * @embed-height 640
 * @inline-csv
 */
export class JihaCooperationTimeline extends JihaDataElement<Timeline> {
  static override styles = [
    ...JihaDataElement.styles,
    secondaryButtonStyles,
    cooperationTimelineStyles,
    timelineLayoutStyles,
  ];

  // Declared here rather than with decorators: the decorator helpers would
  // add to every page's download.
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    filterable: { type: Boolean, reflect: true },
    order: { reflect: true },
    limit: { type: Number },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    today: { attribute: 'today' },
    hiddenCategories: { state: true },
    expanded: { state: true },
    announcement: { state: true },
  };

  protected static override messageGroups = [timelineStrings];

  /** `vertical` (default) or `horizontal`: one scrollable row with scroll snap and arrow-key navigation. */
  layout: TimelineLayout = 'vertical';
  /** Adds a toggle button per category; the number of events shown is announced politely. */
  filterable = false;
  /** `oldest` (default) first or `newest` first. */
  order: Order = 'oldest';
  /**
   * Shows only the newest N events, with a "show all" button.
   * @min 1
   */
  limit: number | null = null;
  /** Adds schema.org `Event` JSON-LD (in an `ItemList`) to the light DOM. */
  structuredData = false;
  /**
   * The day that splits past from upcoming events: a Date or an ISO date;
   * default now. Set it to show a timeline as of a given day (and in tests).
   * @unlisted A Date set from a script (tests, pages “as of” a day).
   */
  today: Date | string | null = null;

  /** Categories switched off by the filter buttons. */
  private hiddenCategories: ReadonlySet<Category> = new Set();
  /** True once "show all" was pressed. */
  private expanded = false;
  /** What the live region says; empty until the user filters, so loading announces nothing. */
  private announcement = '';
  /** How many events (in whole year groups) are rendered now; placeholders stand for the rest. */
  private readonly chunks = new ChunkedRenderController(this, FIRST_RENDER_EVENTS, CHUNK_EVENTS);
  /** The event that takes Tab in the horizontal layout, by its model index. */
  private readonly roving = new RovingFocusController(this, {
    items: () => this.eventItems(),
    selector: 'li.event',
    enabled: () => this.currentLayout() === 'horizontal',
    direction: () => this.language.dir,
    renderRest: () => (this.chunks.pending ? this.chunks.renderAll() : undefined),
  });
  /** The horizontal row's previous/next buttons and position bar. */
  private readonly paging = new ScrollRowController(this, {
    row: () => (this.currentLayout() === 'horizontal' ? this.renderRoot.querySelector<HTMLElement>('.years') : null),
    indicator: () => this.renderRoot.querySelector<HTMLElement>('.row-position'),
    direction: () => this.language.dir,
  });
  private arrangement?: Arrangement;
  /** The read of the page's `<ol>` in flight, while its code loads: the list stays shown meanwhile. */
  private listRead?: Promise<Timeline>;

  constructor() {
    super();
    // Only when what it says changes: a chunk of year groups rendering must not re-serialise thousands of events.
    new StructuredDataController(this, timelineJsonLd, () => {
      const timeline = this.loadState === 'ready' && this.structuredData ? this.model : undefined;
      const language = this.language.ui;
      return (
        timeline && {
          deps: [timeline, language],
          write: ({ writeTimelineJsonLd }) => writeTimelineJsonLd(this, timeline, language),
        }
      );
    });
  }

  protected override parseData(input: unknown): Timeline | Promise<Timeline> {
    if (input instanceof CsvText)
      return csvReader.load().then(({ parseTimelineCsv }) => parseTimelineCsv(input, parseJihaTimeline));
    if (input !== LIGHT_DOM_LIST) return readTimeline(input);
    const readList = (reader: typeof import('./light-dom.js')) =>
      readTimeline(reader.readLightDomTimeline(this) ?? { events: [] });
    if (lightDom.current) return readList(lightDom.current);
    // A list changed or removed meanwhile makes the base class read again and drop this result.
    const read = lightDom.load().then(readList);
    this.listRead = read;
    const done = () => {
      if (this.listRead === read) this.listRead = undefined;
    };
    read.then(done, done);
    return read;
  }

  protected static override inlineTypes: readonly string[] = ['application/json', 'text/csv'];

  protected override modelFromAttributes(): Timeline | undefined {
    return undefined;
  }

  /** Inline JSON first (as the contract orders), then the light-DOM `<ol>`. */
  protected override readInlineData(): { value: unknown } | undefined {
    const inline = super.readInlineData();
    if (inline) return inline;
    return eventList(this) ? { value: LIGHT_DOM_LIST } : undefined;
  }

  /** While the code that reads the page's list loads, the list itself shows, as it did before the element ran. */
  protected override renderSkeleton(): unknown {
    return this.listRead && eventList(this) ? this.renderFallback() : super.renderSkeleton();
  }

  protected override affectsInlineData(record: MutationRecord): boolean {
    return (
      super.affectsInlineData(record) ||
      [record.target, ...record.addedNodes, ...record.removedNodes].some((node) => touchesLightDomData(this, node))
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('model')) {
      this.expanded = false;
      this.hiddenCategories = new Set();
      this.announcement = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const timeline = this.renderRoot.querySelector<HTMLElement>('.timeline');
    if (timeline && this.model) this.paintPartnerColors(timeline, this.model.partners);
  }

  /** Data colours go in through the CSSOM as custom properties, never as style text. */
  private paintPartnerColors(timeline: HTMLElement, partners: readonly TimelinePartner[]): void {
    for (let slot = 0; slot < COLOR_SLOTS; slot += 1) {
      const color = partners[slot]?.color;
      if (color) timeline.style.setProperty(`--_data-p${slot}`, color);
      else timeline.style.removeProperty(`--_data-p${slot}`);
    }
  }

  /** The `today` property as a Date; calendar days count from their noon, so no zone moves them. */
  private todayDate(): Date {
    const value = this.today;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    if (typeof value === 'string' && value.trim()) {
      const parsed = parseIsoDate(value);
      if (parsed)
        return parsed.precision === 'minute' ? parsed.date : new Date(parsed.date.getTime() + 12 * 3600 * 1000);
    }
    return new Date();
  }

  private effectiveLimit(): number | undefined {
    const limit = this.limit;
    if (this.expanded || limit === null || limit === undefined || !Number.isFinite(limit) || limit < 0)
      return undefined;
    return Math.floor(limit);
  }

  private currentOrder(): Order {
    return this.order === 'newest' ? 'newest' : 'oldest';
  }

  private currentLayout(): TimelineLayout {
    return this.layout === 'horizontal' ? 'horizontal' : 'vertical';
  }

  protected override renderModel(timeline: Timeline): unknown {
    const layout = this.currentLayout();
    const limit = this.effectiveLimit();
    const { shown, total, groups } = this.arrange(timeline);
    const two = timeline.partners.length === 2;
    const active = shown.some((event) => event.index === this.roving.active) ? this.roving.active : shown[0]?.index;
    const partnerSlot = new Map(
      timeline.partners.map((partner, slot) => [partner.id, Math.min(slot, COLOR_SLOTS - 1)]),
    );
    const categories = presentCategories(timeline.events, CATEGORIES);
    const noneSelected =
      this.filterable && categories.length > 0 && categories.every((c) => this.hiddenCategories.has(c));
    return html`<section
      part="timeline"
      class="timeline ${layout} ${two ? 'two-partners' : 'one-column'}"
      aria-label=${msg('Cooperation timeline', { id: 'timeline.label' })}
    >
      ${this.filterable ? renderFilters(categories, this.hiddenCategories, this.toggleCategory) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${timeline.partners.length ? renderLegend(timeline.partners, COLOR_SLOTS, this.language) : nothing}
      <div class="track">
        <!-- The line the events hang on: one box for the whole list, so nothing breaks it. -->
        ${layout === 'vertical' && shown.length ? html`<div class="rail" aria-hidden="true"></div>` : nothing}
        <!-- Horizontal, the list scrolls: Firefox would make the scroller a nameless Tab stop of its own; focus moves through its events. -->
        <ol part="years" class="years" id="years" tabindex=${layout === 'horizontal' ? '-1' : nothing} @keydown=${layout === 'horizontal' ? this.roving.onKeydown : nothing} @focusin=${this.roving.onFocusin}>
          ${renderYearList(groups, { language: this.language, timeZone: this.timeZone, timeline, slots: partnerSlot, layout, active }, this.chunks)}
        </ol>
        ${layout === 'horizontal' && shown.length ? renderScrollControls('years', this.paging, this.page) : nothing}
      </div>
      ${noneSelected ? renderNoneSelected(this.showAllCategories) : shown.length === 0 ? html`<p class="empty">${shownText(0, this.language)}</p>` : nothing}
      ${
        limit !== undefined && total > limit
          ? html`<button type="button" part="show-all" class="show-all secondary-button" data-no-print @click=${this.showAll}>${msg('Show all events', { id: 'timeline.show-all' })}</button>`
          : nothing
      }
    </section>`;
  }

  /** The year groups and their order, recomputed only when what they depend on changes. */
  private arrange(timeline: Timeline): Arrangement {
    const order = this.currentOrder();
    const limit = this.effectiveLimit();
    const today = this.todayDate();
    const key = [timeline, order, this.hiddenCategories, limit, Math.floor(today.getTime() / 60000), this.timeZone];
    const previous = this.arrangement;
    if (previous && previous.key.length === key.length && previous.key.every((value, i) => value === key[i]))
      return previous;
    const { shown, total } = visibleEvents(timeline.events, { order, hidden: this.hiddenCategories, limit });
    this.arrangement = { key, shown, total, groups: yearGroups(shown, { today, timeZone: this.timeZone, order }) };
    this.chunks.restart();
    return this.arrangement;
  }

  private readonly toggleCategory = (category: Category): void => {
    const hidden = new Set(this.hiddenCategories);
    if (hidden.has(category)) hidden.delete(category);
    else hidden.add(category);
    this.showCategories(hidden);
  };

  /** Every category back on, and focus on the first filter: the button that was pressed is gone. */
  private readonly showAllCategories = async (): Promise<void> => {
    this.showCategories(new Set());
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=filter]')?.focus();
  };

  private showCategories(hidden: ReadonlySet<Category>): void {
    this.hiddenCategories = hidden;
    const { shown } = visibleEvents(this.model?.events ?? [], {
      order: this.currentOrder(),
      hidden,
      limit: this.effectiveLimit(),
    });
    // An event handler runs outside render: say it in the element's language.
    this.announcement = inLanguage(this.language.ui, () => shownText(shown.length, this.language));
  }

  private readonly page = (step: 1 | -1): void => this.paging.page(step);

  /** Reveals every event and puts focus on the first one that was hidden, where the reader's attention goes next. */
  private async showAll(): Promise<void> {
    const before = new Set([...this.eventItems()].map((item) => item.dataset.index));
    this.expanded = true;
    await this.updateComplete;
    let items = this.eventItems();
    if (this.chunks.pending && !items.some((item) => !before.has(item.dataset.index))) {
      await this.chunks.renderAll();
      items = this.eventItems();
    }
    const revealed = items.find((item) => !before.has(item.dataset.index)) ?? items[0];
    if (!revealed) return;
    if (this.currentLayout() === 'horizontal') this.roving.active = Number(revealed.dataset.index);
    await this.updateComplete;
    revealed.focus();
  }

  private eventItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li.event')];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jiha-cooperation-timeline': JihaCooperationTimeline;
  }
}
