import { lazyModule } from '../../../core/lazy-module.js';
import { CsvText } from '../../../data/csv-text.js';
import { mentionsRegion, readGeoparks, type GeoparkCollection } from './geopark-model.js';
import { loadedRegions, loadRegions } from '../regions/region-loader.js';

/** The CSV reader (with d3-dsv): loaded only when CSV arrives. */
const csvReader = lazyModule('map CSV reader', () => import('./parse-csv.js'));

/** The lookup for data that names no region: it is never called. */
const noRegion = (): undefined => undefined;

/**
 * The map's data from any source: GeoJSON, or CSV through its reader. Data
 * that names a region by id or ISO code waits for the region table (a small
 * chunk, once per page); other data is read at once.
 */
export function readPlaces(input: unknown): GeoparkCollection | Promise<GeoparkCollection> {
  if (input instanceof CsvText) return csvReader.load().then(({ parseGeoparksCsv }) => parseGeoparksCsv(input));
  const regions = loadedRegions();
  if (regions) return readGeoparks(input, regions.findRegion);
  if (!mentionsRegion(input)) return readGeoparks(input, noRegion);
  return loadRegions().then(({ findRegion }) => readGeoparks(input, findRegion));
}
