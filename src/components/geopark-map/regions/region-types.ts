/**
 * What a region is, for the region table (regions.ts) and the region shapes
 * (region-shapes.ts) alike: a module of types only, so that neither chunk
 * imports the other to name them.
 */
import type { LocalizedText } from '../../../i18n/localized-text.js';
import type { DecodedShape } from './topojson.js';

export interface Region {
  id: string;
  iso: string;
  name: LocalizedText;
  /** The box around its shape, [[south, west], [north, east]] in degrees: what a map shows to show a place within its region. */
  bounds: [[number, number], [number, number]];
}

/** A region's outline, with its region (names, ISO code). */
export interface RegionShape extends DecodedShape {
  region: Region;
}
