/**
 * The events Jiha elements fire, with their `detail` types, typed once:
 * `addEventListener('jiha-select', (event) => event.detail.id)` is checked
 * by TypeScript, and the manifest's event types are read from this file
 * (custom-elements-manifest.config.mjs). Every one bubbles and is composed.
 */
import type { ErrorCode } from './errors.js';

/** The `detail` of `jiha-ready`: what the element shows, where it counts items. */
export interface JihaReadyDetail {
  /** How many items the element shows (news list, timeline, map). */
  count?: number;
}

/** The `detail` of `jiha-error`, in English whatever the element's language; also written to the console. */
export interface JihaErrorDetail {
  code: ErrorCode;
  /** What is wrong, its technical cause and what to fix, for whoever fixes it. */
  message: string;
  /** The technical cause alone (parser message, URL and status, field). */
  detail: string;
  /** Which source failed, as written in `src`, for a news list of several sources whose others are shown. */
  source?: string;
}

/** The `detail` of `jiha-select`: the chosen place's id. */
export interface JihaSelectDetail {
  id: string;
}

/** Each event's `detail`, by event type. */
export interface JihaEventDetails {
  'jiha-ready': JihaReadyDetail | undefined;
  'jiha-error': JihaErrorDetail;
  'jiha-select': JihaSelectDetail;
}

export type JihaEventType = keyof JihaEventDetails;

declare global {
  interface HTMLElementEventMap {
    'jiha-ready': CustomEvent<JihaReadyDetail | undefined>;
    'jiha-error': CustomEvent<JihaErrorDetail>;
    'jiha-select': CustomEvent<JihaSelectDetail>;
  }
}
