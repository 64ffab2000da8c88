/**
 * The news list's model: one page of a feed as news-card articles, and where
 * the next page is. Every format reader fills it; the element only renders
 * it. Pure: no DOM.
 */
import type { Article } from '../news-card/article-model.js';

export interface FeedPage {
  /** The items read, in the feed's order (the list shows them `limit` at a time). */
  items: Article[];
  /** The address of the feed's next page (WordPress `page`, JSON Feed `next_url`), when there is one. */
  next?: string;
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
