/**
 * A map with `selected` from the start shows the place within its region
 * (issue 19): the whole region fits the view at the map's zoom, the place is
 * in view with its popup open and its marker uncovered; not a close-up of a
 * strip of coast. Four languages, a phone and a desktop.
 */
import { expect } from '@open-wc/testing';
import { endMediaEmulation } from '../../support/media-emulation.js';
import { unmountAll, until } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import { coveredBy, LANGUAGES, mountMapAt, OWN_TILES, popup, popupBox, showing } from './helpers.js';

type Box = [[number, number], [number, number]];
/** Two places and the box around their region's shape (data/morocco-regions-12.geojson). */
const PLACES: Array<[id: string, place: [number, number], region: Box]> = [
  [
    'chefchaouen',
    [35.2, -5.15],
    [
      [34.51, -6.25],
      [35.92, -3.8],
    ],
  ],
  [
    'ouzoud',
    [32.015, -6.719],
    [
      [31.33, -7.33],
      [33.48, -5.24],
    ],
  ],
];

describe('<jiha-geopark-map selected>: the place within its region', () => {
  afterEach(async () => {
    unmountAll();
    await endMediaEmulation();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of LANGUAGES) {
    for (const width of [360, 1280]) {
      for (const [id, place, region] of PLACES) {
        it(`${lang}, ${width} px, ${id}: its whole region fits the view, the place in view with its popup`, async () => {
          const map = await mountMapAt(width, `lang="${lang}" tiles="${OWN_TILES}" selected="${id}"`);
          await until(() => popup(map), 5000, 'the popup');
          const leaflet = map.leafletMap!;
          // The region fits at this zoom (the popup's placement may then have moved the view a little).
          expect(leaflet.getZoom(), 'zoom').to.be.at.most(leaflet.getBoundsZoom(region) + 1e-9);
          expect(leaflet.getBounds().contains(place), 'the place in view').to.equal(true);
          expect(leaflet.getBounds().intersects(region)).to.equal(true);
          // Its marker (or the cluster holding it) is on top, under the popup's tip.
          const shown = showing(map, id)!;
          expect(coveredBy(shown), 'the place under its popup').to.equal(undefined);
          const tip = popupBox(map)!.getBoundingClientRect();
          expect(shown.getBoundingClientRect().top).to.be.at.least(tip.bottom - 0.5);
        });
      }
    }
  }

  it('with center and zoom set by the page, keeps that view and opens the popup', async () => {
    const map = await mountMapAt(800, `lang="fr" tiles="${OWN_TILES}" selected="ouzoud" center="32,-6.6" zoom="10"`);
    await until(() => popup(map), 5000, 'the popup');
    expect(map.leafletMap!.getZoom()).to.equal(10);
    expect(map.leafletMap!.getBounds().contains([32.015, -6.719])).to.equal(true);
  });
});
