import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ScrollRowOptions {
  /** The scrolling row, when the layout has one. */
  row(): HTMLElement | null;
  /** The bar that shows which part of the row is in view. */
  indicator(): HTMLElement | null;
  /** The host's direction: "next" goes towards the row's inline end. */
  direction(): 'ltr' | 'rtl';
}

/**
 * The previous/next paging of a horizontal row: where the row stands
 * (`atStart`, `atEnd`, which the host renders as disabled buttons), a
 * position bar kept in step with the row through two custom properties
 * (`--_thumb-start`, `--_thumb-size`, fractions of the row; set through the
 * CSSOM, so a strict CSP allows them), and `page(±1)`, which scrolls by one
 * view: the row's cards fill the view exactly and snap, so a page ends on a
 * card's edge. The host re-renders only when an end is reached or left.
 */
export class ScrollRowController implements ReactiveController {
  atStart = true;
  atEnd = true;
  #host: ReactiveControllerHost;
  #options: ScrollRowOptions;
  #row: HTMLElement | null = null;
  #resize?: ResizeObserver;
  #timer?: ReturnType<typeof setTimeout>;
  #resizeTimer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: ScrollRowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const row = this.#options.row();
    if (row !== this.#row) this.#watch(row);
    this.#measure();
  }

  hostDisconnected(): void {
    this.#watch(null);
  }

  /** Scrolls one view towards the end (1) or the start (-1). */
  page(step: 1 | -1): void {
    const row = this.#row;
    if (!row || (step > 0 ? this.atEnd : this.atStart)) return;
    const style = getComputedStyle(row);
    // The view holds whole cards: a page is the view, less the margin kept at its edges, plus one gap.
    const edges = (parseFloat(style.scrollPaddingInlineStart) || 0) + (parseFloat(style.scrollPaddingInlineEnd) || 0);
    const gap = parseFloat(getComputedStyle(row.querySelector('.events') ?? row).columnGap) || 0;
    const distance = row.clientWidth - edges + gap;
    const sign = this.#options.direction() === 'rtl' ? -1 : 1;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollBy({ left: step * sign * distance, behavior: smooth ? 'smooth' : 'auto' });
    this.#followUntilStill(row);
  }

  /**
   * Measures the row on a timer until it stops moving: a page in a
   * background tab renders no frames, so it gets no scroll events, and the
   * buttons must still say where the row stands.
   */
  #followUntilStill(row: HTMLElement, last = NaN, tries = 40): void {
    clearTimeout(this.#timer);
    this.#measure();
    // Still for one tick, once a smooth scroll had the time to start, or out of tries.
    if (row !== this.#row || (row.scrollLeft === last && tries < 37) || tries === 0) return;
    this.#timer = setTimeout(() => this.#followUntilStill(row, row.scrollLeft, tries - 1), 50);
  }

  #watch(row: HTMLElement | null): void {
    this.#row?.removeEventListener('scroll', this.#measure);
    this.#resize?.disconnect();
    clearTimeout(this.#timer);
    clearTimeout(this.#resizeTimer);
    this.#row = row;
    if (!row) return;
    // Scroll events come at most once a frame: measuring in each is cheap, and needs no animation frame (a background tab gets none).
    row.addEventListener('scroll', this.#measure, { passive: true });
    // Measured in a task of its own, not in the observer's callback: showing or hiding the buttons changes the
    // layout, and a change inside the callback that resizes other observed rows (a page of many timelines gaining
    // a scroll bar) ends the browser's loop with an error on the host page.
    this.#resize ??= new ResizeObserver(() => {
      clearTimeout(this.#resizeTimer);
      this.#resizeTimer = setTimeout(this.#measure);
    });
    this.#resize.observe(row);
  }

  readonly #measure = (): void => {
    const row = this.#row;
    if (!row) return;
    // In rtl the row scrolls towards negative offsets: the distance from the start is the same either way.
    const position = Math.abs(row.scrollLeft);
    const range = row.scrollWidth - row.clientWidth;
    const atStart = position <= 1;
    const atEnd = position >= range - 1;
    const indicator = this.#options.indicator();
    if (indicator) {
      const width = row.scrollWidth || 1;
      indicator.style.setProperty('--_thumb-start', String(position / width));
      indicator.style.setProperty('--_thumb-size', String(Math.min(1, row.clientWidth / width)));
    }
    if (atStart !== this.atStart || atEnd !== this.atEnd) {
      this.atStart = atStart;
      this.atEnd = atEnd;
      this.#host.requestUpdate();
    }
  };
}
