/**
 * Reads any timeline format the element accepts into the model: the
 * library's own, TimelineJS JSON, and the shared data file's shape (the
 * light-DOM list is read into the library's own format first). Pure.
 */
import { JihaError } from '../../errors.js';
import { describe, isObject } from '../../fields.js';
import type { Timeline } from './model.js';
import { parseJihaTimeline } from './parse-jiha.js';
import { isSharedTimeline, parseSharedTimeline } from './parse-shared.js';
import { isTimelineJs, parseTimelineJs } from './parse-timelinejs.js';

export type TimelineFormat = 'jiha' | 'timelinejs' | 'shared';

export function detectTimelineFormat(input: unknown): TimelineFormat | undefined {
  if (Array.isArray(input)) return 'jiha';
  if (!isObject(input) || !Array.isArray(input.events)) return undefined;
  if (isTimelineJs(input)) return 'timelinejs';
  if (isSharedTimeline(input)) return 'shared';
  return 'jiha';
}

export function parseTimeline(input: unknown): Timeline {
  if (!Array.isArray(input) && !isObject(input)) throw new JihaError('invalid-data', `the data must be an object {partners, events}, not ${describe(input)}`);
  switch (detectTimelineFormat(input)) {
    case 'jiha':
      return parseJihaTimeline(input as Parameters<typeof parseJihaTimeline>[0]);
    case 'timelinejs':
      return parseTimelineJs(input as Record<string, unknown>);
    case 'shared':
      return parseSharedTimeline(input as Record<string, unknown>);
    default:
      throw new JihaError('unsupported-format', 'not a timeline: expected {partners, events: [{date, title}]} or TimelineJS {events: [{start_date, text}]}');
  }
}
