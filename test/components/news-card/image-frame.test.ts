/**
 * The image sits in a box of fixed shape (16:9 above the text; beside it,
 * as tall as the card and at least 4:3) that keeps its frame when the image
 * fails, with a quiet placeholder filling it, in every variant with an
 * image and both directions: measured geometry, not class names.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsCard } from '../../../src/index.js';
import { contrast, parseColor, over, type Rgba } from '../../a11y/helpers.js';
import { unmountAll, until } from '../../support/helpers.js';
import { cardInBox, seedArticle } from './helpers.js';

const GOOD = '/test/fixtures/pixel.png';
const BROKEN = '/test/fixtures/missing-picture.png';

/** A card with `image`, the image loaded (or failed) now rather than lazily: test pages may be background tabs. */
async function cardWithImage(
  attributes: string,
  image: string,
  width: number,
  container?: HTMLElement,
): Promise<JihaNewsCard> {
  const article = { ...(await seedArticle()), image: { src: image, alt: '' } };
  const card = await cardInBox(attributes, article, width, container);
  const img = card.shadowRoot!.querySelector('img')!;
  img.loading = 'eager';
  if (image === BROKEN) await until(() => !card.shadowRoot!.querySelector('img'), 8000, 'the image to fail');
  else await until(() => img.complete && img.naturalWidth > 0, 8000, 'the image to load');
  return card;
}

const box = (card: JihaNewsCard, selector: string) => card.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

describe('jiha-news-card: the image frame', () => {
  afterEach(unmountAll);

  for (const lang of ['ar', 'fr']) {
    for (const [variant, width] of [
      ['full', 360],
      ['full', 1000],
      ['horizontal', 330], // stacked: the card is narrower than 24em
    ] as const) {
      it(`${lang}, ${variant} at ${width} px: a 16:9 frame whether the image loads or fails`, async () => {
        const loaded = await cardWithImage(`lang="${lang}" variant="${variant}"`, GOOD, width);
        const failed = await cardWithImage(`lang="${lang}" variant="${variant}"`, BROKEN, width);
        for (const [what, card] of [
          ['failed', failed],
          ['loaded', loaded],
        ] as const) {
          const media = box(card, '[part=media]');
          expect(media.height, `${what}: height of a ${Math.round(media.width)} px wide frame`).to.be.closeTo(
            (media.width * 9) / 16,
            1.5,
          );
        }
        const placeholder = box(failed, '[part=media] > *');
        expect(placeholder.width).to.be.closeTo(box(failed, '[part=media]').width, 1);
        expect(placeholder.height).to.be.closeTo(box(failed, '[part=media]').height, 1);
      });
    }

    it(`${lang}, horizontal at 700 px: beside the text, as tall as the card and at least 4:3, loaded or failed`, async () => {
      for (const image of [GOOD, BROKEN]) {
        const card = await cardWithImage(`lang="${lang}" variant="horizontal"`, image, 700);
        const media = box(card, '[part=media]');
        const body = box(card, '.body');
        const cardBox = box(card, '[part=card]');
        expect(media.height, image).to.be.at.least((media.width * 3) / 4 - 1);
        expect(media.height, image).to.be.closeTo(cardBox.height - 2, 1.5); // inside the card's 1 px border
        // Beside the text, on the inline-start side, never over it.
        if (lang === 'ar') expect(media.left, image).to.be.at.least(body.right - 0.5);
        else expect(media.right, image).to.be.at.most(body.left + 0.5);
      }
    });
  }

  it('the placeholder is quiet (close to the card surface) in a light and a dark page, its drawing visible', async () => {
    const page = document.createElement('section');
    page.setAttribute('data-test-host', '');
    document.body.append(page);
    for (const scheme of ['light', 'dark']) {
      page.style.colorScheme = scheme;
      page.style.background = scheme === 'dark' ? '#121417' : '#ffffff';
      const card = await cardWithImage('lang="ar"', BROKEN, 360, page);
      const placeholder = card.shadowRoot!.querySelector('[part=media] > *')!;
      const surface = parseColor(getComputedStyle(card.shadowRoot!.querySelector('[part=card]')!).backgroundColor);
      const fill = over(parseColor(getComputedStyle(placeholder).backgroundColor), surface);
      const drawing: Rgba = over(parseColor(getComputedStyle(placeholder).color), fill);
      expect(contrast(fill, surface), `${scheme}: fill against the surface`).to.be.below(1.3);
      expect(contrast(drawing, fill), `${scheme}: drawing against the fill`).to.be.at.least(3);
    }
  });
});
