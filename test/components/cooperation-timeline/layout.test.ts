/**
 * Issue 19, items 1, 5 and 7: the vertical timeline's geometry, its titles'
 * length, its typefaces and its contrast on the page it sits on. One line,
 * unbroken, with the year and "today" markers on it; partners' cards beside
 * it, context bands across it; titles of the reference data in at most
 * three lines at 1280 px; no faked italics or bold in Arabic or Tifinagh;
 * every text at 4.5:1 against what is really behind it, whatever the
 * page's background and colour scheme.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { textContrastProblems } from '../../a11y/contrast-helpers.js';
import { describeNode, parseColor } from '../../a11y/helpers.js';
import { loadJson, mount, nextEvent, settled, unmountAll } from '../../support/helpers.js';
import { inlineEdges, rail, timelineIn } from './helpers.js';

const LANGUAGES = [
  ['ar', 'rtl'],
  ['fr', 'ltr'],
  ['en', 'ltr'],
  ['zgh', 'ltr'],
] as const;
/** The widths a council's page gives the widget on a phone, a tablet and a desktop (the demo's column at 1280 px). */
const WIDTHS = [360, 768, 1152];

let reference: unknown;
const referenceData = async () => (reference ??= await loadJson('/data/timeline.json'));

/** Everything that breaks the rule "one line, markers on it, cards beside it, bands across it", one line each. */
function geometryProblems(element: Element, dir: 'ltr' | 'rtl'): string[] {
  const root = element.shadowRoot!;
  const problems: string[] = [];
  const line = rail(element);
  const track = root.querySelector('.track')!.getBoundingClientRect();
  // One box from the first year's marker to the end of the last year group: nothing can break it.
  // (Year groups far from the view are laid out at an estimated size until they come near; the line follows them.)
  const years = [...root.querySelectorAll<HTMLElement>('li.year')];
  const top = years[0].querySelector('.year-heading')!.getBoundingClientRect().top;
  const last = years[years.length - 1];
  const bottom = last.getBoundingClientRect().bottom - parseFloat(getComputedStyle(last).paddingBlockEnd);
  if (line.box.top > top + 1 || line.box.bottom < bottom - 1)
    problems.push(`the line runs ${line.box.top}–${line.box.bottom}, the year groups ${top}–${bottom}`);
  if (root.querySelectorAll('.rail').length !== 1) problems.push('more than one line');
  for (const marker of root.querySelectorAll<HTMLElement>('.year-heading, li.today')) {
    const box = marker.getBoundingClientRect();
    if (!(box.left + 2 <= line.x && line.x <= box.right - 2))
      problems.push(`${describeNode(marker)} is not on the line (x ${line.x}; marker ${box.left}–${box.right})`);
    if (parseColor(getComputedStyle(marker).backgroundColor)[3] < 1)
      problems.push(`${describeNode(marker)}: the line shows through it`);
  }
  for (const item of root.querySelectorAll<HTMLElement>('li.event')) {
    const box = item.getBoundingClientRect();
    if (item.classList.contains('side-context')) {
      // A context band crosses the line from edge to edge.
      if (Math.abs(box.left - track.left) > 1 || Math.abs(box.right - track.right) > 1)
        problems.push(`context ${describeNode(item)} does not span the track`);
    } else if (inlineEdges(box, dir).start < inlineEdges(line.box, dir).end + 4) {
      problems.push(`${describeNode(item)} sits on the line`);
    }
  }
  return problems;
}

describe('jiha-cooperation-timeline: one unbroken line, markers on it, cards beside it', () => {
  afterEach(unmountAll);

  for (const [lang, dir] of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`${lang} ${dir}, ${width} px: the reference data, oldest first and newest first with a limit`, async () => {
        const problems: string[] = [];
        for (const [what, attributes] of [
          ['oldest first', 'filterable'],
          ['newest first, limit', 'order="newest" limit="6"'],
        ]) {
          const element = await timelineIn(width, lang, dir, await referenceData(), attributes);
          problems.push(...geometryProblems(element, dir).map((problem) => `${what}: ${problem}`));
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

describe('jiha-cooperation-timeline: titles wide enough to read', () => {
  afterEach(unmountAll);

  for (const [lang, dir] of LANGUAGES) {
    it(`${lang}: every title of the reference data in at most 3 lines at 1280 px`, async () => {
      const element = await timelineIn(1152, lang, dir, await referenceData());
      const long = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.title')]
        .map((title) => {
          const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
          return {
            lines: Math.round(title.getBoundingClientRect().height / lineHeight),
            text: title.textContent!.trim(),
          };
        })
        .filter(({ lines }) => lines > 3);
      expect(long).to.deep.equal([]);
    });
  }
});

describe('jiha-cooperation-timeline: no faked italics or bold in Arabic or Tifinagh', () => {
  afterEach(unmountAll);

  for (const lang of ['ar', 'zgh']) {
    for (const layout of ['vertical', 'horizontal']) {
      it(`${lang}, ${layout}: nothing slanted; bold only where the font has it`, async () => {
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        const element = await timelineIn(1152, lang, dir, await referenceData(), `filterable layout="${layout}"`);
        const problems: string[] = [];
        for (const node of element.shadowRoot!.querySelectorAll('*')) {
          const style = getComputedStyle(node);
          if (style.fontStyle !== 'normal') problems.push(`${describeNode(node)}: font-style ${style.fontStyle}`);
          // font-synthesis-weight: none draws a bold the font lacks in its regular weight, never smeared.
          const synthesis = style.getPropertyValue('font-synthesis-weight');
          if (Number(style.fontWeight) >= 600 && synthesis !== 'none')
            problems.push(`${describeNode(node)}: weight ${style.fontWeight}, font-synthesis-weight "${synthesis}"`);
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

/** Pages the widget may sit on: their background, the colour scheme they declare, and the element's own. */
const PAGES = [
  ['light page', 'background: #ffffff;', ''],
  ['dark page (color-scheme: dark)', 'color-scheme: dark; background: #121417;', ''],
  ['dark page that declares no color-scheme', 'background: #121417;', ''],
  ['light page, the element asking for dark', 'background: #ffffff;', 'color-scheme: dark'],
] as const;

const STATES = [
  ['vertical', 'vertical'],
  ['horizontal', 'horizontal'],
  ['every category off', 'vertical'],
] as const;

describe('jiha-cooperation-timeline: every text readable on the page it sits on', () => {
  afterEach(unmountAll);

  for (const [page, background, own] of PAGES) {
    for (const [lang, dir] of [LANGUAGES[0], LANGUAGES[1]]) {
      it(`${page}, ${lang}: every text at 4.5:1 (3:1 large) against what is behind it, year markers and legend included`, async () => {
        const problems: string[] = [];
        for (const [state, layout] of STATES) {
          const host = mount<HTMLDivElement>(
            `<div style="${background} padding: 16px; width: 900px" lang="${lang}" dir="${dir}"><jiha-cooperation-timeline layout="${layout}" filterable today="2026-01-20" style="${own}"></jiha-cooperation-timeline></div>`,
          );
          const element = host.querySelector('jiha-cooperation-timeline')!;
          const ready = nextEvent(element, 'jiha-ready');
          element.data = await referenceData();
          await ready;
          await settled(element);
          if (state === 'every category off') {
            for (const filter of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=filter]'))
              filter.click();
            await settled(element);
          }
          problems.push(...textContrastProblems(element).map((line) => `${state}: ${line}`));
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
