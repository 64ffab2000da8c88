/**
 * The geopark map's model and its GeoJSON reader, with the region table:
 * `parseGeoparks` for callers that have no reason to load the table lazily
 * (tests, tools). The element reads through geopark-data.ts and loads the
 * table only for data that names a region.
 */
import { readGeoparks, type GeoparkCollection } from './geopark-model.js';
import { findRegion } from '../regions/regions.js';

export * from './geopark-model.js';

/** Reads a GeoJSON FeatureCollection (or one Feature); throws `invalid-data` naming the field. */
export function parseGeoparks(input: unknown): GeoparkCollection {
  return readGeoparks(input, findRegion);
}
