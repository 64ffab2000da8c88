import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '../i18n/localize.js';
import {
  DataSourceController,
  touchesDataScript,
  type DataResult,
  type FetchOptions,
  type LoadState,
} from './data-controller.js';
import { errorReport, renderErrorBox, renderSkippedRows, skippedRowsReport } from './error-state.js';
import { JihaError } from './errors.js';
import { renderFallback } from './fallback.js';
import { isDataScript, parseJson } from './inline-data.js';
import { skippedRows } from './partial-data.js';
import { CSV_TYPE, CsvText } from '../data/csv-text.js';
import { JihaElement } from './jiha-element.js';
import { lazyModule } from './lazy-module.js';

export type { LoadState } from './data-controller.js';
export type { JihaErrorDetail } from './events.js';

/** Fetching code loads with the first `src`: inline data needs none of it. */
const fetchModule = lazyModule('fetch', () => import('../data/fetch-data.js'));

/**
 * The base of every element that shows data: the contract's data sources
 * (DataSourceController), the loading, ready and error states with their
 * events, and a render that never throws into the page.
 *
 * A subclass parses data into its model, builds a model from its attributes,
 * and renders a model.
 *
 * @fires jiha-ready - The element shows its data. Bubbles, composed.
 * @fires jiha-error - The data is unusable; `detail: {code, message, detail}`, in English (also in the console). Bubbles, composed.
 * Light-DOM children other than `<script>` and `<template>` are the
 * fallback: shown by the page before the element is defined and where the
 * script never runs, hidden (from sight and from assistive technology) once
 * the element renders, and slotted back beside the error box.
 *
 * @slot - The fallback: the page's own content for readers without JavaScript; shown again in the error state.
 * @csspart error - The error box: one sentence for visitors (`role="alert"`); in an editor's view (`data-jiha-editor` on the element or an ancestor) also what is wrong and what to fix.
 * @csspart error-editor - The editor's part of the error box.
 * @csspart notice - In an editor's view, the line naming CSV rows left out.
 * @csspart fallback - The page's own content, shown beside the error box.
 * @csspart skeleton - The placeholder shown while `src` loads.
 */
export abstract class JihaDataElement<Model> extends JihaElement {
  static override properties: PropertyDeclarations = {
    ...JihaElement.properties,
    data: { attribute: false },
    src: {},
    timeout: { type: Number },
    timeZone: { attribute: 'time-zone' },
    loadState: { state: true },
    model: { state: true },
    error: { state: true },
  };

  /** The `<script type>` values read as inline data. */
  protected static inlineTypes: readonly string[] = ['application/json'];

  /** Properties whose change rebuilds the model from attributes. */
  protected static contentProperties: readonly string[] = [];

  /** The data as an object; wins over inline JSON, `src` and attributes. */
  data: unknown;

  /**
   * A URL to fetch the data from (same-origin credentials).
   * @format url
   */
  src: string | null = null;

  /**
   * Milliseconds before a `src` request gives up with the `timeout` error.
   * @min 1
   */
  timeout = 10000;

  /**
   * IANA time zone for times shown; default the viewer's own.
   * @example Africa/Casablanca
   */
  timeZone: string | null = null;

  protected loadState: LoadState = 'empty';
  protected model: Model | undefined;
  protected error: JihaError | undefined;

