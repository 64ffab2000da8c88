/** Shared by the generated-input suites (test/<folder>/generated-*.test.ts). */
import { JihaError, type ErrorCode } from '../../src/core/errors.js';
import { muteWarnings } from './hostile-input-helpers.js';

export const CODES: readonly ErrorCode[] = [
  'invalid-json',
  'invalid-data',
  'fetch-failed',
  'http-status',
  'timeout',
  'unsupported-format',
];

/** Calls `read`; a throw must be a JihaError with one of `codes`, else this throws. */
export function returnsOrJihaError<T>(
  read: () => T,
  codes: readonly ErrorCode[] = CODES,
): { value?: T; error?: JihaError } {
  try {
    return { value: read() };
  } catch (error) {
    if (!(error instanceof JihaError))
      throw new Error(`not a JihaError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    if (!codes.includes(error.code)) throw new Error(`code ${error.code} not among ${codes.join(', ')}`);
    return { error };
  }
}

/** Silences console.warn for the enclosing describe: the code under test warns on each value it drops or ignores, and thousands of generated inputs hold such values. */
export function muteWarningsInSuite(): void {
  let warnings: ReturnType<typeof muteWarnings>;
  before(() => {
    warnings = muteWarnings();
  });
  after(() => warnings.restore());
}
