import { JihaError } from '../core/errors.js';
import { parseJson } from '../core/inline-data.js';

/** Content types that can hold JSON; a server sending HTML (a login page, a 404 page) is not data. */
const JSON_TYPE = /(^|[/+])json\b|^text\/plain\b|^application\/octet-stream\b/i;

export interface FetchJsonOptions {
  /** Milliseconds before the request is aborted with the `timeout` code. */
  timeout: number;
  /** Aborts the request without an error (the element moved on). */
  signal: AbortSignal;
}

/**
 * Fetches JSON from `url` relative to the page, with the page's cookies only
 * for its own origin. Every failure becomes a JihaError with a contract code.
 * A request aborted through `signal` rejects with the signal's reason, which
 * the caller ignores.
 */
export async function fetchJson(url: string, { timeout, signal }: FetchJsonOptions): Promise<unknown> {
  const controller = new AbortController();
  const timedOut = new JihaError('timeout', `no answer from ${url} within ${timeout} ms`);
  const timer = setTimeout(() => controller.abort(timedOut), Math.max(0, timeout));
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin', signal: controller.signal, headers: { accept: 'application/json, application/geo+json' } });
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new JihaError('fetch-failed', `${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new JihaError('http-status', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (type && !JSON_TYPE.test(type)) {
      throw new JihaError('unsupported-format', `${url} sent ${type.split(';')[0]}, not JSON`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new JihaError('fetch-failed', `${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return parseJson(text, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
