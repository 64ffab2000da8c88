/** A year group of the timeline and its events, as rendered in the element's shadow root. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DateValue } from '../../i18n/dates.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { textDirection, type LanguageContext } from '../../i18n/language.js';
import { inLanguage, msg } from '../../i18n/localize.js';
import { pickLocalized, type LocalizedText } from '../../i18n/localized-text.js';
import { sideOf, type Entry, type YearGroup } from './arrange.js';
import { categoryIcon, categoryName } from './categories.strings.js';
import type { ChunkedRenderController } from './chunked-render-controller.js';
import { cssProperties } from './css-properties.js';
import type { Timeline } from './model.js';

export type TimelineLayout = 'vertical' | 'horizontal';

/** Between a range's start and end; an expression, as a template's leading space is lost to the minifier. */
const RANGE_DASH = ' – ';

/** What every event of a render shares. */
export interface YearContext {
  language: LanguageContext;
  timeZone: string | null;
  timeline: Timeline;
  /** Each partner's colour slot. */
  slots: Map<string, number>;
  layout: TimelineLayout;
  /** The index of the event that takes Tab in the horizontal layout. */
  active: number | undefined;
}

function yearText(year: number, language: LanguageContext): string {
  return formatDate(new Date(Date.UTC(year, 0, 1, 12)), language, { precision: 'year' });
}

/**
 * Whole year groups up to the chunk budget; the rest as placeholders of
 * about their size, filled in chunks. Each rendered group is guarded, so a
 * chunk (or a focus move) re-renders only the groups it changes.
 */
export function renderYearList(groups: YearGroup[], context: YearContext, chunks: ChunkedRenderController): unknown[] {
  let remaining = chunks.budget;
  const { language, layout, timeline, active } = context;
  const { tag, dir, ui } = language;
  const result = groups.map((group) => {
    const rendered = remaining > 0;
    remaining -= group.entries.length;
    if (!rendered) return renderPendingYear(group, language);
    const activeHere = group.entries.some((entry) => 'event' in entry && entry.event.index === active) ? active : -1;
    // guard() calls back when lit commits, after render() left the element's language: enter it again.
    return guard([group, tag, dir, layout, timeline, activeHere], () =>
      inLanguage(ui, () => renderYear(group, context)),
    );
  });
  chunks.pending = remaining < 0;
  return result;
}

/** A year group not rendered yet: its heading, and room for about its events. */
function renderPendingYear(group: YearGroup, language: LanguageContext): TemplateResult {
  return html`<li part="year" class="year pending" ${cssProperties({ '--_count': String(group.entries.length) })}>
    <h3 part="year-heading" class="year-heading">${yearText(group.year, language)}</h3>
    <ol class="events"></ol>
  </li>`;
}

function renderYear(group: YearGroup, context: YearContext): TemplateResult {
  return html`<li part="year" class="year" ${cssProperties({ '--_count': String(group.entries.length) })}>
    <h3 part="year-heading" class="year-heading">${yearText(group.year, context.language)}</h3>
    <ol class="events">
      ${group.entries.map((entry) => renderEntry(entry, context))}
    </ol>
  </li>`;
}

function renderEntry(
  entry: Entry,
  { language, timeZone, timeline, slots, layout, active }: YearContext,
): TemplateResult {
  if ('today' in entry) {
    const [y, m, d] = entry.day.split('-').map(Number);
    return html`<li part="today" class="today">
      <span class="today-label">${msg('Today', { id: 'timeline.today' })}</span>
      <time datetime=${entry.day}>${formatDate(new Date(Date.UTC(y, m - 1, d, 12)), language, { precision: 'day' })}</time>
    </li>`;
  }
  const { event, upcoming } = entry;
  const side = sideOf(event, timeline.partners);
  const slotClass = event.partners.length === 1 ? `p${slots.get(event.partners[0]) ?? 0}` : '';
  const tabindex = layout === 'horizontal' && event.index === active ? '0' : '-1';
  const title = pickLocalized(event.title, language.ui);
  const date = (value: DateValue) => renderDate(value, language, timeZone);
  return html`<li
    part="event"
    class="event side-${side} ${slotClass} ${upcoming ? 'upcoming' : ''} ${event.uncertain ? 'uncertain' : ''}"
    data-index=${event.index}
    tabindex=${tabindex}
  >
    <p part="date" class="date">
      ${date(event.start)}${event.end ? html`${RANGE_DASH}${date(event.end)}` : nothing}
      ${upcoming ? html`<span class="flag upcoming-flag">${msg('Upcoming', { id: 'timeline.upcoming' })}</span>` : nothing}
      ${event.uncertain ? html`<span class="flag uncertain-flag">${msg('Date inferred, not confirmed', { id: 'timeline.uncertain' })}</span>` : nothing}
    </p>
    <h4 part="title" class="title" lang=${title?.lang ?? nothing} dir=${textDirection(title?.lang)}>
      ${event.url ? html`<a href=${event.url}>${title?.text}</a>` : title?.text}
    </h4>
    ${event.summary ? renderParagraph(event.summary, 'summary', language) : nothing}
    <p class="labels">
      <span class="category">${categoryIcon(event.category)}${event.categoryLabel ? html`<bdi>${event.categoryLabel}</bdi>` : categoryName(event.category)}</span>
      ${
        event.partners.length === 0
          ? html`<span class="flag context-label">${msg('Context', { id: 'timeline.context' })}</span>`
          : event.partners.map((id) => {
              const partner = timeline.partners.find((candidate) => candidate.id === id);
              return html`<span class="partner p${slots.get(id) ?? 0}"><span class="swatch" aria-hidden="true"></span>${partner ? localText(partner.name, language) : id}</span>`;
            })
      }
    </p>
    ${event.sources.length ? renderSources(event.sources) : nothing}
  </li>`;
}

function renderDate(value: DateValue, language: LanguageContext, timeZone: string | null): TemplateResult {
  const text =
    value.precision === 'minute'
      ? formatDateTime(value.date, language, timeZone)
      : formatDate(value.date, language, { precision: value.precision });
  return html`<time datetime=${value.iso}>${text}</time>`;
}

/**
 * The sources beyond the title's link: a localised label and one link per
 * address, named by its host. List items, not spaces between links: a
 * minifier drops the space between two template links, and two host names
 * with nothing between them cannot wrap.
 */
function renderSources(sources: readonly string[]): TemplateResult {
  return html`<div class="sources">
    <span class="sources-label">${msg('Other sources:', { id: 'timeline.sources' })}</span>
    <ul class="source-list">
      ${sources.map((url) => html`<li><a href=${url}>${hostOf(url)}</a></li>`)}
    </ul>
  </div>`;
}

function renderParagraph(value: LocalizedText, kind: 'summary', language: LanguageContext): TemplateResult {
  const text = pickLocalized(value, language.ui);
  return html`<p part=${kind} class=${kind} lang=${text?.lang ?? nothing} dir=${textDirection(text?.lang)}>${text?.text}</p>`;
}

/** A text in its own language, isolated from the surrounding direction. */
export function localText(value: LocalizedText, language: LanguageContext): TemplateResult {
  const text = pickLocalized(value, language.ui);
  return html`<bdi lang=${text?.lang ?? nothing}>${text?.text ?? ''}</bdi>`;
}

/** A source link's visible text: its host name, else the address itself. */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
