/**
 * The news list's model: one page of a feed as news-card articles, and where
 * the next page is. Every format reader fills it; the element only renders
 * it. Pure: no DOM.
 */
import type { JihaError } from '../../core/errors.js';
import type { Article } from '../news-card/article-model.js';

export interface FeedPage {
  /** The items read, in the feed's order (the list shows them `limit` at a time). */
  items: Article[];
  /** The address of the feed's next page (WordPress `page`, JSON Feed `next_url`), when there is one. */
  next?: string;
  /** The feed's own title (RSS and Atom channel title, JSON Feed title): a merged list names its source by it. */
  title?: string;
  /** When the council's server took this copy (`X-Jiha-Fetched-At`), for a copy it says is stale (`X-Jiha-Stale`). */
  staleSince?: Date;
  /** Several sources merged (`src` with several addresses): the chunk that reads them keeps their pages here. */
  sources?: MergedSources;
}

/**
 * The merged view of several feeds, made by the lazy chunk
 * several-sources.ts; the element only asks it what to show and for more.
 */
export interface MergedSources {
  /** The items that can be shown, newest first, each link once, each naming its source. */
  items(): Article[];
  /** Whether some source has a page not yet downloaded. */
  hasMore(): boolean;
  /** Downloads next pages until `wanted` items can be shown or every source has ended; rejects when a page fails. */
  loadMore(wanted: number, options: PageOptions): Promise<void>;
  /** The sources that could not be read, for `jiha-error`. */
  failures(): { address: string; error: JihaError }[];
}

/** What a page download may use. */
export interface PageOptions {
  timeout: number;
  signal: AbortSignal;
  /** Asks the server again rather than the browser's cache (a retry). */
  retry?: boolean;
}

/**
 * The most items read from one document: an RSS or Atom feed is paged in
 * the browser, and a feed of thousands of items (a 5 MB archive) must not
 * cost the page the work of reading them all.
 */
export const MAX_FEED_ITEMS = 100;

/**
 * The most characters of one field read before its HTML becomes text: the
 * card shows at most MAX_TEXT_LENGTH (20,000), and markup is longer than its text.
 */
export const MAX_FIELD_HTML = 80000;
