/**
 * Issue 23 (1.4.10 reflow, 1.4.12 text spacing): at 320 CSS px nothing in
 * an event runs out of its card, in the four languages, both layouts, with
 * and without the text spacing of 1.4.12, and the page does not scroll
 * sideways (the horizontal row scrolls inside itself).
 * reflow-dist.test.ts makes the same check on the built file.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { loadJson, unmountAll } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import { applyTextSpacing, cooperation, overflowProblems, timelineIn } from './helpers.js';

describe('jiha-cooperation-timeline: nothing runs out of an event at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(unmountAll);

  for (const lang of ['ar', 'fr', 'en', 'zgh']) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const layout of ['vertical', 'horizontal']) {
      for (const spacing of [false, true]) {
        it(`${lang} ${dir}, ${layout}${spacing ? ', 1.4.12 text spacing' : ''}`, async () => {
          const problems: string[] = [];
          const width = document.body.clientWidth;
          for (const [what, data] of [
            ['reference data', await loadJson('/data/timeline.json')],
            ['two partners, a range, a link', cooperation()],
          ] as const) {
            const element = await timelineIn(width, lang, dir, data, `layout="${layout}" filterable`);
            if (spacing) applyTextSpacing(element);
            problems.push(...overflowProblems(element).map((line) => `${what}: ${line}`));
            if (document.documentElement.scrollWidth > innerWidth)
              problems.push(`${what}: the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
            unmountAll();
          }
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
