/**
 * What the timeline shows and where: order, filter, limit, upcoming events,
 * the "today" marker, year groups and partner sides. Pure functions of the
 * model, so that the element only renders their result.
 */
import type { DateValue } from '../../i18n/dates.js';
import { checkTimeZone } from '../../i18n/format.js';
import type { Category, TimelineEvent, TimelinePartner } from './model.js';

export type Order = 'oldest' | 'newest';

/** Where an event sits in the two-partner layout. */
export type Side = 'first' | 'second' | 'joint' | 'context' | 'single';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of an instant in a time zone (the viewer's when undefined). */
export function dayInZone(date: Date, timeZone: string | null | undefined): string {
  const zone = checkTimeZone(timeZone);
  const key = zone ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(key, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** The first day of a date's period (`2026` → `2026-01-01`); an instant's day in the zone. */
export function firstDay(value: DateValue, timeZone: string | null | undefined): string {
  if (value.precision === 'minute') return dayInZone(value.date, timeZone);
  const [year, month = '01', day = '01'] = value.iso.split('-');
  return `${year}-${month}-${day}`;
}

/** The year a date belongs to, for its year group. */
export function yearOf(value: DateValue, timeZone: string | null | undefined): number {
  return Number(firstDay(value, timeZone).slice(0, 4));
}

/**
 * An event is upcoming when it starts after today: an instant after now, a
 * calendar date whose first day is after today's date (so `2026` is not
 * upcoming during 2026, and `2026-12` is upcoming until December).
 */
export function isUpcoming(
  event: TimelineEvent,
  today: Date,
  timeZone: string | null | undefined,
  todayDay = dayInZone(today, timeZone),
): boolean {
  if (event.start.precision === 'minute') return event.start.date.getTime() > today.getTime();
  return firstDay(event.start, timeZone) > todayDay;
}

/** Oldest first (by start, then end, then data order); `newest` reverses. */
export function sortEvents(events: readonly TimelineEvent[], order: Order): TimelineEvent[] {
  const sorted = [...events].sort(
    (a, b) =>
      a.start.date.getTime() - b.start.date.getTime() ||
      (a.end?.date.getTime() ?? a.start.date.getTime()) - (b.end?.date.getTime() ?? b.start.date.getTime()) ||
      a.index - b.index,
  );
  return order === 'newest' ? sorted.reverse() : sorted;
}

/** The categories present in the data, in the contract's order. */
export function presentCategories(events: readonly TimelineEvent[], all: readonly Category[]): Category[] {
  const present = new Set(events.map((event) => event.category));
  return all.filter((category) => present.has(category));
}

/**
 * The events shown: the categories not hidden, then, with a limit, the
 * newest `limit` of them, in `order`.
 */
export function visibleEvents(
  events: readonly TimelineEvent[],
  options: { order: Order; hidden: ReadonlySet<Category>; limit?: number },
): { shown: TimelineEvent[]; total: number } {
  const kept = events.filter((event) => !options.hidden.has(event.category));
  const oldestFirst = sortEvents(kept, 'oldest');
  const limited =
    options.limit !== undefined && options.limit >= 0 && options.limit < oldestFirst.length
      ? oldestFirst.slice(oldestFirst.length - options.limit)
      : oldestFirst;
  return { shown: options.order === 'newest' ? limited.reverse() : limited, total: kept.length };
}

export interface TodayMarker {
  today: true;
  day: string;
}

export type Entry = { event: TimelineEvent; upcoming: boolean } | TodayMarker;

export interface YearGroup {
  year: number;
  entries: Entry[];
}

/**
 * Groups shown events by year and puts the "today" marker between the last
 * past and the first upcoming event, inside today's year group when a
 * neighbour is in it, else in the upcoming event's group.
 */
export function yearGroups(
  events: readonly TimelineEvent[],
  options: { today: Date; timeZone: string | null | undefined; order: Order },
): YearGroup[] {
  const { today, timeZone, order } = options;
  const todayDay = dayInZone(today, timeZone);
  const todayYear = Number(todayDay.slice(0, 4));
  const entries = events.map((event) => ({
    event,
    upcoming: isUpcoming(event, today, timeZone, todayDay),
    year: yearOf(event.start, timeZone),
  }));
  // Where the marker goes: before the first upcoming event (oldest first) or before the first past one (newest first).
  let boundary = -1;
  if (entries.some((entry) => entry.upcoming)) {
    const index = entries.findIndex((entry) => (order === 'oldest' ? entry.upcoming : !entry.upcoming));
    boundary = index < 0 ? entries.length : index;
  }
  const before = entries[boundary - 1];
  const after = entries[boundary];
  // The marker joins its neighbour's group: today's year when a neighbour is in it, else the upcoming neighbour's.
  const host =
    before?.year === todayYear
      ? before
      : after?.year === todayYear
        ? after
        : ((before?.upcoming ? before : after) ?? before);
  const groups: YearGroup[] = [];
  const marker: TodayMarker = { today: true, day: todayDay };
  entries.forEach((entry, i) => {
    let group = groups[groups.length - 1];
    if (i === boundary && host === before) group.entries.push(marker);
    if (!group || group.year !== entry.year) {
      group = { year: entry.year, entries: [] };
      groups.push(group);
    }
    if (i === boundary && host === after) group.entries.push(marker);
    group.entries.push({ event: entry.event, upcoming: entry.upcoming });
  });
  if (boundary === entries.length && groups.length) groups[groups.length - 1].entries.push(marker);
  return groups;
}

/**
 * The side of an event with two partners: the first partner's events on the
 * inline-start side, the second's on the end side, events of both in the
 * middle, events of neither (context) on the line. Other counts of partners
 * use one column.
 */
export function sideOf(event: TimelineEvent, partners: readonly TimelinePartner[]): Side {
  if (event.partners.length === 0) return 'context';
  if (partners.length !== 2) return 'single';
  const [first, second] = partners;
  const hasFirst = event.partners.includes(first.id);
  const hasSecond = event.partners.includes(second.id);
  if (hasFirst && hasSecond) return 'joint';
  return hasFirst ? 'first' : hasSecond ? 'second' : 'context';
}
