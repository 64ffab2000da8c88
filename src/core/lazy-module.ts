import { JihaError } from './errors.js';

/**
 * A module that is imported on first need, once. Every lazy import of the
 * library goes through one of these, so that they all fail the same way: a
 * chunk that does not arrive (a dropped connection, a badly copied `dist/`)
 * rejects with the contract's `fetch-failed` code, and is imported again by
 * the next `load()` (an element tries again when it is put back in the page).
 */
export interface LazyModule<T> {
  /** The module, importing it on the first call. */
  load(): Promise<T>;
  /** The module once it has arrived; undefined before, or after a failure. */
  readonly current: T | undefined;
}

export function lazyModule<T>(name: string, importer: () => Promise<T>): LazyModule<T> {
  let request: Promise<T> | undefined;
  let current: T | undefined;
  return {
    load() {
      request ??= importer().then(
        (module) => (current = module),
        (error: unknown) => {
          request = undefined;
          throw new JihaError(
            'fetch-failed',
            `part of the library (${name}) could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          );
        },
      );
      return request;
    },
    get current() {
      return current;
    },
  };
}
