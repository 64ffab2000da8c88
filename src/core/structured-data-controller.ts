import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyModule } from './lazy-module.js';

/** Marks the JSON-LD script an element wrote, so that it can find and remove it. */
export const STRUCTURED_DATA_MARKER = 'data-jiha-structured-data';

/** What an element's JSON-LD says now: the values it depends on, and how to write it with the loaded module. */
export interface StructuredDataSnapshot<M> {
  readonly deps: readonly unknown[];
  write(module: M): void;
}

/** An element's JSON-LD chunk: its writer, and the shared step that calls it only when something changed. */
export interface StructuredDataModule {
  syncStructuredData<M>(host: Element, module: M, snapshot: StructuredDataSnapshot<M> | undefined): void;
}

/**
 * Keeps an element's schema.org JSON-LD script (in its light DOM, where
 * crawlers read it) in step with what it shows. All the work is in the
 * element's JSON-LD chunk, loaded only by elements that write JSON-LD; this
 * part only asks it, after each update, once the element writes or has
 * written. A chunk that does not arrive is asked for again at the next
 * update: the widget itself keeps working.
 */
export class StructuredDataController<M extends StructuredDataModule> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #module: LazyModule<M>;
  #current: () => StructuredDataSnapshot<M> | undefined;
  #active = false;
  /** The write waiting for its chunk, if any (an element's `updateComplete` may wait for it). */
  writing: Promise<unknown> | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    module: LazyModule<M>,
    current: () => StructuredDataSnapshot<M> | undefined,
  ) {
    this.#host = host;
    this.#module = module;
    this.#current = current;
    host.addController(this);
  }

  hostUpdated(): void {
    const snapshot = this.#current();
    if (!snapshot && !this.#active) return;
    this.#active = snapshot !== undefined;
    const module = this.#module.current;
    if (module) return module.syncStructuredData(this.#host, module, snapshot);
    const writing = this.#module.load().then(
      // What the element says once the chunk is here, not what it said when asked.
      (loaded) => loaded.syncStructuredData(this.#host, loaded, this.#current()),
      (error: unknown) => console.warn(`jiha-widgets: <${this.#host.localName}> could not write its JSON-LD.`, error),
    );
    this.writing = writing;
    writing.finally(() => {
      if (this.writing === writing) this.writing = undefined;
    });
  }
}
