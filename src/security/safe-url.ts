/** The contract's URL allow-list for links and image sources. */

export type UrlKind = 'link' | 'image';

const LINK_PROTOCOLS = /^(https?|mailto):$/;
const RELATIVE_BASE = 'https://relative.jiha.invalid/';

/**
 * Keeps a URL only for `http:`, `https:`, `mailto:` and relative URLs (and
 * `data:image/` for images). The URL parser decides the scheme, as the
 * browser would (`java\tscript:` is `javascript:`). Returns undefined for
 * anything else and warns once, naming the field.
 */
export function safeUrl(value: unknown, kind: UrlKind, field: string = kind): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url === '') return undefined;
  let protocol = '';
  try {
    protocol = new URL(url, RELATIVE_BASE).protocol;
  } catch {
    // Unparsable: dropped below.
  }
  // A URL that starts with `data:image/` parses as `data:`.
  if (LINK_PROTOCOLS.test(protocol) || (kind === 'image' && /^data:image\//i.test(url))) return url;
  console.warn(`jiha-widgets: ${field} URL dropped (only http, https, mailto, relative): ${url.slice(0, 80)}`);
  return undefined;
}
