/**
 * Issue 23 (1.4.10 reflow, 1.4.12 text spacing): on a 320 CSS px screen
 * (the widget 304 px wide, inside the page's default 8 px margins) nothing
 * in an event runs out of its card, in the four languages, both layouts,
 * with and without the text spacing of 1.4.12, and nothing is drawn beyond
 * the widget's box, so the page does not scroll sideways (the horizontal
 * row scrolls inside itself). A box of that width, not a 320 px window:
 * WebKitGTK's windows do not get narrower than 447 px.
 * reflow-dist.test.ts makes the same check on the built file.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { loadJson, unmountAll } from '../../support/helpers.js';
import {
  applyTextSpacing,
  cooperation,
  outOfBoxProblems,
  overflowProblems,
  PHONE_WIDTH,
  timelineIn,
} from './helpers.js';

describe('jiha-cooperation-timeline: nothing runs out of an event at 320 px', () => {
  afterEach(unmountAll);

  for (const lang of ['ar', 'fr', 'en', 'zgh']) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const layout of ['vertical', 'horizontal']) {
      for (const spacing of [false, true]) {
        it(`${lang} ${dir}, ${layout}${spacing ? ', 1.4.12 text spacing' : ''}`, async () => {
          const problems: string[] = [];
          for (const [what, data] of [
            ['reference data', await loadJson('/data/timeline.json')],
            ['two partners, a range, a link', cooperation()],
          ] as const) {
            const element = await timelineIn(PHONE_WIDTH, lang, dir, data, `layout="${layout}" filterable`);
            if (spacing) applyTextSpacing(element);
            problems.push(...overflowProblems(element).map((line) => `${what}: ${line}`));
            problems.push(...outOfBoxProblems(element).map((line) => `${what}: ${line}`));
            unmountAll();
          }
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
