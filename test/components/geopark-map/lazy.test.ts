/**
 * Lazy loading of <jiha-geopark-map>: this file's page must not have
 * loaded Leaflet before its first test, so it has a file of its own.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/geopark-map/define.js';
import { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { mount, settled, shadowText, unmountAll, until } from '../../support/helpers.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';

/** Script URLs the page has requested that belong to the map's lazy parts. */
function requested(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}
/** How many features the map's markers show (a cluster marker shows several). */
const shown = (map: Element) =>
  [...map.shadowRoot!.querySelectorAll<HTMLElement>('.jiha-marker')].reduce(
    (count, marker) => count + (marker.dataset.ids ?? '').split(' ').filter(Boolean).length,
    0,
  );
const LEAFLET = /leaflet|map-view/;
const REGIONS = /regions-topology|topojson/;

/** A map far below the fold. */
function mountBelowFold(markup: string): { map: JihaGeoparkMap; spacer: HTMLElement } {
  const spacer = document.createElement('div');
  spacer.setAttribute('data-test-host', '');
  spacer.style.blockSize = '4000px';
  document.body.append(spacer);
  const map = mount<JihaGeoparkMap>(markup);
  return { map, spacer };
}

describe('<jiha-geopark-map> lazy loading', () => {
  afterEach(() => {
    unmountAll();
    window.scrollTo(0, 0);
  });

  it('lists every place as text (geoparks, their sites under them) and requests no Leaflet module until it nears the viewport', async () => {
    const { map } = mountBelowFold(`<jiha-geopark-map lang="en" tiles="${TILES}"></jiha-geopark-map>`);
    await settled(map);
    // The built-in data is a chunk of its own: wait for the list it fills: all 12 places the map will draw.
    await until(() => map.shadowRoot!.querySelectorAll('.list li').length === 12, 10000, 'the text list');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(LEAFLET), 'Leaflet requested before the map neared the viewport').to.deep.equal([]);
    expect(map.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
    const items = [...map.shadowRoot!.querySelectorAll('.list > li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.have.length(2);
    expect(map.shadowRoot!.querySelectorAll('.list > li[data-id="mgoun"] .sites > li')).to.have.length(9);
    expect(items[0])
      .to.contain("M'Goun UNESCO Global Geopark")
      .and.contain('UNESCO Global Geopark')
      .and.contain('Béni Mellal-Khénifra');
    expect(items[1])
      .to.contain('Chefchaouen Geopark')
      .and.contain('Aspiring UNESCO Global Geopark (not designated)')
      .and.contain('Tanger-Tétouan-Al Hoceïma');
    expect(map.leafletMap).to.equal(undefined);

    map.scrollIntoView();
    await until(() => shown(map) === 12, 15000, 'markers');
    expect(requested(LEAFLET).length, 'Leaflet requested once near the viewport').to.be.greaterThan(0);
    expect(map.shadowRoot!.querySelector('.waiting .list')).to.equal(null);
    expect(map.leafletMap).to.not.equal(undefined);
  });

  it('fetches the region shapes only when regions are asked for', async () => {
    const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${TILES}"></jiha-geopark-map>`);
    await until(() => shown(map) === 12, 15000, 'markers');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requested(REGIONS), 'region shapes requested without regions').to.deep.equal([]);
    map.setAttribute('regions', 'beni-mellal-khenifra');
    await until(() => map.shadowRoot!.querySelector('path.jiha-region-highlight'), 15000, 'region outline');
    expect(requested(REGIONS).length).to.be.greaterThan(0);
  });

  it('keeps the list, with a notice, when Leaflet cannot load', async () => {
    class OfflineMap extends JihaGeoparkMap {
      protected static override loadMapModule(): Promise<never> {
        return Promise.reject(new Error('chunk missing'));
      }
    }
    customElements.define('offline-geopark-map', OfflineMap);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const map = mount<JihaGeoparkMap>(`<offline-geopark-map lang="fr" tiles="${TILES}"></offline-geopark-map>`);
      await until(() => map.shadowRoot!.querySelector('.notice'), 15000, 'notice');
      await until(() => map.shadowRoot!.querySelectorAll('.list li').length === 12, 3000, 'the list');
      await settled(map);
      expect(shadowText(map, '.notice')).to.contain('carte');
      const items = [...map.shadowRoot!.querySelectorAll('.list > li')].map((item) =>
        item.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items).to.have.length(2);
      expect(items[1]).to.contain('Géoparc de Chefchaouen').and.contain('Tanger-Tétouan-Al Hoceïma');
      expect(map.shadowRoot!.querySelector('.map')).to.equal(null);
      expect(warnings.length).to.be.greaterThan(0);
    } finally {
      console.warn = warn;
    }
  });
});
