/** Visual references of <jiha-cooperation-timeline>: the two regions' timeline (vertical, the newest four; horizontal with filters), and a failed one. */
import type { JihaCooperationTimeline } from '../../src/components/cooperation-timeline/define.js';
import { createWidget, loadRealData } from '../support/real-data.js';
import { FIXED_TODAY, MAIN_LOOKS, TWO_LOOKS, failedState, visualSuite } from './harness.js';

async function timeline(doc: Document, layout: 'vertical' | 'horizontal', limit?: number): Promise<HTMLElement> {
  const element = createWidget('cooperation-timeline', await loadRealData(), { doc }) as JihaCooperationTimeline;
  element.today = FIXED_TODAY;
  element.setAttribute('layout', layout);
  if (limit) element.setAttribute('limit', String(limit));
  else element.removeAttribute('limit');
  if (layout === 'vertical') element.removeAttribute('filterable');
  return element;
}

visualSuite('cooperation-timeline', [
  { name: 'vertical', looks: MAIN_LOOKS, create: (_, doc) => timeline(doc, 'vertical', 4) },
  { name: 'horizontal', looks: TWO_LOOKS, create: (_, doc) => timeline(doc, 'horizontal') },
  failedState('jiha-cooperation-timeline', { src: '/fixture/status/404' }),
]);
