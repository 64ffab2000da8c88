/**
 * WCAG 1.4.12 Text Spacing, element by element (issue 23): with line
 * height 1.5, letter spacing 0.12 em, word spacing 0.16 em and paragraph
 * spacing 2 em forced (`!important`) inside every shadow root, nested ones
 * included, and on the page, no text is cut and none overlaps other text
 * or a control, on a page 320 CSS px wide and on one 800 px wide.
 */
import { expect } from '@open-wc/testing';
import { unmountAll } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import { applyTextSpacingEverywhere, clippedTextProblems, overlapProblems } from '../support/wcag-geometry.js';
import { styleHostPage } from './helpers.js';
import { nextFrame } from './keyboard-helpers.js';
import { ELEMENTS, endPageWidth, pageOfWidth, SIDES, wcagStates } from './wcag-states.js';

describe('1.4.12 text spacing inside every shadow root', function () {
  this.timeout(60000);
  let undo: Array<() => void> = [];
  before(async () => {
    styleHostPage();
    await reduceMotion();
  });
  after(async () => {
    endPageWidth();
    await endMediaEmulation();
  });
  afterEach(() => {
    for (const each of undo) each();
    undo = [];
    unmountAll();
  });

  for (const width of [320, 800]) {
    for (const name of ELEMENTS) {
      // Arabic and French at each width; the other languages are in reflow.test.ts.
      for (const [lang, dir] of SIDES[name].slice(0, 2)) {
        it(`<jiha-${name}> ${lang} ${dir}, ${width} px: no text cut or overlapping`, async () => {
          await pageOfWidth(width);
          const problems: string[] = [];
          for (const { what, element, ignore } of await wcagStates(name, lang, dir)) {
            undo.push(applyTextSpacingEverywhere(element));
            await nextFrame();
            const found = [...clippedTextProblems(element, ignore), ...overlapProblems(element, ignore)];
            problems.push(...found.map((line) => `${what}: ${line}`));
          }
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
