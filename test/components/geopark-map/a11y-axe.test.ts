/** axe on <jiha-geopark-map>: tiles, list with regions and an open popup, region basemap, no Leaflet, loading, error; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { geoparkMapStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

describe('<jiha-geopark-map>', function () {
  // Each test mounts ten maps (every state, each a Leaflet map with its list of 12 places) and runs axe on each:
  // 8 to 18 s on a 2-core machine under a load of 28, measured; the default 20 s leaves no margin.
  this.timeout(60000);
  axeMatrix('jiha-geopark-map', geoparkMapStates, unmountAll);
});
