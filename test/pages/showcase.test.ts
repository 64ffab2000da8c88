/**
 * The showcase, `npm start`'s first page, as built for any static server
 * (dist/showcase/, loading dist/jiha.js) and served with the contract's CSP:
 * it loads with every widget ready and nothing reported (no CSP refusal, no
 * uncaught error, no console.error), never scrolls sideways at 360 px, its
 * language links switch the page and every widget live (and lead to the
 * same page written in that language), its "dark page" switch turns the
 * page and the widgets dark, and no request leaves the page's origin.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { pageFileName, type PageLanguage } from '../../demo/page-translation.mjs';
import { itIn } from '../support/engine.js';
import { until } from '../support/helpers.js';
import {
  foreignResources,
  homeReady,
  openShowcase,
  pageTables,
  scrollsSideways,
  widgetsIn,
  wrongTexts,
  type OpenedPage,
} from './showcase-helpers.js';

/** Every language, the page's first (Arabic) last, so each link is pressed once from another language. */
const SWITCHES: PageLanguage[] = ['fr', 'zgh', 'en', 'ar'];

async function switchLanguage({ doc }: OpenedPage, language: PageLanguage): Promise<void> {
  doc.querySelector<HTMLAnchorElement>(`a[data-language="${language}"]`)!.click();
  await until(() => doc.documentElement.lang === language, 4000, `<html lang="${language}">`);
}

/** The surface colour of the first news card, as its `[part=card]` paints it. */
function cardSurface(doc: Document): string {
  const card = doc.querySelector('jiha-news-list')!.shadowRoot!.querySelector('jiha-news-card')!;
  return getComputedStyle(card.shadowRoot!.querySelector('[part=card]')!).backgroundColor;
}

