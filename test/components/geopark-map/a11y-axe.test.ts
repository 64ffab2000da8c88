/** axe on <jiha-geopark-map>: tiles, list with regions and an open popup, region basemap, no Leaflet, loading, error; 4 languages × 2 directions × light and dark. */
import { axeMatrix } from '../../a11y/helpers.js';
import { geoparkMapStates } from '../../a11y/fixtures.js';
import { unmountAll } from '../../support/helpers.js';

axeMatrix('jiha-geopark-map', geoparkMapStates, unmountAll);
