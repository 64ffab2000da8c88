import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list in chunks: a first share of its items in the first
 * frame, then a chunk more in each following task, after the browser could
 * paint and handle input, until every item is rendered. The host renders
 * `budget` items (placeholders for the rest) and says, with `pending`,
 * whether some were left out. Printing renders every item at once: paper
 * has no later chunk.
 */
export class ChunkedRenderController implements ReactiveController {
  /** How many items to render now. */
  budget: number;
  /** True while some items are placeholders. */
  pending = false;
  #scheduled = false;
  #host: ReactiveControllerHost & HTMLElement;
  #first: number;
  #chunk: number;
  #printMedia?: MediaQueryList;

  constructor(host: ReactiveControllerHost & HTMLElement, first: number, chunk: number) {
    this.#host = host;
    this.#first = first;
    this.#chunk = chunk;
    this.budget = first;
    host.addController(this);
  }

  /** Starts again from the first share (the list changed). */
  restart(): void {
    this.budget = this.#first;
  }

  /** Renders every item now (before a jump to the far end). */
  async renderAll(): Promise<void> {
    if (!this.pending) return;
    this.budget = Number.POSITIVE_INFINITY;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  hostConnected(): void {
    // \`beforeprint\` for the print dialog; the media query also for a PDF printed headless or print emulation.
    window.addEventListener('beforeprint', this.#renderForPrint);
    this.#printMedia = window.matchMedia('print');
    this.#printMedia.addEventListener('change', this.#renderForPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#renderForPrint);
    this.#printMedia?.removeEventListener('change', this.#renderForPrint);
    this.#printMedia = undefined;
  }

  /** The update runs in this event's microtasks, before the browser lays the page out for paper. */
  #renderForPrint = (): void => {
    if (!this.pending) return;
    this.budget = Number.POSITIVE_INFINITY;
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    if (!this.pending || this.#scheduled || !this.#host.isConnected) return;
    this.#scheduled = true;
    nextTask(() => {
      this.#scheduled = false;
      if (!this.#host.isConnected) return;
      this.budget += this.#chunk;
      this.#host.requestUpdate();
    });
  }
}

/**
 * Runs `task` in a new task, after the browser could paint and handle input.
 * A message, not a timer: timers in hidden or background pages are throttled
 * to one a second, which would leave a long list half-rendered.
 */
function nextTask(task: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(undefined);
}
