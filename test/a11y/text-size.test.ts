/**
 * WCAG 1.4.4 Resize Text, element by element (issue 23): the reader's text
 * size doubled on a page 640 px wide (a 1280 px screen at 200 %). The
 * widgets take their size from `medium`, the browser's text-size setting
 * (docs/reference/theming.md#text-size), which no engine lets a test page
 * change; `--jiha-font-size: 32px` on the page, twice `medium`'s 16 px,
 * stands for it: every text of the widget must grow with it (sizes in `em`,
 * not `px`), and none may be cut or overlap other text or a control.
 */
import { expect } from '@open-wc/testing';
import { unmountAll } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import { clippedTextProblems, overlapProblems, textLines } from '../support/wcag-geometry.js';
import { styleHostPage } from './helpers.js';
import { nextFrame } from './keyboard-helpers.js';
import { ELEMENTS, endPageWidth, pageOfWidth, SIDES, wcagStates } from './wcag-states.js';

/**
 * The drawn size of each text under `element`, by its words: the font size,
 * or for SVG text (scaled with its drawing, its computed size unchanged)
 * the height of its line.
 */
function textSizes(element: Element, ignore?: string): Map<string, number> {
  return new Map(
    textLines(element, ignore).map(({ node, rect, fontSize }) => [
      node.textContent!.trim(),
      node.parentElement?.closest('svg') ? rect.height : fontSize,
    ]),
  );
}

describe('1.4.4 text size doubled', function () {
  this.timeout(60000);
  before(async () => {
    styleHostPage();
    await reduceMotion();
    await pageOfWidth(640);
  });
  after(async () => {
    endPageWidth();
    await endMediaEmulation();
  });
  afterEach(() => {
    document.documentElement.style.removeProperty('--jiha-font-size');
    unmountAll();
  });

  for (const name of ELEMENTS) {
    for (const [lang, dir] of SIDES[name].slice(0, 2)) {
      it(`<jiha-${name}> ${lang} ${dir}: every text twice as large, none cut or overlapping`, async () => {
        // Once at the reader's usual size, then mounted afresh at twice that size, as a reader who set it would open the page.
        const usual = (await wcagStates(name, lang, dir)).map(({ element, ignore }) => textSizes(element, ignore));
        unmountAll();
        document.documentElement.style.setProperty('--jiha-font-size', '32px');
        const states = await wcagStates(name, lang, dir);
        await nextFrame();
        const problems: string[] = [];
        states.forEach(({ what, element, ignore }, index) => {
          for (const [words, size] of textSizes(element, ignore)) {
            const was = usual[index].get(words);
            if (was !== undefined && size < was * 1.9)
              problems.push(`${what}: "${words.slice(0, 30)}" ${size.toFixed(1)} px, was ${was.toFixed(1)} px`);
          }
          const found = [...clippedTextProblems(element, ignore), ...overlapProblems(element, ignore)];
          problems.push(...found.map((line) => `${what}: ${line}`));
        });
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
