import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cssProperties } from '../../css-properties.js';
import type { DateValue } from '../../dates.js';
import { parseIsoDate } from '../../dates.js';
import { formatDate, formatDateTime } from '../../format.js';
import type { JihaError } from '../../errors.js';
import { JihaElement } from '../../jiha-element.js';
import { textDirection } from '../../language.js';
import { inLanguage, msg } from '../../localize.js';
import { pickLocalized, type LocalizedText } from '../../text.js';
import { presentCategories, sideOf, visibleEvents, yearGroups, type Entry, type Order, type YearGroup } from './arrange.js';
import { categoryIcon, categoryName } from './categories.js';
import { cooperationTimelineStyles } from './cooperation-timeline.styles.js';
import { eventList, touchesLightDomData } from './light-dom-list.js';
import { shownText } from './messages.js';
import { CATEGORIES, type Category, type Timeline, type TimelineEvent, type TimelinePartner } from './model.js';
import { readTimeline } from './timeline-format.js';
import { timelineStrings } from '../../locales/timeline.js';

export type TimelineLayout = 'vertical' | 'horizontal';

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
let lightDom: typeof import('./light-dom.js') | undefined;

/** What the timeline shows, computed once per change of its inputs (not per render). */
interface Arrangement {
  key: unknown[];
  shown: TimelineEvent[];
  total: number;
  groups: YearGroup[];
}

/**
 * The dated story of a cooperation between partners: events by year, each
 * partner's on its own side of the line with two partners, joint events in
 * the middle, context events (no partner) set apart on the line; upcoming
 * events marked with a "today" marker; category filters; a horizontal,
 * keyboard-navigable layout; and year groups that the browser lays out only
 * near the viewport, so thousands of events stay smooth.
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
 * @csspart years - The list of year groups (the scrolling row in the horizontal layout).
 * @csspart year - One year group.
 * @csspart year-heading - A year heading.
 * @csspart event - One event.
 * @csspart date - An event's date line.
 * @csspart title - An event's title.
 * @csspart summary - An event's summary.
 * @csspart today - The "today" marker between past and upcoming events.
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
 */
