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

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', shy: '\u00ad',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î',
  iuml: 'ï', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
};

/** Decodes HTML character references without handing the string to a parser. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/**
 * Turns a field that holds HTML in a foreign format (WordPress
 * `title.rendered`, TimelineJS `text.text`) into plain text: scripts and
 * styles dropped with their content, tags dropped, entities decoded, white
 * space folded. No parser and no DOM: the result is only ever set as text,
 * and a string parser would be a Trusted Types sink.
 */
export function htmlToText(html: string): string {
  const withoutCode = html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const withoutTags = withoutCode.replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th)\b[^>]*>/gi, ' ').replace(/<[^>]*>?/g, '');
  // Fold markup white space only: a decoded no-break space (French « : ») is text.
  return decodeEntities(withoutTags.replace(/[ \t\n\r\f]+/g, ' ')).trim();
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
