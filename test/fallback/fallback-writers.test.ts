/**
 * The fallback writers (src/fallback/): every XSS payload and naughty
 * string in every text of every element's fallback, and in its links'
 * addresses. Parsed back as HTML, the markup holds only the writer's own
 * elements, no `on*` attribute or unsafe URL, and each text comes back as
 * the same text.
 */
import { expect } from '@open-wc/testing';
import {
  geoparkMapFallback,
  isoBadgeFallback,
  newsCardFallback,
  newsListFallback,
  newsSiteFallback,
  timelineFallback,
} from '../../src/fallback/index.js';
import type { Article } from '../../src/components/news-card/article-model.js';
import type { Certificate } from '../../src/components/iso-badge/certificate.js';
import type { GeoparkFeature } from '../../src/components/geopark-map/places/geopark-model.js';
import type { Timeline } from '../../src/components/cooperation-timeline/model.js';
import { inLanguage, loadLanguage } from '../../src/i18n/localize.js';
import { geoparkStrings } from '../../src/locales/geopark.js';
import { isoStrings } from '../../src/locales/iso.js';
import type { LanguageContext } from '../../src/i18n/language.js';
import { auditTree, fold, loadPayloads, type Payload } from '../support/hostile-input-helpers.js';

const FR: LanguageContext = { tag: 'fr', ui: 'fr', dir: 'ltr' };
const day = { date: new Date(Date.UTC(2026, 0, 17, 12)), precision: 'day' as const, iso: '2026-01-17' };

/** The markup parsed as a page would parse it. */
function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** Text as the HTML parser gives it back: NUL becomes U+FFFD, white space folded. */
const asParsed = (text: string) => fold(text.replace(/\0/g, '\uFFFD').replace(/\r\n?/g, '\n'));

const tags = (fragment: DocumentFragment) =>
  [...new Set([...fragment.querySelectorAll('*')].map((node) => node.localName))].sort();

function writers(payload: string): Array<{ name: string; markup: string; allowed: string[] }> {
  const url = `https://example.org/?q=${payload}`;
  const article: Article = {
    headline: payload,
    summary: payload,
    url,
    image: { src: 'https://example.org/photo.jpg', credit: payload },
    source: payload,
    published: day,
    tags: [],
  };
  const certificate: Certificate = {
    number: '9001',
    edition: 2015,
    holder: payload,
    expires: day,
    verifyUrl: url,
  } as Certificate;
  const feature = {
    id: 'x',
    name: payload,
    status: 'aspiring',
    region: { name: payload },
    url,
    polygons: [],
    anchor: [31, -6],
  } as GeoparkFeature;
  const timeline = {
    partners: [{ id: 'a', name: payload, color: payload }],
    events: [
      {
        index: 0,
        start: day,
        title: payload,
        summary: payload,
        category: 'visit',
        partners: ['a'],
        url,
        sources: [],
        uncertain: false,
      },
    ],
  } as unknown as Timeline;
  return inLanguage('fr', () => [
    { name: 'news card', markup: newsCardFallback(article, FR), allowed: ['a', 'h3', 'p', 'small', 'span', 'time'] },
    {
      name: 'badge',
      markup: isoBadgeFallback(certificate, 'valid', FR),
      allowed: ['a', 'p', 'span', 'strong', 'time'],
    },
    { name: 'map', markup: geoparkMapFallback([feature], FR), allowed: ['a', 'li', 'span', 'ul'] },
    {
      name: 'timeline',
      markup: timelineFallback(timeline, FR),
      allowed: ['a', 'li', 'ol', 'p', 'strong', 'time', 'ul'],
    },
    {
      name: 'news list',
      markup: newsListFallback([article, article], FR, { limit: 6 }),
      allowed: ['a', 'li', 'time', 'ul'],
    },
  ]);
}

