/**
 * TimelineJS (Knight Lab) JSON: `events[].start_date {year, month, day,
 * hour, minute}`, `end_date`, `text.headline` and `text.text` (HTML, turned
 * into plain text), `group` as the category, `unique_id` as the id. A
 * separate chunk, loaded only when such data comes (timeline-format.ts
 * recognises it), with the HTML-to-text code only it needs.
 */
import type { DateValue } from '../../i18n/dates.js';
import { JihaError } from '../../core/errors.js';
import { describe, isObject, readDate, type Json } from '../../data/fields.js';
import { htmlToText } from '../../data/html-text.js';
import { atEvent, readCategory } from './event-fields.js';
import type { Timeline, TimelineEvent } from './model.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One part of a TimelineJS date: a whole number (or numeric text) within bounds, or undefined. */
function part(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new JihaError(
      'invalid-data',
      `${field} must be a whole number from ${min} to ${max}, not ${describe(value)}`,
    );
  }
  return n;
}

/** A TimelineJS date object as an ISO text at the precision it gives. */
export function timelineJsDate(value: unknown, field: string): DateValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value))
    throw new JihaError('invalid-data', `${field} must be an object {year, month, day}, not ${describe(value)}`);
  const year = part(value.year, `${field}.year`, 1, 9999);
  if (year === undefined) throw new JihaError('invalid-data', `${field}.year is missing`);
  const month = part(value.month, `${field}.month`, 1, 12);
  const day = month === undefined ? undefined : part(value.day, `${field}.day`, 1, 31);
  const hour = day === undefined ? undefined : part(value.hour, `${field}.hour`, 0, 23);
  const minute = hour === undefined ? undefined : (part(value.minute, `${field}.minute`, 0, 59) ?? 0);
  let iso = pad(year, 4);
  if (month !== undefined) iso += `-${pad(month)}`;
  if (day !== undefined) iso += `-${pad(day)}`;
  // TimelineJS times carry no zone: read in the viewer's, as TimelineJS does.
  if (hour !== undefined) iso += `T${pad(hour)}:${pad(minute ?? 0)}`;
  return readDate(iso, field);
}

function plain(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new JihaError('invalid-data', `${field} must be a text, not ${describe(value)}`);
  return htmlToText(value) || undefined;
}

function readEvent(input: unknown, index: number): TimelineEvent {
  const field = `events[${index}]`;
  if (!isObject(input)) throw new JihaError('invalid-data', `${field} must be an object, not ${describe(input)}`);
  const start = timelineJsDate(input.start_date, `${field}.start_date`);
  if (!start) throw new JihaError('invalid-data', `${field}.start_date is missing`);
  const end = timelineJsDate(input.end_date, `${field}.end_date`);
  const text = isObject(input.text) ? input.text : {};
  const title =
    plain(text.headline, `${field}.text.headline`) ??
    plain(isObject(input.media) ? input.media.caption : undefined, `${field}.media.caption`);
  if (!title) throw new JihaError('invalid-data', `${field}.text.headline is missing`);
  const id = typeof input.unique_id === 'string' && input.unique_id ? input.unique_id : undefined;
  return {
    index,
    id,
    start,
    end: end && end.date >= start.date ? end : undefined,
    title,
    summary: plain(text.text, `${field}.text.text`),
    ...readCategory(input.group, `${field}.group`, true),
    partners: [],
    sources: [],
    uncertain: false,
  };
}

export function parseTimelineJs(input: Json): Timeline {
  const events = input.events as unknown[];
  return { partners: [], events: events.map((event, index) => atEvent(index, () => readEvent(event, index))) };
}
