/**
 * The geopark map's model and its GeoJSON reader. Pure functions: no DOM,
 * no Leaflet. Reads the contract's properties (`id`, `name`, `status`,
 * `region`, `designated`, `areaKm2`, `url`, `summary`) and, for the
 * reference file data/geoparks.geojson, its `name_xx`, `kind`,
 * `designation_year`, `area_km2`, `region_iso` and `website` fields.
 *
 * The region table (names in four languages) is not imported here: the
 * element loads it only for data that names a region (`mentionsRegion`) and
 * passes its lookup in. `parseGeoparks` in geoparks.ts is this reader with
 * the table.
 */
import { JihaError } from '../../../core/errors.js';
import { describe, isObject, readCount, readText, readUrl, type Json } from '../../../data/fields.js';
import type { LocalizedText } from '../../../i18n/localized-text.js';
import type { Region } from '../regions/region-types.js';

/** Finds a region of Morocco by id or ISO code (regions.ts `findRegion`). */
export type RegionLookup = (key: string) => Region | undefined;

export type GeoparkStatus = 'unesco-global-geopark' | 'aspiring' | 'national' | 'site';

export const STATUSES: readonly GeoparkStatus[] = ['unesco-global-geopark', 'aspiring', 'national', 'site'];

/** [lat, lng], as Leaflet takes them. */
export type LatLng = [number, number];

export interface GeoparkFeature {
  id: string;
  name: LocalizedText;
  status: GeoparkStatus;
  /** A known region of Morocco, or the data's own text for another place. */
  region?: Region | { name: LocalizedText };
  designated?: number;
  areaKm2?: number;
  url?: string;
  summary?: LocalizedText;
  /** The geopark a site belongs to (`geopark` property), if any. */
  parent?: string;
  /** Polygons (rings of [lat, lng]) for Polygon and MultiPolygon features; none for points. */
  polygons: LatLng[][][];
  /** Where the marker goes: the point, or the middle of the shape's bounds. */
  anchor: LatLng;
}

export interface GeoparkCollection {
  features: GeoparkFeature[];
}

/**
 * Whether the data names a region by a text the reader looks up (an id or
 * ISO code in `region` or `region_iso`): only such data needs the region table.
 */
export function mentionsRegion(input: unknown): boolean {
  if (!isObject(input)) return false;
  const features: unknown[] = input.type === 'Feature' ? [input] : Array.isArray(input.features) ? input.features : [];
  return features.some(
    (feature) =>
      isObject(feature) &&
      isObject(feature.properties) &&
      typeof (feature.properties.region ?? feature.properties.region_iso) === 'string',
  );
}

/** Reads a GeoJSON FeatureCollection (or one Feature); throws `invalid-data` naming the field. */
export function readGeoparks(input: unknown, findRegion: RegionLookup): GeoparkCollection {
  if (!isObject(input))
    throw new JihaError('invalid-data', `the data must be a GeoJSON FeatureCollection object, not ${describe(input)}`);
  if (input.type === 'Feature') return { features: [readFeature(input, 'feature', 0, findRegion)] };
  if (input.type !== 'FeatureCollection') {
    throw new JihaError('invalid-data', `type must be "FeatureCollection" (GeoJSON), not ${describe(input.type)}`);
  }
  if (!Array.isArray(input.features))
    throw new JihaError('invalid-data', `features must be a list, not ${describe(input.features)}`);
  const seen = new Set<string>();
  const features = input.features.map((feature: unknown, index: number) => {
    const field = `features[${index}]`;
    if (!isObject(feature))
      throw new JihaError('invalid-data', `${field} must be a GeoJSON Feature object, not ${describe(feature)}`);
    const parsed = readFeature(feature, field, index, findRegion);
    if (seen.has(parsed.id))
      throw new JihaError(
        'invalid-data',
        `${field}.id "${parsed.id}" is used by an earlier feature; ids must be unique`,
      );
    seen.add(parsed.id);
    return parsed;
  });
  return { features };
}

function readFeature(feature: Json, field: string, index: number, findRegion: RegionLookup): GeoparkFeature {
  if (feature.type !== 'Feature')
    throw new JihaError('invalid-data', `${field}.type must be "Feature", not ${describe(feature.type)}`);
  const properties = feature.properties ?? {};
  if (!isObject(properties))
    throw new JihaError('invalid-data', `${field}.properties must be an object, not ${describe(properties)}`);
  const { polygons, anchor } = readGeometry(feature.geometry, `${field}.geometry`);
  const id = readId(properties.id ?? feature.id, `${field}.id`) ?? `feature-${index + 1}`;
  const name = readText(properties.name, `${field}.properties.name`) ?? namesByLanguage(properties);
  if (name === undefined) throw new JihaError('invalid-data', `${field}.properties.name is missing`);
  const parent = readId(properties.geopark, `${field}.properties.geopark`);
  return {
    id,
    name,
    status: readStatus(properties, `${field}.properties.status`),
    region: readRegion([properties.region, properties.region_iso], `${field}.properties.region`, findRegion),
    designated: readYear(properties.designated ?? properties.designation_year, `${field}.properties.designated`),
    areaKm2: readCount(properties.areaKm2 ?? properties.area_km2, `${field}.properties.areaKm2`),
    url: readUrl(properties.url ?? properties.website, 'link', `${field}.properties.url`),
    summary: readText(properties.summary, `${field}.properties.summary`),
    parent,
    polygons,
    anchor,
  };
}

