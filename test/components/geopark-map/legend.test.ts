/**
 * The key to the map's signs (issue 19): under the map, part `legend`, one
 * entry per status the data has and one for a group of places, each its
 * sign and its name in the element's language. The signs differ by shape,
 * not only by colour: drawn in one colour (forced colours) they still
 * differ.
 */
import { expect } from '@open-wc/testing';
import { endMediaEmulation } from '../../support/media-emulation.js';
import { unmountAll } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import { drawing, LANGUAGES, mountMapAt, OWN_TILES, root } from './helpers.js';

const STATUS_NAMES: Record<string, string[]> = {
  en: ['UNESCO Global Geopark', 'Aspiring UNESCO Global Geopark (not designated)', 'Geosite'],
  fr: ['Géoparc mondial UNESCO', 'Candidat au label de géoparc mondial UNESCO (non labellisé)', 'Géosite'],
  ar: ['جيوبارك عالمي لليونسكو', 'مرشح لتسمية جيوبارك عالمي لليونسكو (غير مصنف)', 'موقع جيولوجي'],
  zgh: ['ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ', 'ⵉⵙⵓⵜⵔ ⴰⵙⵎⵉⵍ ⵏ ⵓⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ (ⵓⵔ ⵉⵍⴽⵉⵎ)', 'ⴰⵏⵙⴰ ⴰⵊⵢⵓⵍⵓⵊⵉ'],
};

/** A sign's drawing without its colours: which shapes, with which geometry and dashes. */
function shapeOf(sign: Element): string {
  return [...sign.querySelectorAll('svg *, .count')]
    .map((node) => {
      const style = getComputedStyle(node);
      const geometry = ['d', 'r', 'width', 'rx'].map((name) => node.getAttribute(name) ?? '').join(',');
      return `${node.localName}(${geometry}) dash=${style.strokeDasharray} fill=${style.fill === 'none' ? 'none' : 'paint'}`;
    })
    .join(' ');
}

describe('<jiha-geopark-map>: the map key', () => {
  afterEach(async () => {
    unmountAll();
    await endMediaEmulation();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: under the map, each status of the data by its sign and localised name, and the group sign`, async () => {
      const map = await mountMapAt(360, `lang="${lang}" tiles="${OWN_TILES}"`);
      const legend = root(map).querySelector<HTMLElement>('[part="legend"]')!;
      expect(legend, 'part legend').to.not.equal(null);
      expect(legend.getAttribute('aria-label')).to.match(/\S/);
      expect(legend.getBoundingClientRect().top, 'under the map').to.be.at.least(
        root(map).querySelector('[part="map"]')!.getBoundingClientRect().bottom - 0.5,
      );
      const entries = [...legend.querySelectorAll('li')];
      const texts = entries.map((entry) => entry.textContent!.replace(/\s+/g, ' ').trim());
      // The built-in data: a UNESCO Global Geopark, an aspiring one, sites; no national geopark.
      expect(texts.slice(0, 3)).to.deep.equal(STATUS_NAMES[lang]);
      expect(entries.map((entry) => entry.className)).to.deep.equal([
        'legend-unesco-global-geopark',
        'legend-aspiring',
        'legend-site',
        'legend-cluster',
      ]);
      expect(texts[3], 'the group of places').to.match(/\S/);
      // Not colour alone: every sign has its own shape.
      const shapes = entries.map((entry) => shapeOf(entry.querySelector('.legend-sign')!));
      expect(new Set(shapes).size, shapes.join('\n')).to.equal(entries.length);
      // The legend's sign of a status is the map's.
      const aspiring = root(map).querySelector('.jiha-marker-aspiring svg')!;
      expect(shapeOf(entries[1].querySelector('svg')!)).to.equal(shapeOf(aspiring));
      // Wholly in view at the phone's width, nothing cut.
      for (const entry of entries)
        expect(entry.getBoundingClientRect().right).to.be.at.most(drawing(map).getBoundingClientRect().right + 2);
    });
  }

  it('a national geopark alone: its own entry, and no group sign for one place', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-7, 33] },
          properties: { id: 'n', name: 'Parc', status: 'national' },
        },
      ],
    };
    const map = await mountMapAt(
      800,
      `lang="fr" tiles="${OWN_TILES}"`,
      1,
      `<script type="application/json">${JSON.stringify(data)}</script>`,
    );
    const entries = [...root(map).querySelectorAll('[part="legend"] li')];
    expect(entries.map((entry) => entry.textContent!.trim())).to.deep.equal(['Géoparc national']);
  });
});
