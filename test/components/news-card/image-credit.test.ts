/**
 * The image credit (`image-credit`, JSON `image.credit`, schema.org
 * `creditText`): a line under the image (part `credit`), in the fallbacks,
 * and in every list written from the element (builder, embed page).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsCard } from '../../../src/index.js';
import { newsCardFallback } from '../../../src/fallback/index.js';
import { articleFromAttributes } from '../../../src/components/news-card/article-model.js';
import { parseArticle } from '../../../src/components/news-card/article.js';
import { snippetFallback } from '../../../src/builder/snippet-fallback.js';
import { readEmbedParams } from '../../../src/embed/embed-params.js';
import { widgetByName } from '../../../src/embed/widgets.js';
import { mount, settled, unmountAll } from '../../support/helpers.js';
import { cardInBox, seedArticle } from './helpers.js';

const IMAGE = '/test/fixtures/pixel.png';
const CREDIT = 'Photo : MAP';

async function card(markup: string): Promise<JihaNewsCard> {
  const element = mount<JihaNewsCard>(markup);
  await settled(element);
  return element;
}

const creditOf = (element: JihaNewsCard) => element.shadowRoot!.querySelector('[part~="credit"]');

describe('jiha-news-card: image credit', () => {
  afterEach(unmountAll);

  it('image-credit is a line under the image, part credit, in the article’s language', async () => {
    const element = await card(
      `<jiha-news-card lang="fr" headline="Titre" image="${IMAGE}" image-alt="" image-credit="${CREDIT}"></jiha-news-card>`,
    );
    const credit = creditOf(element)!;
    expect(credit.textContent).to.equal(CREDIT);
    expect(credit.localName).to.equal('figcaption');
    const media = element.shadowRoot!.querySelector('[part~="media"]')!;
    expect(credit.getBoundingClientRect().top).to.be.at.least(media.getBoundingClientRect().bottom - 0.5);
  });

  it('follows the attribute when it changes, and goes with it', async () => {
    const element = await card(`<jiha-news-card headline="Titre" image="${IMAGE}"></jiha-news-card>`);
    expect(creditOf(element)).to.equal(null);
    element.setAttribute('image-credit', CREDIT);
    await settled(element);
    expect(creditOf(element)?.textContent).to.equal(CREDIT);
    element.removeAttribute('image-credit');
    await settled(element);
    expect(creditOf(element)).to.equal(null);
  });

  it('no image, or the compact variant: no credit', async () => {
    const without = await card(`<jiha-news-card headline="Titre" image-credit="${CREDIT}"></jiha-news-card>`);
    expect(creditOf(without)).to.equal(null);
    const compact = await card(
      `<jiha-news-card variant="compact" headline="Titre" image="${IMAGE}" image-credit="${CREDIT}"></jiha-news-card>`,
    );
    expect(creditOf(compact)).to.equal(null);
  });

  it('beside the text (horizontal), the credit stays under the image, in its column', async () => {
    const article = { ...(await seedArticle()), image: { src: IMAGE, alt: '', credit: CREDIT } };
    const element = await cardInBox('lang="ar" variant="horizontal"', article, 700);
    const credit = creditOf(element)!.getBoundingClientRect();
    const media = element.shadowRoot!.querySelector('[part~="media"]')!.getBoundingClientRect();
    expect(credit.top).to.be.at.least(media.bottom - 0.5);
    expect(Math.abs(credit.left - media.left)).to.be.below(1);
    expect(Math.abs(credit.width - media.width)).to.be.below(1);
  });

  it('read from JSON (image.credit) and schema.org (creditText)', async () => {
    const jiha = await parseArticle({ headline: 'Titre', image: { src: IMAGE, credit: CREDIT } });
    expect(jiha.image?.credit).to.equal(CREDIT);
    const schema = await parseArticle({
      '@type': 'NewsArticle',
      headline: 'Titre',
      image: { '@type': 'ImageObject', url: IMAGE, creditText: CREDIT },
    });
    expect(schema.image?.credit).to.equal(CREDIT);
  });

  it('the fallback prints it after the summary, escaped, only with an image', () => {
    const language = { tag: 'fr', ui: 'fr', dir: 'ltr' } as const;
    const withImage = newsCardFallback(
      { headline: 'Titre', image: { src: IMAGE, credit: '<b>MAP</b>' }, tags: [] },
      language,
    );
    expect(withImage).to.contain('<p><small>&lt;b&gt;MAP&lt;/b&gt;</small></p>');
    const attributes = { headline: 'Titre', imageCredit: CREDIT } as const;
    const none = Object.fromEntries(
      ['summary', 'href', 'image', 'imageAlt', 'source', 'dateline', 'author', 'published', 'views'].map((name) => [
        name,
        null,
      ]),
    );
    const article = articleFromAttributes({ ...none, ...attributes } as Parameters<typeof articleFromAttributes>[0]);
    expect(newsCardFallback(article!, language)).not.to.contain('small');
  });

  it('reaches the builder (a field, and the fallback) and the embed page (a parameter)', async () => {
    const widget = widgetByName('news-card')!;
    expect(widget.fields.find((field) => field.name === 'image-credit')).to.deep.equal({
      name: 'image-credit',
      property: 'imageCredit',
      kind: 'text',
    });
    const fallback = await snippetFallback({
      widget,
      base: '/',
      lang: 'fr',
      dir: '',
      attributes: [
        ['headline', 'Titre'],
        ['image', 'https://example.org/photo.jpg'],
        ['image-credit', CREDIT],
      ],
      data: '',
      title: 'Titre',
      id: 'card-1',
    });
    expect(fallback).to.contain(`<small>${CREDIT}</small>`);
    const plan = readEmbedParams(`?widget=news-card&headline=Titre&image-credit=${encodeURIComponent(CREDIT)}`);
    expect(plan.problem).to.equal(undefined);
    expect(plan.attributes).to.deep.include(['image-credit', CREDIT]);
  });
});
