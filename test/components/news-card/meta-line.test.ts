/**
 * The meta line wraps between its items (source, place, date, author,
 * views) without a separator at either end of a line: measured on the line
 * boxes the browser laid out, at every card width from a phone's narrowest
 * column to a desktop card, in four languages and both directions. Each
 * separator must either share a line with text of the item before it (on
 * its inline-start side) and of the item after it (on its inline-end side),
 * or lie outside the list's box, which clips it.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsCard } from '../../../src/index.js';
import { unmountAll } from '../../support/helpers.js';
import { boxOf, cardInBox, describeRect, LANGUAGES, sameLine, seedArticle, textRects } from './helpers.js';

/** What is wrong with the separators of `card`'s meta line as laid out now; empty when nothing is. */
function separatorProblems(card: JihaNewsCard): string[] {
  const list = card.shadowRoot!.querySelector<HTMLUListElement>('[part=meta]')!;
  const items = [...list.children] as HTMLLIElement[];
  const listBox = list.getBoundingClientRect();
  const listStyle = getComputedStyle(list);
  const clips = listStyle.overflowX === 'clip' || listStyle.overflowX === 'hidden';
  const rtl = listStyle.direction === 'rtl';
  const problems: string[] = [];
  items.slice(1).forEach((item, index) => {
    const what = `separator before item ${index + 2} "${item.textContent!.trim()}"`;
    const separator = item.querySelector('.separator');
    if (!separator) {
      problems.push(`${what}: no separator element`);
      return;
    }
    const box = separator.getBoundingClientRect();
    const outside = box.right <= listBox.left + 0.5 || box.left >= listBox.right - 0.5;
    if (outside && clips) return;
    const before = textRects(items[index]).filter((rect) => sameLine(rect, box));
    const after = textRects(item, separator).filter((rect) => sameLine(rect, box));
    const precedes = (a: DOMRect, b: DOMRect) => (rtl ? a.left >= b.right - 1 : a.right <= b.left + 1);
    if (!before.some((rect) => precedes(rect, box)))
      problems.push(`${what} ${describeRect(box)} starts a line (no text of the item before it on its line)`);
    if (!after.some((rect) => precedes(box, rect)))
      problems.push(`${what} ${describeRect(box)} ends a line (no text of its item after it on its line)`);
  });
  return problems;
}

describe('jiha-news-card: meta line separators by line boxes', () => {
  let article: Record<string, unknown>;
  before(async () => {
    article = await seedArticle();
  });
  afterEach(unmountAll);

  for (const lang of LANGUAGES) {
    it(`${lang}: no separator starts or ends a line, at every card width from 150 to 480 px`, async () => {
      const card = await cardInBox(`lang="${lang}" time-zone="Africa/Casablanca"`, article, 480);
      const list = card.shadowRoot!.querySelector('[part=meta]')!;
      expect(list.children.length, 'meta items').to.equal(5);
      const problems: string[] = [];
      const lineCounts = new Set<number>();
      for (let width = 150; width <= 480; width += 5) {
        boxOf(card).style.inlineSize = `${width}px`;
        const tops = new Set([...list.children].map((item) => Math.round(item.getBoundingClientRect().top)));
        lineCounts.add(tops.size);
        for (const problem of separatorProblems(card)) problems.push(`${width} px: ${problem}`);
      }
      expect(problems).to.deep.equal([]);
      // The widths tried made the line wrap in several ways, or the test proved nothing.
      expect(lineCounts.size, `distinct wrappings: ${[...lineCounts].join(', ')}`).to.be.at.least(3);
    });
  }

  it('fr: items all in French (attributes), at every width from 150 to 480 px', async () => {
    const card = await cardInBox(
      'lang="fr" time-zone="Africa/Casablanca" headline="Titre" source="Le Matin" dateline="Tanger" author="La rédaction" published="2026-01-17T20:22:00+01:00" views="12"',
      undefined,
      480,
    );
    expect(card.shadowRoot!.querySelector('[part=meta]')!.children.length, 'meta items').to.equal(5);
    const problems: string[] = [];
    for (let width = 150; width <= 480; width += 5) {
      boxOf(card).style.inlineSize = `${width}px`;
      for (const problem of separatorProblems(card)) problems.push(`${width} px: ${problem}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('the separators are drawn but never read: hidden from assistive technology, not in the text', async () => {
    const card = await cardInBox('lang="ar" time-zone="Africa/Casablanca"', article, 1000);
    const separators = [...card.shadowRoot!.querySelectorAll('[part=meta] .separator')];
    expect(separators).to.have.length(4);
    for (const separator of separators) {
      expect(separator.getAttribute('aria-hidden')).to.equal('true');
      expect(separator.textContent).to.equal('');
      expect(getComputedStyle(separator, '::before').content).to.equal('"·"');
    }
    // On one line, every separator is visible between its neighbours.
    const list = card.shadowRoot!.querySelector('[part=meta]')!;
    expect(new Set([...list.children].map((item) => Math.round(item.getBoundingClientRect().top))).size).to.equal(1);
    expect(separatorProblems(card)).to.deep.equal([]);
  });
});
