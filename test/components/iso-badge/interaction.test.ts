import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/iso-badge/define.js';
import type { JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';
import { FakeClock, badge, shadow, tangerCertificate } from './helpers.js';

const JUNE_2026 = Date.UTC(2026, 5, 1, 12);

const parts = (element: JihaIsoBadge) => {
  const root = shadow(element);
  return {
    button: root.querySelector<HTMLButtonElement>('[part=seal]')!,
    details: root.querySelector<HTMLElement>('[part=details]')!,
  };
};
const isOpen = (element: JihaIsoBadge) => parts(element).details.matches(':popover-open');
const focused = (element: JihaIsoBadge) => shadow(element).activeElement;

function centre(node: Element): [number, number] {
  const rect = node.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

describe('jiha-iso-badge: the seal’s details by keyboard', () => {
  afterEach(unmountAll);

  // The space bar is ' ' in every engine's key table ('Space' is Chromium's name alone).
  for (const [name, key] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ]) {
    it(`${name} opens the details; Escape closes them and focus stays on the seal`, async () => {
      const element = await badge(
        '<jiha-iso-badge lang="fr" time-zone="UTC"></jiha-iso-badge>',
        tangerCertificate(),
        new FakeClock(JUNE_2026),
      );
      const { button, details } = parts(element);
      expect(details.matches(':popover-open')).to.be.false;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: key });
      await until(() => isOpen(element), 2000, 'the details to open');
      await settled(element);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.getBoundingClientRect().width).to.be.above(0);
      expect(details.textContent).to.contain('Bureau Veritas Maroc');
      await sendKeys({ press: 'Escape' });
      await until(() => !isOpen(element), 2000, 'the details to close');
      await settled(element);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(element) === button, 'focus on the seal').to.be.true;
    });
  }

  it('Tab moves into the details; Escape there closes them and returns focus to the seal', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      new FakeClock(JUNE_2026),
    );
    const { button, details } = parts(element);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(element), 2000, 'the details to open');
    await sendKeys({ press: 'Tab' });
    const inside = focused(element);
    expect(inside && details.contains(inside), 'focus inside the details').to.be.true;
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(element), 2000, 'the details to close');
    expect(focused(element) === button, 'focus on the seal').to.be.true;
  });

  it('the Close button closes the details and returns focus to the seal', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="ar" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      new FakeClock(JUNE_2026),
    );
    const { button, details } = parts(element);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(element), 2000, 'the details to open');
    const close = details.querySelector<HTMLButtonElement>('.close')!;
    expect(close.textContent!.trim()).to.equal('إغلاق');
    close.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !isOpen(element), 2000, 'the details to close');
    expect(focused(element) === button, 'focus on the seal').to.be.true;
  });
});

describe('jiha-iso-badge: the seal’s details by touch and click', () => {
  afterEach(async () => {
    await resetMouse();
    unmountAll();
  });

  it('a tap opens the details; a tap outside closes them', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      new FakeClock(JUNE_2026),
    );
    const { button } = parts(element);
    const [x, y] = centre(button);
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => isOpen(element), 2000, 'the details to open');
    await settled(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // A tap on the page outside the details (light dismiss).
    await sendMouse({ type: 'click', position: [2, window.innerHeight - 2] });
    await until(() => !isOpen(element), 2000, 'the details to close');
  });

  it('a second tap on the seal closes the details', async () => {
    const element = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate(),
      new FakeClock(JUNE_2026),
    );
    const { button } = parts(element);
    button.click();
    await until(() => isOpen(element), 2000, 'the details to open');
    button.click();
    await until(() => !isOpen(element), 2000, 'the details to close');
  });

  it('opening one seal’s details closes another’s', async () => {
    const first = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate('9001'),
      new FakeClock(JUNE_2026),
    );
    const second = await badge(
      '<jiha-iso-badge lang="en" time-zone="UTC"></jiha-iso-badge>',
      tangerCertificate('14001'),
      new FakeClock(JUNE_2026),
    );
    parts(first).button.click();
    await until(() => isOpen(first), 2000, 'the first details');
    parts(second).button.click();
    await until(() => isOpen(second) && !isOpen(first), 2000, 'only the second details');
  });
});

