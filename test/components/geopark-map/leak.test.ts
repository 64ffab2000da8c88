/**
 * Maps removed from the page are garbage-collected, the page's first map
 * included: this file is a page of its own, so the maps counted are the
 * first the page ever builds (module-level state, such as a listener on
 * `window` set up by the first map, cannot hide among earlier tests' maps).
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { itIn } from '../../support/engine.js';
import { mount, settled, unmountAll, until } from '../../support/helpers.js';
import { aliveAfterCollection } from '../../support/leak-helpers.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';

async function mountMap(): Promise<JihaGeoparkMap> {
  const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" tiles="${TILES}"></jiha-geopark-map>`);
  await until(() => map.shadowRoot?.querySelectorAll('.jiha-marker').length, 15000, 'markers');
  await settled(map);
  return map;
}

describe('<jiha-geopark-map> memory', () => {
  // A collection on demand (--js-flags=--expose-gc) is Chromium's alone.
  itIn(['chromium'], 'needs gc()')(
    'leaks nothing over 100 maps created and removed, the first included: every Leaflet map is garbage-collected',
    async function () {
      this.timeout(120000);
      // In a function of its own: a suspended async function keeps its locals, and the last element with them.
      const cycle = async (count: number) => {
        const maps: Array<WeakRef<object>> = [];
        for (let i = 0; i < count; i += 1) {
          const element = await mountMap();
          maps.push(new WeakRef(element.leafletMap as object));
          unmountAll();
        }
        return maps;
      };
      const maps = await cycle(100);
      expect(await aliveAfterCollection(maps), 'Leaflet maps still reachable after removal and gc').to.equal(0);
    },
  );
});
