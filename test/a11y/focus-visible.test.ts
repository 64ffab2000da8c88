/**
 * WCAG 2.4.7 Focus Visible and 2.4.11 Focus Not Obscured (Minimum),
 * element by element (issue 23): Tab from a page button before the widget
 * to one after it, through every state (the map asking before tiles with a
 * popup open, the badge's open details, the list's "more", both timeline
 * layouts); at every stop the focused control matches :focus-visible,
 * draws a ring of at least 2 px with 3:1 against its backdrop
 * (keyboard-helpers.ts), and is not entirely covered. One cover is allowed
 * and named: content the visitor opened (the badge's details, a map popup)
 * that Escape closes without moving focus, as 2.4.11's understanding
 * document allows (keyboard.test.ts presses that Escape). On a page 320 px
 * wide, where covering is likeliest, and, for the badge and the map, 800 px
 * wide. Each state is walked alone: the others are taken off the page first.
 */
import { expect } from '@open-wc/testing';
import { unmountAll } from '../support/helpers.js';
import { endMediaEmulation } from '../support/media-emulation.js';
import { endEmulation, emulate, styleHostPage } from './helpers.js';
import { focusWalk } from './focus-walk.js';
import { keyTally } from './keyboard-helpers.js';
import { ELEMENTS, endPageWidth, pageOfWidth, SIDES, wcagStates, type ElementName } from './wcag-states.js';

/** The elements with parts that open over others. */
const COVERING: ElementName[] = ['iso-badge', 'geopark-map'];

describe('2.4.7 focus visible and 2.4.11 not obscured, at every Tab stop', function () {
  this.timeout(60000);
  const exceptions = new Set<string>();
  before(async () => {
    styleHostPage();
    await emulate('light');
  });
  after(async () => {
    endPageWidth();
    await endEmulation();
    await endMediaEmulation();
    console.log(
      `[a11y] focus: ${keyTally.focusChecks} focus stops checked; covered by opened content: ${[...exceptions].join('; ') || 'none'}`,
    );
  });
  afterEach(unmountAll);

  for (const width of [320, 800]) {
    // At 800 px only what opens over other parts (the badge's details, the map's popup and question): the rest lays out
    // as at 320 px with more room, and the walks through the timeline's 26 events are the suite's slowest in WebKit.
    for (const name of width === 800 ? COVERING : ELEMENTS) {
      for (const [lang, dir] of SIDES[name].slice(0, 2)) {
        it(`<jiha-${name}> ${lang} ${dir}, ${width} px: every stop focus-visible, ringed, not covered`, async () => {
          await pageOfWidth(width);
          const problems: string[] = [];
          let stops = 0;
          const states = await wcagStates(name, lang, dir);
          for (const { element } of states) element.closest('[data-test-host]')?.setAttribute('hidden', '');
          for (const { what, element } of states) {
            const host = element.closest('[data-test-host]')!;
            host.removeAttribute('hidden');
            const walk = await focusWalk(element, what);
            stops += walk.stops;
            problems.push(...walk.problems);
            for (const each of walk.opened) exceptions.add(`${name}: ${each}`);
            host.setAttribute('hidden', '');
          }
          expect(stops, 'Tab stops').to.be.above(0);
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
