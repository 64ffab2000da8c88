import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { JihaError, toJihaError, type ErrorCode } from './errors.js';
import { inlineJsonText, isDataScript, parseJson } from './inline-data.js';
import { observeLanguage, resolveLanguage, type LanguageContext, type UiLanguage } from '../i18n/language.js';
import { inLanguage, isLanguageLoaded, loadLanguage, msg, type MessageGroup } from '../i18n/localize.js';
import { errorStrings } from '../locales/error.js';
import { baseStyles } from './base-styles.js';
import { VERSION } from './version.js';

type ErrorBoxModule = Pick<typeof import('../error-box/error-box.js'), 'errorBox' | 'errorTexts'>;
let errorBox: ErrorBoxModule | undefined;

/** The error box (code, styles and strings in `language`), loaded with the first error. */
function loadErrorBox(language: UiLanguage): Promise<unknown> {
  const code = import('../error-box/error-box.js').then(
    (module) => (errorBox = module),
    // A badly copied dist/ without the chunk: the box still names the code.
    (): ErrorBoxModule =>
      (errorBox = {
        errorTexts: () => ({ title: 'Error', advice: '' }),
        errorBox: (_host, error) => html`<p class="error" role="alert" part="error">${error.message}</p>`,
      }),
  );
  return Promise.all([code, loadLanguage(language, [errorStrings])]);
}

/** Where an element is: waiting for `src`, showing its data, showing an error, or with nothing to show yet. */
export type LoadState = 'loading' | 'ready' | 'error' | 'empty';

/** The `detail` of a `jiha-error` event. */
export interface JihaErrorDetail {
  code: ErrorCode;
  /** The localised explanation shown in the error box. */
  message: string;
  /** The technical cause (parser message, URL and status), in English. */
  detail: string;
}

/**
 * The base of every Jiha element: language and direction from the tree,
 * per-element UI strings, the contract's data sources in order (`data`
 * property, inline JSON, `src`, attributes), the loading, ready and error
 * states with their events, and a render that never throws into the page.
 *
 * A subclass parses data into its model, builds a model from its attributes,
 * and renders a model.
 *
 * @fires jiha-ready - The element shows its data. Bubbles, composed.
 * @fires jiha-error - The data is unusable; `detail: {code, message, detail}`. Bubbles, composed.
 * @csspart error - The error box.
 * @csspart skeleton - The placeholder shown while `src` loads.
 */
export abstract class JihaDataElement<Model> extends LitElement {
  /** Compared with another copy's when a tag is defined twice. */
  static readonly jihaVersion = VERSION;

  static override styles = [baseStyles];

