/**
 * WordPress REST API paging: the list asks for `limit` posts a page with
 * their author and featured image (`_embed`), and `X-WP-TotalPages` says
 * where the feed ends. Pure: no DOM.
 */

/** True for a WordPress REST API endpoint: `/wp-json/wp/v2/…` or `?rest_route=/wp/v2/…` (plain permalinks). */
export function isWordPressEndpoint(url: URL): boolean {
  return /\/wp-json\/wp\/v2\//.test(url.pathname) || /^\/wp\/v2\//.test(url.searchParams.get('rest_route') ?? '');
}

/** `src` resolved against `base`, with `per_page` and `page` (1 unless given) and `_embed` when it is a WordPress endpoint. */
export function wordPressPageUrl(src: string, base: string, perPage: number): string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return src; // fetch reports it
  }
  if (!isWordPressEndpoint(url)) return src;
  url.searchParams.set('per_page', String(perPage));
  if (!url.searchParams.has('page')) url.searchParams.set('page', '1');
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '');
  return url.href;
}

/** The next page's address, or undefined on the last page (or when the server does not say how many there are). */
export function nextWordPressPage(address: string, headers: Headers): string | undefined {
  const total = Number(headers.get('x-wp-totalpages'));
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const page = Number(url.searchParams.get('page') ?? '1');
  if (!Number.isInteger(total) || !Number.isInteger(page) || page >= total) return undefined;
  url.searchParams.set('page', String(page + 1));
  return url.href;
}
