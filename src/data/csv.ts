/**
 * CSV (RFC 4180, a spreadsheet's export) as rows of named cells, with the
 * line each row starts on: d3-dsv parses (quoted fields, doubled quotes,
 * newlines inside quotes); this adds what spreadsheets need: the BOM that
 * Excel writes dropped, `;` as the separator where the header uses it (the
 * French and Moroccan Excel default), blank lines skipped, and a row with
 * more or fewer cells than the header reported by its line. Loaded only
 * when CSV arrives (with d3-dsv).
 */
import { dsvFormat } from 'd3-dsv';
import { JihaError } from '../core/errors.js';
import type { LocalizedText } from '../i18n/localized-text.js';

export interface CsvRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

/** A row that could not be read, by line, with why (in English, for whoever fixes the file). */
export interface CsvProblem {
  line: number;
  detail: string;
}

export interface CsvTable {
  /** Column names as written in the header, trimmed and lower-cased. */
  columns: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** `;` when the header line has more of them than commas. */
function separator(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(text: string, origin: string): CsvTable {
  // Blank lines before the header (a script's text starts on the line after its tag) are skipped, and counted.
  const blank = /^\ufeff?(?:[ \t]*\r?\n)*/.exec(text)![0];
  const source = text.slice(blank.length);
  const records = dsvFormat(separator(source)).parseRows(source);
  const header = records[0];
  if (!header || header.every((cell) => cell.trim() === '')) throw new JihaError('invalid-data', `${origin}: the CSV is empty: its first line must name the columns`);
  const columns = header.map((name) => name.trim().toLowerCase());
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 2 + newlines([blank]) + newlines(header);
  for (const record of records.slice(1)) {
    const start = line;
    line += 1 + newlines(record);
    if (record.every((cell) => cell.trim() === '')) continue; // a blank line
    if (record.length !== columns.length) {
      problems.push({ line: start, detail: `${record.length} cells where the header names ${columns.length} columns` });
      continue;
    }
    rows.push({ line: start, cells: Object.fromEntries(columns.map((column, index) => [column, record[index].trim()])) });
  }
  return { columns, rows, problems };
}

/** How many line breaks the cells of a record hold (quoted newlines): the record spans that many more lines. */
function newlines(record: string[]): number {
  return record.reduce((count, cell) => count + (cell.split('\n').length - 1), 0);
}

/**
 * A localised column: `title_ar`, `title_fr`… (`title-ar` too) as one text
 * per language, else the plain `title` column; undefined when all are empty.
 */
export function csvText(cells: Record<string, string>, name: string): LocalizedText | undefined {
  const texts: Record<string, string> = {};
  for (const [column, value] of Object.entries(cells)) {
    const lang = column.startsWith(name) ? /^[_-]([a-z]{2,3}(?:-[a-z0-9]+)?)$/.exec(column.slice(name.length))?.[1] : undefined;
    if (lang && value) texts[lang] = value;
  }
  return Object.keys(texts).length > 0 ? texts : cells[name] || undefined;
}

/** Every row read by `read`; a row it throws on becomes a problem naming its line, and the others stay. */
export function readRows<T>(table: CsvTable, read: (row: CsvRow, index: number) => T): { items: T[]; problems: CsvProblem[] } {
  const items: T[] = [];
  const problems = [...table.problems];
  table.rows.forEach((row, index) => {
    try {
      items.push(read(row, index));
    } catch (error) {
      problems.push({ line: row.line, detail: error instanceof JihaError ? error.detail : String(error) });
    }
  });
  problems.sort((a, b) => a.line - b.line);
  return { items, problems };
}
