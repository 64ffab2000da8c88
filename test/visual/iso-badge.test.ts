/** Visual references of <jiha-iso-badge>: the Tanger council's certificate as a card, a seal about to expire, a withdrawn inline badge, a failed badge. */
import type { JihaIsoBadge } from '../../src/components/iso-badge/define.js';
import { createWidget, loadRealData } from '../support/real-data.js';
import { MAIN_LOOKS, TWO_LOOKS, failedState, stoppedClock, visualSuite } from './harness.js';

/** The certificate (it ends on 27 December 2026) as of `time`, in `variant`, in `doc`. */
async function badge(doc: Document, variant: string, time?: number, status?: string): Promise<HTMLElement> {
  const element = createWidget('iso-badge', await loadRealData(), { doc }) as JihaIsoBadge;
  element.clock = stoppedClock(time);
  element.setAttribute('variant', variant);
  if (status) element.setAttribute('status', status);
  return element;
}

/** A badge in a page's side column at 1280 px. */
const DESKTOP = 640;

visualSuite('iso-badge', [
  { name: 'card', looks: MAIN_LOOKS, desktopSlot: DESKTOP, create: (_, doc) => badge(doc, 'card') },
  // 1 November 2026: less than 90 days left.
  {
    name: 'seal-expiring',
    looks: TWO_LOOKS,
    desktopSlot: DESKTOP,
    create: (_, doc) => badge(doc, 'seal', Date.UTC(2026, 10, 1, 11)),
  },
  {
    name: 'inline-withdrawn',
    looks: TWO_LOOKS,
    desktopSlot: DESKTOP,
    create: (_, doc) => badge(doc, 'inline', undefined, 'withdrawn'),
  },
  failedState('jiha-iso-badge', { variant: 'card', standard: 'quality' }, DESKTOP),
]);
