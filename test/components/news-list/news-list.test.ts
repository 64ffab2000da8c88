/**
 * <jiha-news-list> (issue 12): every format against fixture feeds served by
 * the test server (test/server/fixtures-plugin.mjs): RSS 2.0, RSS 1.0, Atom,
 * JSON Feed with next_url, WordPress posts with X-WP-TotalPages; the
 * library's own articles by `data`, inline JSON and the page's own list;
 * paging with "more" by keyboard; an empty feed; the error states.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/news-list/define.js';
import { deepActive } from '../../a11y/keyboard-helpers.js';
import type { JihaNewsList } from '../../../src/components/news-list/define.js';
import { loadJson, mount, settled, shadowText, unmountAll, until } from '../../support/helpers.js';
import { FEED, cards, headlines, mountList, moreButton, renderedCards } from './helpers.js';

afterEach(unmountAll);

describe('jiha-news-list: RSS 2.0', () => {
  it('reads title (CDATA), link, pubDate (RFC 822), description as text, dc:creator, category, enclosure, channel title and language', async () => {
    const { list, state, detail } = await mountList(
      `src="${FEED.rss}" lang="ar" time-zone="Africa/Casablanca" heading="آخر الأخبار"`,
    );
    expect(state).to.equal('ready');
    expect(detail).to.deep.equal({ count: 6 });
    const [first, second, third, fourth] = await renderedCards(list);
    expect(first.querySelector('.headline a')!.getAttribute('href')).to.equal('https://www.example.ma/news/1');
    expect(first.querySelector('.headline')!.textContent!.trim()).to.equal('شراكة استراتيجية لترسيخ الحكامة الجيدة');
    // The section 3 meta line: source (the channel), date in Moroccan Arabic, author.
    const meta = first.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.contain('مجلس جهة طنجة تطوان الحسيمة');
    expect(meta).to.contain('السبت 17 يناير 2026 – 20:22');
    expect(meta).to.contain('هيئة التحرير');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-17T19:22:00.000Z');
    // HTML became text; the script's text went with it.
    expect(first.querySelector('.summary')!.textContent).to.equal('وفد من جهة بني ملال-خنيفرة يزور مجلس الجهة.');
    expect(first.querySelectorAll('.tags li').length).to.equal(2);
    // A relative enclosure resolves against the feed's address.
    expect(first.querySelector('img')!.getAttribute('src')).to.equal(
      new URL('/fixture/media/visit.jpg', location.href).href,
    );
    // Channel language: the card is Arabic.
    expect(cards(list)[0].getAttribute('lang')).to.equal('ar');
    expect(second.querySelector('.headline')!.textContent!.trim()).to.equal('Le conseil adopte son budget & son plan');
    expect(second.querySelector('.summary')!.textContent).to.equal('Le budget 2026 est adopté.');
    expect(second.querySelector('.headline a')!.getAttribute('href')).to.equal(
      new URL('/fixture/feed/news/2', location.href).href,
    );
    expect(second.querySelector('.meta')!.textContent).to.contain('Service de presse');
    expect(second.querySelector('img')!.getAttribute('src')).to.equal(
      new URL('/fixture/media/budget.png', location.href).href,
    );
    // javascript: dropped (headline without link); an unreadable date left out, not an error.
    expect(third.querySelector('.headline a')).to.equal(null);
    expect(third.querySelector('time')).to.equal(null);
    // No title: the description is the headline.
    expect(fourth.querySelector('.headline')!.textContent!.trim()).to.equal(
      'An item without a title still shows: its description gives the headline.',
    );
  });

  it('labels the list by its heading and puts the cards one level below', async () => {
    const { list } = await mountList(`src="${FEED.rss}" lang="fr" heading="Actualités" heading-level="3" limit="2"`);
    const root = list.shadowRoot!;
    const heading = root.querySelector('h3#heading')!;
    expect(heading.textContent).to.equal('Actualités');
    const ul = root.querySelector('ul')!;
    expect(ul.getAttribute('role')).to.equal('list');
    expect(ul.getAttribute('aria-labelledby')).to.equal('heading');
    expect(cards(list).map((card) => card.headingLevel)).to.deep.equal([4, 4]);
    await renderedCards(list);
    expect(cards(list)[0].shadowRoot!.querySelector('h4')).to.not.equal(null);
  });

  it('without a heading, `label` names the list', async () => {
    const { list } = await mountList(`src="${FEED.rss}" label="Latest news" limit="1"`);
    const ul = list.shadowRoot!.querySelector('ul')!;
    expect(ul.getAttribute('aria-label')).to.equal('Latest news');
    expect(list.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('"more" by keyboard: Enter appends the next page and moves focus to its first item, until the feed ends', async () => {
    const { list } = await mountList(`src="${FEED.rss}" lang="en" limit="3" more`);
    expect(cards(list).length).to.equal(3);
    const button = moreButton(list)!;
    expect(button.textContent!.trim()).to.equal('More news');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => cards(list).length === 6, 5000, 'six cards');
    await until(
      () => deepActive()?.closest('.headline') || deepActive()?.localName === 'li',
      5000,
      'focus on the new item',
    );
    expect(deepActive()!.getAttribute('href')).to.equal('https://www.example.ma/news/4');
    // Tab from there reaches the next card's link: the new item sits in the reading order.
    moreButton(list)!.focus();
    // The space bar: ' ' in every engine's key table ('Space' is Chromium's name alone).
    await sendKeys({ press: ' ' });
    await until(() => cards(list).length === 7, 5000, 'seven cards');
    await until(() => deepActive()?.getAttribute('href') === 'https://www.example.ma/news/7', 5000, 'focus on item 7');
    expect(moreButton(list)).to.equal(null);
  });

  it('an empty feed says "No news yet" (not an error), with count 0, in each language', async () => {
    const expected: Record<string, string> = {
      en: 'No news yet.',
      fr: 'Pas encore d’actualités.',
      ar: 'لا توجد أخبار بعد.',
      zgh: 'ⵓⵔ ⵜⴰ ⵍⵍⵉⵏ ⵉⵏⵖⵎⵉⵙⵏ.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const { list, state, detail } = await mountList(`src="${FEED.empty}" lang="${lang}" more`);
      expect(state, lang).to.equal('ready');
      expect(detail).to.deep.equal({ count: 0 });
      expect(shadowText(list, '[part="empty"]')).to.equal(text);
      expect(moreButton(list)).to.equal(null);
    }
  });

  it("a channel language that is no language tag does not become a card's lang", async () => {
    const rss = (language: string) =>
      `/fixture/typed?type=application/rss%2Bxml&body=${encodeURIComponent(`<rss version="2.0"><channel><title>t</title><language>${language}</language><item><title>One</title></item></channel></rss>`)}`;
    const bad = await mountList(`src="${rss('Français (France) &lt;b&gt;')}"`);
    expect(cards(bad.list)[0].hasAttribute('lang')).to.equal(false);
    const good = await mountList(`src="${rss('fr-MA')}"`);
    expect(cards(good.list)[0].getAttribute('lang')).to.equal('fr-MA');
  });

  it("fires jiha-ready once: the cards' own events stay inside", async () => {
    const { list, readyEvents } = await mountList(`src="${FEED.rss}" limit="4"`);
    await renderedCards(list);
    expect(readyEvents()).to.equal(1);
  });
});

describe('jiha-news-list: RSS 1.0, Atom, JSON Feed, WordPress', () => {
  it('RSS 1.0 (RDF): items beside the channel, dc:date, dc:creator, dc:subject, dc:language', async () => {
    const { list, detail } = await mountList(`src="${FEED.rdf}" lang="fr" time-zone="Africa/Casablanca"`);
    expect(detail).to.deep.equal({ count: 2 });
    const [first, second] = await renderedCards(list);
    expect(first.querySelector('.headline a')!.getAttribute('href')).to.equal('https://www.example.ma/a');
    expect(first.querySelector('.meta')!.textContent).to.contain('Rédaction');
    expect(first.querySelector('.meta')!.textContent).to.contain('Conseil régional');
    expect(first.querySelector('.meta time')!.getAttribute('datetime')).to.equal('2026-01-17T20:22:00+01:00');
    expect(first.querySelector('.tags')!.textContent).to.contain('coopération');
    expect(second.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-05');
    expect(cards(list).map((card) => card.getAttribute('lang'))).to.deep.equal(['fr', 'fr']);
  });

  it('Atom: title types, link rel=alternate, published before updated, summary, author (entry, else feed), category label, enclosure, xml:lang per entry', async () => {
    const { list, detail } = await mountList(`src="${FEED.atom}" lang="en"`);
    expect(detail).to.deep.equal({ count: 3 });
    const [first, second, third] = await renderedCards(list);
    expect(first.querySelector('.headline')!.textContent!.trim()).to.equal('Visite officielle & accord');
    expect(first.querySelector('.headline a')!.getAttribute('href')).to.equal(
      'https://www.example.ma/actualites/visite',
    );
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-17T20:22:00+01:00');
    expect(first.querySelector('.summary')!.textContent).to.equal('Les deux régions signent un accord.');
    expect(first.querySelector('.meta')!.textContent).to.contain('Amina');
    expect(first.querySelector('.tags')!.textContent).to.contain('Coopération');
    expect(first.querySelector('img')!.getAttribute('src')).to.equal(
      new URL('/fixture/media/visite.jpg', location.href).href,
    );
    expect(second.querySelector('.summary')!.textContent).to.equal('نص الخبر');
    expect(second.querySelector('.meta')!.textContent).to.contain('Service communication');
    expect(second.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-10T08:00:00Z');
    expect(third.querySelector('.headline a')!.getAttribute('href')).to.equal(new URL('/zgh/news', location.href).href);
    expect(cards(list).map((card) => card.getAttribute('lang'))).to.deep.equal(['fr', 'ar', 'zgh']);
    // The Arabic entry's card is Arabic throughout (its date in Moroccan months), the Tamazight one in Tifinagh.
    expect(second.querySelector('time')!.textContent).to.contain('يناير');
    expect(third.querySelector('time')!.textContent).to.match(/[\u2D30-\u2D7F]/);
  });

  it('JSON Feed: fields, item and feed language, and next_url as the next page', async () => {
    const { list, detail } = await mountList(`src="${FEED.jsonFeed}" lang="en" limit="2" more`);
    expect(detail).to.deep.equal({ count: 2 });
    const [first, second] = await renderedCards(list);
    expect(first.querySelector('.summary')!.textContent).to.equal('Un texte');
    expect(first.querySelector('img')!.getAttribute('src')).to.equal(
      new URL('/fixture/media/1.jpg', location.href).href,
    );
    expect(first.querySelector('.meta')!.textContent).to.contain('Rédaction');
    expect(second.querySelector('.meta')!.textContent).to.contain('Amina');
    moreButton(list)!.click();
    await until(() => cards(list).length === 4, 5000, 'four cards');
    expect(cards(list).map((card) => card.getAttribute('lang'))).to.deep.equal(['fr', 'fr', 'ar', 'fr']);
    moreButton(list)!.click();
    await until(() => cards(list).length === 5, 5000, 'five cards (page 2 fetched)');
    expect(await headlines(list)).to.deep.equal(['Premier', 'Deuxième', 'ثالث', 'Quatrième', 'Cinquième']);
    expect(moreButton(list)).to.equal(null);
  });

  it('WordPress: per_page and page on the request, _embed, X-WP-TotalPages for the end, HTML titles as text', async () => {
    const { list, detail } = await mountList(`src="${FEED.wordPress}" lang="fr" limit="5" more`);
    expect(detail).to.deep.equal({ count: 5 });
    const firstPage = await loadJson<{ hits: number }>(
      `/fixture/hits/${encodeURIComponent('wp:?per_page=5&page=1&_embed=')}`,
    );
    expect(firstPage.hits).to.be.at.least(1);
    const [first] = await renderedCards(list);
    expect(first.querySelector('.headline')!.textContent!.trim()).to.equal('Post 1 – council news');
    expect(first.querySelector('.summary')!.textContent).to.equal('Excerpt of post 1 […]');
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('Delegation');
    expect(first.querySelector('.meta')!.textContent).to.contain('Communication');
    for (const count of [10, 14]) {
      moreButton(list)!.click();
      await until(() => cards(list).length === count, 5000, `${count} cards`);
    }
    expect(moreButton(list), 'page 3 of 3 is the last').to.equal(null);
    expect((await headlines(list))[13]).to.equal('Post 14 – council news');
  });
});

describe("jiha-news-list: the library's own articles and the page's list", () => {
  it('`data`: an array of section 3 articles, or {items}', async () => {
    const seed = await loadJson('/data/seed-article.json');
    const list = mount<JihaNewsList>('<jiha-news-list lang="ar"></jiha-news-list>');
    const ready = new Promise<CustomEvent>((resolve) =>
      list.addEventListener('jiha-ready', (event) => resolve(event as CustomEvent), { once: true }),
    );
    list.data = [seed, { headline: 'Second', url: '/second' }];
    expect((await ready).detail).to.deep.equal({ count: 2 });
    expect(await headlines(list)).to.deep.equal([(seed as { headline: string }).headline, 'Second']);
    list.data = { items: [{ headline: 'Only' }] };
    await until(() => cards(list).length === 1, 5000, 'one card');
    expect(await headlines(list)).to.deep.equal(['Only']);
  });

  it('a bad article of the own format names its place (invalid-data)', async () => {
    const host = document.createElement('div');
    host.setAttribute('data-test-host', '');
    document.body.append(host);
    const list = document.createElement('jiha-news-list');
    host.append(list);
    const error = new Promise<CustomEvent<{ code: string; detail: string }>>((resolve) =>
      list.addEventListener('jiha-error', (event) => resolve(event as CustomEvent), { once: true }),
    );
    list.data = [{ headline: 'ok' }, { headline: 'bad date', published: 'yesterday' }];
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-data');
    expect(detail.detail).to.contain('items[1]');
  });

  it('inline JSON', async () => {
    const { list, detail } = await mountList(
      '',
      '<script type="application/json">{"items":[{"headline":"Inline"}]}</script>',
    );
    expect(detail).to.deep.equal({ count: 1 });
    expect(await headlines(list)).to.deep.equal(['Inline']);
  });

  it("the page's own <ul> of links is read as items (headline, link, <time>) and hidden once rendered", async () => {
    const { list } = await mountList(
      'lang="fr"',
      '<ul><li><a href="/a">Première</a> <time datetime="2026-01-17">17 janvier</time></li><li><a href="javascript:alert(1)">Deuxième</a></li><li>no link</li></ul>',
    );
    const [first, second] = await renderedCards(list);
    expect(cards(list).length).to.equal(2);
    expect(first.querySelector('.headline a')!.getAttribute('href')).to.equal('/a');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-17');
    expect(second.querySelector('.headline a')).to.equal(null);
    // Rendered into the shadow root, which has no slot: the page's list is not shown twice.
    expect(list.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(list.querySelector('ul')!.getClientRects().length).to.equal(0);
  });

  it("with `src`, the page's list is the fallback: shown while loading, hidden when ready, shown again under an error", async () => {
    const { list } = await mountList(`src="${FEED.rss}" limit="2"`, '<ul><li><a href="/a">Fallback</a></li></ul>');
    expect(cards(list).length).to.equal(2);
    expect(await headlines(list)).to.not.include('Fallback');
    expect(list.querySelector('ul')!.getClientRects().length).to.equal(0);
    const failed = await mountList('src="/fixture/status/500"', '<ul><li><a href="/a">Fallback</a></li></ul>');
    expect(failed.state).to.equal('error:http-status');
    await until(() => failed.list.shadowRoot!.querySelector('[part="error"]'), 5000, 'error box');
    expect(failed.list.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(failed.list.querySelector('ul')!.getClientRects().length).to.be.above(0);
  });
});

describe('jiha-news-list: errors', () => {
  it('an HTML page is unsupported-format, as is an HTML page served as XML', async () => {
    expect((await mountList('src="/fixture/html"')).state).to.equal('error:unsupported-format');
    const body = encodeURIComponent('<!doctype html><html><body><p>Login</body></html>');
    expect((await mountList(`src="/fixture/typed?type=text/xml&body=${body}"`)).state).to.equal(
      'error:unsupported-format',
    );
  });

  it('malformed XML is invalid-data; HTTP errors are http-status; broken JSON is invalid-json', async () => {
    expect((await mountList('src="/fixture/feed/broken.rss"')).state).to.equal('error:invalid-data');
    expect((await mountList('src="/fixture/status/404"')).state).to.equal('error:http-status');
    expect((await mountList('src="/fixture/typed?type=application/json&body=%7B"')).state).to.equal(
      'error:invalid-json',
    );
  });

  it('an XML document that is no feed is unsupported-format', async () => {
    const body = encodeURIComponent('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>');
    expect((await mountList(`src="/fixture/typed?type=application/xml&body=${body}"`)).state).to.equal(
      'error:unsupported-format',
    );
  });

  it('a failed next page keeps what is shown, says so, and "Try again" loads it', async () => {
    const { list } = await mountList('src="/fixture/feed/jsonfeed-flaky.json" lang="fr" limit="2" more');
    const before = await headlines(list);
    const warn = console.warn;
    console.warn = () => {};
    try {
      moreButton(list)!.click();
      await until(() => list.shadowRoot!.querySelector('[part="more-error"]'), 5000, 'the inline message');
    } finally {
      console.warn = warn;
    }
    expect(shadowText(list, '[part="more-error"]')).to.equal('Impossible de charger plus d’actualités.');
    expect(list.shadowRoot!.querySelector('[part="more-error"]')!.getAttribute('role')).to.equal('alert');
    expect(await headlines(list)).to.deep.equal(before);
    const retry = moreButton(list)!;
    expect(retry.textContent!.trim()).to.equal('Réessayer');
    retry.click();
    await until(() => cards(list).length === 4, 5000, 'page 2 after trying again');
    expect(list.shadowRoot!.querySelector('[part="more-error"]')).to.equal(null);
  });
});

describe('jiha-news-list: every UI language', () => {
  const MORE: Record<string, string> = {
    en: 'More news',
    fr: 'Plus d’actualités',
    ar: 'المزيد من الأخبار',
    zgh: 'ⵓⴳⴳⴰⵔ ⵏ ⵉⵏⵖⵎⵉⵙⵏ',
  };
  for (const [lang, text] of Object.entries(MORE)) {
    it(`${lang}: the button, the direction, the cards' language`, async () => {
      const { list } = await mountList(`src="${FEED.jsonFeed}" lang="${lang}" limit="1" more heading="x"`);
      expect(moreButton(list)!.textContent!.trim()).to.equal(text);
      const frame = list.shadowRoot!.querySelector('.frame')!;
      expect(frame.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await settled(cards(list)[0]);
      // The feed says French: the card is French whatever the page's language.
      expect(cards(list)[0].getAttribute('lang')).to.equal('fr');
    });
  }
});
