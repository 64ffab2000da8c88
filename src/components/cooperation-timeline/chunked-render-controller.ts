import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list in chunks: a first share of its items in the first
 * frame, then a chunk more in each following task, after the browser could
 * paint and handle input, until every item is rendered. The host renders
 * `budget` items (placeholders for the rest) and says, with `pending`,
 * whether some were left out.
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
