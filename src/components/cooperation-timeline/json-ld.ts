/**
 * The schema.org JSON-LD that `structured-data` writes. A separate chunk,
 * loaded only by timelines that ask for it.
 */
import type { UiLanguage } from '../../i18n/language.js';
import { writeStructuredData } from '../../structured-data/json-ld-script.js';

export { syncStructuredData } from '../../structured-data/json-ld-script.js';
import { pickText } from '../../i18n/localized-text.js';
import { sortEvents } from './arrange.js';
import type { Timeline, TimelineEvent } from './model.js';

/** Writes (or replaces) the timeline's JSON-LD script in `host`'s light DOM, events oldest first. */
export function writeTimelineJsonLd(host: Element, timeline: Timeline, language: UiLanguage): void {
  writeStructuredData(host, timelineJsonLd(timeline, sortEvents(timeline.events, 'oldest'), language));
}

/** schema.org `Event`s that `structured-data` writes for crawlers, one per event, in an ItemList. */
export function timelineJsonLd(timeline: Timeline, events: readonly TimelineEvent[], language: UiLanguage): object {
  const partnerName = new Map(timeline.partners.map((partner) => [partner.id, pickText(partner.name, language)]));
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: events.length,
    itemListElement: events.map((event, position) => ({
      '@type': 'ListItem',
      position: position + 1,
      item: {
        '@type': 'Event',
        '@id': event.id ? `#${event.id}` : undefined,
        name: pickText(event.title, language),
        description: event.summary === undefined ? undefined : pickText(event.summary, language),
        startDate: event.start.iso,
        endDate: event.end?.iso,
        url: event.url,
        sameAs: event.sources.length ? event.sources : undefined,
        organizer: event.partners.length
          ? event.partners.map((id) => ({ '@type': 'GovernmentOrganization', name: partnerName.get(id) ?? id }))
          : undefined,
      },
    })),
  };
}