  // Declared here rather than with decorators: the decorator helpers would
  // add to every page's download.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    timeout: { type: Number },
    timeZone: { attribute: 'time-zone' },
    language: { state: true },
    loadState: { state: true },
    model: { state: true },
    error: { state: true },
  };

  /** The `<script type>` values read as inline data. */
  protected static inlineTypes: readonly string[] = ['application/json'];

  /**
   * The message groups whose strings this element shows (`src/locales/<group>.ts`);
   * each element group carries the `state` strings (loading) along, and
   * `error` comes with the first error.
   */
  protected static messageGroups: readonly MessageGroup[] = [];

  /** Properties whose change rebuilds the model from attributes. */
  protected static contentProperties: readonly string[] = [];

  /** The data as an object; wins over inline JSON, `src` and attributes. */
  data: unknown;

  /** A URL to fetch the data from (same-origin credentials). */
  src: string | null = null;

  /** Milliseconds before a `src` request gives up with the `timeout` error. */
  timeout = 10000;

  /** IANA time zone for times shown; default the viewer's own. */
  timeZone: string | null = null;

  /** The resolved language and direction. */
  protected language: LanguageContext = { tag: 'en', ui: 'en', dir: 'ltr' };

  protected loadState: LoadState = 'empty';
  protected model: Model | undefined;
  protected error: JihaError | undefined;

  #stopObservingLanguage?: () => void;
  #inlineObserver?: MutationObserver;
  #resolvePending = true;
  #request?: { src: string; controller: AbortController };
  #fetched?: { src: string; value?: unknown; error?: JihaError };
  #announced: unknown;
  #generation = 0;

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

  override connectedCallback(): void {
    super.connectedCallback();
    this.#updateLanguage();
    this.#stopObservingLanguage = observeLanguage(this, () => this.#updateLanguage());
    this.#inlineObserver = new MutationObserver((records) => {
      if (records.some((record) => this.affectsInlineData(record))) this.invalidateData();
    });
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type', 'datetime'] });
    // Back in the page: a failed download is tried again, an aborted one restarted.
    if (this.#fetched?.error) this.#fetched = undefined;
    this.invalidateData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLanguage?.();
    this.#inlineObserver?.disconnect();
    this.#cancelRequest();
  }

  /** Reads the data sources again at the next update. */
  protected invalidateData(): void {
    this.#resolvePending = true;
    this.requestUpdate();
  }

  /**
   * Whether a light-DOM change touches inline data (not, say, the JSON-LD
   * this element writes): a data script added, removed or retyped, or its
   * text changed.
   */
  protected affectsInlineData(record: MutationRecord): boolean {
    const types = (this.constructor as typeof JihaDataElement).inlineTypes;
    return [record.target, record.target.parentNode, ...record.addedNodes, ...record.removedNodes].some((node) => isDataScript(node, types));
  }

  #updateLanguage(): void {
    const next = resolveLanguage(this);
    // The UI language follows from the tag.
    if (next.tag !== this.language.tag || next.dir !== this.language.dir) this.language = next;
  }

  /** Waits for the strings of the element's language before rendering. */
  protected override async scheduleUpdate(): Promise<void> {
    const groups = (this.constructor as typeof JihaDataElement).messageGroups;
    if (!isLanguageLoaded(this.language.ui, groups)) {
      // Defined but not yet rendered: a page's `[data-jiha-pending]` rule
      // can keep reserving the space that `:not(:defined)` reserved.
      if (!this.hasUpdated) this.toggleAttribute('data-jiha-pending', true);
      await loadLanguage(this.language.ui, groups);
    }
    super.scheduleUpdate();
    this.removeAttribute('data-jiha-pending');
  }

  protected override willUpdate(changed: PropertyValues): void {
    const content = (this.constructor as typeof JihaDataElement).contentProperties;
    if (['data', 'src', 'timeout', ...content].some((name) => changed.has(name))) {
      this.#resolvePending = true;
    }
    if (this.#resolvePending) {
      this.#resolvePending = false;
      this.#resolveData();
    }
    if (this.loadState === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  /** Inline data: the first matching `<script>` child, parsed. Undefined when there is none. */
  protected readInlineData(): { value: unknown } | undefined {
    const text = inlineJsonText(this, (this.constructor as typeof JihaDataElement).inlineTypes);
    if (text === undefined || text.trim() === '') return undefined;
    return { value: parseJson(text, 'inline <script>') };
  }

  /** The contract's order: `data`, inline JSON, `src`, attributes. */
  #resolveData(): void {
    let build: () => Model | undefined | Promise<Model | undefined>;
    try {
      const given = this.data !== undefined && this.data !== null ? { value: this.data } : this.readInlineData();
      const src = this.src?.trim();
      if (!given && src) return this.#load(src);
      build = given ? () => this.parseData(given.value) : () => this.modelFromAttributes();
    } catch (error) {
      // Unparsable inline JSON.
      build = () => {
        throw error;
      };
    }
    this.#cancelRequest();
    this.#settle(build);
  }

  /**
   * Applies what `build` gives: a model, nothing (empty), an error, or a
   * promise of a model (a data shape whose parser loads on demand), which
   * shows the skeleton until it settles unless newer data came meanwhile.
   */
  #settle(build: () => Model | undefined | Promise<Model | undefined>): void {
    const generation = ++this.#generation;
    const apply = (model: Model | undefined) => {
      this.model = model;
      this.error = undefined;
      this.loadState = model === undefined ? 'empty' : 'ready';
    };
    const fail = (error: unknown) => {
      this.model = undefined;
      this.error = toJihaError(error);
      this.loadState = 'error';
    };
    try {
      const result = build();
      if (result instanceof Promise) {
        this.loadState = 'loading';
        result.then(
          (model) => generation === this.#generation && apply(model),
          (error: unknown) => generation === this.#generation && fail(error),
        );
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
        return this.parseData(value);
      });
      return;
    }
    if (this.#request?.src === src) return; // never twice at once for one element
    this.#cancelRequest();
    const controller = new AbortController();
    this.#request = { src, controller };
    this.loadState = 'loading';
    this.model = undefined;
    this.error = undefined;
    // Fetching code loads with the first `src`: inline data needs none of it.
    import('../data/fetch-data.js')
      .then(({ fetchJson }) => fetchJson(src, { timeout: this.timeout, signal: controller.signal }))
      .then(
      (value) => this.#finishRequest(controller, { src, value }),
      (error: unknown) => this.#finishRequest(controller, { src, error: toJihaError(error, 'fetch-failed') }),
    );
  }

  #finishRequest(controller: AbortController, result: { src: string; value?: unknown; error?: JihaError }): void {
    if (controller.signal.aborted || this.#request?.controller !== controller) return;
    this.#request = undefined;
    this.#fetched = result;
    this.invalidateData();
  }

  #cancelRequest(): void {
    this.#request?.controller.abort();
    this.#request = undefined;
  }

  protected override render(): unknown {
    const { ui, dir } = this.language;
    return inLanguage(ui, () => html`<div class="frame" dir=${dir} lang=${ui}>${this.#renderState()}</div>`);
  }

  #renderState(): unknown {
    switch (this.loadState) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return this.renderError(this.error ?? new JihaError('invalid-data', 'unknown'));
      case 'empty':
        return null;
      case 'ready':
        try {
          return this.renderModel(this.model as Model);
        } catch (error) {
          // A renderer bug on odd data must not throw into the host page.
          this.error = toJihaError(error);
          this.loadState = 'error';
          return this.renderError(this.error);
        }
    }
  }

  /** The placeholder while `src` loads; elements shape their own. */
  protected renderSkeleton(): unknown {
    return html`<div class="skeleton" part="skeleton">
      <span></span><span></span><span></span>
      <span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>
    </div>`;
  }

  protected renderError(error: JihaError): unknown {
    if (!errorBox || !isLanguageLoaded(this.language.ui, [errorStrings])) {
      loadErrorBox(this.language.ui).then(() => this.requestUpdate());
      return null;
    }
    return errorBox.errorBox(this, error);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState === 'ready' && this.#announced !== this.model) {
      this.#announced = this.model;
      this.emit('jiha-ready', undefined);
    } else if (this.loadState === 'error' && this.error && this.#announced !== this.error && errorBox && isLanguageLoaded(this.language.ui, [errorStrings])) {
      // Announced from the update that shows the box (its sentences loaded), so that a listener finds it in place.
      const error = this.error;
      this.#announced = error;
      const message = inLanguage(this.language.ui, () => errorBox!.errorTexts(error.code).title);
      this.emit<JihaErrorDetail>('jiha-error', { code: error.code, message, detail: error.detail });
    }
  }

  /** Dispatches a bubbling, composed event from the host. */
  protected emit<T>(type: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
