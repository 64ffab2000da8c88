/**
 * Loads the region table and the region shapes on demand, each once per
 * page, so that maps that never name nor draw a region download neither.
 * The table, once loaded, is used synchronously.
 */
import { lazyModule } from '../../../core/lazy-module.js';
import type { RegionShape } from './region-types.js';

type RegionsModule = typeof import('./regions.js');

const regionTable = lazyModule('geopark-map region table', () => import('./regions.js'));
/** The shapes are decoded with their chunk's arrival: once per page. */
const decodedShapes = lazyModule('geopark-map region shapes', () =>
  import('./region-shapes.js').then(({ regionShapes }) => regionShapes()),
);

/** The region table, if already loaded. */
export function loadedRegions(): RegionsModule | undefined {
  return regionTable.current;
}

/** The region table (ids, ISO codes, names); rejects with `fetch-failed`, and loads again on the next call. */
export function loadRegions(): Promise<RegionsModule> {
  return regionTable.load();
}

/** The region shapes; rejects with `fetch-failed`, and loads again on the next call. */
export function loadRegionShapes(): Promise<RegionShape[]> {
  return decodedShapes.load();
}
