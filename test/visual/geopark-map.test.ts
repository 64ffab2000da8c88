/** Visual references of <jiha-geopark-map>: both geoparks with their regions and the list (no tiles), and a failed map. */
import { until } from '../support/helpers.js';
import { createWidget, loadRealData } from '../support/real-data.js';
import { MAIN_LOOKS, failedState, visualSuite } from './harness.js';

/** Leaflet, the markers and the two highlighted regions (the region shapes come in a chunk of their own). */
async function mapDrawn(element: HTMLElement): Promise<void> {
  const root = element.shadowRoot!;
  await until(
    () => root.querySelector('.leaflet-container') && root.querySelectorAll('.jiha-marker').length > 0,
    10000,
    'the map',
  );
  await until(() => root.querySelectorAll('path.jiha-region-highlight').length === 2, 10000, 'the region outlines');
}

visualSuite('geopark-map', [
  {
    name: 'places',
    looks: MAIN_LOOKS,
    create: async (_, doc) => createWidget('geopark-map', await loadRealData(), { doc }),
    drawn: mapDrawn,
  },
  failedState('jiha-geopark-map', { tiles: 'none', src: '/fixture/status/404' }),
]);
