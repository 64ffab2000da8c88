/**
 * The list beside the map: a site's name and status share a line, and the
 * separator between them never starts or ends a line, measured on the line
 * boxes the browser laid out at every list width from 200 to 480 px, in four
 * languages and both directions. A separator either has text of the name
 * before it and of the status after it on its own line, or lies outside
 * the line's box, which clips it. The credits under the map keep a gap
 * either side of the bar between them.
 */
import { expect } from '@open-wc/testing';
import { unmountAll, until } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import { sameLine, textRects } from '../news-card/helpers.js';
import { describeRect, LANGUAGES, mountMapAt, OWN_TILES, root } from './helpers.js';

function separatorProblems(map: Element): string[] {
  const problems: string[] = [];
  for (const line of root(map).querySelectorAll<HTMLElement>('[part="list"] .sites .item-line')) {
    const name = line.querySelector('.item-name')!;
    const status = line.querySelector('.item-status')!;
    const separator = status.querySelector('.separator');
    const what = `"${line.textContent!.trim()}"`;
    if (!separator) {
      problems.push(`${what}: no separator`);
      continue;
    }
    const box = separator.getBoundingClientRect();
    const lineBox = line.getBoundingClientRect();
    const style = getComputedStyle(line);
    const outside = box.right <= lineBox.left + 0.5 || box.left >= lineBox.right - 0.5;
    if (outside && style.overflowX === 'clip') continue;
    const rtl = style.direction === 'rtl';
    const precedes = (a: DOMRect, b: DOMRect) => (rtl ? a.left >= b.right - 1 : a.right <= b.left + 1);
    if (!textRects(name).some((rect) => sameLine(rect, box) && precedes(rect, box)))
      problems.push(`${what}: separator ${describeRect(box)} starts a line`);
    if (!textRects(status, separator).some((rect) => sameLine(rect, box) && precedes(box, rect)))
      problems.push(`${what}: separator ${describeRect(box)} ends a line`);
  }
  return problems;
}

describe('<jiha-geopark-map>: the list’s separators by line boxes', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['ar', 'fr']) {
    it(`${lang}: the credits' bar has a gap on each side`, async () => {
      const map = await mountMapAt(1280, `lang="${lang}" regions="MA-05" tiles="${OWN_TILES}"`);
      await until(() => root(map).querySelector('[part="attribution"] .credit-separator'), 5000, 'the regions credit');
      const bar = root(map).querySelector('[part="attribution"] .credit-separator');
      expect(bar, 'the bar between the credits').to.exist;
      const box = bar!.getBoundingClientRect();
      const [before, after] = [bar!.previousElementSibling!, bar!.nextElementSibling!].map((node) =>
        node.getBoundingClientRect(),
      );
      const gaps =
        lang === 'ar'
          ? [before.left - box.right, box.left - after.right]
          : [box.left - before.right, after.left - box.right];
      for (const gap of gaps) expect(gap, `gaps ${gaps.map(Math.round).join(', ')} px`).to.be.at.least(3);
    });
  }

  for (const lang of ['ar', 'fr']) {
    it(`${lang}: the licence "(ODbL)" stays on one line at every map width from 260 to 480 px`, async () => {
      const map = await mountMapAt(360, `lang="${lang}" regions="MA-05" tiles="${OWN_TILES}"`);
      await until(() => root(map).querySelector('[part="attribution"] a[href*="odbl"]'), 5000, 'the licence link');
      const link = root(map).querySelector<HTMLElement>('[part="attribution"] a[href*="odbl"]')!;
      const box = map.parentElement!;
      const problems: string[] = [];
      const heights = new Set<number>();
      for (let width = 260; width <= 480; width += 4) {
        box.style.inlineSize = `${width}px`;
        heights.add(Math.round(root(map).querySelector('[part="attribution"]')!.getBoundingClientRect().height));
        const linkBox = link.getBoundingClientRect();
        // The brackets are the text just before and just after the link.
        const brackets = [link.previousSibling, link.nextSibling].flatMap((node) => {
          if (!node || node.nodeType !== Node.TEXT_NODE) return [];
          const range = document.createRange();
          const text = node.textContent!;
          const at = node === link.previousSibling ? text.lastIndexOf('(') : text.indexOf(')');
          if (at < 0) return [];
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return [range.getBoundingClientRect()];
        });
        if (brackets.length !== 2) problems.push(`${width} px: ${brackets.length} brackets beside the link`);
        for (const bracket of brackets)
          if (!sameLine(bracket, linkBox))
            problems.push(`${width} px: bracket ${describeRect(bracket)}, link ${describeRect(linkBox)}`);
      }
      expect(problems).to.deep.equal([]);
      // The credits wrapped at some widths and not at others, or the test proved nothing.
      expect(heights.size, `credit heights: ${[...heights].join(', ')}`).to.be.at.least(2);
    });
  }

  for (const lang of LANGUAGES) {
    it(`${lang}: no separator starts or ends a line, at every list width from 200 to 480 px`, async () => {
      const map = await mountMapAt(360, `lang="${lang}" list tiles="${OWN_TILES}"`);
      const box = map.parentElement!;
      const lines = [...root(map).querySelectorAll<HTMLElement>('[part="list"] .sites .item-line')];
      expect(lines.length, 'sites in the list').to.be.at.least(8);
      const problems: string[] = [];
      const wrapped = new Set<number>();
      for (let width = 200; width <= 480; width += 10) {
        box.style.inlineSize = `${width}px`;
        wrapped.add(lines.filter((line) => line.getBoundingClientRect().height > 30).length);
        for (const problem of separatorProblems(map)) problems.push(`${width} px: ${problem}`);
      }
      expect(problems).to.deep.equal([]);
      // Some widths wrapped some sites' lines and others did not, or the test proved nothing.
      expect(wrapped.size, `sites wrapped at the widths tried: ${[...wrapped].join(', ')}`).to.be.at.least(3);
    });
  }
});
