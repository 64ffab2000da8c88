/**
 * The map's text alternative names every place the map draws (issue 23):
 * the list beside the map, the list shown before Leaflet loads (lazy.test.ts),
 * the list printed under the map, and the no-JavaScript fallback writer.
 * Each place once, with its status; a geopark's sites under it, sites of no
 * geopark in the data under their region. The built-in data: 12 places,
 * 12 entries (on main: 2).
 */
import { expect } from '@open-wc/testing';
import { geoparkMapFallback } from '../../../src/fallback/geopark-map.js';
import { DEFAULT_GEOPARKS } from '../../../src/components/geopark-map/places/default-places.js';
import { parseGeoparks, type GeoparkFeature } from '../../../src/components/geopark-map/places/parse-geoparks.js';
import { listedPlaces } from '../../../src/components/geopark-map/places/place-list.js';
import { inLanguage, loadLanguage } from '../../../src/i18n/localize.js';
import { geoparkStrings } from '../../../src/locales/geopark.js';
import type { LanguageContext } from '../../../src/i18n/language.js';
import { unmountAll, until } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import { LANGUAGES, mountMapAt, OWN_TILES, root, shownIds } from './helpers.js';

const FR: LanguageContext = { tag: 'fr', ui: 'fr', dir: 'ltr' };
const ids = (features: readonly GeoparkFeature[]) => features.map((feature) => feature.id);
const flatten = (entries: ReturnType<typeof listedPlaces>) =>
  entries.flatMap((entry) => [...('place' in entry ? [entry.place] : []), ...entry.sites]);

const point = (id: string, properties: Record<string, unknown>, coordinates = [-6, 31]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { id, name: { fr: `Lieu ${id}`, en: `Place ${id}` }, ...properties },
});

/** Every case of placing: a geopark with sites, sites of no geopark in a known region (one names a geopark the data lacks), two in a region of the data's own, one with none, a national geopark. */
const MIXED = {
  type: 'FeatureCollection',
  features: [
    point('site-a', { status: 'site', geopark: 'park', region: 'MA-05' }),
    point('park', { status: 'unesco-global-geopark', region: 'MA-05' }),
    point('lone', { status: 'site', region: 'souss-massa' }),
    point('own-1', { status: 'site', region: 'Île imaginaire' }),
    point('nowhere', { status: 'site' }),
    point('own-2', { status: 'site', region: 'Île imaginaire' }),
    point('national', { status: 'national', region: 'MA-09' }),
    point('orphan', { status: 'site', geopark: 'missing', region: 'MA-09' }),
    point('site-b', { status: 'site', geopark: 'park' }),
  ],
};

describe('<jiha-geopark-map>: the text alternative lists every place', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('the built-in places: 12 entries for 12 places, the sites under their geopark', () => {
    const model = parseGeoparks(DEFAULT_GEOPARKS);
    const entries = listedPlaces(model.features);
    expect(flatten(entries).length).to.equal(12);
    expect(ids(flatten(entries)).sort()).to.deep.equal(ids(model.features).sort());
    expect(entries.map((entry) => ('place' in entry ? entry.place.id : 'region'))).to.deep.equal([
      'mgoun',
      'chefchaouen',
    ]);
    expect(ids(entries[0].sites)).to.have.length(9).and.to.include('ouzoud').and.to.include('azilal-museum');
    expect(ids(entries[1].sites)).to.deep.equal(['chefchaouen-town']);
  });

  it('every case: sites under their geopark, else their region, else on their own; each place once, in the data’s order', () => {
    const model = parseGeoparks(MIXED);
    const entries = listedPlaces(model.features);
    expect(ids(flatten(entries)).sort()).to.deep.equal(ids(model.features).sort());
    const shape = entries.map((entry) =>
      'place' in entry
        ? `${entry.place.id}[${ids(entry.sites).join(' ')}]`
        : `${JSON.stringify(entry.region)}[${ids(entry.sites).join(' ')}]`,
    );
    expect(shape).to.deep.equal([
      'park[site-a site-b]',
      // A known region is named in four languages; the orphan (its geopark is not in the data) joins it.
      `${JSON.stringify(model.features.find((feature) => feature.id === 'lone')!.region!.name)}[lone orphan]`,
      '"Île imaginaire"[own-1 own-2]',
      'nowhere[]',
      'national[]',
    ]);
  });

  it('a region written as text beside its ISO code (the reference file) is the known region, named in every language', () => {
    const model = parseGeoparks({
      type: 'FeatureCollection',
      features: [
        point('park', { status: 'unesco-global-geopark', region: 'Béni Mellal-Khénifra', region_iso: 'MA-05' }),
        point('other', { status: 'national', region: 'Île imaginaire', region_iso: 'MA-99' }),
      ],
    });
    const [park, other] = model.features;
    expect((park.region as { iso?: string }).iso).to.equal('MA-05');
    expect((park.region!.name as Record<string, string>).ar).to.equal('بني ملال خنيفرة');
    // An ISO code no table knows leaves the data's own text.
    expect(other.region).to.deep.equal({ name: 'Île imaginaire' });
  });

  it('the fallback writer: every place, with its status, the sites in a list under their geopark', async () => {
    await loadLanguage('fr', [geoparkStrings]);
    const markup = inLanguage('fr', () => geoparkMapFallback(parseGeoparks(DEFAULT_GEOPARKS).features, FR));
    const template = document.createElement('template');
    template.innerHTML = markup;
    const items = [...template.content.querySelectorAll('li')];
    expect(items).to.have.length(12);
    const mgoun = template.content.firstElementChild!.firstElementChild!;
    expect(mgoun.firstChild!.textContent).to.contain("Géoparc mondial UNESCO du M'Goun");
    expect(mgoun.querySelectorAll('ul > li')).to.have.length(9);
    expect(mgoun.querySelector('ul > li')!.textContent).to.contain('Géosite');
    expect(template.content.textContent).to.contain("Cascades d'Ouzoud").and.contain('Chefchaouen (ville)');
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: with \`list\`, a button for every place on the map (12), the sites under their geopark with their status; printed likewise`, async () => {
      const map = await mountMapAt(800, `lang="${lang}" tiles="${OWN_TILES}" list`);
      const buttons = [...root(map).querySelectorAll<HTMLElement>('[part="list"] li[data-id] > button')];
      const listed = buttons.map((button) => button.parentElement!.dataset.id!);
      expect(listed.length).to.equal(shownIds(map).length);
      expect([...listed].sort()).to.deep.equal([...shownIds(map)].sort());
      const sites = root(map).querySelectorAll('[part="list"] > li[data-id="mgoun"] .sites > li');
      expect(sites).to.have.length(9);
      for (const site of sites) expect(site.querySelector('.item-status.status-site')?.textContent).to.not.equal('');
      map.removeAttribute('list');
      await until(() => root(map).querySelector('.print-list'), 3000, 'the print list');
      expect(root(map).querySelectorAll('.print-list li[data-id]')).to.have.length(12);
    });
  }
});
