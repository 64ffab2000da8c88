/**
 * WCAG 2.5.3 Label in Name, element by element (issue 23): every control
 * whose name is set apart from its text (`aria-label`, `aria-labelledby`)
 * has a name that contains the words it shows, so that a speech user can
 * say what they see. Symbols alone ("×", "+", "−") are icons, which the
 * criterion leaves out; punctuation is not compared ("9001:2015" says
 * "9001 2015"), as the criterion's understanding document allows. A
 * control that holds other controls (the focusable map) is a region named
 * for what it holds, not a labelled control. Arabic and French, every state of
 * wcag-states.ts, and the builder.
 */
import { expect } from '@open-wc/testing';
import '../../src/builder/define.js';
import { mount, settled, unmountAll } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import { flatParent, targets } from '../support/wcag-geometry.js';
import { styleHostPage } from './helpers.js';
import { ELEMENTS, SIDES, wcagStates } from './wcag-states.js';

/** Words only: punctuation to spaces, spaces folded, lower case. */
const fold = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .toLocaleLowerCase();

/** The words `control` shows: its text without what is hidden from sight or marked aria-hidden for a visible copy. */
function shownWords(control: HTMLElement): string {
  const walker = control.ownerDocument.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = flatParent(node)!;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath === 'inset(50%)') continue;
    parts.push(node.textContent ?? '');
  }
  return fold(parts.join(' '));
}

/** The name set apart from the text, or undefined when the name is the text. */
function givenName(control: HTMLElement): string | undefined {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = control.getRootNode() as Document | ShadowRoot;
    return fold(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
    );
  }
  const label = control.getAttribute('aria-label');
  return label === null ? undefined : fold(label);
}

/** Controls whose given name leaves out the words they show. */
function mismatches(host: Element): string[] {
  const all = targets(host);
  return all.flatMap((control) => {
    if (all.some((other) => other !== control && control.contains(other))) return [];
    const name = givenName(control);
    const words = shownWords(control);
    // Symbols and digits alone are an icon or a count, not a label.
    if (name === undefined || !/\p{L}/u.test(words) || name.includes(words)) return [];
    return [`${control.localName}.${control.getAttribute('class') ?? ''}: shows "${words}", named "${name}"`];
  });
}

describe('2.5.3 label in name', function () {
  this.timeout(60000);
  before(async () => {
    styleHostPage();
    await reduceMotion();
  });
  after(endMediaEmulation);
  afterEach(unmountAll);

  for (const name of ELEMENTS) {
    for (const [lang, dir] of SIDES[name].slice(0, 2)) {
      it(`<jiha-${name}> ${lang} ${dir}: every control's name holds the words it shows`, async () => {
        const problems = (await wcagStates(name, lang, dir)).flatMap(({ what, element }) =>
          mismatches(element).map((line) => `${what}: ${line}`),
        );
        expect(problems).to.deep.equal([]);
      });
    }
  }

  for (const [lang, dir] of SIDES['news-list']) {
    it(`builder ${lang} ${dir}: every control's name holds the words it shows`, async () => {
      const builder = mount(`<jiha-snippet-builder lang="${lang}" dir="${dir}"></jiha-snippet-builder>`);
      await settled(builder);
      expect(mismatches(builder)).to.deep.equal([]);
    });
  }
});
