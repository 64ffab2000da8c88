import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaCooperationTimeline } from '../../../src/index.js';
import { loadJson, mount, nextEvent, settled, shadowText, unmountAll } from '../../support/helpers.js';
import { cooperation, eventItem, inlineEdges, rail, timeline, timelineIn, titles } from './helpers.js';

describe('jiha-cooperation-timeline: data sources', () => {
  afterEach(unmountAll);

  it('reads the data property', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', cooperation());
    expect(titles(element)).to.have.length(6);
  });

  it('reads inline JSON', async () => {
    const element = await timeline(
      `<jiha-cooperation-timeline lang="fr"><script type="application/json">${JSON.stringify(cooperation())}</script></jiha-cooperation-timeline>`,
    );
    expect(titles(element)).to.deep.equal([
      'Label UNESCO',
      'Premier plan OGP',
      'BMK rejoint OGP Local',
      'Certification ISO',
      'Visite à Tanger',
      'Article de presse',
    ]);
  });

  it('fetches src', async () => {
    const element = mount<JihaCooperationTimeline>(
      '<jiha-cooperation-timeline lang="fr" src="/data/timeline.json"></jiha-cooperation-timeline>',
    );
    await nextEvent(element, 'jiha-ready');
    await settled(element);
    expect(titles(element)).to.have.length(26);
  });

  it('prefers inline JSON over the light-DOM list, and reads the list when there is no JSON', async () => {
    const list =
      '<ol><li><time datetime="2024-03-07">7 mars 2024</time> <strong>Remise des certificats</strong></li></ol>';
    const both = await timeline(
      `<jiha-cooperation-timeline lang="fr"><script type="application/json">${JSON.stringify(cooperation())}</script>${list}</jiha-cooperation-timeline>`,
    );
    expect(titles(both)).to.have.length(6);
    const onlyList = await timeline(`<jiha-cooperation-timeline lang="fr">${list}</jiha-cooperation-timeline>`);
    expect(titles(onlyList)).to.deep.equal(['Remise des certificats']);
  });
});

describe('jiha-cooperation-timeline: the shared data file', () => {
  afterEach(unmountAll);

  it('shows the 26 sourced events, marks the inferred ones as the data does, and names both regions', async () => {
    const data = await loadJson('/data/timeline.json');
    const element = await timeline(
      '<jiha-cooperation-timeline lang="ar" today="2026-11-29" time-zone="Africa/Casablanca"></jiha-cooperation-timeline>',
      data,
    );
    const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.event')];
    expect(items).to.have.length(26);
    const inferred = (data.events as Array<{ certainty: string }>).filter(
      (event) => event.certainty !== 'sourced',
    ).length;
    expect(inferred).to.be.greaterThan(0);
    expect(element.shadowRoot!.querySelectorAll('li.event.uncertain')).to.have.length(inferred);
    expect(shadowText(element, 'li.event.uncertain .date')).to.contain('تاريخ');
    expect(shadowText(element, '[part=legend]')).to.contain('بني ملال-خنيفرة');
    expect(shadowText(element, '[part=legend]')).to.contain('طنجة تطوان الحسيمة');
    // The joint visit of January 2026 sits in the middle; national and UNESCO events are context.
    const visit = items.find((item) => item.textContent!.includes('وفد جهة بني ملال-خنيفرة'))!;
    expect(visit.classList.contains('side-joint')).to.be.true;
    expect(element.shadowRoot!.querySelectorAll('li.event.side-context').length).to.equal(
      (data.events as Array<{ region: string }>).filter((event) => !/MA-\d\d/.test(event.region)).length,
    );
  });
});

