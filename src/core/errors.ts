/** The error codes of the contract, carried by `jiha-error` events. */
export type ErrorCode =
  'invalid-json' | 'invalid-data' | 'fetch-failed' | 'http-status' | 'timeout' | 'unsupported-format';

/**
 * An error an element shows and reports. `detail` is the technical part
 * (the parser's words, the URL and status) for whoever fixes the data; the
 * localised explanation comes from `errorTexts()` (error-texts.ts) at render time.
 */
export class JihaError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'JihaError';
  }
}

/** Wraps anything thrown by a parser into a JihaError without losing its words. */
export function toJihaError(error: unknown, fallback: ErrorCode = 'invalid-data'): JihaError {
  if (error instanceof JihaError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new JihaError(fallback, detail);
}
