import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyModule } from './lazy-module.js';

/** Marks the JSON-LD script an element wrote, so that it can find and remove it. */
export const STRUCTURED_DATA_MARKER = 'data-jiha-structured-data';

/** What an element's JSON-LD says now: the values it depends on, and how to write it with the loaded module. */
export interface StructuredDataSnapshot<M> {
  readonly deps: readonly unknown[];
  write(module: M): void;
}

/**
 * Keeps an element's schema.org JSON-LD script (in its light DOM, where
 * crawlers read it) in step with what it shows. The writer is a chunk of its
 * own, loaded only by elements that write JSON-LD; the script is written
 * again only when what it depends on changes, and removed when the element
 * stops writing it. A writer chunk that does not arrive is asked for again at
 * the next update: the widget itself keeps working.
 */
export class StructuredDataController<M> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #module: LazyModule<M>;
  #current: () => StructuredDataSnapshot<M> | undefined;
  #written: readonly unknown[] | undefined;
  /** The write waiting for its chunk, if any (an element's `updateComplete` may wait for it). */
  writing: Promise<unknown> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, module: LazyModule<M>, current: () => StructuredDataSnapshot<M> | undefined) {
    this.#host = host;
    this.#module = module;
    this.#current = current;
    host.addController(this);
  }

  hostUpdated(): void {
    const next = this.#current();
    if (!next) {
      if (this.#written) this.#host.querySelector(`:scope > script[${STRUCTURED_DATA_MARKER}]`)?.remove();
      this.#written = undefined;
      return;
    }
    const written = this.#written;
    if (written && written.length === next.deps.length && written.every((value, index) => Object.is(value, next.deps[index]))) return;
    this.#written = next.deps;
    const module = this.#module.current;
    if (module) return next.write(module);
    const writing = this.#module.load().then(
      (loaded) => this.#written === next.deps && next.write(loaded),
      (error: unknown) => {
        if (this.#written === next.deps) this.#written = undefined;
        console.warn(`jiha-widgets: <${this.#host.localName}> could not write its JSON-LD.`, error);
      },
    );
    this.writing = writing;
    writing.finally(() => {
      if (this.writing === writing) this.writing = undefined;
    });
  }
}
