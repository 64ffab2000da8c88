/**
 * The library's own timeline format (docs/elements/cooperation-timeline.md):
 * `{"partners": [{id, name, color?}], "events": [{id?, date, end?, title,
 * summary?, category, partners, url?}]}`, plus two optional event fields
 * carried over from the shared data: `certainty` and `sources`. Editors'
 * fields (`note`, `editorNote`) are left in the data, unread.
 */
import { JihaError } from '../../core/errors.js';
import { describe, isObject, readText, readUrl, requireText, type Json } from '../../data/fields.js';
import { safeColor } from './colors.js';
import { atEvent, readCategory, readEventDate, readSources, readUncertain } from './event-fields.js';
import type { Timeline, TimelineEvent, TimelinePartner } from './model.js';

export function readPartners(value: unknown): TimelinePartner[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new JihaError('invalid-data', `partners must be a list of {id, name}, not ${describe(value)}`);
  return value.map((partner, index) => {
    const field = `partners[${index}]`;
    if (!isObject(partner))
      throw new JihaError('invalid-data', `${field} must be an object {id, name, color}, not ${describe(partner)}`);
    const id = readId(partner.id, `${field}.id`);
    if (!id) throw new JihaError('invalid-data', `${field}.id is missing`);
    const color = safeColor(partner.color);
    if (partner.color !== undefined && partner.color !== null && !color) {
      console.warn(
        `jiha-widgets: ${field}.color ${describe(partner.color)} is not a plain CSS colour and was ignored.`,
      );
    }
    return { id, name: readText(partner.name, `${field}.name`) ?? id, color };
  });
}

function readId(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new JihaError('invalid-data', `${field} must be a text, not ${describe(value)}`);
  return value.trim() || undefined;
}

function readPartnerIds(value: unknown, field: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  const list = typeof value === 'string' ? value.split(/[\s,|]+/) : value;
  if (!Array.isArray(list))
    throw new JihaError('invalid-data', `${field} must be a list of partner ids, not ${describe(value)}`);
  const ids = list.map((id, index) => readId(id, `${field}[${index}]`)).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

function readEvent(input: unknown, index: number): TimelineEvent {
  const field = `events[${index}]`;
  if (!isObject(input)) throw new JihaError('invalid-data', `${field} must be an object, not ${describe(input)}`);
  const start = readEventDate(input.date, input.precision, `${field}.date`);
  if (!start) throw new JihaError('invalid-data', `${field}.date is missing`);
  const end = readEventDate(input.end, undefined, `${field}.end`);
  if (end && end.date < start.date)
    throw new JihaError('invalid-data', `${field}.end (${end.iso}) is before its date (${start.iso})`);
  return {
    index,
    id: readId(input.id, `${field}.id`),
    start,
    end,
    title: requireText(input.title, `${field}.title`),
    summary: readText(input.summary, `${field}.summary`),
    ...readCategory(input.category, `${field}.category`, true),
    partners: readPartnerIds(input.partners, `${field}.partners`),
    url: readUrl(input.url, 'link', `${field}.url`),
    sources: readSources(input.sources, `${field}.sources`),
    uncertain: readUncertain(input.certainty ?? input.certain, `${field}.certainty`),
  };
}

/** Events naming a partner the list does not define get one named by its id. */
export function completePartners(partners: TimelinePartner[], events: TimelineEvent[]): TimelinePartner[] {
  const known = new Set(partners.map((partner) => partner.id));
  const all = [...partners];
  for (const event of events) {
    for (const id of event.partners) {
      if (!known.has(id)) {
        known.add(id);
        all.push({ id, name: id });
      }
    }
  }
  return all;
}

export function parseJihaTimeline(input: Json | unknown[]): Timeline {
  const events = Array.isArray(input) ? input : input.events;
  if (!Array.isArray(events)) throw new JihaError('invalid-data', `events must be a list, not ${describe(events)}`);
  const parsed = events.map((event, index) => atEvent(index, () => readEvent(event, index)));
  const partners = Array.isArray(input) ? [] : readPartners(input.partners);
  return { partners: completePartners(partners, parsed), events: parsed };
}