/** Relative luminance of an `rgb()` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('showcase: the council home page on the built library', function () {
  this.timeout(120000);
  let opened: OpenedPage | undefined;
  afterEach(() => opened?.frame.remove());

  it('serves every language of the home page with the strict page’s CSP header', async () => {
    const strict = (await fetch('/test/fixtures/strict-page.csp.html')).headers.get('content-security-policy');
    expect(strict, 'the strict page’s header').to.contain("require-trusted-types-for 'script'");
    for (const language of SWITCHES) {
      const response = await fetch(`/dist/showcase/${pageFileName('index.html', language)}`);
      expect(response.status, language).to.equal(200);
      expect(response.headers.get('content-security-policy'), language).to.equal(strict);
    }
  });

  it('loads at 360 px with every widget ready, stays within the width in every language, and reports nothing', async () => {
    opened = await openShowcase('index.html', 360);
    const { doc, win, problems } = opened;
    await homeReady(opened);
    await widgetsIn(doc, 'ar');
    expect(scrollsSideways(doc), 'Arabic at 360 px scrolls sideways').to.equal(false);
    // The certificates as of the article's day (the footer says so), whatever day the test runs.
    const states = [...doc.querySelectorAll('jiha-iso-badge')].map((badge) => badge.getAttribute('state'));
    expect(states).to.deep.equal(['valid', 'valid', 'valid']);
    for (const language of SWITCHES) {
      await switchLanguage(opened, language);
      await widgetsIn(doc, language);
      expect(scrollsSideways(doc), `${language} at 360 px scrolls sideways`).to.equal(false);
    }
    expect(foreignResources(win), 'resources from another origin').to.deep.equal([]);
    expect(problems, 'CSP refusals, uncaught errors, console errors').to.deep.equal([]);
  });

  it('switches language live: every widget, every page text and the address follow', async () => {
    const tables = await pageTables();
    opened = await openShowcase('index.html', 1280, 900);
    const { doc, win, problems } = opened;
    const widgets = await homeReady(opened);
    // A list, a timeline, a map, three badges and the list's three cards.
    expect(widgets.map((widget) => widget.localName).sort()).to.deep.equal(
      [
        'jiha-cooperation-timeline',
        'jiha-geopark-map',
        'jiha-iso-badge',
        'jiha-iso-badge',
        'jiha-iso-badge',
        'jiha-news-card',
        'jiha-news-card',
        'jiha-news-card',
        'jiha-news-list',
      ].sort(),
    );
    expect(wrongTexts(doc, 'ar', tables), 'Arabic texts').to.deep.equal([]);
    for (const language of SWITCHES) {
      await switchLanguage(opened, language);
      expect(doc.documentElement.dir).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      await widgetsIn(doc, language);
      expect(wrongTexts(doc, language, tables), `${language} texts`).to.deep.equal([]);
      expect(win.location.pathname, 'the address').to.equal(`/dist/showcase/${pageFileName('index.html', language)}`);
      const current = [...doc.querySelectorAll('[data-language][aria-current="true"]')].map(
        (link) => (link as HTMLElement).dataset.language,
      );
      expect(current, 'the current language link').to.deep.equal([language]);
    }
    expect(problems, 'CSP refusals, uncaught errors, console errors').to.deep.equal([]);
  });

  it('opens each language link’s page already written in that language, before any widget upgrades', async () => {
    const tables = await pageTables();
    for (const language of ['fr', 'zgh'] as const) {
      const html = await (await fetch(`/dist/showcase/${pageFileName('index.html', language)}`)).text();
      const page = new DOMParser().parseFromString(html, 'text/html');
      expect(page.documentElement.lang).to.equal(language);
      expect(wrongTexts(page, language, tables), `${language} texts as served`).to.deep.equal([]);
    }
    opened = await openShowcase('index.fr.html', 1280, 900);
    await homeReady(opened);
    await widgetsIn(opened.doc, 'fr');
    expect(opened.problems).to.deep.equal([]);
  });

  it('carries each widget’s content as plain HTML, for visitors and crawlers without JavaScript', async () => {
    for (const language of ['ar', 'fr'] as const) {
      const html = await (await fetch(`/dist/showcase/${pageFileName('index.html', language)}`)).text();
      const page = new DOMParser().parseFromString(html, 'text/html');
      const inside = (tag: string, selector: string) => [...page.querySelectorAll(`${tag} ${selector}`)];
      expect(inside('jiha-news-list', 'li h3 a[href^="https:"]').length, `${language} news links`).to.equal(3);
      expect(inside('jiha-news-list', 'li time[datetime]').length, `${language} news dates`).to.equal(3);
      expect(inside('jiha-cooperation-timeline', 'ol > li > time[datetime]').length, `${language} events`).to.equal(11);
      expect(inside('jiha-geopark-map', 'li').length, `${language} places`).to.equal(2);
      for (const badge of page.querySelectorAll('jiha-iso-badge')) {
        expect(badge.querySelector('time[datetime="2026-12-27"]'), `${language} badge end date`).to.exist;
        expect(badge.querySelector('a[href^="https:"]'), `${language} badge verify link`).to.exist;
      }
    }
  });

  it('tells only the repository’s story: the seed article and events of data/timeline.json', async () => {
    const [seed, shared, news] = await Promise.all(
      ['/data/seed-article.json', '/data/timeline.json', '/dist/showcase/content/news.json'].map((path) =>
        fetch(path).then((response) => response.json()),
      ),
    );
    const [article] = news.items;
    expect(article.headline.ar).to.equal(seed.headline);
    expect([article.url, article.published, article.views]).to.deep.equal([seed.url, seed.published, seed.views]);
    const html = await (await fetch('/dist/showcase/index.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const timeline = JSON.parse(page.querySelector('jiha-cooperation-timeline script')!.textContent!);
    const sharedDates = new Set(shared.events.map((event: { date: string }) => event.date));
    const sharedTitles = new Set(shared.events.map((event: { title_ar: string }) => event.title_ar));
    for (const event of timeline.events) {
      expect(sharedDates.has(event.date), `${event.date} is a date of data/timeline.json`).to.equal(true);
      expect(sharedTitles.has(event.title.ar), `${event.date}: the Arabic title of data/timeline.json`).to.equal(true);
    }
    // The news items after the seed say they are demo texts, in every language they are written in.
    for (const item of news.items.slice(1)) expect(item.source.fr).to.equal('Texte de démonstration');
  });

  it('turns the page and the widgets dark with “dark page”, and light again', async () => {
    opened = await openShowcase('index.html', 1280, 900);
    const { doc, win, problems } = opened;
    await homeReady(opened);
    const toggle = doc.querySelector<HTMLButtonElement>('.scheme-toggle')!;
    expect(getComputedStyle(toggle).visibility, 'the toggle shows once the script runs').to.equal('visible');
    expect(luminance(cardSurface(doc)), 'a light card on the light page').to.be.above(0.8);
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
    await until(() => luminance(cardSurface(doc)) < 0.05, 4000, 'a dark card on the dark page');
    expect(new URL(win.location.href).searchParams.get('scheme')).to.equal('dark');
    toggle.click();
    await until(() => luminance(cardSurface(doc)) > 0.8, 4000, 'a light card again');
    expect(problems).to.deep.equal([]);
  });

  // The DevTools protocol sees every request and console line of the frame from its first byte.
  itIn(['chromium'], 'reads the DevTools network log and console')(
    'sends no request off the page’s origin and writes no console error, through switches and “more news”',
    async () => {
      await executeServerCommand('network-log', { action: 'start', block: ['https://*'] });
      await executeServerCommand('console-watch');
      try {
        opened = await openShowcase('index.html', 1280, 900);
        const { doc } = opened;
        await homeReady(opened);
        await switchLanguage(opened, 'fr');
        await widgetsIn(doc, 'fr');
        doc.querySelector<HTMLButtonElement>('.scheme-toggle')!.click();
        const list = doc.querySelector('jiha-news-list')!.shadowRoot!;
        list.querySelector<HTMLButtonElement>('[part=more]')!.click();
        await until(() => list.querySelectorAll('jiha-news-card').length === 5, 8000, 'the next news');
        const requests = await executeServerCommand<{ url: string }[], unknown>('network-log', { action: 'read' });
        const own = location.origin;
        expect(requests.length, 'requests recorded').to.be.above(5);
        expect(
          requests.map(({ url }) => url).filter((url) => /^https?:/.test(url) && new URL(url).origin !== own),
          'requests off the origin',
        ).to.deep.equal([]);
        const messages = await executeServerCommand<{ type: string; text: string }[], undefined>('console-read');
        expect(
          messages.filter(
            (message) =>
              message.type === 'error' ||
              message.type === 'pageerror' ||
              /Content.Security.Policy|Trusted.?Type|Refused to/i.test(message.text),
          ),
          'console errors',
        ).to.deep.equal([]);
      } finally {
        await executeServerCommand('network-log', { action: 'stop' });
      }
    },
  );
});

describe('showcase: the page for decision makers', function () {
  this.timeout(120000);
  let opened: OpenedPage | undefined;
  afterEach(() => opened?.frame.remove());

  it('shows the home page in a 360 px phone frame and a 1280 px desktop one, in the page’s language', async () => {
    opened = await openShowcase('overview.fr.html', 1280, 900);
    const phone = opened.doc.querySelector<HTMLIFrameElement>('.phone iframe')!;
    expect(new URL(phone.src).pathname).to.equal('/dist/showcase/index.fr.html');
    const inner = await until(
      () => (phone.contentDocument?.querySelector('jiha-news-list')?.shadowRoot ? phone.contentDocument : null),
      20000,
      'the home page in the phone frame',
    );
    // Laid out at a phone's 360 px, whatever room the engine's scrollbar takes; the desktop frame at 1280 px.
    await until(() => inner.documentElement.clientWidth === 360, 8000, 'a 360 px layout in the phone frame');
    const desktop = opened.doc.querySelector<HTMLIFrameElement>('.desktop iframe')!;
    await until(
      () => desktop.contentDocument?.documentElement.clientWidth === 1280,
      20000,
      'a 1280 px layout in the desktop frame',
    );
    expect(scrollsSideways(inner), 'the phone frame scrolls sideways').to.equal(false);
    expect(opened.problems).to.deep.equal([]);
  });

  it('fits a 360 px screen itself', async () => {
    opened = await openShowcase('overview.html', 360);
    await until(
      () => opened!.doc.querySelector<HTMLElement>('.scheme-toggle:not([data-needs-script])'),
      8000,
      'its script',
    );
    expect(scrollsSideways(opened.doc), 'the page scrolls sideways').to.equal(false);
    expect(opened.problems).to.deep.equal([]);
  });
});
