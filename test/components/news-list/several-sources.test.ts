/**
 * <jiha-news-list> with several sources (issue 24): a council's WordPress
 * posts (7, paged by `limit`) and a partner's RSS (5, one of them a copy of
 * post 4) merged newest first, each link once, each card naming its source,
 * "more" paging through both; a source that fails, is slow or is a stale
 * copy never hides the others.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/news-list/define.js';
import type { JihaNewsCard } from '../../../src/components/news-card/define.js';
import type { JihaNewsList } from '../../../src/components/news-list/define.js';
import type { JihaErrorDetail } from '../../../src/core/events.js';
import { loadJson, mount, settled, unmountAll, until } from '../../support/helpers.js';
import { cards, headlines, moreButton, renderedCards } from './helpers.js';

afterEach(unmountAll);

const COUNCIL = '/fixture/wp-json/wp/v2/posts?total=7';
const PARTNER = '/fixture/feed/partner.rss';

/** The union of both feeds, newest first, post 4 once (the council's: its source comes first at the same date). */
const UNION = [
  'Partner A',
  'Post 1 – council news',
  'Post 2 – council news',
  'Partner B',
  'Post 3 – council news',
  'Post 4 – council news',
  'Post 5 – council news',
  'Partner D',
  'Post 6 – council news',
  'Post 7 – council news',
  'Partner E',
];

const sourceOf = (card: JihaNewsCard) => (card.data as { source?: string }).source;

/** Mounts a list and collects its events; resolves once it is ready (or has failed as a whole). */
async function mountSources(attributes: string) {
  const host = document.createElement('div');
  host.setAttribute('data-test-host', '');
  document.body.append(host);
  const errors: JihaErrorDetail[] = [];
  let ready = 0;
  host.addEventListener('jiha-error', (event) => errors.push((event as CustomEvent<JihaErrorDetail>).detail));
  host.addEventListener('jiha-ready', () => (ready += 1));
  const list = mount<JihaNewsList>(`<jiha-news-list ${attributes}></jiha-news-list>`, host);
  await until(() => ready > 0 || errors.length > 0, 15000, 'jiha-ready or jiha-error');
  await settled(list);
  return { list, errors, ready: () => ready };
}

