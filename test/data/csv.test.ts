/**
 * CSV for the timeline and the map (issue 12, docs/reference/data-formats.md): `src`
 * answering text/csv, inline <script type="text/csv">, a BOM, `;`
 * separators, quoted newlines, localised columns, region ids named in the
 * UI language, and a bad row reported by its line while the rest show.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/cooperation-timeline/define.js';
import '../../src/components/geopark-map/define.js';
import { readCsv } from '../../src/data/csv.js';
import { useEditorView } from '../support/editor-view.js';
import { mount, settled, shadowText, unmountAll, until } from '../support/helpers.js';

afterEach(unmountAll);
// The notice naming the rows left out is for editors (test/core/error-views.test.ts: visitors see none).
useEditorView();

interface Outcome {
  element: HTMLElement;
  events: Array<{ type: string; detail: { code?: string; message?: string; detail?: string } | undefined }>;
}

/** Mounts `markup`, records its jiha-ready and jiha-error events, and waits for `count` of them. */
async function mountCsv(markup: string, count: number): Promise<Outcome> {
  const element = mount<HTMLElement>(markup);
  const events: Outcome['events'] = [];
  for (const type of ['jiha-ready', 'jiha-error']) element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  await until(() => events.length >= count, 10000, `${count} events from ${markup.slice(0, 80)}`);
  await settled(element);
  return { element, events };
}

const titles = (element: Element) => [...element.shadowRoot!.querySelectorAll('li.event .title')].map((node) => node.textContent!.trim());

describe('CSV reader', () => {
  it('drops the BOM, detects ";", keeps quoted newlines and counts lines across them, reports ragged rows', () => {
    const table = readCsv('\ufeffa;b\r\n1;"x\ny"\r\n\r\n2;3;4\r\n5;6\r\n', 'test');
    expect(table.columns).to.deep.equal(['a', 'b']);
    expect(table.rows.map((row) => [row.line, row.cells.b])).to.deep.equal([
      [2, 'x\ny'],
      [6, '6'],
    ]);
    expect(table.problems).to.deep.equal([{ line: 5, detail: '3 cells where the header names 2 columns' }]);
  });

  it('skips blank lines before the header (inline script text), counting them', () => {
    const table = readCsv('\n  \n\ta,b\n1,2\n', 'test');
    expect(table.columns).to.deep.equal(['a', 'b']);
    expect(table.rows.map((row) => row.line)).to.deep.equal([4]);
  });

  it('an empty file is invalid-data', () => {
    expect(() => readCsv('', 'test')).to.throw(/empty/);
  });
});

