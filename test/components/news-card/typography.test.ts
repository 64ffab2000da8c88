/**
 * The card's type, as computed: the headline link is semi-bold with a thin
 * underline kept below the letters (offset, skipping ink, under the
 * descenders in Arabic) that thickens on focus; Arabic lines are generous
 * and neither Arabic nor Tifinagh gets a faked bold or italic, in every
 * variant and wherever an Arabic text sits in a card of another language.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { unmountAll } from '../../support/helpers.js';
import { scriptTypographyProblems } from '../../support/script-typography.js';
import { cardInBox, LANGUAGES, seedArticle } from './helpers.js';

const px = (value: string) => parseFloat(value);

describe('jiha-news-card: headline link', () => {
  let article: Record<string, unknown>;
  before(async () => {
    article = await seedArticle();
  });
  afterEach(unmountAll);

  for (const lang of LANGUAGES) {
    it(`${lang}: semi-bold, a thin underline below the letters that skips ink, thicker on focus`, async () => {
      const card = await cardInBox(`lang="${lang}"`, article, 360);
      const headline = card.shadowRoot!.querySelector('[part=headline]')!;
      const link = headline.querySelector('a')!;
      const style = getComputedStyle(link);
      const size = px(style.fontSize);
      expect(Number(getComputedStyle(headline).fontWeight), 'headline weight').to.be.at.most(600);
      // Recognisable as a link without hover (touch screens): the underline stays.
      expect(style.textDecorationLine).to.contain('underline');
      expect(style.textDecorationSkipInk).to.be.oneOf(['auto', 'all']);
      const thickness = px(style.textDecorationThickness);
      expect(thickness, 'thickness at rest').to.be.within(1, 0.08 * size);
      if (headline.closest('[lang]')!.getAttribute('lang')!.startsWith('ar')) {
        // Arabic dots and tails sit where a Latin underline goes: under the descenders.
        expect(style.textUnderlinePosition).to.contain('under');
      } else {
        expect(px(style.textUnderlineOffset), 'underline offset').to.be.at.least(0.15 * size);
      }
      await sendKeys({ press: 'Shift' }); // programmatic focus shows :focus-visible after a key press
      link.focus();
      const focused = getComputedStyle(link);
      expect(px(focused.textDecorationThickness), 'thickness on focus').to.be.above(thickness);
      expect(focused.outlineStyle).to.equal('solid');
      link.blur();
    });
  }
});

describe('jiha-news-card: Arabic and Tifinagh type', () => {
  let article: Record<string, unknown>;
  before(async () => {
    article = await seedArticle();
  });
  afterEach(unmountAll);

  for (const lang of ['ar', 'zgh']) {
    for (const variant of ['full', 'compact', 'horizontal']) {
      it(`${lang}, ${variant}: Arabic lines at least 1.7 (headline 1.45), no faked bold or italic`, async () => {
        const card = await cardInBox(`lang="${lang}" variant="${variant}" time-zone="UTC"`, article, 360);
        expect(scriptTypographyProblems(card)).to.deep.equal([]);
      });
    }
  }

  it('an Arabic article in a French card: its Arabic texts get the Arabic rules', async () => {
    const arabic = { ...article, headline: 'شراكة استراتيجية', summary: 'وفد من جهة بني ملال-خنيفرة', lang: 'ar' };
    const marked = await cardInBox('lang="fr" time-zone="UTC"', arabic, 360);
    expect(marked.shadowRoot!.querySelector('[part=headline]')!.getAttribute('lang')).to.equal('ar');
    expect(marked.shadowRoot!.querySelector('[part=summary]')!.getAttribute('lang')).to.equal('ar');
    expect(scriptTypographyProblems(marked)).to.deep.equal([]);
    const summary = getComputedStyle(marked.shadowRoot!.querySelector('[part=summary]')!);
    expect(px(summary.lineHeight) / px(summary.fontSize)).to.be.at.least(1.7);
  });
});
