/**
 * Contrast of every text of <jiha-geopark-map> against what is really
 * behind it, on a light page and on a dark one (`color-scheme: dark` and a
 * dark background), from computed colours: the parts with no background of
 * their own (the credits, the key to the signs, the list's region names,
 * the way back from the tiles) sit on the page's. 4.5:1, large text 3:1.
 * No emulation is needed: the page's CSS sets the scheme, in every engine.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { textContrastProblems } from '../../a11y/contrast-helpers.js';
import { endMediaEmulation, reduceMotion } from '../../support/media-emulation.js';
import { unmountAll, until } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import {
  endPageScheme,
  forgetConsent,
  marker,
  mountMapAt,
  otherTiles,
  OWN_TILES,
  pageScheme,
  popup,
  root,
} from './helpers.js';

describe('<jiha-geopark-map>: contrast on the page’s own background', () => {
  beforeEach(forgetConsent);
  afterEach(async () => {
    unmountAll();
    endPageScheme();
    forgetConsent();
    await endMediaEmulation();
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['ar', 'fr'] as const) {
      it(`${scheme} page, ${lang}: the question, the key, the credits and an open popup`, async () => {
        pageScheme(scheme);
        await reduceMotion();
        const map = await mountMapAt(360, `lang="${lang}"`);
        expect(root(map).querySelector('[part="consent"]')).to.not.equal(null);
        expect(root(map).querySelector('[part="legend"]')).to.not.equal(null);
        expect(root(map).querySelector('[part="attribution"]')!.textContent).to.match(/\S/);
        marker(map, 'chefchaouen')!.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => popup(map), 3000, 'the popup');
        expect(textContrastProblems(map)).to.deep.equal([]);
      });

      it(`${scheme} page, ${lang}: the list beside the map, and the way back from the street map with the credits`, async () => {
        pageScheme(scheme);
        const map = await mountMapAt(1280, `lang="${lang}" list tiles="${otherTiles()}"`);
        root(map).querySelector<HTMLButtonElement>('[part="consent-button"]')!.click();
        await until(() => root(map).querySelector('[part="tiles-off"]'), 5000, 'the way back');
        expect(textContrastProblems(map)).to.deep.equal([]);
      });
    }
  }

  it('a region heading in the list (sites of no geopark) on a dark page', async () => {
    pageScheme('dark');
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-7, 33] },
          properties: { id: 'a', name: 'A', status: 'site', region: 'MA-05' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-9, 30] },
          properties: { id: 'b', name: 'B', status: 'site', region: 'MA-09' },
        },
      ],
    };
    const map = await mountMapAt(
      1280,
      `lang="fr" list tiles="${OWN_TILES}"`,
      2,
      `<script type="application/json">${JSON.stringify(data)}</script>`,
    );
    expect(root(map).querySelectorAll('.group-name')).to.have.length(2);
    expect(textContrastProblems(map)).to.deep.equal([]);
  });
});