describe('jiha-cooperation-timeline: CSV', () => {
  it('src (text/csv): localised columns, partners by region id named in the UI language, context events, bad rows by line', async () => {
    const { element, events } = await mountCsv('<jiha-cooperation-timeline lang="fr" src="/fixture/feed/timeline.csv"></jiha-cooperation-timeline>', 2);
    expect(events.map((event) => event.type)).to.deep.equal(['jiha-ready', 'jiha-error']);
    const error = events[1].detail!;
    expect(error.code).to.equal('invalid-data');
    // Line 5: an impossible date; line 6: a short row. The quoted newline made row 1 two lines long.
    expect(error.detail).to.match(/^line 5: .*date.*; line 6: 3 cells where the header names 8 columns$/);
    expect(error.message).to.equal('Some rows could not be read and are not shown: line 5, 6.');
    await until(() => element.shadowRoot!.querySelector('[part="notice"]'), 5000, 'the notice');
    expect(shadowText(element, '[part="notice"]')).to.equal('Certaines lignes n’ont pas pu être lues et ne sont pas affichées\u00a0: ligne 5, 6.');
    expect(titles(element)).to.deep.equal(['Accord signé', 'Décision nationale', 'Visite']);
    // Region ids and ISO codes become the regions' French names, without a partners list in the data.
    const legend = shadowText(element, '[part="legend"]');
    for (const name of ['Tanger-Tétouan-Al Hoceïma', 'Béni Mellal-Khénifra']) expect(legend).to.contain(name);
    // An empty partners cell: a context event.
    const context = [...element.shadowRoot!.querySelectorAll('li.event')].find((item) => item.textContent!.includes('Décision nationale'))!;
    expect(context.querySelector('.context-label')).to.not.equal(null);
    // The quoted newline stays in the summary.
    expect(shadowText(element)).to.contain('Première ligne deuxième ligne');
  });

  for (const [lang, region] of [
    ['ar', 'طنجة تطوان الحسيمة'],
    ['en', 'Tanger-Tétouan-Al Hoceïma'],
    ['zgh', 'ⵟⴰⵏⵊ-ⵟⵉⵜⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ'],
    ['fr', 'Tanger-Tétouan-Al Hoceïma'],
  ]) {
    it(`${lang}: inline <script type="text/csv"> with a BOM and ";" (partners in one quoted cell), regions named in ${lang}`, async () => {
      const csv = '\ufeffdate;title_fr;title_ar;category;partners\n2019-03-12;Accord;اتفاقية;agreement;"tanger-tetouan-al-hoceima;MA-05"\n2024-01-01;Contexte;سياق;other;\n';
      const { element, events } = await mountCsv(`<jiha-cooperation-timeline lang="${lang}"><script type="text/csv">${csv}</script></jiha-cooperation-timeline>`, 1);
      await settled(element);
      expect(events.map((event) => event.type)).to.deep.equal(['jiha-ready']);
      expect(titles(element)).to.deep.equal(lang === 'ar' ? ['اتفاقية', 'سياق'] : ['Accord', 'Contexte']);
      expect(shadowText(element, '[part="legend"]')).to.contain(region);
      expect(element.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    });
  }

  it('a file with no readable row is an error naming the first bad line', async () => {
    const csv = 'date,title\nyesterday,Bad\n';
    const { events } = await mountCsv(`<jiha-cooperation-timeline><script type="text/csv">${csv}</script></jiha-cooperation-timeline>`, 1);
    expect(events[0].type).to.equal('jiha-error');
    expect(events[0].detail!.code).to.equal('invalid-data');
    expect(events[0].detail!.detail).to.contain('line 2');
  });
});

describe('jiha-geopark-map: CSV', () => {
  it('src (text/csv): places with localised names, regions by id or ISO code, a bad row by line', async () => {
    const { element, events } = await mountCsv('<jiha-geopark-map lang="ar" list tiles="none" src="/fixture/feed/places.csv"></jiha-geopark-map>', 2);
    expect(events.map((event) => event.type)).to.deep.equal(['jiha-ready', 'jiha-error']);
    expect(events[1].detail!.detail).to.match(/^line 4: lat must be a number/);
    await until(() => element.shadowRoot!.querySelectorAll('[part="list"] li').length === 2, 5000, 'two places');
    const items = [...element.shadowRoot!.querySelectorAll('[part="list"] li')];
    expect(items.map((item) => item.getAttribute('data-id'))).to.deep.equal(['mgoun', 'chefchaouen']);
    expect(items[0].querySelector('.item-name')!.textContent).to.equal('جيوبارك مكون');
    expect(items[0].querySelector('.item-region')!.textContent).to.equal('بني ملال خنيفرة');
    expect(items[1].querySelector('.item-region')!.textContent).to.equal('طنجة تطوان الحسيمة');
    await until(() => element.shadowRoot!.querySelector('[part="notice"]'), 5000, 'the notice');
    expect(shadowText(element, '[part="notice"]')).to.contain('4');
  });

  it('inline <script type="text/csv"> with decimal commas in a ";" file', async () => {
    const csv = 'id;name;lat;lng;status\nm;Mgoun;31,5;-6,45;site\n';
    const { element, events } = await mountCsv(`<jiha-geopark-map lang="en" list tiles="none"><script type="text/csv">${csv}</script></jiha-geopark-map>`, 1);
    expect(events.map((event) => event.type)).to.deep.equal(['jiha-ready']);
    await until(() => element.shadowRoot!.querySelector('[part="list"] li[data-id="m"]'), 5000, 'the place');
  });
});
