/**
 * Checks of one attribute value, shared by the snippet builder (as the
 * editor types) and embed.html (before it builds the element). Each answers
 * with a problem code, or undefined when the value is fine; an empty value is
 * always fine (the attribute is left out).
 */
import { parseIsoDate } from '../i18n/dates.js';
import { REGION_IDS, type FieldSpec } from './widgets.js';

export type Problem =
  | 'url'
  | 'date'
  | 'number'
  | 'range'
  | 'standard'
  | 'choice'
  | 'boolean'
  | 'regions'
  | 'center'
  | 'tiles'
  | 'json'
  | 'geojson'
  | 'csv';

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** http, https, mailto, or a relative address, as the elements keep them (an image may also be `data:image/`). */
export function isSafeUrl(value: string, image = false): boolean {
  if (image && /^data:image\//i.test(value.trim())) return true;
  if (/^\s*[a-z][a-z0-9+.-]*:/i.test(value)) {
    try {
      return LINK_PROTOCOLS.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }
  return !/[\s<>"]/.test(value.trim());
}

export function checkField(field: FieldSpec, raw: string): Problem | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  switch (field.kind) {
    case 'text':
      return undefined;
    case 'url':
    case 'image':
      return isSafeUrl(value, field.kind === 'image') ? undefined : 'url';
    case 'urls':
      return value.split(/\s+/).every((address) => isSafeUrl(address, false)) ? undefined : 'url';
    case 'date':
      return parseIsoDate(value) ? undefined : 'date';
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return 'number';
      const number = Number(value);
      return (field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)
        ? 'range'
        : undefined;
    }
    case 'standard':
      return /^(ISO\s*)?\d{3,5}(\s*:\s*\d{4})?$/i.test(value) ? undefined : 'standard';
    case 'choice':
      return field.choices?.includes(value) ? undefined : 'choice';
    case 'boolean':
      return ['true', 'false'].includes(value) ? undefined : 'boolean';
    case 'regions':
      return value.split(/\s+/).every((id) => REGION_IDS.includes(id) || /^MA-(0[1-9]|1[0-2])$/i.test(id))
        ? undefined
        : 'regions';
    case 'center': {
      const match = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(value);
      return match && Math.abs(Number(match[1])) <= 90 && Math.abs(Number(match[2])) <= 180 ? undefined : 'center';
    }
    case 'tiles':
      return value === 'none' ||
        (/^https:\/\//.test(value) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part)))
        ? undefined
        : 'tiles';
  }
}

/** Checks pasted data: JSON text, and for the map a GeoJSON FeatureCollection of the geometry types it draws. */
export function checkData(text: string, geojson: boolean): Problem | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'json';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'json';
  if (!geojson) return undefined;
  const collection = value as { type?: unknown; features?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return 'geojson';
  const drawable = ['Point', 'Polygon', 'MultiPolygon'];
  return collection.features.every(
    (feature: { type?: unknown; geometry?: { type?: unknown } | null }) =>
      feature?.type === 'Feature' && drawable.includes(String(feature.geometry?.type)),
  )
    ? undefined
    : 'geojson';
}

/**
 * Checks pasted CSV: a header line and a row at least; and nothing that
 * would end its `<script type="text/csv">` early (`</script`, `<!--`),
 * which cannot be escaped in a script's text without changing a cell.
 */
export function checkCsv(text: string): Problem | undefined {
  if (text.trim() === '') return undefined;
  return /<\/script|<!--/i.test(text) || !/\S[^\n]*\r?\n[^\n]*\S/.test(text.trim()) ? 'csv' : undefined;
}
