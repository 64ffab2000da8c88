/**
 * Issue 23 on the built file a council's page loads (dist/, minified): the
 * minifier drops a template's leading space, so two source links written
 * " <a>" one after the other ran together into one word that could not
 * wrap, and a range's dash stuck to its start date. At 320 CSS px, with
 * 1.4.12 text spacing, nothing runs out of an event. Needs `npm test`'s build.
 */
import { expect } from '@open-wc/testing';
import { loadJson, unmountAll } from '../../support/helpers.js';
import {
  applyTextSpacing,
  cooperation,
  outOfBoxProblems,
  overflowProblems,
  PHONE_WIDTH,
  timelineIn,
} from './helpers.js';

describe('dist/cooperation-timeline.js: nothing runs out of an event at 320 px', () => {
  before(async () => {
    await import(/* @vite-ignore */ '/dist/cooperation-timeline.js' as string);
  });
  afterEach(unmountAll);

  for (const lang of ['ar', 'fr']) {
    for (const layout of ['vertical', 'horizontal']) {
      it(`${lang}, ${layout}, with 1.4.12 text spacing: sources wrap between links, nothing overflows`, async () => {
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        const data = await loadJson('/data/timeline.json');
        const element = await timelineIn(PHONE_WIDTH, lang, dir, data, `layout="${layout}"`);
        applyTextSpacing(element);
        expect([...overflowProblems(element), ...outOfBoxProblems(element)]).to.deep.equal([]);
        // Each further source its own item: they can wrap between.
        const lists = [...element.shadowRoot!.querySelectorAll('.sources')];
        expect(lists.length).to.be.above(10);
        for (const sources of lists)
          expect(sources.querySelectorAll('li > a').length).to.equal(sources.querySelectorAll('a').length);
      });
    }
  }

  it('writes a range with a space either side of its dash', async () => {
    const element = await timelineIn(PHONE_WIDTH, 'fr', 'ltr', cooperation());
    const range = [...element.shadowRoot!.querySelectorAll('.date')].find(
      (date) => date.querySelectorAll('time').length === 2,
    )!;
    expect(range.textContent!.replace(/\s+/g, ' ').trim()).to.equal('octobre 2020 – novembre 2023');
  });
});
