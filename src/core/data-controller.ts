import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JihaError, toJihaError } from './errors.js';
import { isDataScript } from './inline-data.js';

/** Where an element is: waiting for data, showing it, showing an error, or with nothing to show yet. */
export type LoadState = 'loading' | 'ready' | 'error' | 'empty';

/** What the data sources gave: the state, with its model or error. */
export type DataResult<Model> =
  { state: 'loading' } | { state: 'empty' } | { state: 'ready'; model: Model } | { state: 'error'; error: JihaError };

/** What a `src` request may use. */
export interface FetchOptions {
  timeout: number;
  signal: AbortSignal;
}

/** The element the data sources belong to. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** The `data` property. */
  data: unknown;
  /** The `src` attribute. */
  src: string | null;
  /** The `timeout` attribute, in milliseconds. */
  timeout: number;
}

/** The element's side of the data sources: where data is, how it becomes a model, and where the result goes. */
export interface DataSourceDelegate<Model> {
  /** Inline data (a `<script>` child, or the element's own light DOM); undefined when there is none. Throws `invalid-json`. */
  readInline(): { value: unknown } | undefined;
  /** Whether a light-DOM change touches inline data. */
  affectsInline(record: MutationRecord): boolean;
  /** Downloads `src` and returns what `parse` reads. */
  fetch(src: string, options: FetchOptions): Promise<unknown>;
  /** Data from any source as the model; throws (or rejects with) a JihaError. */
  parse(input: unknown): Model | Promise<Model>;
  /** The model from attributes alone, or undefined when they say nothing. */
  fromAttributes(): Model | undefined;
  /** Shows a result. */
  show(result: DataResult<Model>): void;
}

/**
 * The contract's data sources, in order: the `data` property, inline data,
 * `src`, attributes. It owns the asynchronous work: one `src` request at a
 * time per element, aborted when the element leaves the page or the source
 * changes, timed out by `timeout`, and never fetched twice at once; results
 * of work that newer data has overtaken are dropped (a call counter, as in
 * Lit's Task).
 */
/** The controllers of the connected elements whose light DOM the shared observer watches. */
const watched = new WeakMap<Node, { lightDomChanged(record: MutationRecord): void }>();
let lightDomObserver: MutationObserver | undefined;

/**
 * One MutationObserver for the light DOM of every data element (a page may
 * have hundreds of cards: one observer each cost about a tenth of the
 * card's own script work). A record goes to every watched element above
 * its target (the target itself included): a nested element's change can
 * also be its container's inline data.
 */
function watchLightDom(host: Node, controller: { lightDomChanged(record: MutationRecord): void }): void {
  lightDomObserver ??= new MutationObserver((records) => {
    for (const record of records) {
      for (let node: Node | null = record.target; node; node = node.parentNode)
        watched.get(node)?.lightDomChanged(record);
    }
  });
  watched.set(host, controller);
  // Observing a node again replaces its options: never two registrations.
  lightDomObserver.observe(host, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['type', 'datetime', 'href'],
  });
}

export class DataSourceController<Model> implements ReactiveController {
  #host: DataSourceHost;
  #delegate: DataSourceDelegate<Model>;
  #pending = true;
  #watching = false;
  #request?: { src: string; controller: AbortController };
  #fetched?: { src: string; value?: unknown; error?: JihaError };
  #generation = 0;

  constructor(host: DataSourceHost, delegate: DataSourceDelegate<Model>) {
    this.#host = host;
    this.#delegate = delegate;
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: a failed download is tried again, an aborted one restarted.
    if (this.#fetched?.error) this.#fetched = undefined;
    this.invalidate();
  }

  hostDisconnected(): void {
    this.#watchLightDom(false);
    this.#cancelRequest();
  }

  /**
   * Light-DOM changes matter while no `data` property wins over inline data
   * (watching costs each element a registration with the observer, which
   * framework-built and script-built lists, `data` in hand, can skip).
   */
  #watchLightDom(on: boolean): void {
    if (on === this.#watching) return;
    this.#watching = on;
    // The observer cannot let go of one node: it keeps reporting, unheard, until the host is watched again.
    if (on) watchLightDom(this.#host, this);
    else watched.delete(this.#host);
  }

  /** A change in the host's light DOM (from the shared observer). */
  lightDomChanged(record: MutationRecord): void {
    if (this.#delegate.affectsInline(record)) this.invalidate();
  }

  /** Reads the sources again at the host's next update. */
  invalidate(): void {
    this.#pending = true;
    this.#host.requestUpdate();
  }

  /** Called from the host's `willUpdate`: reads the sources when they changed or were invalidated. */
  update(sourcesChanged: boolean): void {
    if (!sourcesChanged && !this.#pending) return;
    this.#pending = false;
    const host = this.#host;
    const delegate = this.#delegate;
    let build: () => Model | undefined | Promise<Model | undefined>;
    const property = host.data !== undefined && host.data !== null;
    this.#watchLightDom(!property && host.isConnected);
    try {
      const given = property ? { value: host.data } : delegate.readInline();
      const src = host.src?.trim();
      if (!given && src) return this.#load(src);
      build = given ? () => delegate.parse(given.value) : () => delegate.fromAttributes();
    } catch (error) {
      // Unparsable inline data.
      build = () => {
        throw error;
      };
    }
    this.#cancelRequest();
    this.#settle(build);
  }

  /**
   * Shows what `build` gives: a model, nothing (empty), an error, or a
   * promise of a model (a parser that loads on demand), with the loading
   * state until it settles, unless newer data came meanwhile.
   */
  #settle(build: () => Model | undefined | Promise<Model | undefined>): void {
    const generation = ++this.#generation;
    const show = (result: DataResult<Model>) => generation === this.#generation && this.#delegate.show(result);
    const apply = (model: Model | undefined) =>
      show(model === undefined ? { state: 'empty' } : { state: 'ready', model });
    const fail = (error: unknown) => show({ state: 'error', error: toJihaError(error) });
    try {
      const result = build();
      if (result instanceof Promise) {
        show({ state: 'loading' });
        result.then(apply, fail);
      } else {
        apply(result);
      }
    } catch (error) {
      fail(error);
    }
  }

  #load(src: string): void {
    if (this.#fetched?.src === src) {
      const { value, error } = this.#fetched;
      this.#settle(() => {
        if (error) throw error;
        return this.#delegate.parse(value);
      });
      return;
    }
    if (this.#request?.src === src) return; // never twice at once for one element
    this.#cancelRequest();
    this.#generation += 1;
    const controller = new AbortController();
    this.#request = { src, controller };
    this.#delegate.show({ state: 'loading' });
    this.#delegate.fetch(src, { timeout: this.#host.timeout, signal: controller.signal }).then(
      (value) => this.#finish(controller, { src, value }),
      (error: unknown) => this.#finish(controller, { src, error: toJihaError(error, 'fetch-failed') }),
    );
  }

  #finish(controller: AbortController, result: { src: string; value?: unknown; error?: JihaError }): void {
    if (controller.signal.aborted || this.#request?.controller !== controller) return;
    this.#request = undefined;
    this.#fetched = result;
    this.invalidate();
  }

  #cancelRequest(): void {
    this.#request?.controller.abort();
    this.#request = undefined;
  }
}

/** Whether a light-DOM change adds, removes, retypes or edits a data `<script>` of one of `types`. */
export function touchesDataScript(record: MutationRecord, types: readonly string[]): boolean {
  return [record.target, record.target.parentNode, ...record.addedNodes, ...record.removedNodes].some((node) =>
    isDataScript(node, types),
  );
}