export class JihaCooperationTimeline extends JihaElement<Timeline> {
  static override styles = [...JihaElement.styles, cooperationTimelineStyles];

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
    activeIndex: { state: true },
  };

  protected static override messageGroups = [timelineStrings];

  /** `vertical` (default) or `horizontal`: one scrollable row with scroll snap and arrow-key navigation. */
  layout: TimelineLayout = 'vertical';
  /** Adds a toggle button per category; the number of events shown is announced politely. */
  filterable = false;
  /** `oldest` (default) first or `newest` first. */
  order: Order = 'oldest';
  /** Shows only the newest N events, with a "show all" button. */
  limit: number | null = null;
  /** Adds schema.org `Event` JSON-LD (in an `ItemList`) to the light DOM. */
  structuredData = false;
  /**
   * The day that splits past from upcoming events: a Date or an ISO date;
   * default now. Set it to show a timeline as of a given day (and in tests).
   */
  today: Date | string | null = null;

  /** Categories switched off by the filter buttons. */
  private hiddenCategories: ReadonlySet<Category> = new Set();
  /** True once "show all" was pressed. */
  private expanded = false;
  /** What the live region says; empty until the user filters, so loading announces nothing. */
  private announcement = '';
  /** The model index of the event that takes Tab in the horizontal layout (roving tabindex). */
  private activeIndex: number | undefined;

  /** How many events (in whole year groups) are rendered now; placeholders stand for the rest. */
  private budget = FIRST_RENDER_EVENTS;
  /** True while some year groups are placeholders. */
  private pending = false;
  private chunkScheduled = false;
  private arrangement?: Arrangement;
  /** The read of the page's `<ol>` in flight, while its code loads: the list stays shown meanwhile. */
  private listRead?: Promise<Timeline>;

  protected override parseData(input: unknown): Timeline | Promise<Timeline> {
    if (input !== LIGHT_DOM_LIST) return readTimeline(input);
    const readList = (reader: typeof import('./light-dom.js')) => readTimeline(reader.readLightDomTimeline(this) ?? { events: [] });
    if (lightDom) return readList(lightDom);
    // A list changed or removed meanwhile makes the base class read again and drop this result.
    const read = import('./light-dom.js').then((reader) => readList((lightDom = reader)));
    this.listRead = read;
    const done = () => {
      if (this.listRead === read) this.listRead = undefined;
    };
    read.then(done, done);
    return read;
  }

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
    return this.listRead && eventList(this) ? html`<div class="fallback"><slot></slot></div>` : super.renderSkeleton();
  }

  /** With bad data, the page's own list (if any) stays visible under the error box: readers lose nothing. */
  protected override renderError(error: JihaError): unknown {
    return html`${super.renderError(error)}${eventList(this) ? html`<div class="fallback"><slot></slot></div>` : nothing}`;
  }

  protected override affectsInlineData(record: MutationRecord): boolean {
    return super.affectsInlineData(record) || [record.target, ...record.addedNodes, ...record.removedNodes].some((node) => touchesLightDomData(this, node));
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
    // The next year groups render after the browser had a chance to paint and handle input.
    if (this.pending && !this.chunkScheduled && this.isConnected) {
      this.chunkScheduled = true;
      nextTask(() => {
        this.chunkScheduled = false;
        if (!this.isConnected) return;
        this.budget += CHUNK_EVENTS;
        this.requestUpdate();
      });
    }
    const timeline = this.renderRoot.querySelector<HTMLElement>('.timeline');
    if (timeline && this.model) this.paintPartnerColors(timeline, this.model.partners);
    // Only when what it says changes: a chunk of year groups rendering must not re-serialise thousands of events.
    if (['model', 'structuredData', 'loadState', 'language'].some((name) => changed.has(name))) this.updateStructuredData();
  }

  private updateStructuredData(): void {
    const ready = this.loadState === 'ready' && this.structuredData ? this.model : undefined;
    if (ready) {
      // JSON-LD is written by a chunk loaded only for timelines that ask for it.
      const language = this.language.ui;
      import('./json-ld.js').then(({ writeTimelineJsonLd }) => {
        if (this.model === ready && this.loadState === 'ready' && this.structuredData && this.language.ui === language) writeTimelineJsonLd(this, ready, language);
      });
    } else {
      // Inline rather than imported: the JSON-LD code stays out of timelines that never write it.
      this.querySelector(':scope > script[data-jiha-structured-data]')?.remove();
    }
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
      if (parsed) return parsed.precision === 'minute' ? parsed.date : new Date(parsed.date.getTime() + 12 * 3600 * 1000);
    }
    return new Date();
  }

  private effectiveLimit(): number | undefined {
    const limit = this.limit;
    if (this.expanded || limit === null || limit === undefined || !Number.isFinite(limit) || limit < 0) return undefined;
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
    const active = shown.some((event) => event.index === this.activeIndex) ? this.activeIndex : shown[0]?.index;
    const partnerSlot = new Map(timeline.partners.map((partner, slot) => [partner.id, Math.min(slot, COLOR_SLOTS - 1)]));
    return html`<section
      part="timeline"
      class="timeline ${layout} ${two ? 'two-partners' : 'one-column'}"
      aria-label=${msg('Cooperation timeline', { id: 'timeline.label' })}
    >
      ${this.filterable ? this.renderFilters(timeline) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${timeline.partners.length ? this.renderLegend(timeline.partners) : nothing}
      <!-- Horizontal, the list scrolls: Firefox would make the scroller a nameless Tab stop of its own; focus moves through its events. -->
      <ol part="years" class="years" tabindex=${layout === 'horizontal' ? '-1' : nothing} @keydown=${layout === 'horizontal' ? this.onKeydown : nothing} @focusin=${this.onFocusin}>
        ${this.renderYears(groups, timeline, partnerSlot, layout, active)}
      </ol>
      ${shown.length === 0 ? html`<p class="empty">${shownText(0, this.language)}</p>` : nothing}
      ${limit !== undefined && total > limit
        ? html`<button type="button" part="show-all" class="show-all" @click=${this.showAll}>${msg('Show all events', { id: 'timeline.show-all' })}</button>`
        : nothing}
    </section>`;
  }

  private renderFilters(timeline: Timeline): TemplateResult {
    return html`<div part="filters" class="filters" role="group" aria-label=${msg('Show events by category', { id: 'timeline.filters' })}>
      ${presentCategories(timeline.events, CATEGORIES).map(
        (category) => html`<button
          type="button"
          part="filter"
          class="filter"
          data-category=${category}
          aria-pressed=${this.hiddenCategories.has(category) ? 'false' : 'true'}
          @click=${() => this.toggleCategory(category)}
        >
          ${categoryIcon(category)}<span>${categoryName(category)}</span>
        </button>`,
      )}
    </div>`;
  }

  private renderLegend(partners: readonly TimelinePartner[]): TemplateResult {
    return html`<ul part="legend" class="legend" aria-label=${msg('Partners', { id: 'timeline.partners' })}>
      ${partners.map((partner, slot) => html`<li class="partner p${Math.min(slot, COLOR_SLOTS - 1)}"><span class="swatch" aria-hidden="true"></span>${this.localText(partner.name)}</li>`)}
    </ul>`;
  }

  /** The year groups and their order, recomputed only when what they depend on changes. */
  private arrange(timeline: Timeline): Arrangement {
    const order = this.currentOrder();
    const limit = this.effectiveLimit();
    const today = this.todayDate();
    const key = [timeline, order, this.hiddenCategories, limit, Math.floor(today.getTime() / 60000), this.timeZone];
    const previous = this.arrangement;
    if (previous && previous.key.length === key.length && previous.key.every((value, i) => value === key[i])) return previous;
    const { shown, total } = visibleEvents(timeline.events, { order, hidden: this.hiddenCategories, limit });
    this.arrangement = { key, shown, total, groups: yearGroups(shown, { today, timeZone: this.timeZone, order }) };
    this.budget = FIRST_RENDER_EVENTS;
    return this.arrangement;
  }

  /**
   * Whole year groups up to the budget; the rest as placeholders of about
   * their size, filled in chunks. Each rendered group is guarded, so a chunk
   * (or a focus move) re-renders only the groups it changes.
   */
  private renderYears(groups: YearGroup[], timeline: Timeline, slots: Map<string, number>, layout: TimelineLayout, active: number | undefined): unknown[] {
    let remaining = this.budget;
    const { tag, dir, ui } = this.language;
    const result = groups.map((group) => {
      const rendered = remaining > 0;
      remaining -= group.entries.length;
      if (!rendered) return this.renderPendingYear(group);
      const activeHere = group.entries.some((entry) => 'event' in entry && entry.event.index === active) ? active : -1;
      // guard() calls back when lit commits, after render() left the element's language: enter it again.
      return guard([group, tag, dir, layout, timeline, activeHere], () => inLanguage(ui, () => this.renderYear(group, timeline, slots, layout, active)));
    });
    this.pending = remaining < 0;
    return result;
  }

  private renderPendingYear(group: YearGroup): TemplateResult {
    return html`<li part="year" class="year pending" style=${cssProperties({ '--_count': String(group.entries.length) })}>
      <h3 part="year-heading" class="year-heading">${this.yearText(group.year)}</h3>
      <ol class="events"></ol>
    </li>`;
  }

  /** Renders every pending year group now (before a jump to the far end). */
  private async renderEverything(): Promise<void> {
    if (!this.pending) return;
    this.budget = Number.POSITIVE_INFINITY;
    this.requestUpdate();
    await this.updateComplete;
  }

  private yearText(year: number): string {
    return formatDate(new Date(Date.UTC(year, 0, 1, 12)), this.language, { precision: 'year' });
  }

  private renderYear(group: YearGroup, timeline: Timeline, slots: Map<string, number>, layout: TimelineLayout, active: number | undefined): TemplateResult {
    return html`<li part="year" class="year" style=${cssProperties({ '--_count': String(group.entries.length) })}>
      <h3 part="year-heading" class="year-heading">${this.yearText(group.year)}</h3>
      <ol class="events">
        ${group.entries.map((entry) => this.renderEntry(entry, timeline, slots, layout, active))}
      </ol>
    </li>`;
  }

  private renderEntry(entry: Entry, timeline: Timeline, slots: Map<string, number>, layout: TimelineLayout, active: number | undefined): TemplateResult {
    if ('today' in entry) {
      const [y, m, d] = entry.day.split('-').map(Number);
      return html`<li part="today" class="today">
        <span class="today-label">${msg('Today', { id: 'timeline.today' })}</span>
        <time datetime=${entry.day}>${formatDate(new Date(Date.UTC(y, m - 1, d, 12)), this.language, { precision: 'day' })}</time>
      </li>`;
    }
    const { event, upcoming } = entry;
    const side = sideOf(event, timeline.partners);
    const slotClass = event.partners.length === 1 ? `p${slots.get(event.partners[0]) ?? 0}` : '';
    const tabindex = layout === 'horizontal' && event.index === active ? '0' : '-1';
    const title = pickLocalized(event.title, this.language.ui);
    return html`<li
      part="event"
      class="event side-${side} ${slotClass} ${upcoming ? 'upcoming' : ''} ${event.uncertain ? 'uncertain' : ''}"
      data-index=${event.index}
      tabindex=${tabindex}
    >
      <p part="date" class="date">
        ${this.renderDate(event.start)}${event.end ? html` – ${this.renderDate(event.end)}` : nothing}
        ${upcoming ? html`<span class="flag upcoming-flag">${msg('Upcoming', { id: 'timeline.upcoming' })}</span>` : nothing}
        ${event.uncertain ? html`<span class="flag uncertain-flag">${msg('Date inferred, not confirmed', { id: 'timeline.uncertain' })}</span>` : nothing}
      </p>
      <h4 part="title" class="title" lang=${title?.lang ?? nothing} dir=${textDirection(title?.lang)}>
        ${event.url ? html`<a href=${event.url}>${title?.text}</a>` : title?.text}
      </h4>
      ${event.summary ? this.renderParagraph(event.summary, 'summary') : nothing}
      <p class="labels">
        <span class="category">${categoryIcon(event.category)}${event.categoryLabel ? html`<bdi>${event.categoryLabel}</bdi>` : categoryName(event.category)}</span>
        ${event.partners.length === 0
          ? html`<span class="context-label">${msg('Context', { id: 'timeline.context' })}</span>`
          : event.partners.map((id) => {
              const partner = timeline.partners.find((candidate) => candidate.id === id);
              return html`<span class="partner p${slots.get(id) ?? 0}"><span class="swatch" aria-hidden="true"></span>${partner ? this.localText(partner.name) : id}</span>`;
            })}
      </p>
      ${event.note ? this.renderParagraph(event.note, 'note') : nothing}
      ${event.sources.length
        ? html`<p class="sources">
            ${msg('Other sources:', { id: 'timeline.sources' })}
            ${event.sources.map((url) => html` <a href=${url}>${hostOf(url)}</a>`)}
          </p>`
        : nothing}
    </li>`;
  }

  private renderDate(value: DateValue): TemplateResult {
    const text = value.precision === 'minute' ? formatDateTime(value.date, this.language, this.timeZone) : formatDate(value.date, this.language, { precision: value.precision });
    return html`<time datetime=${value.iso}>${text}</time>`;
  }

  private renderParagraph(value: LocalizedText, kind: 'summary' | 'note'): TemplateResult {
    const text = pickLocalized(value, this.language.ui);
    return html`<p part=${kind} class=${kind} lang=${text?.lang ?? nothing} dir=${textDirection(text?.lang)}>${text?.text}</p>`;
  }

  private localText(value: LocalizedText): TemplateResult {
    const text = pickLocalized(value, this.language.ui);
    return html`<bdi lang=${text?.lang ?? nothing}>${text?.text ?? ''}</bdi>`;
  }

  private toggleCategory(category: Category): void {
    const hidden = new Set(this.hiddenCategories);
    if (hidden.has(category)) hidden.delete(category);
    else hidden.add(category);
    this.hiddenCategories = hidden;
    const { shown } = visibleEvents(this.model?.events ?? [], { order: this.currentOrder(), hidden, limit: this.effectiveLimit() });
    // An event handler runs outside render: say it in the element's language.
    this.announcement = inLanguage(this.language.ui, () => shownText(shown.length, this.language));
  }

  /** Reveals every event and puts focus on the first one that was hidden, where the reader's attention goes next. */
  private async showAll(): Promise<void> {
    const before = new Set([...this.eventItems()].map((item) => item.dataset.index));
    this.expanded = true;
    await this.updateComplete;
    let items = this.eventItems();
    if (this.pending && !items.some((item) => !before.has(item.dataset.index))) {
      await this.renderEverything();
      items = this.eventItems();
    }
    const revealed = items.find((item) => !before.has(item.dataset.index)) ?? items[0];
    if (!revealed) return;
    if (this.currentLayout() === 'horizontal') this.activeIndex = Number(revealed.dataset.index);
    await this.updateComplete;
    revealed.focus();
  }

  private eventItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li.event')];
  }

  private onFocusin = (event: FocusEvent): void => {
    const item = (event.target as Element | null)?.closest?.('li.event') as HTMLElement | null;
    if (item && this.currentLayout() === 'horizontal') this.activeIndex = Number(item.dataset.index);
  };

  /** Arrow keys move to the neighbouring event (mirrored in rtl); Home and End jump to the ends. */
  private onKeydown = (event: KeyboardEvent): void => {
    const current = (event.target as Element | null)?.closest?.('li.event') as HTMLElement | null;
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const forward = this.language.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.language.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === backward ? -1 : event.key === 'Home' ? -Infinity : event.key === 'End' ? Infinity : 0;
    if (!step) return;
    event.preventDefault();
    const items = this.eventItems();
    const position = items.indexOf(current);
    // Past the rendered groups (End, or the last rendered event): render the rest first.
    if (this.pending && (step === Infinity || (step === 1 && position === items.length - 1))) {
      void this.renderEverything().then(() => this.moveFocus(current, step));
      return;
    }
    this.moveFocus(current, step);
  };

  private moveFocus(current: HTMLElement, step: number): void {
    const items = this.eventItems();
    const position = items.indexOf(current);
    const target = step === Infinity ? items.length - 1 : step === -Infinity ? 0 : Math.min(items.length - 1, Math.max(0, position + step));
    const next = items[target];
    if (!next) return;
    items.forEach((item) => item.setAttribute('tabindex', item === next ? '0' : '-1'));
    this.activeIndex = Number(next.dataset.index);
    next.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    next.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }
}

/**
 * Runs `task` in a new task, after the browser could paint and handle input.
 * A message, not a timer: timers in hidden or background pages are throttled
 * to one a second, which would leave a long timeline half-rendered.
 */
function nextTask(task: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(undefined);
}

/** A source link's visible text: its host name, else the address itself. */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jiha-cooperation-timeline': JihaCooperationTimeline;
  }
}
