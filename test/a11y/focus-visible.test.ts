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
 * wide, where covering is likeliest, and 800 px wide. Each state is walked
 * alone: the others are taken off the page first.
 */
import { expect } from '@open-wc/testing';
import { unmountAll } from '../support/helpers.js';
import { endMediaEmulation } from '../support/media-emulation.js';
import { flatParent } from '../support/wcag-geometry.js';
import { describeNode, endEmulation, emulate, styleHostPage } from './helpers.js';
import { deepActive, focusIndicatorProblem, keyTally, nextFrame, press } from './keyboard-helpers.js';
import { ELEMENTS, endPageWidth, pageOfWidth, SIDES, wcagStates } from './wcag-states.js';

/** Content a visitor opens and Escape closes, focus staying where it is: the badge's details, a map popup. */
const OPENED_BY_VISITOR = ':popover-open, .leaflet-popup';

/** What covers the centre and the four inset corners of `element`, or undefined when one of them shows it. */
function coverOf(element: Element): Element | 'off the viewport' | undefined {
  const rect = element.getBoundingClientRect();
  if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth)
    return 'off the viewport';
  const root = element.getRootNode() as Document | ShadowRoot;
  const inset = Math.min(4, rect.width / 4, rect.height / 4);
  let cover: Element | undefined;
  for (const [x, y] of [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
  ]) {
    const hit = root.elementFromPoint(x, y);
    if (hit && (hit === element || element.contains(hit))) return undefined;
    cover ??= hit ?? undefined;
  }
  return cover;
}

/** The opened content `node` is in, if any. */
function openedContent(node: Element): Element | null {
  for (let element: Element | null = node; element; element = flatParent(element))
    if (element.matches(OPENED_BY_VISITOR)) return element;
  return null;
}

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
    for (const name of ELEMENTS) {
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
            const before = document.createElement('button');
            const after = document.createElement('button');
            before.textContent = 'before';
            after.textContent = 'after';
            element.before(before);
            element.after(after);
            await nextFrame();
            before.focus();
            for (let i = 0; ; i += 1) {
              if (i > 120) throw new Error(`${what}: Tab did not leave the widget in 120 presses`);
              await press('Tab');
              const active = deepActive();
              if (active === after) break;
              if (!active || active === document.body) throw new Error(`${what}: focus left the page`);
              stops += 1;
              const problem = focusIndicatorProblem(active, { checkObscured: false });
              if (problem) problems.push(`${what}: ${problem}`);
              // What is seen once the frame is drawn: focus may first scroll a box, then the widget puts things back.
              let cover = coverOf(active);
              if (cover) {
                await nextFrame();
                cover = coverOf(active);
              }
              if (!cover) continue;
              const opened = cover === 'off the viewport' ? null : openedContent(cover);
              if (opened && !opened.contains(active) && !opened.shadowRoot?.contains(active))
                exceptions.add(
                  `${name}: ${describeNode(active).slice(0, 40)} under ${opened.getAttribute('class') ?? opened.localName}`,
                );
              else
                problems.push(
                  `${what}: ${describeNode(active)} covered by ${cover === 'off the viewport' ? cover : describeNode(cover)}`,
                );
            }
            host.setAttribute('hidden', '');
          }
          expect(stops, 'Tab stops').to.be.above(0);
          expect(problems).to.deep.equal([]);
        });
      }
    }
  }
});
