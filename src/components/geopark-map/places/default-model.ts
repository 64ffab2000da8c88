/**
 * The built-in data (Morocco's geoparks) as a model, for a map with no data
 * of its own: its chunk (texts in four languages) loads only then, and is
 * parsed once per page.
 */
import { lazyModule } from '../../../core/lazy-module.js';
import { readGeoparks, type GeoparkCollection } from './geopark-model.js';
import { loadRegions } from '../regions/region-loader.js';

const defaultPlaces = lazyModule('geopark-map built-in places', () => import('./default-places.js'));
let defaultModel: GeoparkCollection | undefined;
let defaultRequest: Promise<GeoparkCollection> | undefined;

/** The built-in model, if already loaded. */
export function loadedDefaultModel(): GeoparkCollection | undefined {
  return defaultModel;
}

/** The built-in model; rejects with the JihaError of a chunk that did not arrive, and loads again on the next call. */
export function loadDefaultModel(): Promise<GeoparkCollection> {
  defaultRequest ??= Promise.all([defaultPlaces.load(), loadRegions()]).then(
    ([{ DEFAULT_GEOPARKS }, { findRegion }]) => (defaultModel = readGeoparks(DEFAULT_GEOPARKS, findRegion)),
    (error: unknown) => {
      defaultRequest = undefined;
      throw error;
    },
  );
  return defaultRequest;
}
