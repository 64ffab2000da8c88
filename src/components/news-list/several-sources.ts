/**
 * Several feeds in one list (`src` with several addresses): each source's
 * pages downloaded on their own, their items merged newest first, a link
 * shown once, each item named by its source. A chunk of its own, loaded
 * only by a list with several sources: a page with one pays nothing.
 *
 * The merge never shows an item that a page not yet downloaded could
 * precede: a source with a next page holds back every item older than its
 * own oldest one (its next page is older still, as feeds are written newest
 * first), so "more" continues the merge page by page with nothing skipped
 * or repeated. A source that fails or is slow is left out of the merge and
 * named beside the list, never hiding the others.
 */
import { JihaError, toJihaError } from '../../core/errors.js';
import type { Article } from '../news-card/article-model.js';
import { hostName } from './feed-addresses.js';
import type { FeedPage, MergedSources, PageOptions } from './feed-model.js';
import type { SourceNote } from './source-notes.js';

/**
 * How long a list waits for its slowest source before it shows the others
 * (the slow one joins the merge when it arrives, or is named as failed when
 * the element's `timeout` runs out).
 */
const SLOW_SOURCE_MS = 3000;

/** What the element lends the merge: how a page is downloaded and read, and how to tell it that something changed. */
export interface SourcesHost {
  /** The address of a source's first page (WordPress paging added). */
  firstPage(address: string): string;
  loadPage(url: string, options: PageOptions): Promise<FeedPage>;
  /** The `source-labels` attribute as it is now. */
  labels(): string | null;
  /** A late source arrived, or a retried one: the element renders again. */
  changed(): void;
}

/** One source: its address as written in `src`, what has been read, and whether it can be shown. */
export interface SourceState {
  readonly address: string;
  state: 'loading' | 'ready' | 'failed';
  items: Article[];
  /** Each item's date in milliseconds (an undated item takes the one before it), for the merge. */
  keys: number[];
  next?: string;
  title?: string;
  error?: JihaError;
  staleSince?: Date;
}

/** `source-labels`: labels separated by `|`, in the order of the addresses; an empty one is no label. */
export function splitLabels(value: string | null): (string | undefined)[] {
  return (value ?? '').split('|').map((label) => label.replace(/\s+/g, ' ').trim() || undefined);
}

/** The link an item is known by, for showing it once (as written: a fragment may be what tells two articles apart). */
function linkOf(item: Article): string | undefined {
  if (!item.url) return undefined;
  try {
    return new URL(item.url).href;
  } catch {
    return item.url;
  }
}

export class SeveralSources implements MergedSources {
  readonly sources: SourceState[];
  #host: SourcesHost;
  #options: PageOptions;
  /** The last merge, kept until something changes (the element asks several times a render). */
  #merged: { version: number; labels: string | null; items: Article[] } | undefined;
  #version = 0;

  constructor(addresses: string[], host: SourcesHost, options: PageOptions) {
    this.sources = addresses.map((address) => ({ address, state: 'loading', items: [], keys: [] }));
    this.#host = host;
    this.#options = options;
  }

