import { JihaError } from '../core/errors.js';
import { parseJson } from '../core/inline-data.js';
import { CSV_TYPE, CsvText } from './csv-text.js';

/** Content types that can hold JSON; a server sending HTML (a login page, a 404 page) is not data. */
const JSON_TYPE = /(^|[/+])json\b|^text\/plain\b|^application\/octet-stream\b/i;

export interface FetchJsonOptions {
  /** Milliseconds before the request is aborted with the `timeout` code. */
  timeout: number;
  /** Aborts the request without an error (the element moved on). */
  signal: AbortSignal;
}

export interface FetchTextOptions extends FetchJsonOptions {
  /** The `Accept` header: the formats the caller reads. */
  accept: string;
  /** Content types the caller reads; another one is `unsupported-format` before the body is read. */
  types?: RegExp;
  /** What the caller reads, for that error's message (`JSON`, `a feed`). */
  what?: string;
  /** `no-cache` for a retry: an answer the browser kept must not stand for the server's. */
  cache?: RequestCache;
}

/** A response's body with what a format reader needs to know about it. */
export interface FetchedText {
  text: string;
  /** The media type, lower case, without parameters (`application/rss+xml`); empty when the server sent none. */
  contentType: string;
  headers: Headers;
  /** The final address (after redirects): relative links in the body resolve against it. */
  url: string;
}

/**
 * Fetches `url` relative to the page as text, with the page's cookies only
 * for its own origin. Every failure becomes a JihaError with a contract code.
 * A request aborted through `signal` rejects with the signal's reason, which
 * the caller ignores.
 */
export async function fetchText(url: string, { timeout, signal, accept, types, what = 'data', cache }: FetchTextOptions): Promise<FetchedText> {
  const controller = new AbortController();
  const timedOut = new JihaError('timeout', `no answer from ${url} within ${timeout} ms`);
  const timer = setTimeout(() => controller.abort(timedOut), Math.max(0, timeout));
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  const failed = (error: unknown) => {
    if (controller.signal.aborted) return controller.signal.reason as unknown;
    return new JihaError('fetch-failed', `${url}: ${error instanceof Error ? error.message : String(error)}`);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin', signal: controller.signal, headers: { accept }, cache });
    } catch (error) {
      throw failed(error);
    }
    if (!response.ok) throw new JihaError('http-status', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (contentType && types && !types.test(contentType)) throw new JihaError('unsupported-format', `${url} sent ${contentType}, not ${what}`);
    try {
      return { text: await response.text(), contentType, headers: response.headers, url: response.url || new URL(url, document.baseURI).href };
    } catch (error) {
      throw failed(error);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Fetches JSON from `url` (see fetchText). */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const { text } = await fetchText(url, { ...options, accept: 'application/json, application/geo+json', types: JSON_TYPE, what: 'JSON' });
  return parseJson(text, url);
}

/** A `src` that is a spreadsheet export: a `.csv` path. */
const CSV_PATH = /\.csv$/i;

/**
 * Fetches JSON or CSV from `url`: CSV when the server says `text/csv`, or
 * sends a `.csv` file as plain text or without a type (a spreadsheet
 * published as CSV, a file in a repository); JSON otherwise (see fetchJson).
 */
export async function fetchJsonOrCsv(url: string, options: FetchJsonOptions): Promise<unknown> {
  const response = await fetchText(url, { ...options, accept: 'application/json, application/geo+json, text/csv;q=0.9', types: JSON_OR_CSV_TYPE, what: 'JSON or CSV' });
  const path = new URL(response.url, document.baseURI).pathname;
  const generic = /^(text\/plain|application\/octet-stream)?$/.test(response.contentType);
  if (response.contentType === CSV_TYPE || (generic && CSV_PATH.test(path))) return new CsvText(response.text, url);
  return parseJson(response.text, url);
}

const JSON_OR_CSV_TYPE = /(^|[/+])json\b|^text\/(plain|csv)\b|^application\/octet-stream\b/i;
