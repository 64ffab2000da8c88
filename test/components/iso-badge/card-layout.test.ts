/**
 * The card variant as laid out, in four languages and both directions,
 * from a phone's column to a desktop's: the facts as a summary list (every
 * label in one column and every value in another, or each label above its
 * value in a narrow card), the Arabic holder's name on at most two lines,
 * the seal beside the reference rather than floating in a margin, and an
 * inactive card's border as solid as any other (a dashed or dotted border
 * reads as a focus ring).
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import type { JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import { mount, settled, unmountAll } from '../../support/helpers.js';
import { dayFromToday, shadow, tangerCertificate } from './helpers.js';

const LANGUAGES = ['ar', 'fr', 'en', 'zgh'];
/** A phone (360 px less the page's margins), a column of a desktop's grid (18 to 24em), a half, a whole page. */
const WIDTHS = [328, 300, 380, 620, 1240];

/** A card badge in a box `width` px wide. */
async function cardIn(width: number, lang: string, data: Record<string, unknown>): Promise<JihaIsoBadge> {
  const box = mount<HTMLDivElement>(
    `<div><jiha-iso-badge lang="${lang}" variant="card" time-zone="UTC"></jiha-iso-badge></div>`,
  );
  box.style.inlineSize = `${width}px`;
  const element = box.querySelector<JihaIsoBadge>('jiha-iso-badge')!;
  element.data = data;
  await settled(element);
  return element;
}

const certificate = () => ({ ...tangerCertificate(), certificate: 'MA-2023-0912', accreditation: 'SEMAC' });

/** Distinct lines of text in `element` (by the tops of its text's boxes). */
function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
}

describe('jiha-iso-badge: the card as a summary list', () => {
  afterEach(unmountAll);

  for (const lang of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px: labels in one column and values in another, or each label above its value`, async () => {
        const element = await cardIn(width, lang, certificate());
        const rtl = lang === 'ar';
        const start = (rect: DOMRect) => (rtl ? rect.right : rect.left);
        const rows = [...shadow(element).querySelectorAll('.facts > div')].map((row) => ({
          term: row.querySelector('dt')!.getBoundingClientRect(),
          value: row.querySelector('dd')!.getBoundingClientRect(),
        }));
        expect(rows).to.have.length(7);
        const stacked = rows[0].value.top >= rows[0].term.bottom - 1;
        for (const { term, value } of rows) {
          expect(start(term), 'every label starts in the same place').to.be.closeTo(start(rows[0].term), 1);
          expect(start(value), 'every value starts in the same place').to.be.closeTo(start(rows[0].value), 1);
          if (stacked) {
            expect(value.top, 'value under its label').to.be.at.least(term.bottom - 1);
          } else {
            const beside = rtl ? value.right <= term.left + 1 : value.left >= term.right - 1;
            expect(beside, 'value beside its label, after it').to.be.true;
          }
        }
        // Beside each other in a card wide enough; stacked in a phone's.
        expect(stacked, 'stacked').to.equal(width < 400);
      });
    }
  }

  for (const width of WIDTHS) {
    it(`ar at ${width} px: the holder's name on at most two lines`, async () => {
      const element = await cardIn(width, 'ar', certificate());
      const holder = shadow(element).querySelector('.facts dd')!;
      expect(holder.textContent!.trim()).to.equal('مجلس جهة طنجة تطوان الحسيمة');
      expect(lineCount(holder)).to.be.at.most(width < 400 ? 1 : 2);
    });
  }

  for (const lang of ['ar', 'fr']) {
    for (const width of [300, 1240]) {
      it(`${lang} at ${width} px: the seal beside the reference, at its top, as tall as it is wide`, async () => {
        const element = await cardIn(width, lang, certificate());
        const seal = shadow(element).querySelector('.card-seal svg')!.getBoundingClientRect();
        const headline = shadow(element).querySelector('.headline')!.getBoundingClientRect();
        const card = shadow(element).querySelector('[part=card]')!.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(shadow(element).querySelector('.frame')!).fontSize);
        expect(Math.abs(seal.top - headline.top), 'seal top to headline top').to.be.at.most(0.5 * em);
        expect(seal.height).to.be.closeTo(seal.width, 1);
        expect(seal.width).to.be.within(2.5 * em, 5 * em);
        // At the card's inline-start, before the headline.
        if (lang === 'ar') expect(seal.left).to.be.at.least(headline.right - 1);
        else expect(seal.right).to.be.at.most(headline.left + 1);
        expect(seal.top - card.top, 'seal near the card top').to.be.below(2 * em);
      });
    }
  }

  for (const [state, dates] of [
    ['withdrawn', { expires: dayFromToday(400), status: 'withdrawn' }],
    ['suspended', { expires: dayFromToday(400), status: 'suspended' }],
    ['expired', { expires: dayFromToday(-3) }],
  ] as const) {
    it(`${state}: a solid border all round, greyed text, nothing like a focus ring`, async () => {
      const element = await cardIn(620, 'fr', { ...certificate(), ...dates });
      expect(element.getAttribute('state')).to.equal(state);
      const card = shadow(element).querySelector('[part=card]')!;
      const style = getComputedStyle(card);
      const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
      expect(sides.map((side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`))).to.deep.equal([
        'solid',
        'solid',
        'solid',
        'solid',
      ]);
      expect(style.outlineStyle).to.equal('none');
      expect(card.classList.contains('inactive')).to.be.true;
    });
  }
});
