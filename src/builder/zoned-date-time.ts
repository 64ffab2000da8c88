/**
 * Between a `datetime-local` input (a wall-clock time, no zone) and the
 * snippet's date (ISO 8601 with the offset, `2026-01-17T20:22:00+01:00`): the
 * editor picks the council's time, the snippet says which instant it is.
 * Morocco's offset changes during Ramadan, so it is read from the time zone
 * database (Intl) for that very day, never assumed.
 */

export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** The wall clock of `instant` in `timeZone`, as if it were UTC (ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** A usable IANA zone, else Morocco's. */
function zoneOrDefault(timeZone: string | undefined): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timeZone || DEFAULT_TIME_ZONE });
    return timeZone || DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** The value a `datetime-local` input shows for the snippet's `value`, or '' when it has no instant. */
export function toLocalInput(value: string, timeZone?: string): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return `${trimmed}T00:00`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return '';
  const instant = Date.parse(trimmed);
  if (Number.isNaN(instant)) return '';
  // Without an offset the time is already the wall clock.
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) return trimmed.slice(0, 16);
  return new Date(wallClock(instant, zoneOrDefault(timeZone))).toISOString().slice(0, 16);
}

/** The snippet's date for a `datetime-local` value (`2026-01-17T20:22`), with the zone's offset on that day. */
export function fromLocalInput(local: string, timeZone?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return '';
  const zone = zoneOrDefault(timeZone);
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let offset = wallClock(asUtc, zone) - asUtc;
  // Near a change of offset, the offset of the instant itself.
  offset = wallClock(asUtc - offset, zone) - (asUtc - offset);
  const minutes = Math.round(offset / 60000);
  const sign = minutes < 0 ? '-' : '+';
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}
