/**
 * The region shapes with their regions: a chunk of its own (the topology,
 * its decoder and the region table), loaded only when a map draws regions.
 */
import type { RegionShape } from './region-types.js';
import { findRegion } from './regions.js';
import topology from './regions-topology.generated.js';
import { decodeShapes } from './topojson.js';

/** The shapes of the 12 regions, each with its region (names, ISO code). */
export function regionShapes(): RegionShape[] {
  return decodeShapes(topology, 'regions').flatMap((shape) => {
    const region = findRegion(shape.id);
    return region ? [{ ...shape, region }] : [];
  });
}
