/**
 * The map's places and the timeline's events as rows of a small table:
 * the columns each asks, the rows written as the CSV the widget reads
 * (docs/reference/data-formats.md), and a spreadsheet's cells pasted back
 * into rows (tabs when copied from the sheet, `,` or `;` from a CSV file).
 */
import { dsvFormat } from 'd3-dsv';

export type RowsWidget = 'geopark-map' | 'cooperation-timeline';

/** The CSV column of each table column, in the table's order. */
export const ROW_COLUMNS: Record<RowsWidget, readonly string[]> = {
  'geopark-map': ['name', 'lat', 'lng'],
  'cooperation-timeline': ['date', 'title', 'category'],
};

export const hasRows = (widget: string): widget is RowsWidget => Object.hasOwn(ROW_COLUMNS, widget);

export type Row = readonly string[];

/** The rows as CSV with its header; '' for no row, so that the widget shows its own example data. */
export function rowsToCsv(widget: RowsWidget, rows: readonly Row[]): string {
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (filled.length === 0) return '';
  return `${dsvFormat(',').formatRows([[...ROW_COLUMNS[widget]], ...filled.map((row) => row.map((cell) => cell.trim()))])}\n`;
}

function separatorOf(line: string): string {
  if (line.includes('\t')) return '\t';
  const count = (char: string) => line.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Rows from pasted cells: a first line naming the columns (in any order,
 * `title_fr` read as `title`) picks them by name; without one, the cells
 * are read in the table's order.
 */
export function rowsFromPaste(widget: RowsWidget, text: string): Row[] {
  const trimmed = text.replace(/^\ufeff/, '').replace(/\s+$/, '');
  if (!trimmed) return [];
  const records = dsvFormat(separatorOf(trimmed.split(/\r?\n/)[0])).parseRows(trimmed);
  const columns = ROW_COLUMNS[widget];
  const header = records[0].map((cell) =>
    cell
      .trim()
      .toLowerCase()
      .replace(/[_-][a-z]{2,3}$/, ''),
  );
  const named = columns.some((column) => header.includes(column));
  const positions = columns.map((column, index) => (named ? header.indexOf(column) : index));
  return (named ? records.slice(1) : records)
    .filter((record) => record.some((cell) => cell.trim() !== ''))
    .map((record) => positions.map((position) => (position < 0 ? '' : (record[position] ?? '').trim())));
}
