import type { ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items, in reading order; each carries its key in `data-index`. */
  items(): HTMLElement[];
  /** What an item is, for finding the one an event came from. */
  selector: string;
  /** Whether the items rove now (a layout where they stand in a row). */
  enabled(): boolean;
  /** The host's direction: the arrow keys follow the row's reading order. */
  direction(): 'ltr' | 'rtl';
  /** Renders the items not rendered yet, if there are any (else undefined). */
  renderRest(): Promise<void> | undefined;
}

/**
 * A roving tabindex over a horizontal row of items: one item takes Tab
 * (`active`, which the host renders with tabindex 0), the arrow keys move to
 * the neighbouring item (mirrored in rtl), Home and End to the ends. The host
 * binds `onKeydown` and `onFocusin` on the row's container. It needs none of
 * the host's lifecycle callbacks (its listeners live on the rendered row), so
 * it only asks the host to update when the active item changes.
 */
export class RovingFocusController {
  #activeKey: number | undefined;
  #host: ReactiveControllerHost;
  #options: RovingFocusOptions;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The key of the item that takes Tab; undefined: the host's first. */
  get active(): number | undefined {
    return this.#activeKey;
  }

  set active(key: number | undefined) {
    if (key === this.#activeKey) return;
    this.#activeKey = key;
    this.#host.requestUpdate();
  }

  /** An item that takes focus (by a click, or Tab) takes Tab from then on. */
  readonly onFocusin = (event: FocusEvent): void => {
    const item = this.#itemOf(event.target);
    if (item && this.#options.enabled()) this.active = Number(item.dataset.index);
  };

  /** Arrow keys move to the neighbouring item (mirrored in rtl); Home and End jump to the ends. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const current = this.#itemOf(event.target);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.#options.direction() === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const step =
      event.key === forward
        ? 1
        : event.key === backward
          ? -1
          : event.key === 'Home'
            ? -Infinity
            : event.key === 'End'
              ? Infinity
              : 0;
    if (!step) return;
    event.preventDefault();
    const items = this.#options.items();
    const position = items.indexOf(current);
    // Past the rendered items (End, or the last rendered one): render the rest first.
    const rest =
      step === Infinity || (step === 1 && position === items.length - 1) ? this.#options.renderRest() : undefined;
    if (rest) {
      void rest.then(() => this.#moveFocus(current, step));
      return;
    }
    this.#moveFocus(current, step);
  };

  #itemOf(target: EventTarget | null): HTMLElement | null {
    return (target as Element | null)?.closest?.(this.#options.selector) as HTMLElement | null;
  }

  #moveFocus(current: HTMLElement, step: number): void {
    const items = this.#options.items();
    const position = items.indexOf(current);
    const target =
      step === Infinity
        ? items.length - 1
        : step === -Infinity
          ? 0
          : Math.min(items.length - 1, Math.max(0, position + step));
    const next = items[target];
    if (!next) return;
    items.forEach((item) => item.setAttribute('tabindex', item === next ? '0' : '-1'));
    this.active = Number(next.dataset.index);
    next.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    next.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }
}