describe('fallback writers: hostile text stays text', () => {
  let payloads: Payload[] = [];
  before(async () => {
    payloads = await loadPayloads();
    await loadLanguage('fr', [isoStrings, geoparkStrings]);
  });

  it('every payload in every field of every fallback', () => {
    expect(payloads.length).to.be.greaterThan(100);
    const problems: string[] = [];
    for (const { list, index, text } of payloads) {
      for (const { name, markup, allowed } of writers(text)) {
        const fragment = parse(markup);
        const where = `${list}[${index}] ${name}`;
        const found = tags(fragment).filter((tag) => !allowed.includes(tag));
        if (found.length) problems.push(`${where}: elements ${found.join(', ')}`);
        problems.push(...auditTree(fragment).map((problem) => `${where}: ${problem}`));
        const links = [...fragment.querySelectorAll('a')];
        if (
          !links.every(
            (link) => asParsed(link.getAttribute('href') ?? '') === asParsed(`https://example.org/?q=${text}`),
          )
        )
          problems.push(`${where}: address changed`);
        if (asParsed(text) && !fold(fragment.textContent ?? '').includes(asParsed(text)))
          problems.push(`${where}: text changed`);
      }
    }
    expect(problems.slice(0, 10), `${problems.length} problems`).to.deep.equal([]);
  });

  it("the news list's link to its feed's site: every payload as the heading, in the feed address, and as the address", () => {
    const problems: string[] = [];
    let links = 0;
    for (const { list, index, text } of payloads) {
      const where = `${list}[${index}]`;
      const named = parse(newsSiteFallback(`https://example.org/feed/?q=${text}`, text));
      const link = named.querySelector('a');
      if (link?.getAttribute('href') !== 'https://example.org/')
        problems.push(`${where}: not a link to the feed's site`);
      // A heading of only white space names the link by the site's host.
      if (asParsed(text) && fold(link?.textContent ?? '') !== asParsed(text).trim())
        problems.push(`${where}: heading changed`);
      for (const markup of [newsSiteFallback(text, 'News'), newsSiteFallback(`/feed/${text}`, null)]) {
        const fragment = parse(markup);
        const found = tags(fragment).filter((tag) => !['a', 'p'].includes(tag));
        if (found.length) problems.push(`${where}: elements ${found.join(', ')}`);
        problems.push(...auditTree(fragment).map((problem) => `${where}: ${problem}`));
        for (const anchor of fragment.querySelectorAll('a')) {
          links += 1;
          if (!/^(https?:\/\/[^/]+\/|\/)$/.test(anchor.getAttribute('href') ?? ''))
            problems.push(`${where}: links to ${anchor.getAttribute('href')}`);
        }
      }
    }
    expect(problems.slice(0, 10), `${problems.length} problems`).to.deep.equal([]);
    expect(links, 'payloads that are addresses still give a link').to.be.greaterThan(0);
  });

  it("the news list's fallback: the first `limit` items, each a link with its date, read back by the list as the same items", async () => {
    const items: Article[] = ['Un', 'Deux', 'Trois'].map((headline, i) => ({
      headline,
      url: `/news/${i}`,
      published: day,
      lang: i === 1 ? 'ar' : undefined,
      tags: [],
    }));
    const markup = newsListFallback(items, FR, { limit: 2 });
    expect(markup).to.equal(
      '<ul>\n  <li><a href="/news/0">Un</a> <time datetime="2026-01-17">17 janvier 2026</time></li>\n  <li lang="ar"><a href="/news/1">Deux</a> <time datetime="2026-01-17">17 janvier 2026</time></li>\n</ul>',
    );
    const { readLightDomList } = await import('../../src/components/news-list/light-dom-items.js');
    const read = readLightDomList(parse(markup).querySelector('ul')!);
    expect(
      read.map(({ headline, url, published, lang }) => ({ headline, url, iso: published?.iso, lang })),
    ).to.deep.equal([
      { headline: 'Un', url: '/news/0', iso: '2026-01-17', lang: undefined },
      { headline: 'Deux', url: '/news/1', iso: '2026-01-17', lang: 'ar' },
    ]);
    expect(newsSiteFallback('/wp-json/wp/v2/posts', 'Actualités'), "a feed on the page's own site").to.equal(
      '<p><a href="/">Actualités</a></p>',
    );
    expect(newsSiteFallback('/wp-json/wp/v2/posts', null), 'nothing to name it').to.equal('');
    expect(newsSiteFallback('https://www.region.ma/feed/', null)).to.equal(
      '<p><a href="https://www.region.ma/">www.region.ma</a></p>',
    );
    expect(newsSiteFallback('javascript:alert(1)', 'News')).to.equal('');
    expect(newsSiteFallback('https://editor:secret@www.region.ma:8443/feed/', null), 'no credentials').to.equal(
      '<p><a href="https://www.region.ma:8443/">www.region.ma:8443</a></p>',
    );
  });
});
