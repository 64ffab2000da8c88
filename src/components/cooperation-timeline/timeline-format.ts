/**
 * Recognises which timeline shape some data is (the library's own,
 * TimelineJS JSON, the shared `timeline.json` shape) with cheap checks, and
 * reads it: the own format at once, the foreign ones through parsers that
 * load only when such data comes, so a page using the library's own format
 * never downloads them (nor the HTML-to-text code TimelineJS needs). Pure.
 */
import { lazyModule } from '../../core/lazy-module.js';
import { JihaError } from '../../core/errors.js';
import { describe, isObject, type Json } from '../../data/fields.js';
import type { Timeline } from './model.js';
import { parseJihaTimeline } from './parse-jiha.js';

export type TimelineFormat = 'jiha' | 'timelinejs' | 'shared';

/** TimelineJS: some event has a `start_date`. */
export function isTimelineJs(input: Json): boolean {
  return Array.isArray(input.events) && input.events.some((event) => isObject(event) && 'start_date' in event);
}

/** The shared file: `title_<lang>` or `region` fields. */
export function isSharedTimeline(input: Json): boolean {
  return (
    Array.isArray(input.events) &&
    input.events.some(
      (event) =>
        isObject(event) && ('region' in event || Object.keys(event).some((key) => /^title_[a-z]{2,3}$/i.test(key))),
    )
  );
}

export function detectTimelineFormat(input: unknown): TimelineFormat | undefined {
  if (Array.isArray(input)) return 'jiha';
  if (!isObject(input) || !Array.isArray(input.events)) return undefined;
  if (isTimelineJs(input)) return 'timelinejs';
  if (isSharedTimeline(input)) return 'shared';
  return 'jiha';
}

/** The format of `input`, or the contract's error when it is none. */
export function requireTimelineFormat(input: unknown): TimelineFormat {
  if (!Array.isArray(input) && !isObject(input))
    throw new JihaError('invalid-data', `the data must be an object {partners, events}, not ${describe(input)}`);
  const format = detectTimelineFormat(input);
  if (!format)
    throw new JihaError(
      'unsupported-format',
      'not a timeline: expected {partners, events: [{date, title}]} or TimelineJS {events: [{start_date, text}]}',
    );
  return format;
}

/** The foreign parsers, loaded when such data first comes; later data of that shape is read at once, as the own format is. */
const timelineJs = lazyModule('TimelineJS reader', () => import('./parse-timelinejs.js'));
const shared = lazyModule('timeline.json reader', () => import('./parse-shared.js'));

/**
 * Reads any of the three shapes into the model; throws a JihaError with a
 * contract code. A foreign shape answers with a promise the first time,
 * while its parser loads.
 */
export function readTimeline(input: unknown): Timeline | Promise<Timeline> {
  const format = requireTimelineFormat(input);
  const data = input as Json;
  if (format === 'jiha') return parseJihaTimeline(data);
  if (format === 'timelinejs') {
    if (timelineJs.current) return timelineJs.current.parseTimelineJs(data);
    return timelineJs.load().then((parser) => parser.parseTimelineJs(data));
  }
  if (shared.current) return shared.current.parseSharedTimeline(data);
  return shared.load().then((parser) => parser.parseSharedTimeline(data));
}
