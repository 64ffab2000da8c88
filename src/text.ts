import type { UiLanguage } from './language.js';
import { knownUiLanguage } from './language.js';

/** A text as the data gives it: a plain string or one per language. */
export type LocalizedText = string | Partial<Record<string, string>>;

/** The entries of a per-language text object, by the UI language of their key. */
function textsByLanguage(value: object): { byLanguage: Map<UiLanguage, string>; any?: string } {
  const byLanguage = new Map<UiLanguage, string>();
  let any: string | undefined;
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string' || text === '') continue;
    any ??= text;
    const language = knownUiLanguage(key);
    if (language && !byLanguage.has(language)) byLanguage.set(language, text);
  }
  return { byLanguage, any };
}

const FALLBACK_ORDER = ['fr', 'ar', 'en'] as const;

/**
 * The text for `language` and the language it is in: the UI language first,
 * then `fr`, `ar`, `en`, then any, as the contract orders them. Keys with a
 * region (`ar-MA`) count for their language. A plain string has no known
 * language; anything that is not text gives `undefined`.
 */
export function pickLocalized(value: unknown, language: UiLanguage): { text: string; lang?: UiLanguage } | undefined {
  if (typeof value === 'string') return value === '' ? undefined : { text: value };
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value) };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { byLanguage, any } = textsByLanguage(value);
  for (const candidate of [language, ...FALLBACK_ORDER]) {
    const text = byLanguage.get(candidate);
    if (text !== undefined) return { text, lang: candidate };
  }
  return any === undefined ? undefined : { text: any };
}

/** Only the text of `pickLocalized`. */
export function pickText(value: unknown, language: UiLanguage): string | undefined {
  return pickLocalized(value, language)?.text;
}

export type UrlKind = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
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
  let protocol: string;
  try {
    protocol = new URL(url, RELATIVE_BASE).protocol;
  } catch {
    warnDropped(field, url);
    return undefined;
  }
  if (LINK_PROTOCOLS.has(protocol)) return url;
  if (kind === 'image' && protocol === 'data:' && /^data:image\//i.test(url)) return url;
  warnDropped(field, url);
  return undefined;
}

function warnDropped(field: string, url: string): void {
  console.warn(`jiha-widgets: the ${field} URL "${url.slice(0, 80)}" is not allowed (only http, https, mailto and relative URLs) and was dropped.`);
}
