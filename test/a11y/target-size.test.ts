/**
 * WCAG 2.5.8 Target Size (Minimum), element by element (issue 23): every
 * control of every state is at least 24 × 24 CSS px, or passes by a named
 * exception: "inline" (a link in a line of text) or "spacing" (a 24 px
 * circle on its centre meets no other target nor another undersized
 * target's circle). The exceptions used are logged for the conformance
 * report. On a page 320 px wide and on one 800 px wide.
 */
import { expect } from '@open-wc/testing';
import { unmountAll } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import { targetVerdicts } from '../support/wcag-geometry.js';
import { styleHostPage } from './helpers.js';
import { nextFrame } from './keyboard-helpers.js';
import { ELEMENTS, endPageWidth, pageOfWidth, SIDES, wcagStates } from './wcag-states.js';

describe('2.5.8 target size, exceptions named', function () {
  this.timeout(60000);
  const exceptions = new Set<string>();
  before(async () => {
    styleHostPage();
    await reduceMotion();
  });
  after(async () => {
    endPageWidth();
    await endMediaEmulation();
    console.log(`[a11y] 2.5.8 exceptions used: ${[...exceptions].sort().join('; ') || 'none'}`);
  });
  afterEach(unmountAll);

  for (const width of [320, 800]) {
    for (const name of ELEMENTS) {
      for (const [lang, dir] of SIDES[name].slice(0, 2)) {
        it(`<jiha-${name}> ${lang} ${dir}, ${width} px: every target 24 × 24 px or spaced or inline`, async () => {
          await pageOfWidth(width);
          const problems: string[] = [];
          let checked = 0;
          for (const { what, element } of await wcagStates(name, lang, dir)) {
            await nextFrame();
            for (const verdict of targetVerdicts(element)) {
              checked += 1;
              if (verdict.problem) problems.push(`${what}: ${verdict.problem}`);
              if (verdict.exception)
                exceptions.add(`${name} ${verdict.what.replace(/ ".*$/, '')}: ${verdict.exception}`);
            }
          }
          expect(checked, 'targets measured').to.be.above(0);
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
