/**
 * Issue 19, item 7: the horizontal row says that it scrolls and never cuts
 * a card. Previous/next buttons, named in the widget's language, mirrored
 * in rtl, disabled (aria-disabled, so they keep focus) at the ends; a bar
 * that shows which part of the row is in view; cards that fill the view
 * exactly and snap, so that at rest every card is whole or wholly out of
 * view. Reduced motion: a page is one instant jump (smooth scrolling is
 * for those who did not ask for less motion).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaCooperationTimeline } from '../../../src/index.js';
import { isDrawn } from '../../a11y/helpers.js';
import { endMediaEmulation, reduceMotion } from '../../support/media-emulation.js';
import { loadJson, settled, unmountAll, until } from '../../support/helpers.js';
import { timelineIn } from './helpers.js';

const NAMES: Record<string, [string, string]> = {
  fr: ['Événements précédents', 'Événements suivants'],
  ar: ['الأحداث السابقة', 'الأحداث التالية'],
};

const row = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part=years]')!;
const button = (element: Element, which: 'previous' | 'next') =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[part=${which}]`)!;
const disabled = (element: Element, which: 'previous' | 'next') =>
  button(element, which).getAttribute('aria-disabled') === 'true';

/** Cards (and the "today" slot) that the row's view cuts: partly in view, partly out. */
function cutCards(element: Element): string[] {
  const view = row(element).getBoundingClientRect();
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.event, li.today')]
    .map((item) => ({ item, box: item.getBoundingClientRect() }))
    .filter(({ box }) => {
      const inside = box.left >= view.left - 1 && box.right <= view.right + 1;
      const outside = box.right <= view.left + 1 || box.left >= view.right - 1;
      return !inside && !outside;
    })
    .map(
      ({ item, box }) =>
        `"${item.textContent!.trim().slice(0, 30)}" ${box.left}–${box.right} in ${view.left}–${view.right}`,
    );
}

/** Where the row stands: its distance from its start (rtl rows scroll to negative offsets). */
const position = (element: Element) => Math.abs(row(element).scrollLeft);

async function clickAndSettle(element: JihaCooperationTimeline, which: 'previous' | 'next'): Promise<void> {
  const before = position(element);
  button(element, which).click();
  await until(() => position(element) !== before, 3000, `the row to move (${which})`);
  // At rest: the same position two reads apart (a snap may still move it after the jump).
  for (let last = NaN, tries = 0; position(element) !== last; tries += 1) {
    if (tries > 50) throw new Error('the row does not come to rest');
    last = position(element);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  await settled(element);
}

describe('jiha-cooperation-timeline: the horizontal row pages, and never cuts a card', () => {
  before(reduceMotion);
  after(endMediaEmulation);
  afterEach(unmountAll);

  for (const [lang, dir] of [
    ['fr', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    for (const width of [360, 768, 1152]) {
      it(`${lang} ${dir}, ${width} px: next to the end and back, whole cards at every stop, buttons in step`, async () => {
        const element = await timelineIn(
          width,
          lang,
          dir,
          await loadJson('/data/timeline.json'),
          'layout="horizontal"',
        );
        // At rest on arrival: every card whole, or wholly out of view.
        expect(cutCards(element), 'on arrival').to.deep.equal([]);
        const [previousName, nextName] = NAMES[lang];
        expect(button(element, 'previous').getAttribute('aria-label')).to.equal(previousName);
        expect(button(element, 'next').getAttribute('aria-label')).to.equal(nextName);
        expect(button(element, 'next').getAttribute('aria-controls')).to.equal(row(element).id);
        // The bar is drawn, and shows a part of the row.
        const bar = element.shadowRoot!.querySelector<HTMLElement>('.row-position')!;
        const thumb = element.shadowRoot!.querySelector<HTMLElement>('.row-thumb')!;
        expect(isDrawn(bar), 'the position bar is drawn').to.equal(true);
        expect(thumb.getBoundingClientRect().width).to.be.below(bar.getBoundingClientRect().width / 2);
        // Mirrored: "next" stands at the inline end and points there.
        const previousBox = button(element, 'previous').getBoundingClientRect();
        const nextBox = button(element, 'next').getBoundingClientRect();
        expect(dir === 'rtl' ? nextBox.right <= previousBox.left : nextBox.left >= previousBox.right).to.equal(true);
        const flipped = (which: 'previous' | 'next') =>
          new DOMMatrixReadOnly(getComputedStyle(button(element, which).querySelector('svg')!).transform).a === -1;
        expect(flipped('next'), 'the next chevron points to the inline end').to.equal(dir === 'rtl');
        expect(flipped('previous'), 'the previous chevron points to the inline start').to.equal(dir === 'ltr');

        expect(disabled(element, 'previous'), 'previous at the start').to.equal(true);
        expect(disabled(element, 'next')).to.equal(false);
        const thumbStart = () => thumb.getBoundingClientRect()[dir === 'rtl' ? 'right' : 'left'];
        const startAt = thumbStart();
        let pages = 0;
        while (!disabled(element, 'next')) {
          const before = row(element).scrollLeft;
          await clickAndSettle(element, 'next');
          pages += 1;
          // Towards the inline end: right in ltr, left (negative offsets) in rtl.
          expect(Math.sign(row(element).scrollLeft - before)).to.equal(dir === 'rtl' ? -1 : 1);
          expect(cutCards(element), `after ${pages} pages`).to.deep.equal([]);
          expect(pages).to.be.below(30);
        }
        expect(position(element)).to.be.closeTo(row(element).scrollWidth - row(element).clientWidth, 1);
        expect(disabled(element, 'previous')).to.equal(false);
        expect(Math.abs(thumbStart() - startAt), 'the bar follows the row').to.be.above(10);
        // The button keeps focus at the end: it is aria-disabled, not disabled.
        button(element, 'next').focus();
        button(element, 'next').click();
        expect(element.shadowRoot!.activeElement).to.equal(button(element, 'next'));
        while (!disabled(element, 'previous')) {
          await clickAndSettle(element, 'previous');
          expect(cutCards(element)).to.deep.equal([]);
        }
        expect(position(element)).to.be.below(1);
      });
    }
  }

  it('shows no buttons when every card fits', async () => {
    const element = await timelineIn(
      1152,
      'fr',
      'ltr',
      { events: [{ date: '2024', title: 'Seul', category: 'visit' }] },
      'layout="horizontal"',
    );
    expect(isDrawn(element.shadowRoot!.querySelector('.row-controls')!)).to.equal(false);
  });
});
