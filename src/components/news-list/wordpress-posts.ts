/**
 * WordPress REST API posts (`/wp-json/wp/v2/posts?_embed`): each post read
 * by the news card's WordPress reader, the next page from the request's
 * `page` and the `X-WP-TotalPages` header. A chunk of its own, loaded only
 * when such data arrives.
 */
import { toJihaError } from '../../core/errors.js';
import { isObject } from '../../data/fields.js';
import { fromWordPress } from '../news-card/foreign-formats.js';
import type { Article } from '../news-card/article-model.js';
import { MAX_FEED_ITEMS, type FeedPage } from './feed-model.js';
import { nextWordPressPage } from './wordpress-url.js';

/**
 * The posts the card can show; a post it cannot (no title: WordPress
 * allows untitled posts) is left out with a warning, and the list is an
 * error only when no post is readable.
 */
export function readWordPressPosts(posts: unknown[], address?: string, headers?: Headers): FeedPage {
  const items: Article[] = [];
  let firstError: Error | undefined;
  posts.slice(0, MAX_FEED_ITEMS).forEach((post, index) => {
    try {
      if (isObject(post)) items.push(fromWordPress(post));
    } catch (error) {
      const problem = toJihaError(error);
      firstError ??= problem;
      console.warn(`jiha-widgets: <jiha-news-list> post ${index} left out: ${problem.detail}`);
    }
  });
  if (firstError && items.length === 0) throw firstError;
  return { items, next: address && headers ? nextWordPressPage(address, headers) : undefined };
}
