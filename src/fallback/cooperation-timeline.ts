/**
 * The timeline's fallback markup: its events as the `<ol>` the element
 * also reads as data (light-dom.ts): each `<li>` with its date as
 * `<time datetime>` (a second one for the end), the title in `<strong>`
 * (a link where the event has one), the summary as a paragraph, and
 * `data-category` / `data-partners`, with the partners as `<ul data-partners>`.
 */
import type { Timeline, TimelineEvent } from '../components/cooperation-timeline/model.js';
import type { DateValue } from '../i18n/dates.js';
import type { LanguageContext } from '../i18n/language.js';
import { pickLocalized } from '../i18n/localized-text.js';
import { escapeAttribute, escapeText, langAttribute } from './escape.js';
import { timeElement } from './time-element.js';

export function timelineFallback(timeline: Timeline, language: LanguageContext, timeZone?: string | null): string {
  const date = (value: DateValue) => timeElement(value, language, timeZone);
  const item = (event: TimelineEvent) => {
    const title = pickLocalized(event.title, language.ui);
    const text = escapeText(title?.text ?? '');
    const summary = event.summary === undefined ? undefined : pickLocalized(event.summary, language.ui);
    const data = ` data-category="${escapeAttribute(event.category)}"${event.partners.length ? ` data-partners="${escapeAttribute(event.partners.join(' '))}"` : ''}`;
    return [
      `  <li${data}>`,
      `    ${date(event.start)}${event.end ? ` – ${date(event.end)}` : ''}:`,
      `    <strong${langAttribute(title?.lang)}>${event.url ? `<a href="${escapeAttribute(event.url)}">${text}</a>` : text}</strong>`,
      ...(summary ? [`    <p${langAttribute(summary.lang)}>${escapeText(summary.text)}</p>`] : []),
      '  </li>',
    ].join('\n');
  };
  const partners = timeline.partners.length
    ? `<ul data-partners>\n${timeline.partners
        .map((partner) => {
          const name = pickLocalized(partner.name, language.ui);
          return `  <li data-id="${escapeAttribute(partner.id)}"${partner.color ? ` data-color="${escapeAttribute(partner.color)}"` : ''}${langAttribute(name?.lang)}>${escapeText(name?.text ?? partner.id)}</li>`;
        })
        .join('\n')}\n</ul>\n`
    : '';
  // Oldest first, as the element shows them by default.
  const events = [...timeline.events].sort((a, b) => a.start.date.getTime() - b.start.date.getTime());
  return `${partners}<ol>\n${events.map(item).join('\n')}\n</ol>`;
}
