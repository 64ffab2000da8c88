/**
 * Reads any timeline format the element accepts into the model at once:
 * the library's own, TimelineJS JSON, and the shared data file's shape. For
 * tools and tests that want every parser loaded; the element itself reads
 * through `readTimeline` (timeline-format.ts), which loads the foreign
 * parsers only when such data comes. Pure.
 */
import type { Json } from '../../data/fields.js';
import type { Timeline } from './model.js';
import { parseJihaTimeline } from './parse-jiha.js';
import { parseSharedTimeline } from './parse-shared.js';
import { parseTimelineJs } from './parse-timelinejs.js';
import { requireTimelineFormat } from './timeline-format.js';

export { detectTimelineFormat, type TimelineFormat } from './timeline-format.js';

export function parseTimeline(input: unknown): Timeline {
  switch (requireTimelineFormat(input)) {
    case 'jiha':
      return parseJihaTimeline(input as Json | unknown[]);
    case 'timelinejs':
      return parseTimelineJs(input as Json);
    case 'shared':
      return parseSharedTimeline(input as Json);
  }
}
