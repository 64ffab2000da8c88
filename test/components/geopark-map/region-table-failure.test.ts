/**
 * The region table (a chunk of its own) that does not arrive: data naming a
 * region, and the `regions` attribute, show the `fetch-failed` state with its
 * event, and read again when the element is put back in the page. A file of
 * its own: its page must not have loaded the region table before.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { mount, nextEvent, shadowText, unmountAll, until } from '../../support/helpers.js';
import { describeIn } from '../../support/engine.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';
const place = (region?: string) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'p', name: 'Place P', status: 'aspiring', ...(region ? { region } : {}) },
      geometry: { type: 'Point', coordinates: [-6.3, 32.3] },
    },
  ],
});

/** A map in its own container, with the first jiha-error it raises. */
function mapWith(setup: (map: JihaGeoparkMap) => void): {
  map: JihaGeoparkMap;
  failed: Promise<CustomEvent<{ code: string }>>;
} {
  const host = document.createElement('div');
  host.setAttribute('data-test-host', '');
  document.body.append(host);
  const failed = nextEvent<{ code: string }>(host, 'jiha-error', 15000);
  // With `list`, each place's region is text beside the map, whether or not Leaflet has arrived yet
  // (without it, the text list shows only until the map is drawn: a race with the Leaflet chunk).
  const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="en" list tiles="${TILES}"></jiha-geopark-map>`, host);
  setup(map);
  return { map, failed };
}

async function backInPage(map: JihaGeoparkMap): Promise<void> {
  const parent = map.parentElement!;
  const ready = nextEvent(map, 'jiha-ready', 15000);
  map.remove();
  parent.append(map);
  await ready;
  expect(map.shadowRoot!.querySelector('[part=error]')).to.equal(null);
}

describeIn(['chromium'], 'blocks the chunk’s request through the DevTools protocol')(
  '<jiha-geopark-map> when the region table cannot load',
  () => {
    afterEach(async () => {
      await executeServerCommand('block-urls', []);
      unmountAll();
    });

    it('shows the fetch-failed state for data naming a region and for `regions`, then reads again', async () => {
      await executeServerCommand('block-urls', ['*/geopark-map/regions/regions.ts*']);
      const named = mapWith((map) => {
        map.data = place('MA-05');
      });
      expect((await named.failed).detail.code).to.equal('fetch-failed');
      const listed = mapWith((map) => {
        map.setAttribute('regions', 'MA-05');
        map.data = place();
      });
      expect((await listed.failed).detail.code).to.equal('fetch-failed');
      await until(() => listed.map.shadowRoot!.querySelector('[part=error]'), 5000, 'the error box');

      await executeServerCommand('block-urls', []);
      await backInPage(named.map);
      await until(() => shadowText(named.map).includes('Béni Mellal-Khénifra'), 15000, 'the region named');
      await backInPage(listed.map);
    });
  },
);