function readId(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  throw new JihaError('invalid-data', `${field} must be a text or a number, not ${describe(value)}`);
}

/** `name_en`, `name_fr`… as one localised name (the reference file's shape). */
function namesByLanguage(properties: Json): LocalizedText | undefined {
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    const match = /^name_([a-z]{2,3})$/.exec(key);
    if (match && typeof value === 'string' && value) names[match[1]] = value;
  }
  return Object.keys(names).length > 0 ? names : undefined;
}

function readStatus(properties: Json, field: string): GeoparkStatus {
  const value = properties.status;
  if (value === undefined || value === null || value === '') return properties.kind === 'geopark' ? 'national' : 'site';
  if (typeof value !== 'string')
    throw new JihaError('invalid-data', `${field} must be one of ${STATUSES.join(', ')}, not ${describe(value)}`);
  const text = value.trim().toLowerCase();
  if ((STATUSES as readonly string[]).includes(text)) return text as GeoparkStatus;
  // Free wording as in the reference file ("aspiring (candidate) UNESCO Global Geopark - NOT designated …").
  if (/aspiring|candidate/.test(text)) return 'aspiring';
  if (/unesco global geopark/.test(text)) return 'unesco-global-geopark';
  if (/national/.test(text)) return 'national';
  throw new JihaError('invalid-data', `${field} must be one of ${STATUSES.join(', ')}, not ${describe(value)}`);
}

/**
 * The first of `values` (`region`, then `region_iso`) that names a known
 * region, so that its name follows the language; else the first given, as
 * the data's own text (a region's name in one language only, as the
 * reference file's `region` is, would show French in an Arabic list).
 */
function readRegion(values: unknown[], field: string, findRegion: RegionLookup): GeoparkFeature['region'] {
  for (const value of values) {
    const known = typeof value === 'string' ? findRegion(value) : undefined;
    if (known) return known;
  }
  const name = readText(
    values.find((value) => value !== undefined && value !== null && value !== ''),
    field,
  );
  return name === undefined ? undefined : { name };
}

function readYear(value: unknown, field: string): number | undefined {
  const year = readCount(value, field);
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    throw new JihaError('invalid-data', `${field} must be a four-digit year such as 2014, not ${describe(value)}`);
  }
  return year;
}

function readPosition(value: unknown, field: string): LatLng {
  if (!Array.isArray(value) || value.length < 2)
    throw new JihaError('invalid-data', `${field} must be a position [longitude, latitude], not ${describe(value)}`);
  const [lng, lat] = value;
  if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180) {
    throw new JihaError('invalid-data', `${field}[0] must be a longitude between -180 and 180, not ${describe(lng)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new JihaError('invalid-data', `${field}[1] must be a latitude between -90 and 90, not ${describe(lat)}`);
  }
  return [lat, lng];
}

function readPolygon(value: unknown, field: string): LatLng[][] {
  if (!Array.isArray(value) || value.length === 0)
    throw new JihaError('invalid-data', `${field} must be a list of linear rings, not ${describe(value)}`);
  return value.map((ring: unknown, index: number) => {
    if (!Array.isArray(ring) || ring.length < 4)
      throw new JihaError(
        'invalid-data',
        `${field}[${index}] must be a linear ring of at least 4 positions, not ${describe(ring)}`,
      );
    return ring.map((position: unknown, at: number) => readPosition(position, `${field}[${index}][${at}]`));
  });
}

function readGeometry(geometry: unknown, field: string): { polygons: LatLng[][][]; anchor: LatLng } {
  if (!isObject(geometry))
    throw new JihaError('invalid-data', `${field} must be a GeoJSON geometry object, not ${describe(geometry)}`);
  const coordinates = geometry.coordinates;
  switch (geometry.type) {
    case 'Point':
      return { polygons: [], anchor: readPosition(coordinates, `${field}.coordinates`) };
    case 'Polygon': {
      const polygons = [readPolygon(coordinates, `${field}.coordinates`)];
      return { polygons, anchor: middle(polygons) };
    }
    case 'MultiPolygon': {
      if (!Array.isArray(coordinates) || coordinates.length === 0)
        throw new JihaError(
          'invalid-data',
          `${field}.coordinates must be a list of polygons, not ${describe(coordinates)}`,
        );
      const polygons = coordinates.map((polygon: unknown, index: number) =>
        readPolygon(polygon, `${field}.coordinates[${index}]`),
      );
      return { polygons, anchor: middle(polygons) };
    }
    default:
      throw new JihaError(
        'invalid-data',
        `${field}.type must be Point, Polygon or MultiPolygon, not ${describe(geometry.type)}`,
      );
  }
}

/** The middle of the outer rings' bounds: where a shape's marker goes. */
function middle(polygons: LatLng[][][]): LatLng {
  const outer = polygons.flatMap((polygon) => polygon[0]);
  const lats = outer.map(([lat]) => lat);
  const lngs = outer.map(([, lng]) => lng);
  return [(Math.min(...lats) + Math.max(...lats)) / 2, (Math.min(...lngs) + Math.max(...lngs)) / 2];
}