  /** The name a source's items carry: the page's label, else its feed's title, else its host. */
  label(index: number): string {
    const source = this.sources[index];
    return splitLabels(this.#host.labels())[index] ?? source.title ?? hostName(source.address);
  }

  /** Downloads every source's first page; settles when all have answered, or some have and the others are slow. */
  start(): Promise<void> {
    const loads = this.sources.map((source) => this.#loadFirst(source));
    const all = Promise.all(loads).then(() => undefined);
    const someReady = new Promise<void>((resolve) => {
      for (const load of loads) load.then(() => this.sources.some((source) => source.state === 'ready') && resolve());
    });
    const slow = new Promise<void>((resolve) => setTimeout(resolve, Math.min(SLOW_SOURCE_MS, this.#options.timeout)));
    return Promise.race([all, slow.then(() => someReady)]).then(() => {
      const failed = this.sources.filter((source) => source.state === 'failed');
      if (failed.length === this.sources.length) throw allFailed(failed);
    });
  }

  /** Downloads a failed source's first page again. */
  retry(index: number): void {
    const source = this.sources[index];
    if (source?.state !== 'failed') return;
    void this.#loadFirst(source, true);
    this.#changed();
  }

  async #loadFirst(source: SourceState, retry = false): Promise<void> {
    source.state = 'loading';
    source.error = undefined;
    try {
      const page = await this.#host.loadPage(this.#host.firstPage(source.address), { ...this.#options, retry });
      source.items = [];
      source.keys = [];
      source.title = page.title;
      source.staleSince = page.staleSince;
      this.#append(source, page);
      source.state = 'ready';
    } catch (error) {
      source.state = 'failed';
      source.error = toJihaError(error, 'fetch-failed');
    }
    this.#changed();
  }

  #changed(): void {
    this.#version += 1;
    if (!this.#options.signal.aborted) this.#host.changed();
  }

  #append(source: SourceState, page: FeedPage): void {
    for (const item of page.items) {
      const time = item.published?.date.getTime();
      source.items.push(item);
      source.keys.push(time !== undefined && Number.isFinite(time) ? time : (source.keys.at(-1) ?? -Infinity));
    }
    source.next = page.next;
  }

  /** The oldest date that can be shown: items older than a source's oldest wait for its next page. */
  #horizon(): number {
    let horizon = -Infinity;
    for (const source of this.sources) {
      if (source.state === 'ready' && source.next && source.keys.length)
        horizon = Math.max(horizon, Math.min(...source.keys));
    }
    return horizon;
  }

  items(): Article[] {
    const labels = this.#host.labels();
    if (this.#merged?.version === this.#version && this.#merged.labels === labels) return this.#merged.items;
    const entries = this.sources.flatMap((source, index) =>
      source.state === 'ready'
        ? source.items.map((item, position) => ({ item, key: source.keys[position], index, position }))
        : [],
    );
    entries.sort((a, b) => b.key - a.key || a.index - b.index || a.position - b.position);
    const horizon = this.#horizon();
    const seen = new Set<string>();
    const names = this.sources.map((_, index) => this.label(index));
    const items: Article[] = [];
    for (const { item, key, index } of entries) {
      if (key < horizon) break;
      const link = linkOf(item);
      if (link !== undefined) {
        if (seen.has(link)) continue;
        seen.add(link);
      }
      items.push({ ...item, source: names[index] });
    }
    this.#merged = { version: this.#version, labels, items };
    return items;
  }

  failures(): { address: string; error: JihaError }[] {
    return this.sources.flatMap(({ address, state, error }) =>
      state === 'failed' && error ? [{ address, error }] : [],
    );
  }

  /** What the lines beside the list say about each source. */
  notes(): SourceNote[] {
    return this.sources.map((source, index) => ({
      label: this.label(index),
      error: source.state === 'failed' ? source.error : undefined,
      staleSince: source.state === 'ready' ? source.staleSince : undefined,
      retry: () => this.retry(index),
    }));
  }

  hasMore(): boolean {
    return this.sources.some((source) => source.state === 'ready' && source.next);
  }

  async loadMore(wanted: number, options: PageOptions): Promise<void> {
    while (this.items().length < wanted) {
      // The source that holds the merge back: the one whose oldest item is the newest.
      const source = this.sources
        .filter((candidate) => candidate.state === 'ready' && candidate.next)
        .sort((a, b) => Math.min(...b.keys) - Math.min(...a.keys))[0];
      if (!source?.next) return;
      const page = await this.#host.loadPage(source.next, options);
      if (options.signal.aborted) return;
      this.#append(source, page);
      this.#version += 1;
    }
  }
}

/** Every source failed: the first one's error, naming them all. */
function allFailed(failed: SourceState[]): JihaError {
  const first = failed[0].error!;
  const detail = failed.map((source) => `${source.address}: ${source.error?.detail ?? ''}`).join('; ');
  return new JihaError(first.code, `no source could be read (${detail})`);
}

/** Reads the sources at `addresses` into a merged list. */
export async function readSources(
  addresses: string[],
  host: SourcesHost,
  options: PageOptions,
): Promise<SeveralSources> {
  const sources = new SeveralSources(addresses, host, options);
  await sources.start();
  return sources;
}
