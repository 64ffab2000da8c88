/**
 * Issue 19, item 7: a filter's state is told by a ticked box (and
 * `aria-pressed`), never by striking its name through, which is lost in
 * Arabic letters; with every category off, a sentence says why nothing
 * shows and a button brings every category back.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaCooperationTimeline } from '../../../src/index.js';
import { describeNode, isDrawn } from '../../a11y/helpers.js';
import { settled, unmountAll } from '../../support/helpers.js';
import { cooperation, timeline, titles } from './helpers.js';

const filters = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=filter]')];

/** Struck-through text anywhere in a filter button. */
function struckThrough(button: Element): string[] {
  return [button, ...button.querySelectorAll('*')]
    .filter((node) => getComputedStyle(node).textDecorationLine.includes('line-through'))
    .map((node) => describeNode(node));
}

const ticked = (button: Element) => {
  const tick = button.querySelector('.check .tick');
  return !!tick && isDrawn(tick);
};

const TEXTS = {
  fr: {
    none: 'Aucune catégorie n’est choisie : aucun événement n’est affiché.',
    reset: 'Afficher toutes les catégories',
    shown: '6 événements affichés',
  },
  ar: { none: 'لم تُختر أي فئة، لذا لا يُعرض أي حدث.', reset: 'عرض كل الفئات', shown: 'يُعرض 6 أحداث' },
};

describe('jiha-cooperation-timeline: filter states without strike-through, and a way back from none', () => {
  afterEach(unmountAll);

  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}: on is a ticked box, off an empty one; nothing struck through`, async () => {
      const element = await timeline(
        `<jiha-cooperation-timeline lang="${lang}" filterable></jiha-cooperation-timeline>`,
        cooperation(),
      );
      const [first, second] = filters(element);
      first.click();
      await settled(element);
      // All at once, so that a failure shows every way the states are told apart (or not).
      expect({
        pressed: [first.getAttribute('aria-pressed'), second.getAttribute('aria-pressed')],
        struckThrough: filters(element).flatMap(struckThrough),
        ticked: [ticked(first), ticked(second)],
      }).to.deep.equal({ pressed: ['false', 'true'], struckThrough: [], ticked: [false, true] });
    });

    it(`${lang}: every category off says so, and one button shows them all again, with focus on the first filter`, async () => {
      const element: JihaCooperationTimeline = await timeline(
        `<jiha-cooperation-timeline lang="${lang}" filterable></jiha-cooperation-timeline>`,
        cooperation(),
      );
      expect(element.shadowRoot!.querySelector('[part=notice]')).to.be.null;
      for (const button of filters(element)) button.click();
      await settled(element);
      expect(titles(element)).to.deep.equal([]);
      const notice = element.shadowRoot!.querySelector('[part=notice]')!;
      expect(isDrawn(notice)).to.equal(true);
      expect(notice.querySelector('p')!.textContent!.trim()).to.equal(TEXTS[lang].none);
      const reset = element.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-all-categories]')!;
      expect(reset.textContent!.trim()).to.equal(TEXTS[lang].reset);
      reset.focus();
      reset.click();
      await settled(element);
      await element.updateComplete;
      expect(filters(element).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(
        filters(element).map(() => 'true'),
      );
      expect(titles(element)).to.have.length(6);
      expect(element.shadowRoot!.querySelector('[part=notice]')).to.be.null;
      expect(element.shadowRoot!.activeElement).to.equal(filters(element)[0]);
      expect(element.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(TEXTS[lang].shown);
    });
  }
});