  readonly #sources = new DataSourceController<Model>(this, {
    readInline: () => this.readInlineData(),
    affectsInline: (record) => this.affectsInlineData(record),
    fetch: (src, options) => this.fetchSource(src, options),
    parse: (input) => this.parseData(input),
    fromAttributes: () => this.modelFromAttributes(),
    show: (result) => this.showData(result),
  });
  #announced: unknown;
  #announcedRows: unknown;
  #busy = false;

  /**
   * Turns data from any source into the model; throws a JihaError (or
   * anything, read as `invalid-data`). May return a promise when a parser
   * for a rarer shape is loaded on demand.
   */
  protected abstract parseData(input: unknown): Model | Promise<Model>;

  /** The model from attributes alone, or undefined when they say nothing. */
  protected abstract modelFromAttributes(): Model | undefined;

  /** The widget for a ready model, rendered in the element's language. */
  protected abstract renderModel(model: Model): unknown;

  /** Reads the data sources again at the next update. */
  protected invalidateData(): void {
    this.#sources.invalidate();
  }

  /** Whether a light-DOM change touches inline data (not, say, the JSON-LD this element writes). */
  protected affectsInlineData(record: MutationRecord): boolean {
    return touchesDataScript(record, (this.constructor as typeof JihaDataElement).inlineTypes);
  }

  /** Inline data: the first matching `<script>` child, parsed (CSV as CsvText for the element's reader). Undefined when there is none. */
  protected readInlineData(): { value: unknown } | undefined {
    const script = Array.from(this.children).find((child) => isDataScript(child, this.#inlineTypes));
    const text = script?.textContent ?? '';
    if (!script || text.trim() === '') return undefined;
    if (isDataScript(script, [CSV_TYPE])) return { value: new CsvText(text, 'inline <script type="text/csv">') };
    return { value: parseJson(text, 'inline <script>') };
  }

  get #inlineTypes(): readonly string[] {
    return (this.constructor as typeof JihaDataElement).inlineTypes;
  }

  /** Downloads `src` as JSON (or CSV, for elements whose inline types include `text/csv`); elements that read other formats download their own way. */
  protected fetchSource(src: string, options: FetchOptions): Promise<unknown> {
    const csv = this.#inlineTypes.includes(CSV_TYPE);
    return fetchModule
      .load()
      .then(({ fetchJson, fetchJsonOrCsv }) => (csv ? fetchJsonOrCsv(src, options) : fetchJson(src, options)));
  }

  /** The data controller's result, mirrored into reactive state. */
  protected showData(result: DataResult<Model>): void {
    this.loadState = result.state;
    this.model = result.state === 'ready' ? result.model : undefined;
    this.error = result.state === 'error' ? result.error : undefined;
  }

  protected override stringsFailed(error: unknown): void {
    this.showData({
      state: 'error',
      error: error instanceof JihaError ? error : new JihaError('fetch-failed', String(error)),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    const content = (this.constructor as typeof JihaDataElement).contentProperties;
    this.#sources.update(
      changed.has('data') || changed.has('src') || changed.has('timeout') || content.some((name) => changed.has(name)),
    );
    const busy = this.loadState === 'loading';
    // Written on a change only: this runs at every update of every element.
    if (busy !== this.#busy) {
      this.#busy = busy;
      if (busy) this.setAttribute('aria-busy', 'true');
      else this.removeAttribute('aria-busy');
    }
  }

  protected override renderContent(): unknown {
    switch (this.loadState) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return html`${this.renderError(this.error ?? new JihaError('invalid-data', 'unknown'))}${this.renderFallback()}`;
      case 'empty':
        // Nothing of its own to show: the page's content stays.
        return this.renderFallback();
      case 'ready':
        try {
          const widget = this.renderModel(this.model as Model);
          const skipped = skippedRows(this.model);
          return skipped ? html`${renderSkippedRows(this, skipped, this.language.ui)}${widget}` : widget;
        } catch (error) {
          // A renderer bug on odd data must not throw into the host page.
          this.showData({
            state: 'error',
            error: error instanceof JihaError ? error : new JihaError('invalid-data', String(error)),
          });
          return html`${this.renderError(this.error!)}${this.renderFallback()}`;
        }
    }
  }

  /** Data shown without some rows (a bad CSV line) reports them once, after `jiha-ready`, as `invalid-data`. */
  #announceSkippedRows(): void {
    const skipped = this.loadState === 'ready' ? skippedRows(this.model) : undefined;
    if (!skipped || this.#announcedRows === this.model) return;
    const detail = skippedRowsReport(skipped, this);
    if (!detail) return; // the report's chunk is loading; the next update announces
    this.#announcedRows = this.model;
    this.emit('jiha-error', detail);
  }

  /** The placeholder while `src` loads; elements shape their own. */
  protected renderSkeleton(): unknown {
    return html`<div class="skeleton" part="skeleton">
      <span></span><span></span><span></span>
      <span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>
    </div>`;
  }

  /** The page's own fallback content, slotted back (nothing when there is none). */
  protected renderFallback(): unknown {
    return renderFallback(this);
  }

  protected renderError(error: JihaError): unknown {
    return renderErrorBox(this, error, this.language.ui);
  }

  /** The `detail` of `jiha-ready`; elements that show items add their count. */
  protected readyDetail(): { count?: number } | undefined {
    return undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState === 'ready' && this.#announced !== this.model) {
      this.#announced = this.model;
      this.emit('jiha-ready', this.readyDetail());
    } else if (this.loadState === 'error' && this.error && this.#announced !== this.error) {
      // Announced from the update that shows the box, so that a listener finds it in place.
      const detail = errorReport(this.error, this, this.language.ui);
      if (!detail) return;
      this.#announced = this.error;
      this.emit('jiha-error', detail);
    }
    this.#announceSkippedRows();
  }
}
