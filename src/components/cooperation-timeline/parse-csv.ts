/**
 * The timeline from CSV (docs/reference/data-formats.md): columns `date`, `end`,
 * `title`, `summary`, `category`, `partners`, `url` (plus `id`), localised
 * as `title_ar`, `title_fr`…; partners are ids separated by spaces or `;`,
 * and the twelve regions of Morocco are named in the UI language without
 * more data. An empty `partners` is a context event. A bad row is left out
 * and named by its line; the others show. Loaded only when CSV arrives.
 */
import { JihaError } from '../../core/errors.js';
import { withSkippedRows } from '../../core/partial-data.js';
import type { CsvText } from '../../data/csv-text.js';
import { csvText, readCsv, readRows } from '../../data/csv.js';
import { findRegion } from '../geopark-map/regions/regions.js';
import type { Timeline } from './model.js';

/**
 * Reads the CSV with `parseJson`, the element's reader of its own JSON
 * format (parse-jiha.ts `parseJihaTimeline`), passed in rather than imported:
 * an import would split that reader out of the element's file into a chunk
 * shared with this one, a request and some 500 bytes more for every page.
 */
export function parseTimelineCsv(
  { text, origin }: CsvText,
  parseJson: (input: { partners?: unknown[]; events: unknown[] }) => Timeline,
): Timeline {
  const table = readCsv(text, origin);
  if (!table.columns.includes('date'))
    throw new JihaError(
      'invalid-data',
      `${origin}: the CSV has no "date" column (columns: ${table.columns.join(', ').slice(0, 200)})`,
    );
  const { items: events, problems } = readRows(table, ({ cells }) => {
    // Region ISO codes (MA-01) become their ids; other partner ids stay as written.
    const partners = (cells.partners ?? '')
      .split(/[\s;,]+/)
      .filter(Boolean)
      .map((id) => findRegion(id)?.id ?? id);
    const event = {
      id: cells.id,
      date: cells.date,
      end: cells.end,
      title: csvText(cells, 'title'),
      summary: csvText(cells, 'summary'),
      category: cells.category,
      partners,
      url: cells.url,
    };
    try {
      parseJson({ events: [event] });
      return event;
    } catch (error) {
      // The row's line names it: the JSON reader's "events[0]" would mislead.
      throw error instanceof JihaError
        ? new JihaError(error.code, error.detail.replace(/^events\[0\](: |\.)/, ''))
        : error;
    }
  });
  // The regions among the partners, named in every language of the region table; other ids name themselves.
  const regions = [...new Set(events.flatMap((event) => event.partners))].flatMap((id) => {
    const region = findRegion(id);
    return region ? [{ id, name: region.name }] : [];
  });
  if (events.length === 0 && problems.length > 0) {
    throw new JihaError(
      'invalid-data',
      `${origin}: no row could be read; line ${problems[0].line}: ${problems[0].detail}`,
    );
  }
  return withSkippedRows(parseJson({ partners: regions, events }), problems);
}
