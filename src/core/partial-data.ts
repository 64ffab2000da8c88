/**
 * Data that was read except for some rows (a CSV file with a bad line): the
 * element shows the rows it read, with a one-line notice naming the lines
 * left out, and reports them with `jiha-error` (`invalid-data`). A reader
 * marks its model; the element base class does the rest.
 */
import type { CsvProblem } from '../data/csv.js';

const skipped = new WeakMap<object, readonly CsvProblem[]>();

/** Marks `model` as missing `problems`' rows (none: unmarked). */
export function withSkippedRows<T extends object>(model: T, problems: readonly CsvProblem[]): T {
  if (problems.length > 0) skipped.set(model, problems);
  return model;
}

/** The rows left out of `model`, if any. */
export function skippedRows(model: unknown): readonly CsvProblem[] | undefined {
  return typeof model === 'object' && model !== null ? skipped.get(model) : undefined;
}
