/**
 * Places from CSV (docs/reference/data-formats.md): columns `id`, `name`, `lat`, `lng`,
 * `status`, `region`, `designated`, `areaKm2`, `url`, `summary`, localised
 * as `name_ar`, `summary_fr`… Each row is a GeoJSON point read by the
 * map's own reader; a bad row is left out and named by its line, the others
 * show. Loaded only when CSV arrives.
 */
import { JihaError } from '../../../core/errors.js';
import { withSkippedRows } from '../../../core/partial-data.js';
import type { CsvText } from '../../../data/csv-text.js';
import { csvText, readCsv, readRows } from '../../../data/csv.js';
import { readGeoparks, type GeoparkCollection, type GeoparkFeature } from './geopark-model.js';
import { findRegion } from '../regions/regions.js';

/** A coordinate cell: a decimal number, with a point or (as French spreadsheets write it) a comma. */
function coordinate(value: string | undefined, name: string): number {
  const n = Number((value ?? '').replace(',', '.'));
  if (!value || !Number.isFinite(n))
    throw new JihaError('invalid-data', `${name} must be a number, not ${JSON.stringify((value ?? '').slice(0, 40))}`);
  return n;
}

export function parseGeoparksCsv({ text, origin }: CsvText): GeoparkCollection {
  const table = readCsv(text, origin);
  for (const column of ['lat', 'lng']) {
    if (!table.columns.includes(column))
      throw new JihaError(
        'invalid-data',
        `${origin}: the CSV has no "${column}" column (columns: ${table.columns.join(', ').slice(0, 200)})`,
      );
  }
  const seen = new Set<string>();
  const { items: features, problems } = readRows(table, ({ cells, line }): GeoparkFeature => {
    const lat = coordinate(cells.lat, 'lat');
    const lng = coordinate(cells.lng, 'lng');
    const properties = {
      id: cells.id || `row-${line}`,
      name: csvText(cells, 'name'),
      status: cells.status,
      region: cells.region,
      designated: cells.designated,
      areaKm2: cells.areakm2 ?? cells.area_km2,
      url: cells.url,
      summary: csvText(cells, 'summary'),
    };
    let feature: GeoparkFeature;
    try {
      [feature] = readGeoparks(
        { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties },
        findRegion,
      ).features;
    } catch (error) {
      // The reader's field names ("feature.properties.name") become the column's.
      throw error instanceof JihaError
        ? new JihaError(error.code, error.detail.replace(/feature\.(properties\.|geometry\.)?/g, ''))
        : error;
    }
    if (seen.has(feature.id))
      throw new JihaError(
        'invalid-data',
        `id "${feature.id.slice(0, 60)}" is used by an earlier row; ids must be unique`,
      );
    seen.add(feature.id);
    return feature;
  });
  if (features.length === 0 && problems.length > 0) {
    throw new JihaError(
      'invalid-data',
      `${origin}: no row could be read; line ${problems[0].line}: ${problems[0].detail}`,
    );
  }
  return withSkippedRows({ features }, problems);
}
