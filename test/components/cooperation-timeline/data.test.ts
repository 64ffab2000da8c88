import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaCooperationTimeline } from '../../../src/index.js';
import { parseTimeline } from '../../../src/components/cooperation-timeline/parse-timeline.js';
import type { JihaErrorDetail } from '../../../src/core/data-element.js';
import { useEditorView } from '../../support/editor-view.js';
import { loadJson, mount, nextEvent, settled, unmountAll, until } from '../../support/helpers.js';
import { timeline, titles } from './helpers.js';

/** A TimelineJS export (Knight Lab format), HTML in its texts. */
const timelineJs = {
  title: { text: { headline: 'Coopération' } },
  events: [
    {
      start_date: { year: 2026, month: 1, day: 16 },
      text: {
        headline: 'Visite <em>à</em> Tanger',
        text: '<p>La délégation de <strong>Béni Mellal</strong> &amp; TTA.</p><script>alert(1)</script>',
      },
      group: 'Visit',
    },
    {
      start_date: { year: '2023', month: '12' },
      end_date: { year: 2024, month: 3, day: 7 },
      text: { headline: 'ISO' },
      group: 'Qualité',
      unique_id: 'iso',
    },
    {
      start_date: { year: 2026, month: 1, day: 17, hour: 20, minute: 22 },
      text: { headline: 'Article' },
      group: 'digital',
    },
    { start_date: { year: 2004 }, text: { headline: 'Projet M’Goun' } },
  ],
};

describe('jiha-cooperation-timeline: TimelineJS import', () => {
  afterEach(unmountAll);

  it('reads start_date at its precision, headline and text as plain text, group as category', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', timelineJs);
    expect(titles(element)).to.deep.equal(['Projet M’Goun', 'ISO', 'Visite à Tanger', 'Article']);
    const datetimes = [...element.shadowRoot!.querySelectorAll('li.event .date time')].map((time) =>
      time.getAttribute('datetime'),
    );
    expect(datetimes).to.deep.equal(['2004', '2023-12', '2024-03-07', '2026-01-16', '2026-01-17T20:22']);
    const summary = element.shadowRoot!.querySelector('li.event [part=summary]')!;
    expect(summary.textContent).to.equal('La délégation de Béni Mellal & TTA.');
    expect(summary.children).to.have.length(0);
    const categories = [...element.shadowRoot!.querySelectorAll('li.event .category')].map((node) =>
      node.textContent!.trim(),
    );
    // A group that is none of the seven keeps its own name.
    expect(categories).to.deep.equal(['Autre', 'Qualité', 'Visite', 'Numérique']);
  });

  it('names the bad event of a TimelineJS file', () => {
    const bad = { events: [timelineJs.events[0], { start_date: { year: 2020, month: 13 }, text: { headline: 'x' } }] };
    expect(() => parseTimeline(bad)).to.throw(/events\[1\]\.start_date\.month/);
  });
});

