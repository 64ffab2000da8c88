/**
 * The data at a widget's `src`, read once by the builder so that the page
 * snippet's fallback can be written from it: what the browser lets a page
 * of another site read (CORS), within a few seconds. When it cannot, the
 * answer says why, for the editor.
 */
import { CsvText } from '../data/csv-text.js';
import { FeedResponse, FEED_ACCEPT, readResponse } from '../components/news-list/read-feed.js';
import type { FeedPage } from '../components/news-list/feed-model.js';

export type SourceData =
  | { ok: true; src: string; takenOn: string; data: unknown; feed?: FeedPage }
  | { ok: false; src: string; why: 'unreachable' | 'status' | 'format'; status?: number };

const WAIT_MS = 8000;

/** The day the data was taken, as the snippet's comment and the builder's note say it. */
const today = () => new Date().toISOString().slice(0, 10);

export async function readSource(widget: string, src: string, base = document.baseURI): Promise<SourceData> {
  // A news list of several feeds: its fallback is written from the first, as the plugin's is.
  const url = new URL(src.trim().split(/\s+/)[0], base).href;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WAIT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: widget === 'news-list' ? { Accept: FEED_ACCEPT } : {},
    });
  } catch {
    clearTimeout(timer);
    return { ok: false, src, why: 'unreachable' };
  }
  try {
    if (!response.ok) return { ok: false, src, why: 'status', status: response.status };
    const text = await response.text();
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (widget === 'news-list') {
      const feed = await readResponse(
        new FeedResponse({ text, contentType, headers: response.headers, url: response.url || url }),
      );
      return { ok: true, src, takenOn: today(), data: undefined, feed };
    }
    const data =
      contentType === 'text/csv' || /\.csv(\?|#|$)/i.test(url) ? new CsvText(text, src) : (JSON.parse(text) as unknown);
    return { ok: true, src, takenOn: today(), data };
  } catch {
    return { ok: false, src, why: 'format' };
  } finally {
    clearTimeout(timer);
  }
}