describe('jiha-cooperation-timeline: dates at their precision', () => {
  afterEach(unmountAll);

  const cases: Array<[string, string, string]> = [
    ['2026', 'fr', '2026'],
    ['2026-01', 'fr', 'janvier 2026'],
    ['2026-01-17', 'fr', '17 janvier 2026'],
    ['2026-01-17T20:22:00+01:00', 'fr', 'samedi 17 janvier 2026 – 20:22'],
    ['2026-01', 'ar', 'يناير 2026'],
    ['2026-01-17', 'ar', '17 يناير 2026'],
    ['2026-01-17T20:22:00+01:00', 'ar', 'السبت 17 يناير 2026 – 20:22'],
    ['2026-01', 'zgh', 'ⵉⵏⵏⴰⵢⵔ 2026'],
  ];
  for (const [date, lang, text] of cases) {
    it(`${date} in ${lang} → ${text}`, async () => {
      const element = await timeline(
        `<jiha-cooperation-timeline lang="${lang}" time-zone="Africa/Casablanca"></jiha-cooperation-timeline>`,
        {
          events: [{ date, title: 'x', category: 'visit' }],
        },
      );
      const time = element.shadowRoot!.querySelector('li.event time')!;
      expect(time.textContent).to.equal(text);
      expect(time.getAttribute('datetime')).to.equal(date);
    });
  }

  it('shows a date-time in the time-zone attribute', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" time-zone="Asia/Tokyo"></jiha-cooperation-timeline>',
      {
        events: [{ date: '2026-01-17T20:22:00+01:00', title: 'x' }],
      },
    );
    expect(element.shadowRoot!.querySelector('li.event time')!.textContent).to.equal(
      'dimanche 18 janvier 2026 – 04:22',
    );
    // …and groups it under the year it falls in there.
    expect(shadowText(element, '.year-heading')).to.equal('2026');
  });

  it('shows a range with its end', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', cooperation());
    const times = [...eventItem(element, 'Premier plan OGP').querySelectorAll('time')];
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2020-10', '2023-11']);
    expect(eventItem(element, 'Premier plan OGP').querySelector('.date')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'octobre 2020 – novembre 2023',
    );
  });

  it('honours a stated precision coarser than the written date', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', {
      events: [{ date: '2023-09-05', precision: 'month', title: 'x' }],
    });
    expect(element.shadowRoot!.querySelector('li.event time')!.textContent).to.equal('septembre 2023');
  });
});

describe('jiha-cooperation-timeline: order and year groups', () => {
  afterEach(unmountAll);

  it('sorts oldest first by default, grouped under year headings', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', cooperation());
    const headings = [...element.shadowRoot!.querySelectorAll('.year-heading')].map((node) => node.textContent);
    expect(headings).to.deep.equal(['2015', '2020', '2022', '2023', '2026']);
    const group2026 = element.shadowRoot!.querySelectorAll('li.year')[4];
    expect([...group2026.querySelectorAll('li.event .title')].map((node) => node.textContent!.trim())).to.deep.equal([
      'Visite à Tanger',
      'Article de presse',
    ]);
    // Each event carries a machine-readable date.
    for (const item of element.shadowRoot!.querySelectorAll('li.event'))
      expect(item.querySelector('time[datetime]')).to.exist;
  });

  it('reverses with order="newest"', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" order="newest"></jiha-cooperation-timeline>',
      cooperation(),
    );
    expect(titles(element)).to.deep.equal([
      'Article de presse',
      'Visite à Tanger',
      'Certification ISO',
      'BMK rejoint OGP Local',
      'Premier plan OGP',
      'Label UNESCO',
    ]);
    expect([...element.shadowRoot!.querySelectorAll('.year-heading')].map((node) => node.textContent)).to.deep.equal([
      '2026',
      '2023',
      '2022',
      '2020',
      '2015',
    ]);
  });

  it('keeps data order for events on the same date', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="fr"></jiha-cooperation-timeline>', {
      events: [
        { date: '2024-05', title: 'B' },
        { date: '2024-05', title: 'A' },
        { date: '2024', title: 'C' },
      ],
    });
    expect(titles(element)).to.deep.equal(['C', 'B', 'A']);
  });
});

