import { LitElement, html, type PropertyDeclarations } from 'lit';
import { observeLanguage, resolveLanguage, type LanguageContext } from '../i18n/language.js';
import { inLanguage, isLanguageLoaded, loadLanguage, type MessageGroup } from '../i18n/localize.js';
import { baseStyles } from './base-styles.js';
import { printStyles } from './print-styles.js';
import type { JihaEventDetails, JihaEventType } from './events.js';
import { VERSION } from './version.js';

/**
 * The base of every Jiha element: its language and direction from the tree
 * (live, across shadow roots), its UI strings loaded before it renders, the
 * frame every widget sits in, and typed events. Elements that show data
 * extend JihaDataElement; the builder and the embed's error page use this
 * alone.
 */
export abstract class JihaElement extends LitElement {
  /** Compared with another copy's when a tag is defined twice. */
  static readonly jihaVersion = VERSION;

  static override styles = [baseStyles, printStyles];

  // Declared here rather than with decorators: the decorator helpers would
  // add to every page's download.
  static override properties: PropertyDeclarations = {
    language: { state: true },
  };

  /**
   * The message groups whose strings this element shows (`src/locales/<group>.ts`);
   * each element group carries the `state` strings (loading) along, and
   * `error` comes with the first error.
   */
  protected static messageGroups: readonly MessageGroup[] = [];

  /** The resolved language and direction. */
  protected language: LanguageContext = { tag: 'en', ui: 'en', dir: 'ltr' };

  #stopObservingLanguage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#updateLanguage();
    this.#stopObservingLanguage = observeLanguage(this, () => this.#updateLanguage());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLanguage?.();
  }

  #updateLanguage(): void {
    const next = resolveLanguage(this);
    // The UI language follows from the tag.
    if (next.tag !== this.language.tag || next.dir !== this.language.dir) this.language = next;
  }

  /**
   * Waits for the strings of the element's language before rendering. When
   * they are in memory (an element's own strings come with it) the update
   * runs at once, without a promise: that wait is per element and per update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const groups = (this.constructor as typeof JihaElement).messageGroups;
    if (isLanguageLoaded(this.language.ui, groups)) return super.scheduleUpdate();
    return this.#loadStringsThenUpdate(groups);
  }

  async #loadStringsThenUpdate(groups: readonly MessageGroup[]): Promise<void> {
    // Defined but not yet rendered: a page's `[data-jiha-pending]` rule
    // can keep reserving the space that `:not(:defined)` reserved.
    const pending = !this.hasUpdated;
    if (pending) this.toggleAttribute('data-jiha-pending', true);
    try {
      await loadLanguage(this.language.ui, groups);
    } catch (error) {
      this.stringsFailed(error);
    }
    super.scheduleUpdate();
    if (pending) this.removeAttribute('data-jiha-pending');
  }

  /**
   * The strings' chunk did not arrive: the element renders with the English
   * source strings; data elements show the `fetch-failed` state instead.
   */
  protected stringsFailed(error: unknown): void {
    console.warn(`jiha-widgets: <${this.localName}> shows English:`, error);
  }

  protected override render(): unknown {
    const { ui, dir } = this.language;
    return inLanguage(ui, () => html`<div class="frame" dir=${dir} lang=${ui}>${this.renderContent()}</div>`);
  }

  /** What the frame holds, rendered in the element's language. */
  protected abstract renderContent(): unknown;

  /** Dispatches one of the library's events from the host; it bubbles and is composed. */
  protected emit<K extends JihaEventType>(type: K, detail: JihaEventDetails[K]): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
