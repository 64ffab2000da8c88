import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsCard } from '../../../src/index.js';
import { loadJson, mount, settled, shadowText, unmountAll } from '../../support/helpers.js';

interface Seed {
  headline: string;
  headline_fr: string;
  headline_en: string;
  summary: string;
  url: string;
  source: string;
  dateline: string;
  author: string;
  published: string;
  views: number;
}

let seed: Seed;

/** The seed article in the library's own format, texts keyed by language. */
function seedData(): Record<string, unknown> {
  return {
    headline: { ar: seed.headline, fr: seed.headline_fr, en: seed.headline_en },
    summary: seed.summary,
    url: seed.url,
    source: seed.source,
    dateline: seed.dateline,
    author: seed.author,
    published: seed.published,
    views: seed.views,
    lang: 'ar',
  };
}

async function card(markup: string, data?: unknown): Promise<JihaNewsCard> {
  const element = mount<JihaNewsCard>(markup);
  if (data !== undefined) element.data = data;
  await settled(element);
  return element;
}

describe('jiha-news-card: the seed article', () => {
  before(async () => {
    seed = await loadJson('/data/seed-article.json');
  });
  afterEach(unmountAll);

  it('reads the meta line in Arabic as the contract gives it', async () => {
    const element = await card('<jiha-news-card lang="ar" time-zone="Africa/Casablanca"></jiha-news-card>', seedData());
    const time = element.shadowRoot!.querySelector('time')!;
    expect(time.textContent).to.equal('السبت 17 يناير 2026 – 20:22');
    expect(time.getAttribute('datetime')).to.equal('2026-01-17T20:22:00+01:00');
    const meta = shadowText(element, '[part=meta]');
    expect(meta).to.contain('صدى المغرب');
    expect(meta).to.contain('طنجة');
    expect(meta).to.contain('هيئة التحرير');
    expect(meta).to.contain('مشاهدتان');
    expect(shadowText(element, '[part=headline]')).to.equal(seed.headline);
  });

  it('formats the date in French', async () => {
    const element = await card('<jiha-news-card lang="fr" time-zone="Africa/Casablanca"></jiha-news-card>', seedData());
    expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('samedi 17 janvier 2026 – 20:22');
    expect(shadowText(element, '[part=headline]')).to.equal(seed.headline_fr);
    expect(shadowText(element, '[part=meta]')).to.contain('2 vues');
  });

  it('formats the date in English', async () => {
    const element = await card('<jiha-news-card lang="en" time-zone="Africa/Casablanca"></jiha-news-card>', seedData());
    expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('Saturday, January 17, 2026 – 8:22 PM');
    expect(shadowText(element, '[part=headline]')).to.equal(seed.headline_en);
    expect(shadowText(element, '[part=meta]')).to.contain('2 views');
  });

  it('formats the date in Tamazight with Tifinagh names shipped by the library', async () => {
    const element = await card(
      '<jiha-news-card lang="zgh" time-zone="Africa/Casablanca"></jiha-news-card>',
      seedData(),
    );
    expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('ⴰⵙⵉⴹⵢⴰⵙ 17 ⵉⵏⵏⴰⵢⵔ 2026 – 20:22');
    // No Tamazight headline in the data: French is the first fallback.
    expect(shadowText(element, '[part=headline]')).to.equal(seed.headline_fr);
  });

  it('uses the time-zone attribute', async () => {
    const element = await card('<jiha-news-card lang="fr" time-zone="Asia/Tokyo"></jiha-news-card>', seedData());
    expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('dimanche 18 janvier 2026 – 04:22');
  });
});

describe('jiha-news-card: Arabic plural forms of views', () => {
  afterEach(unmountAll);
  const expected: Array<[number, string]> = [
    [0, 'لا مشاهدات'],
    [1, 'مشاهدة واحدة'],
    [2, 'مشاهدتان'],
    [3, '3 مشاهدات'],
    [10, '10 مشاهدات'],
    [11, '11 مشاهدة'],
    [99, '99 مشاهدة'],
    [100, '100 مشاهدة'],
    [103, '103 مشاهدات'],
  ];
  for (const [views, text] of expected) {
    it(`${views} → ${text}`, async () => {
      const element = await card(`<jiha-news-card lang="ar" headline="عنوان" views="${views}"></jiha-news-card>`);
      const items = [...element.shadowRoot!.querySelectorAll('[part=meta] li')].map((li) => li.textContent!.trim());
      expect(items).to.include(text);
    });
  }
});
