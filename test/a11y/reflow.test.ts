/**
 * WCAG 1.4.10 Reflow, element by element (issue 23): on a page 320 CSS px
 * wide (the widgets 304 px inside the page's 8 px margins) no part is drawn
 * beyond the widget, the page does not scroll sideways, no text is cut and
 * none overlaps other text or a control: open popups, details and the
 * map's question included. Chromium and Firefox get a 320 px viewport;
 * WebKitGTK's window cannot be narrower than 447 px, so there the page's
 * body is 304 px wide in a wider window (the same widget width), and the
 * badge's open details, placed against the viewport, are measured in that
 * 800 px window (the test's title says so).
 */
import { expect } from '@open-wc/testing';
import { engine, onlyInTitle } from '../support/engine.js';
import { unmountAll } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import {
  beyondBoxProblems,
  clippedTextProblems,
  overlapProblems,
  pageScrollsSideways,
} from '../support/wcag-geometry.js';
import { styleHostPage } from './helpers.js';
import { nextFrame } from './keyboard-helpers.js';
import { ELEMENTS, endPageWidth, pageOfWidth, SIDES, wcagStates } from './wcag-states.js';

describe('1.4.10 reflow at 320 CSS px', function () {
  this.timeout(60000);
  before(async () => {
    styleHostPage();
    await reduceMotion();
    await pageOfWidth(320);
  });
  after(async () => {
    endPageWidth();
    await endMediaEmulation();
  });
  afterEach(unmountAll);

  for (const name of ELEMENTS) {
    for (const [lang, dir] of SIDES[name]) {
      const wideDetails = name === 'iso-badge' && engine === 'webkit';
      const title = `<jiha-${name}> ${lang} ${dir}: nothing beyond the widget, no sideways scroll, no text cut or overlapping`;
      it(
        wideDetails
          ? onlyInTitle(title, ['webkit'], 'the open details in an 800 px window, none narrower than 447 px')
          : title,
        async () => {
          const problems: string[] = [];
          for (const { what, element, ignore } of await wcagStates(name, lang, dir)) {
            await nextFrame();
            const found = [
              ...beyondBoxProblems(element, ignore),
              ...clippedTextProblems(element, ignore),
              ...overlapProblems(element, ignore),
            ];
            if (pageScrollsSideways())
              found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
            problems.push(...found.map((line) => `${what}: ${line}`));
          }
          expect(problems).to.deep.equal([]);
        },
      );
    }
  }
});