describe('jiha-cooperation-timeline: light-DOM list', () => {
  afterEach(unmountAll);

  const markup = `<jiha-cooperation-timeline lang="fr">
    <ul data-partners><li data-id="bmk">Béni Mellal-Khénifra</li><li data-id="tta" data-color="#aa0000">Tanger-Tétouan-Al Hoceïma</li></ul>
    <ol>
      <li data-category="certification" data-partners="tta"><time datetime="2023-12-28">28 décembre 2023</time> <h3><a href="https://example.org/iso">Certification ISO</a></h3><p>Trois normes.</p></li>
      <li data-category="visit" data-partners="bmk tta" data-certainty="inferred"><time datetime="2026-01-16">16 janvier 2026</time>: Visite à Tanger</li>
      <li data-partners="bmk"><time datetime="2022-05">mai 2022</time> <time datetime="2027-06">juin 2027</time> <strong>Plan OGP</strong></li>
      <li><time datetime="2015">2015</time> <b>Label UNESCO</b> <a href="javascript:alert(1)">lien</a></li>
    </ol>
  </jiha-cooperation-timeline>`;

  it('reads every item, keeps the list in the light DOM and shows its content', async () => {
    const element = await timeline(markup);
    expect(titles(element)).to.deep.equal(['Label UNESCO', 'Plan OGP', 'Certification ISO', 'Visite à Tanger']);
    // The page's own list is untouched: it is what readers without JavaScript and crawlers get.
    expect(element.querySelectorAll(':scope > ol > li')).to.have.length(4);
    expect(element.querySelector('ol')!.textContent).to.contain('Certification ISO');
    const iso = element.shadowRoot!.querySelectorAll<HTMLElement>('li.event')[2];
    expect(iso.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/iso');
    expect(iso.querySelector('[part=summary]')!.textContent).to.equal('Trois normes.');
    expect(iso.classList.contains('side-second')).to.be.true;
    const plan = element.shadowRoot!.querySelectorAll('li.event')[1];
    expect([...plan.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2022-05',
      '2027-06',
    ]);
    expect(element.shadowRoot!.querySelectorAll('li.event')[3].classList.contains('uncertain')).to.be.true;
    expect(element.shadowRoot!.querySelectorAll('li.event')[3].classList.contains('side-joint')).to.be.true;
    // The unsafe link is dropped.
    expect(element.shadowRoot!.querySelectorAll('li.event')[0].querySelector('a')).to.be.null;
  });

  it('follows edits of the list', async () => {
    const element = await timeline(markup);
    const item = document.createElement('li');
    item.innerHTML = '<time datetime="2030">2030</time> <strong>Plus tard</strong>';
    element.querySelector('ol')!.append(item);
    await until(() => titles(element).includes('Plus tard'), 3000, 'the new item');
  });

  it('reads well without the element defined: a plain list', () => {
    const host = mount<HTMLElement>(markup.replace(/jiha-cooperation-timeline/g, 'jiha-undefined-timeline'));
    expect(host.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(host.textContent).to.contain('Visite à Tanger');
  });

  it('reports an item without a <time datetime>, naming it', async () => {
    const element = mount<JihaCooperationTimeline>(
      '<jiha-cooperation-timeline lang="fr"><ol><li><time datetime="2020">2020</time> A</li><li>B sans date</li></ol></jiha-cooperation-timeline>',
    );
    const error = await nextEvent<JihaErrorDetail>(element, 'jiha-error');
    expect(error.detail.code).to.equal('invalid-data');
    expect(error.detail.detail).to.contain('events[1]');
    await settled(element);
    // The page's own list stays readable under the error box.
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.localName)).to.include('ol');
    expect(element.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('jiha-cooperation-timeline: bad data', () => {
  afterEach(unmountAll);
  // The box names the event in an editor's view (test/core/error-views.test.ts).
  useEditorView();

  const cases: Array<[string, unknown, RegExp]> = [
    [
      'a date that is not ISO',
      {
        events: [
          { date: '2020', title: 'a' },
          { date: '2020', title: 'b' },
          { date: '17/01/2026', title: 'c' },
        ],
      },
      /events\[2\]\.date/,
    ],
    ['an impossible day', { events: [{ date: '2026-02-30', title: 'a' }] }, /events\[0\]\.date/],
    ['a missing title', { events: [{ date: '2020', title: 'a' }, { date: '2021' }] }, /events\[1\]\.title/],
    [
      'an event that is not an object',
      { events: [{ date: '2020', title: 'a' }, 'x', { date: '2021', title: 'c' }] },
      /events\[1\]/,
    ],
    ['partners that are not a list', { events: [{ date: '2020', title: 'a', partners: 7 }] }, /events\[0\]\.partners/],
    [
      'an end before the start',
      {
        events: [
          { date: '2020', title: 'a' },
          { date: '2020', title: 'b' },
          { date: '2020', title: 'c' },
          { date: '2022', end: '2021', title: 'd' },
        ],
      },
      /events\[3\]\.end/,
    ],
    [
      'a shared-file event without a title',
      {
        events: [
          { date: '2020', region: 'MA-01', title_ar: 'أ' },
          { date: '2020', region: 'MA-01' },
        ],
      },
      /events\[1\]/,
    ],
  ];
  for (const [what, data, pattern] of cases) {
    it(`${what} → invalid-data naming the event`, async () => {
      const element = mount<JihaCooperationTimeline>(
        '<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>',
      );
      const error = nextEvent<JihaErrorDetail>(element, 'jiha-error');
      element.data = data;
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.detail).to.match(pattern);
      await settled(element);
      expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(pattern);
    });
  }

  it('rejects data that is not a timeline', async () => {
    const element = mount<JihaCooperationTimeline>('<jiha-cooperation-timeline></jiha-cooperation-timeline>');
    const error = nextEvent<JihaErrorDetail>(element, 'jiha-error');
    element.data = { headline: 'a news article' };
    expect((await error).detail.code).to.equal('unsupported-format');
  });
});

describe('jiha-cooperation-timeline: XSS payloads are text', () => {
  afterEach(unmountAll);

  it('shows every payload in titles and summaries as text, never as markup or script', async () => {
    const payloads = await loadJson<string[]>('/data/xss-payloads.json');
    const fired: string[] = [];
    (window as unknown as Record<string, unknown>).alert = (value: unknown) => fired.push(String(value));
    (window as unknown as Record<string, unknown>).prompt = (value: unknown) => fired.push(String(value));
    const events = payloads.map((payload, i) => ({
      date: `${2000 + (i % 20)}-01-01`,
      title: payload,
      summary: payload,
      url: payload,
      category: 'other',
    }));
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', { events });
    const root = element.shadowRoot!;
    // Year groups beyond the first screen render in chunks.
    await until(() => root.querySelectorAll('li.event').length === payloads.length, 5000, 'every event');
    const items = [...root.querySelectorAll('li.event')];
    const shown = new Set(items.map((item) => item.querySelector('.title')!.textContent!.trim()));
    for (const payload of payloads) expect(shown.has(payload.trim()), payload).to.be.true;
    // No element came from the data: only the template's own tags.
    const allowed = new Set([
      'section',
      'p',
      'ol',
      'li',
      'h3',
      'h4',
      'a',
      'time',
      'span',
      'svg',
      'circle',
      'path',
      'rect',
      'bdi',
      'div',
      'button',
      'ul',
    ]);
    const foreign = [...root.querySelectorAll('*')].map((node) => node.localName).filter((name) => !allowed.has(name));
    expect(foreign).to.deep.equal([]);
    for (const node of root.querySelectorAll('*')) {
      for (const attribute of node.attributes) expect(attribute.name.startsWith('on'), attribute.name).to.be.false;
    }
    for (const link of root.querySelectorAll('a'))
      expect(link.getAttribute('href')!).to.not.match(/^\s*(javascript|data|vbscript):/i);
    // Give any handler a chance to run.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fired).to.deep.equal([]);
  });

  it('turns TimelineJS HTML into text without running it', async () => {
    const payloads = await loadJson<string[]>('/data/xss-payloads.json');
    const fired: string[] = [];
    (window as unknown as Record<string, unknown>).alert = (value: unknown) => fired.push(String(value));
    const events = payloads.slice(0, 80).map((payload, i) => ({
      start_date: { year: 2000 + (i % 10) },
      text: { headline: `${i}: ${payload}`, text: payload },
    }));
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', { events });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('li.event')).to.have.length(80);
    expect(
      root.querySelectorAll('script, img, svg[onload], iframe, video, audio, input, select, textarea, marquee, h1'),
    ).to.have.length(0);
    // Tags are gone, the words stay.
    const first = root.querySelectorAll('li.event .title')[0].textContent!.trim();
    expect(first).to.match(/^0: /);
    expect(first).to.not.contain('<svg');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fired).to.deep.equal([]);
  });
});

describe('jiha-cooperation-timeline: structured data', () => {
  afterEach(unmountAll);

  it('writes schema.org Events as JSON-LD in the light DOM', async () => {
    const data = await loadJson('/data/timeline.json');
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" structured-data></jiha-cooperation-timeline>',
      data,
    );
    // The JSON-LD code loads only for timelines that ask for it.
    const script = await until(
      () => element.querySelector('script[type="application/ld+json"]'),
      3000,
      'the JSON-LD script',
    );
    const json = JSON.parse(script.textContent!);
    expect(json['@type']).to.equal('ItemList');
    expect(json.itemListElement).to.have.length(26);
    const first = json.itemListElement[0].item;
    expect(first['@type']).to.equal('Event');
    expect(first.startDate).to.equal('2004');
    expect(first.url).to.equal('https://maghress.com/fr/aujourdhui/113274');
    expect(first.organizer[0].name).to.equal('Béni Mellal-Khénifra');
    // Writing it did not make the element read its data again.
    expect(titles(element)).to.have.length(26);
    element.structuredData = false;
    await settled(element);
    expect(element.querySelector('script[type="application/ld+json"]')).to.be.null;
  });
});

/**
 * Like until(), but polling with timers: animation frames stop in a page the
 * browser does not show (two test files run side by side), timers only slow down.
 */
async function poll(check: () => boolean, ms: number, what: string): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('jiha-cooperation-timeline: 5,000 events', () => {
  afterEach(unmountAll);

  it('renders them with year groups that the browser lays out only near the viewport', async function () {
    this.timeout(90000);
    const events = Array.from({ length: 5000 }, (_, i) => ({
      date: `${1900 + Math.floor(i / 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
      category: ['visit', 'agreement', 'geopark'][i % 3],
      partners: [['a'], ['b'], ['a', 'b'], []][i % 4],
    }));
    const start = performance.now();
    const element = await timeline('<jiha-cooperation-timeline lang="fr" filterable></jiha-cooperation-timeline>', {
      partners: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      events,
    });
    const elapsed = performance.now() - start;
    const years = element.shadowRoot!.querySelectorAll<HTMLElement>('li.year');
    expect(years).to.have.length(125);
    // The first screen renders at once, the other year groups as sized placeholders filled between frames.
    const first = element.shadowRoot!.querySelectorAll('li.event').length;
    expect(first).to.be.within(100, 400);
    expect(element.shadowRoot!.querySelector('li.year.pending')).to.exist;
    await poll(() => element.shadowRoot!.querySelectorAll('li.event').length === 5000, 40000, 'all 5,000 events');
    expect(element.shadowRoot!.querySelector('li.year.pending')).to.be.null;
    console.log(
      `5,000 events: first screen ${Math.round(elapsed)} ms, all ${Math.round(performance.now() - start)} ms`,
    );
    expect(getComputedStyle(element.shadowRoot!.querySelectorAll('li.year')[100]).contentVisibility).to.equal('auto');
    // Generous for a loaded CI machine; the benchmark gives the real figure next to vis-timeline.
    expect(elapsed).to.be.below(5000);
    // Filtering 5,000 events answers quickly too.
    const t0 = performance.now();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=filter][data-category=visit]')!.click();
    await settled(element);
    await poll(() => element.shadowRoot!.querySelectorAll('li.event').length === 3333, 40000, 'the 3,333 events left');
    expect(performance.now() - t0).to.be.below(40000);
    // French groups thousands with a narrow no-break space.
    expect(element.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      '3\u202f333 événements affichés',
    );
  });
});
