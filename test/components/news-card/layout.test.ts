/** Direction, variants, heading levels, images and live language changes, as the browser lays them out. */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsCard } from '../../../src/index.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';

const IMAGE = '/test/fixtures/pixel.png';

describe('jiha-news-card: layout and language', () => {
  afterEach(unmountAll);

  it('lays out rtl for Arabic and ltr for French, mirroring the horizontal variant', async () => {
    const container = mount<HTMLDivElement>(`<div style="width: 600px">
      <jiha-news-card lang="ar" variant="horizontal" headline="عنوان" image="${IMAGE}" image-alt=""></jiha-news-card>
      <jiha-news-card lang="fr" variant="horizontal" headline="Titre" image="${IMAGE}" image-alt=""></jiha-news-card></div>`);
    const [ar, fr] = container.querySelectorAll<JihaNewsCard>('jiha-news-card');
    await settled(ar);
    await settled(fr);
    const box = (card: JihaNewsCard, part: string) =>
      card.shadowRoot!.querySelector(`[part=${part}]`)!.getBoundingClientRect();
    expect(getComputedStyle(ar.shadowRoot!.querySelector('[part=card]')!).direction).to.equal('rtl');
    expect(getComputedStyle(fr.shadowRoot!.querySelector('[part=card]')!).direction).to.equal('ltr');
    expect(box(ar, 'media').left).to.be.greaterThan(box(ar, 'headline').left);
    expect(box(fr, 'media').left).to.be.lessThan(box(fr, 'headline').left);
  });

  it('lets an explicit dir on the element win', async () => {
    const element = mount<JihaNewsCard>('<jiha-news-card lang="ar" dir="ltr" headline="عنوان"></jiha-news-card>');
    await settled(element);
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part=card]')!).direction).to.equal('ltr');
  });

  it('follows a live change of <html lang>', async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    try {
      html.setAttribute('lang', 'fr');
      const element = mount<JihaNewsCard>('<jiha-news-card headline="x" views="2"></jiha-news-card>');
      await settled(element);
      const meta = () => element.shadowRoot!.querySelector('[part=meta]')!.textContent!;
      expect(meta()).to.contain('2 vues');
      html.setAttribute('lang', 'ar-MA');
      await until(() => meta().includes('مشاهدتان'), 3000, 'the Arabic plural');
      expect(getComputedStyle(element.shadowRoot!.querySelector('[part=card]')!).direction).to.equal('rtl');
      html.setAttribute('lang', 'zgh');
      await until(() => meta().includes('2 ⵜⵉⵥⵕⵉⵜⵉⵏ'), 3000, 'the Tamazight plural');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('follows a lang change on an ancestor inside a shadow root', async () => {
    const host = mount<HTMLDivElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'en';
    const card = document.createElement('jiha-news-card') as JihaNewsCard;
    card.setAttribute('headline', 'x');
    card.setAttribute('views', '5');
    section.append(card);
    root.append(section);
    await settled(card);
    expect(card.shadowRoot!.querySelector('[part=meta]')!.textContent).to.contain('5 views');
    section.lang = 'ar';
    await until(
      () => card.shadowRoot!.querySelector('[part=meta]')!.textContent!.includes('5 مشاهدات'),
      3000,
      'Arabic',
    );
  });

  it('renders each variant and heading level', async () => {
    const container = mount<HTMLDivElement>(`<div>
      <jiha-news-card variant="full" headline="a" summary="s" image="${IMAGE}"></jiha-news-card>
      <jiha-news-card variant="compact" headline="a" summary="s" image="${IMAGE}" heading-level="2"></jiha-news-card>
      <jiha-news-card variant="bogus" headline="a" heading-level="9"></jiha-news-card></div>`);
    const [full, compact, bogus] = container.querySelectorAll<JihaNewsCard>('jiha-news-card');
    await Promise.all([full, compact, bogus].map(settled));
    expect(full.shadowRoot!.querySelector('[part=media]')).to.not.equal(null);
    expect(full.shadowRoot!.querySelector('[part=summary]')).to.not.equal(null);
    expect(full.shadowRoot!.querySelector('h3')).to.not.equal(null);
    expect(compact.shadowRoot!.querySelector('[part=media]')).to.equal(null);
    expect(compact.shadowRoot!.querySelector('[part=summary]')).to.equal(null);
    expect(compact.shadowRoot!.querySelector('h2')).to.not.equal(null);
    expect(bogus.shadowRoot!.querySelector('h3')).to.not.equal(null);
  });

  it('loads images lazily and falls back gracefully when one fails', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card headline="x" image="/test/fixtures/missing.png" image-alt="A photo"></jiha-news-card>',
    );
    await settled(element);
    const img = element.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    // Test pages may run in background tabs, where lazy images never start: load it now.
    img.loading = 'eager';
    await until(() => element.shadowRoot!.querySelector('.placeholder'), 8000, 'the image placeholder');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal('x');
  });

  it('keeps the meta line readable: separators are CSS, each item in its own list item', async () => {
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="ar" headline="x" source="صدى المغرب" dateline="طنجة" author="هيئة التحرير" views="0"></jiha-news-card>',
    );
    await settled(element);
    const items = [...element.shadowRoot!.querySelectorAll('[part=meta] li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['المصدر: صدى المغرب', 'المكان: طنجة', 'الكاتب: هيئة التحرير', 'لا مشاهدات']);
  });
});