describe('jiha-iso-badge: a row of three badges in a footer', () => {
  afterEach(unmountAll);

  const standards = ['ISO 9001:2015', 'ISO 14001:2015', 'ISO 45001:2018'];

  async function footerRow(
    width: number,
    dir: 'ltr' | 'rtl',
    variant: string,
  ): Promise<{ footer: HTMLElement; badges: JihaIsoBadge[] }> {
    const lang = dir === 'rtl' ? 'ar' : 'fr';
    const footer = mount<HTMLElement>(
      `<footer lang="${lang}" dir="${dir}" style="box-sizing: content-box; inline-size: ${width}px; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; font-size: 14px">
        ${standards.map(() => `<jiha-iso-badge variant="${variant}" time-zone="UTC"></jiha-iso-badge>`).join('')}
      </footer>`,
    );
    const badges = [...footer.querySelectorAll<JihaIsoBadge>('jiha-iso-badge')];
    badges.forEach((element, index) => {
      element.clock = new FakeClock(JUNE_2026);
      element.data = tangerCertificate(standards[index]);
    });
    for (const element of badges) await settled(element);
    return { footer, badges };
  }

  /** Every box inside `element`'s shadow root stays within `limit` horizontally. */
  function overflowing(element: JihaIsoBadge, limit: DOMRect): string[] {
    const problems: string[] = [];
    // An <svg> clips its drawing to its own box, which is measured; not its shapes, whose boxes differ between
    // engines (Firefox's includes a generous allowance for the stroke's corners).
    for (const node of shadow(element).querySelectorAll('.frame *:not([popover]):not([popover] *):not(svg *)')) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (node.closest('.visually-hidden')) continue;
      if (rect.left < limit.left - 0.5 || rect.right > limit.right + 0.5)
        problems.push(
          `${node.localName}.${node.getAttribute('class') ?? ''} [${rect.left}, ${rect.right}] outside [${limit.left}, ${limit.right}]`,
        );
    }
    return problems;
  }

  for (const variant of ['seal', 'inline']) {
    for (const dir of ['ltr', 'rtl'] as const) {
      for (const width of [120, 200, 320, 480, 600]) {
        it(`${variant}, ${dir}, ${width} px: all three fit without overflow`, async () => {
          const { footer, badges } = await footerRow(width, dir, variant);
          expect(footer.scrollWidth, 'footer scroll width').to.be.at.most(footer.clientWidth);
          const box = footer.getBoundingClientRect();
          for (const element of badges) {
            expect(element.getAttribute('state')).to.equal('valid');
            const rect = element.getBoundingClientRect();
            expect(rect.width, 'a visible badge').to.be.above(0);
            expect(rect.left).to.be.at.least(box.left - 0.5);
            expect(rect.right).to.be.at.most(box.right + 0.5);
            expect(overflowing(element, box)).to.deep.equal([]);
          }
          // Reading order follows the direction: the first badge starts on the start side.
          const [first, second] = badges.map((element) => element.getBoundingClientRect());
          if (Math.abs(first.top - second.top) < 1) {
            if (dir === 'ltr') expect(first.left).to.be.below(second.left);
            else expect(first.right).to.be.above(second.right);
          } else {
            expect(second.top).to.be.above(first.top);
          }
        });
      }
    }
  }

  it('at 600 px the three seals stand on one line, mirrored in rtl', async () => {
    const ltr = await footerRow(600, 'ltr', 'seal');
    const tops = ltr.badges.map((element) => element.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(1);
    const rtl = await footerRow(600, 'rtl', 'seal');
    const rights = rtl.badges.map((element) => element.getBoundingClientRect().right);
    expect(rights[0]).to.be.above(rights[1]);
    expect(rights[1]).to.be.above(rights[2]);
  });

  it('the details popover of a seal in a 120 px footer stays inside the viewport', async () => {
    const { badges } = await footerRow(120, 'rtl', 'seal');
    const { button, details } = parts(badges[2]);
    button.click();
    await until(() => details.matches(':popover-open'), 2000, 'the details to open');
    const rect = details.getBoundingClientRect();
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(window.innerWidth);
    details.hidePopover();
  });
});