describe('jiha-cooperation-timeline: two partners, sides mirrored in rtl', () => {
  afterEach(unmountAll);

  const box = (element: Element, title: string) => eventItem(element, title).getBoundingClientRect();

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`puts each partner on its side, joint events across both, context across the line (${dir})`, async () => {
      const element = await timelineIn(900, dir === 'rtl' ? 'ar' : 'fr', dir, cooperation());
      const first = box(element, dir === 'rtl' ? 'انضمام بني ملال-خنيفرة' : 'BMK rejoint OGP Local');
      const second = box(element, dir === 'rtl' ? 'شهادة الإيزو' : 'Certification ISO');
      const joint = box(element, dir === 'rtl' ? 'زيارة طنجة' : 'Visite à Tanger');
      const context = box(element, dir === 'rtl' ? 'تسمية اليونسكو' : 'Label UNESCO');
      const track = element.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
      const edges = (rect: DOMRect) => inlineEdges(rect, dir);
      // The joint event spans the lane both partners share; each partner's cards keep to its end of it.
      const lane = edges(joint);
      const width = lane.end - lane.start;
      expect(edges(first).start, 'first partner at the inline start').to.be.closeTo(lane.start, 1);
      expect(edges(first).end, 'first partner short of the inline end').to.be.below(lane.end - 0.15 * width);
      expect(edges(second).end, 'second partner at the inline end').to.be.closeTo(lane.end, 1);
      expect(edges(second).start, 'second partner short of the inline start').to.be.above(lane.start + 0.15 * width);
      // The first partner's side is the inline start: left in ltr, right in rtl.
      const centre = (rect: DOMRect) => rect.left + rect.width / 2;
      expect(dir === 'ltr' ? centre(first) < centre(second) : centre(first) > centre(second)).to.equal(true);
      // Context crosses the line from edge to edge; no card of a partner crosses it.
      expect(context.left).to.be.closeTo(track.left, 1);
      expect(context.right).to.be.closeTo(track.right, 1);
      const line = rail(element).box;
      for (const card of [first, second, joint])
        expect(dir === 'ltr' ? card.left >= line.right : card.right <= line.left, 'card beside the line').to.equal(
          true,
        );
    });
  }

  it('collapses to one column with partner labels on a narrow container', async () => {
    const element = await timelineIn(360, 'fr', 'ltr', cooperation());
    const items = [...element.shadowRoot!.querySelectorAll('li.event')];
    const cards = items.filter((item) => !item.classList.contains('side-context'));
    const boxes = new Set(
      cards.map(
        (item) => `${Math.round(item.getBoundingClientRect().left)} ${Math.round(item.getBoundingClientRect().right)}`,
      ),
    );
    expect(boxes.size, 'every partner’s card in one column').to.equal(1);
    expect(cards.length).to.be.below(items.length);
    expect(eventItem(element, 'Certification ISO').querySelector('.labels')!.textContent).to.contain(
      'Tanger-Tétouan-Al Hoceïma',
    );
    expect(eventItem(element, 'Visite à Tanger').querySelector('.labels')!.textContent).to.contain(
      'Béni Mellal-Khénifra',
    );
  });

  it('fits a container that narrows after it was shown wide', async () => {
    const host = mount<HTMLDivElement>(
      '<div style="width: 1100px" lang="fr"><jiha-cooperation-timeline></jiha-cooperation-timeline></div>',
    );
    const element = host.querySelector('jiha-cooperation-timeline')!;
    element.data = cooperation();
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    host.style.width = '340px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    const timelineBox = element.shadowRoot!.querySelector<HTMLElement>('.timeline')!;
    expect(timelineBox.getBoundingClientRect().width).to.be.at.most(340);
    for (const item of element.shadowRoot!.querySelectorAll('li.event'))
      expect(item.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
  });

  it('takes a partner colour from data, the theme otherwise, and always writes the name', async () => {
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" style="--jiha-color-accent: rgb(1, 2, 3)"></jiha-cooperation-timeline>',
      cooperation(),
    );
    const swatches = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part=legend] .swatch')];
    expect(getComputedStyle(swatches[0]).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(swatches[1]).backgroundColor).to.equal('rgb(122, 62, 157)');
    expect(
      [...element.shadowRoot!.querySelectorAll('[part=legend] li')].map((li) => li.textContent!.trim()),
    ).to.deep.equal(['Béni Mellal-Khénifra', 'Tanger-Tétouan-Al Hoceïma']);
  });

  it('ignores a colour that is not a plain CSS colour', async () => {
    const data = cooperation();
    (data.partners as Array<Record<string, unknown>>)[1].color = 'red; background: url(https://evil.example/x)';
    const element = await timeline(
      '<jiha-cooperation-timeline lang="fr" style="--jiha-color-ok: rgb(4, 5, 6)"></jiha-cooperation-timeline>',
      data,
    );
    const swatch = element.shadowRoot!.querySelectorAll<HTMLElement>('[part=legend] .swatch')[1];
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it('shows categories with an icon and a localised name', async () => {
    const element = await timeline('<jiha-cooperation-timeline lang="ar"></jiha-cooperation-timeline>', cooperation());
    const category = element.shadowRoot!.querySelector('li.event .category')!;
    expect(category.querySelector('svg[aria-hidden=true]')).to.exist;
    expect(category.textContent!.trim()).to.not.equal('Geopark');
    expect(category.textContent!.trim().length).to.be.greaterThan(0);
  });
});
