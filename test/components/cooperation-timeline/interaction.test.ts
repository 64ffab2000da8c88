import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { JihaCooperationTimeline } from '../../../src/index.js';
import { loadAxe } from '../../a11y/helpers.js';
import { mount, settled, shadowText, unmountAll, until } from '../../support/helpers.js';
import { cooperation, eventItem, timeline, titles } from './helpers.js';

const pressed = (element: Element) =>
  Object.fromEntries(
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=filter]')].map((button) => [
      button.dataset.category,
      button.getAttribute('aria-pressed'),
    ]),
  );
const filter = (element: Element, category: string) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[part=filter][data-category="${category}"]`)!;
const liveRegion = (element: Element) => element.shadowRoot!.querySelector('[role=status]')!;
const focused = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;
const focusedTitle = (element: Element) => focused(element)?.querySelector('.title')?.textContent?.trim();

describe('jiha-cooperation-timeline: filterable', () => {
  afterEach(unmountAll);

  it('has no filter buttons unless filterable', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', cooperation());
    expect(element.shadowRoot!.querySelector('[part=filters]')).to.be.null;
  });

  it('toggles categories with aria-pressed and announces the count politely', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" filterable></jiha-cooperation-timeline>',
      cooperation(),
    );
    expect(pressed(element)).to.deep.equal({
      visit: 'true',
      certification: 'true',
      'open-government': 'true',
      digital: 'true',
      geopark: 'true',
    });
    expect(liveRegion(element).getAttribute('aria-live')).to.equal('polite');
    expect(liveRegion(element).textContent!.trim()).to.equal('');
    // Buttons name the category in words, the icon is decoration.
    expect(filter(element, 'open-government').textContent!.trim()).to.equal('Gouvernement ouvert');

    filter(element, 'open-government').click();
    await settled(element);
    expect(filter(element, 'open-government').getAttribute('aria-pressed')).to.equal('false');
    expect(titles(element)).to.deep.equal([
      'Label UNESCO',
      'Certification ISO',
      'Visite à Tanger',
      'Article de presse',
    ]);
    expect(liveRegion(element).textContent!.trim()).to.equal('4 événements affichés');

    filter(element, 'geopark').click();
    filter(element, 'visit').click();
    filter(element, 'digital').click();
    await settled(element);
    expect(titles(element)).to.deep.equal(['Certification ISO']);
    expect(liveRegion(element).textContent!.trim()).to.equal('1 événement affiché');

    filter(element, 'certification').click();
    await settled(element);
    expect(titles(element)).to.deep.equal([]);
    expect(liveRegion(element).textContent!.trim()).to.equal('Aucun événement affiché');

    filter(element, 'open-government').click();
    await settled(element);
    expect(titles(element)).to.deep.equal(['Premier plan OGP', 'BMK rejoint OGP Local']);
  });

  it('announces with Arabic plural forms', async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({
      date: `20${10 + i}`,
      title: `e${i}`,
      category: i < 11 ? 'geopark' : 'visit',
    }));
    const element = await timeline('<jiha-cooperation-timeline lang="ar" filterable></jiha-cooperation-timeline>', {
      events,
    });
    filter(element, 'visit').click();
    await settled(element);
    expect(liveRegion(element).textContent!.trim()).to.equal('يُعرض 11 حدثًا');
    filter(element, 'geopark').click();
    filter(element, 'visit').click();
    await settled(element);
    expect(liveRegion(element).textContent!.trim()).to.equal('يُعرض حدث واحد');
  });
});

describe('jiha-cooperation-timeline: upcoming events and today', () => {
  afterEach(unmountAll);

  it('marks events after a fixed today as upcoming, with a today marker between', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" today="2026-01-16" time-zone="Africa/Casablanca"></jiha-cooperation-timeline>',
      cooperation(),
    );
    const upcoming = [...element.shadowRoot!.querySelectorAll('li.event.upcoming .title')].map((node) =>
      node.textContent!.trim(),
    );
    expect(upcoming).to.deep.equal(['Article de presse']);
    expect(eventItem(element, 'Article de presse').querySelector('.upcoming-flag')!.textContent).to.equal('À venir');
    // The marker sits between the visit (today, not upcoming) and the article.
    const entries = [...element.shadowRoot!.querySelectorAll('li.year')[4].querySelectorAll(':scope > ol > li')];
    expect(
      entries.map((entry) =>
        entry.classList.contains('today') ? 'today' : entry.querySelector('.title')!.textContent!.trim(),
      ),
    ).to.deep.equal(['Visite à Tanger', 'today', 'Article de presse']);
    expect(shadowText(element, '[part=today]')).to.equal('Aujourd’hui 16 janvier 2026');
    expect(element.shadowRoot!.querySelector('[part=today] time')!.getAttribute('datetime')).to.equal('2026-01-16');
  });

  it('treats a year or month that has begun as not upcoming', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', {
      events: [
        { date: '2026', title: 'year' },
        { date: '2026-06', title: 'june' },
        { date: '2026-07', title: 'july' },
        { date: '2027', title: 'next year' },
      ],
    });
    element.today = new Date('2026-06-15T10:00:00Z');
    await settled(element);
    expect(
      [...element.shadowRoot!.querySelectorAll('li.event.upcoming .title')].map((node) => node.textContent!.trim()),
    ).to.deep.equal(['july', 'next year']);
  });

  it('puts the marker before the first upcoming event in newest order, and none when all is past', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" order="newest" today="2026-01-17"></jiha-cooperation-timeline>',
      cooperation(),
    );
    const entries = [...element.shadowRoot!.querySelectorAll('li.year')[0].querySelectorAll(':scope > ol > li')];
    expect(
      entries.map((entry) =>
        entry.classList.contains('today') ? 'today' : entry.querySelector('.title')!.textContent!.trim(),
      ),
    ).to.deep.equal(['Article de presse', 'today', 'Visite à Tanger']);
    element.today = '2030-01-01';
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part=today]')).to.be.null;
    expect(element.shadowRoot!.querySelector('li.event.upcoming')).to.be.null;
  });
});

describe('jiha-cooperation-timeline: horizontal layout', () => {
  afterEach(unmountAll);

  async function horizontal(dir: 'ltr' | 'rtl'): Promise<JihaCooperationTimeline> {
    const host = mount<HTMLDivElement>(
      `<div style="width: 500px" lang="${dir === 'rtl' ? 'ar' : 'fr'}"><jiha-cooperation-timeline layout="horizontal"></jiha-cooperation-timeline></div>`,
    );
    const element = host.querySelector('jiha-cooperation-timeline')!;
    element.data = cooperation();
    await settled(element);
    return element;
  }

  it('is one scrollable row with scroll snap and one tab stop', async () => {
    const element = await horizontal('ltr');
    const years = element.shadowRoot!.querySelector<HTMLElement>('[part=years]')!;
    const style = getComputedStyle(years);
    expect(style.overflowX).to.equal('auto');
    expect(style.scrollSnapType).to.contain('mandatory');
    expect(years.scrollWidth).to.be.greaterThan(years.clientWidth);
    const tops = new Set(
      [...element.shadowRoot!.querySelectorAll('li.event')].map((item) => Math.round(item.getBoundingClientRect().top)),
    );
    expect(tops.size).to.equal(1);
    expect(
      [...element.shadowRoot!.querySelectorAll('li.event')].filter((item) => item.getAttribute('tabindex') === '0'),
    ).to.have.length(1);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`moves with arrow keys, Home and End, scrolling the focused event into view (${dir})`, async () => {
      const element = await horizontal(dir);
      const years = element.shadowRoot!.querySelector<HTMLElement>('[part=years]')!;
      years.style.scrollBehavior = 'auto';
      const first = element.shadowRoot!.querySelector<HTMLElement>('li.event[tabindex="0"]')!;
      first.focus();
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      const names =
        dir === 'rtl'
          ? ['تسمية اليونسكو', 'الخطة الأولى', 'انضمام بني ملال-خنيفرة', 'مقال صحفي']
          : ['Label UNESCO', 'Premier plan OGP', 'BMK rejoint OGP Local', 'Article de presse'];
      expect(focusedTitle(element)).to.equal(names[0]);
      await sendKeys({ press: forward });
      expect(focusedTitle(element)).to.equal(names[1]);
      await sendKeys({ press: forward });
      expect(focusedTitle(element)).to.equal(names[2]);
      await sendKeys({ press: backward });
      expect(focusedTitle(element)).to.equal(names[1]);
      await sendKeys({ press: 'End' });
      expect(focusedTitle(element)).to.equal(names[3]);
      // The last event is in view inside the scroller.
      await until(
        () => {
          const box = focused(element)!.getBoundingClientRect();
          const view = years.getBoundingClientRect();
          return box.left >= view.left - 1 && box.right <= view.right + 1;
        },
        3000,
        'the focused event in view',
      );
      // Past the end stays at the end.
      await sendKeys({ press: forward });
      expect(focusedTitle(element)).to.equal(names[3]);
      await sendKeys({ press: 'Home' });
      expect(focusedTitle(element)).to.equal(names[0]);
      // Roving tabindex follows focus.
      expect(focused(element)!.getAttribute('tabindex')).to.equal('0');
      expect(element.shadowRoot!.querySelectorAll('li.event[tabindex="0"]')).to.have.length(1);
    });
  }
});

describe('jiha-cooperation-timeline: limit', () => {
  afterEach(unmountAll);

  it('shows the newest N and a "show all" button that keeps focus on the first revealed event', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" limit="2"></jiha-cooperation-timeline>',
      cooperation(),
    );
    expect(titles(element)).to.deep.equal(['Visite à Tanger', 'Article de presse']);
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-all]')!;
    expect(button.textContent!.trim()).to.equal('Afficher tous les événements');
    button.focus();
    button.click();
    await until(() => focusedTitle(element), 3000, 'focus on an event');
    expect(titles(element)).to.have.length(6);
    expect(element.shadowRoot!.querySelector('[part=show-all]')).to.be.null;
    // Oldest first: the first revealed event is the oldest.
    expect(focusedTitle(element)).to.equal('Label UNESCO');
  });

  it('with order="newest", focuses the first event that was hidden', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" limit="2" order="newest"></jiha-cooperation-timeline>',
      cooperation(),
    );
    expect(titles(element)).to.deep.equal(['Article de presse', 'Visite à Tanger']);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-all]')!.click();
    await until(() => focusedTitle(element), 3000, 'focus on an event');
    expect(focusedTitle(element)).to.equal('Certification ISO');
  });

  it('has no button when the limit covers everything', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" limit="10"></jiha-cooperation-timeline>',
      cooperation(),
    );
    expect(titles(element)).to.have.length(6);
    expect(element.shadowRoot!.querySelector('[part=show-all]')).to.be.null;
  });
});

describe('jiha-cooperation-timeline: accessibility', () => {
  afterEach(unmountAll);

  before(loadAxe);

  const layouts: Array<[string, string]> = [
    [
      'vertical, Arabic, filterable, limit',
      '<jiha-cooperation-timeline lang="ar" filterable limit="4" today="2026-01-16"></jiha-cooperation-timeline>',
    ],
    [
      'horizontal, French',
      '<jiha-cooperation-timeline lang="fr" layout="horizontal" today="2026-01-16"></jiha-cooperation-timeline>',
    ],
  ];
  for (const [what, markup] of layouts) {
    it(`has no axe violations (${what})`, async () => {
      const element = await timeline(markup, cooperation());
      type Axe = {
        run: (context: Element, options: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
      };
      const { violations } = await (window as unknown as { axe: Axe }).axe.run(element, {
        resultTypes: ['violations'],
      });
      expect(violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).to.deep.equal([]);
    });
  }
});