const notes = (list: JihaNewsList) =>
  [...list.shadowRoot!.querySelectorAll('[part~="source-note"]')].map((note) =>
    note.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** Clicks "more" until it is gone, returning the headlines after each page. */
async function pageThrough(list: JihaNewsList): Promise<string[][]> {
  const pages = [await headlines(list)];
  for (let guard = 0; moreButton(list) && guard < 10; guard++) {
    const before = cards(list).length;
    moreButton(list)!.click();
    await until(() => cards(list).length > before, 8000, 'the next page');
    await settled(list);
    pages.push(await headlines(list));
  }
  return pages;
}

describe('jiha-news-list: several sources', () => {
  it('merges WordPress posts and RSS newest first, a duplicate link once, "more" through both with nothing skipped or repeated', async () => {
    const { list, errors } = await mountSources(`src="${COUNCIL} ${PARTNER}" limit="3" more lang="en"`);
    expect(errors).to.deep.equal([]);
    const pages = await pageThrough(list);
    expect(pages.map((page) => page.length)).to.deep.equal([3, 6, 9, 11]);
    for (const [index, page] of pages.entries())
      expect(page, `page ${index + 1}`).to.deep.equal(UNION.slice(0, page.length));
    const all = pages.at(-1)!;
    expect(new Set(all).size).to.equal(all.length);
    expect(moreButton(list)).to.equal(null);
  });

  it('names each card by its label in source-labels, in the order of the addresses', async () => {
    const { list } = await mountSources(
      `src="${COUNCIL}   ${PARTNER}" source-labels="Béni Mellal-Khénifra | Tanger-Tétouan-Al Hoceïma" limit="6"`,
    );
    const shown = cards(list);
    expect(shown.map(sourceOf)).to.deep.equal([
      'Tanger-Tétouan-Al Hoceïma',
      'Béni Mellal-Khénifra',
      'Béni Mellal-Khénifra',
      'Tanger-Tétouan-Al Hoceïma',
      'Béni Mellal-Khénifra',
      'Béni Mellal-Khénifra',
    ]);
    const [first] = await renderedCards(list);
    expect(first.textContent).to.contain('Tanger-Tétouan-Al Hoceïma');
  });

  it('a new source-labels renames the cards without reading the feeds again', async () => {
    const { list } = await mountSources(`src="${COUNCIL} ${PARTNER}" source-labels="A | B" limit="2"`);
    expect(cards(list).map(sourceOf)).to.deep.equal(['B', 'A']);
    const requests = () =>
      loadJson<{ hits: number }>(`/fixture/hits/${encodeURIComponent('wp:?total=7&per_page=2&page=1&_embed=')}`);
    const before = (await requests()).hits;
    expect(before).to.be.at.least(1);
    list.setAttribute('source-labels', 'Council | Partner');
    await settled(list);
    expect(cards(list).map(sourceOf)).to.deep.equal(['Partner', 'Council']);
    expect((await requests()).hits).to.equal(before);
  });

  it('without a label, a source is named by its feed title, else by its host name', async () => {
    const { list } = await mountSources(`src="${COUNCIL} ${PARTNER}" source-labels=" | " limit="2"`);
    expect(cards(list).map(sourceOf)).to.deep.equal(['Région Tanger-Tétouan-Al Hoceïma', location.hostname]);
  });

  it('hide-images shows no image of any source', async () => {
    const { list } = await mountSources(`src="${COUNCIL} ${PARTNER}" limit="2" hide-images`);
    const roots = await renderedCards(list);
    expect(roots.map((root) => root.querySelector('img'))).to.deep.equal([null, null]);
    list.hideImages = false;
    await settled(list);
    await until(() => cards(list)[0].shadowRoot!.querySelector('img'), 5000, "the partner's image");
  });
});

describe('jiha-news-list: a source that fails, is slow or is stale', () => {
  const quiet = async <T>(work: () => Promise<T>): Promise<T> => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      return await work();
    } finally {
      console.warn = warn;
    }
  };

  for (const [what, address, code] of [
    ['a 404', '/fixture/status/404', 'http-status'],
    ['malformed XML', '/fixture/feed/broken.rss', 'invalid-data'],
  ] as const) {
    it(`${what}: the others show, one localised line names it, jiha-error says ${code} and which source`, async () => {
      const { list, errors } = await quiet(async () => {
        const mounted = await mountSources(
          `src="${COUNCIL} ${address}" source-labels="Béni Mellal-Khénifra | Tanger" limit="3" lang="fr"`,
        );
        await until(() => mounted.errors.length > 0, 8000, 'the source error');
        return mounted;
      });
      expect(await headlines(list)).to.deep.equal(UNION.filter((line) => line.startsWith('Post')).slice(0, 3));
      expect(notes(list)).to.deep.equal(['Les actualités de Tanger n’ont pas pu être lues. Réessayer']);
      expect(errors.map(({ code: got, source }) => [got, source])).to.deep.equal([[code, address]]);
      expect(list.shadowRoot!.querySelector('[part~="source-note"] [part~="error-editor"]')).to.equal(null);
    });
  }

  it('a timeout is named the same way, and the editor view gets the technical detail', async () => {
    const slow = '/fixture/slow?ms=4000&file=test/fixtures/feeds/jsonfeed-1.json&key=timeout';
    const { list, errors } = await quiet(async () => {
      const mounted = await mountSources(`src="${COUNCIL} ${slow}" timeout="1000" data-jiha-editor limit="3"`);
      await until(() => mounted.errors.length > 0, 8000, 'the source error');
      return mounted;
    });
    expect(errors.map(({ code, source }) => [code, source])).to.deep.equal([['timeout', slow]]);
    expect(cards(list)).to.have.length(3);
    const editor = await until(() => list.shadowRoot!.querySelector('[part~="source-note"] [part~="error-editor"]'));
    expect(editor.textContent).to.contain('timeout');
  });

  it('a slow source does not hold the others back: they show, and it joins the merge when it arrives', async () => {
    const slow = '/fixture/slow?ms=5000&file=test/fixtures/feeds/jsonfeed-1.json&key=late';
    const started = performance.now();
    const { list } = await mountSources(`src="${COUNCIL} ${slow}" limit="50"`);
    expect(performance.now() - started).to.be.below(4900);
    expect(cards(list)).to.have.length(7);
    await until(() => cards(list).length > 7, 8000, 'the slow source in the list');
  });

  it('"Try again" reads a failed source again and merges it', async () => {
    const flaky = `/fixture/flaky/partner.rss?key=${Math.random()}`;
    const { list } = await quiet(() => mountSources(`src="${COUNCIL} ${flaky}" lang="en" limit="3"`));
    const retry = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="source-note"] button'));
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect(retry.getAttribute('aria-describedby')).to.be.a('string');
    retry.focus();
    retry.click();
    // The button goes while the source loads: focus goes to the list's first item, not to the page's body.
    await until(() => list.shadowRoot!.activeElement?.closest('li') ?? cards(list)[0].shadowRoot!.activeElement);
    await until(() => cards(list).some((card) => sourceOf(card) !== location.hostname), 8000, 'the partner merged');
    expect(notes(list)).to.deep.equal([]);
    expect(await headlines(list)).to.deep.equal(UNION.slice(0, 3));
  });

  it('a stale copy shows with one quiet line giving its date', async () => {
    const stale = `${PARTNER}?stale=2026-01-28T08:30:00Z`;
    const { list } = await mountSources(
      `src="${COUNCIL} ${stale}" source-labels="| Tanger" lang="en" time-zone="UTC" limit="3"`,
    );
    expect(await headlines(list)).to.deep.equal(UNION.slice(0, 3));
    expect(notes(list)).to.deep.equal(['News from Tanger as of Wednesday, January 28, 2026 – 8:30 AM.']);
  });

  it('one source as a stale copy gets the same line, named by its feed title', async () => {
    const { list } = await mountSources(`src="${PARTNER}?stale=2026-01-28T08:30:00Z" lang="en" time-zone="UTC"`);
    expect(notes(list)).to.deep.equal([
      'News from Région Tanger-Tétouan-Al Hoceïma as of Wednesday, January 28, 2026 – 8:30 AM.',
    ]);
  });

  it('a fresh copy (X-Jiha-Fetched-At without X-Jiha-Stale) gets no line', async () => {
    const { list } = await mountSources(`src="${COUNCIL} ${PARTNER}?fetched=2026-01-28T08:30:00Z" limit="3"`);
    expect(await headlines(list)).to.deep.equal(UNION.slice(0, 3));
    expect(notes(list)).to.deep.equal([]);
  });

  it('every source failing is the error box, as for one source', async () => {
    const { list, errors } = await quiet(() => mountSources('src="/fixture/status/404 /fixture/status/500"'));
    expect(errors.map(({ code }) => code)).to.deep.equal(['http-status']);
    expect(list.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
  });
});
