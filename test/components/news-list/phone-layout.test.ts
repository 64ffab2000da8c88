/**
 * The list of cards as a phone shows it (a 360 px column) and as a desktop
 * does (1280 px), in four languages: the heading in line with the cards,
 * one spacing between heading, cards and button, nothing wider than the
 * column, and a "More news" button as wide as the list on the phone and at
 * least 44 px tall (a thumb's target), at the list's start under a wide
 * one. The list
 * lays itself out by its own width (container queries), so a column of a
 * phone's width stands for the phone: WebKit's test window cannot be made
 * narrower than about 450 px.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsList } from '../../../src/components/news-list/define.js';
import { unmountAll } from '../../support/helpers.js';
import { loadRealData } from '../../support/real-data.js';
import { scriptTypographyProblems } from '../../support/script-typography.js';
import { setViewport } from '../../support/viewport.js';
import { mountList, moreButton, renderedCards } from './helpers.js';

const HEADINGS: Record<string, string> = { ar: 'آخر الأخبار', fr: 'Actualités', en: 'Latest news', zgh: 'ⵉⵏⵖⵎⵉⵙⵏ' };

/** The seed article four times over (one page of two, and a next one), as inline JSON. */
async function listMarkup(): Promise<string> {
  const { article } = await loadRealData();
  const items = [0, 1, 2, 3].map((n) => ({ ...article, url: `${article.url}&n=${n}` }));
  return `<script type="application/json">${JSON.stringify(items)}</script>`;
}

/** A list in a column `width` px wide. */
async function mountNews(lang: string, width: number): Promise<JihaNewsList> {
  const { list } = await mountList(
    `lang="${lang}" heading="${HEADINGS[lang]}" more limit="2" time-zone="Africa/Casablanca"`,
    await listMarkup(),
  );
  const column = list.parentElement!;
  column.style.inlineSize = `${width}px`;
  column.style.overflow = 'auto';
  await renderedCards(list);
  return list;
}

const rect = (list: JihaNewsList, selector: string) =>
  list.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

describe('jiha-news-list: the list on a phone and on a desktop', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(unmountAll);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['ar', 'fr', 'en', 'zgh']) {
    it(`${lang} in 360 px: heading in line, one spacing, a full-width button 44 px tall, nothing wider than the column`, async () => {
      const list = await mountNews(lang, 360);
      const rtl = lang === 'ar';
      const heading = rect(list, '[part=heading]');
      const items = [...list.shadowRoot!.querySelectorAll('[part=item]')].map((item) => item.getBoundingClientRect());
      const listBox = rect(list, '[part=list]');
      const button = moreButton(list)!.getBoundingClientRect();
      expect(items).to.have.length(2);
      // The heading starts where the cards start.
      if (rtl) expect(heading.right).to.be.closeTo(listBox.right, 1);
      else expect(heading.left).to.be.closeTo(listBox.left, 1);
      // One spacing: heading to first card, card to card, last card to button.
      const spacings = [items[0].top - heading.bottom, items[1].top - items[0].bottom, button.top - items[1].bottom];
      for (const spacing of spacings) expect(spacing, `spacings ${spacings.join(', ')}`).to.be.closeTo(spacings[1], 2);
      expect(spacings[1]).to.be.within(12, 32);
      // A thumb's target across the list.
      expect(button.width, 'button width').to.be.closeTo(listBox.width, 1);
      expect(button.height, 'button height').to.be.at.least(44);
      // Nothing needs sideways scrolling.
      const column = list.parentElement!;
      expect(listBox.width).to.equal(360);
      expect(column.scrollWidth, 'the column scrolls sideways').to.equal(column.clientWidth);
      expect(scriptTypographyProblems(list)).to.deep.equal([]);
    });
  }

  for (const lang of ['ar', 'fr']) {
    it(`${lang} at 1280 px: cards side by side, the button at the list's start, 44 px tall`, async () => {
      const list = await mountNews(lang, 1240);
      const items = [...list.shadowRoot!.querySelectorAll('[part=item]')].map((item) => item.getBoundingClientRect());
      expect(items[1].top).to.equal(items[0].top);
      const listBox = rect(list, '[part=list]');
      const button = moreButton(list)!.getBoundingClientRect();
      expect(button.width).to.be.below(listBox.width / 2);
      if (lang === 'ar') expect(button.right).to.be.closeTo(listBox.right, 1);
      else expect(button.left).to.be.closeTo(listBox.left, 1);
      expect(button.height).to.be.at.least(44);
    });
  }
});
