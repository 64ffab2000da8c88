/**
 * Loads the region table and the region shapes on demand, each once per
 * page, so that maps that never name nor draw a region download neither.
 * The table, once loaded, is used synchronously.
 */
import type { RegionShape } from './region-shapes.js';

type RegionsModule = typeof import('./regions.js');

let regionsModule: RegionsModule | undefined;
let regionsRequest: Promise<RegionsModule> | undefined;
let shapesRequest: Promise<RegionShape[]> | undefined;

/** The region table, if already loaded. */
export function loadedRegions(): RegionsModule | undefined {
  return regionsModule;
}

/** The region table (ids, ISO codes, names). */
export function loadRegions(): Promise<RegionsModule> {
  regionsRequest ??= import('./regions.js').then((module) => (regionsModule = module));
  regionsRequest.catch(() => (regionsRequest = undefined)); // a failed chunk load may be retried later
  return regionsRequest;
}

/** The region shapes, decoded once per page; the data is its own chunk. */
export function loadRegionShapes(): Promise<RegionShape[]> {
  shapesRequest ??= import('./region-shapes.js').then(({ regionShapes }) => regionShapes());
  shapesRequest.catch(() => (shapesRequest = undefined)); // a failed chunk load may be retried later
  return shapesRequest;
}
