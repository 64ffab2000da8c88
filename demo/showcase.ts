/**
 * The showcase home page's script: the language and page-scheme switches
 * (page-language.ts), and the badges' "as of" day.
 *
 * The certificates' status is shown as of 17 January 2026, the day of the
 * news article the page tells (the footer says so): the page then looks the
 * same whatever day it is opened, and the timeline's `today` attribute says
 * the same day. This script runs before the library's (it comes first in
 * the page), so the badges read that day when they first render.
 */
import type { Clock } from '../src/components/iso-badge/clock.js';
import { setUpPage } from './page-language.js';

/** Noon in Morocco on the article's day. */
const AS_OF = Date.parse('2026-01-17T12:00:00+01:00');
const asOfClock: Clock = { now: () => AS_OF, setTimeout: () => 0, clearTimeout: () => {} };
for (const badge of document.querySelectorAll<HTMLElement & { clock: Clock }>('jiha-iso-badge'))
  badge.clock = asOfClock;

setUpPage();
