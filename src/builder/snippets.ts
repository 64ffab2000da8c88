/**
 * The two snippets the builder hands to a CMS editor, as plain text:
 * (1) the widget's script tag and the element with inline data and its
 * fallback (the content as plain HTML, for readers without JavaScript),
 * for pages that keep scripts; (2) an iframe on dist/embed.html with the same
 * settings as query parameters, for CMSs that strip scripts.
 */
import { encodeBase64Url } from '../embed/base64url.js';
import type { WidgetSpec } from '../embed/widgets.js';
import { escapeAttribute } from '../fallback/escape.js';

export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
/**
 * The map's frame keeps the origin of the library's host: a frame with an
 * opaque origin sends no Referer at all, whatever the tile images ask for
 * (measured in Chromium, test/components/geopark-map/privacy.test.ts), and tile servers
 * such as OpenStreetMap's refuse those requests; it also cannot remember the
 * visitor's answer to "Show the street map". The embed page is the
 * library's own code and shows data as text only.
 */
export const MAP_EMBED_SANDBOX = `${EMBED_SANDBOX} allow-same-origin`;

/** The iframe's sandbox for a widget. */
export function embedSandbox(widget: WidgetSpec): string {
  return widget.name === 'geopark-map' ? MAP_EMBED_SANDBOX : EMBED_SANDBOX;
}

export interface SnippetInput {
  widget: WidgetSpec;
  /** The folder that holds jiha.js and embed.html, ending with `/`. */
  base: string;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  /** Attribute name and value; a boolean attribute that is on has the value `''`. */
  attributes: readonly (readonly [string, string])[];
  /** The data, already checked to be JSON, or CSV when `csv` (empty: none). */
  data: string;
  /** The data is CSV (timeline and map). */
  csv?: boolean;
  /** The iframe's accessible name. */
  title: string;
  /** Tells the embed's size messages apart on a page with several. */
  id: string;
}

/** JSON that cannot end its `<script>` early (`</script>`, `<!--`): every `<` written as `\u003c`. */
export function scriptSafeJson(text: string): string {
  return JSON.stringify(JSON.parse(text), null, 2).replace(/</g, '\\u003c');
}

function attributeList(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

function commonPairs(input: SnippetInput): [string, string][] {
  const pairs: [string, string][] = [['lang', input.lang]];
  if (input.dir) pairs.push(['dir', input.dir]);
  return pairs;
}

/**
 * Form 1: `<script type="module" src=".../news-card.js">` (the widget's own
 * file) and the element, data inline, then `fallback` (markup from
 * src/fallback/, already escaped): what the page shows where the script does
 * not run. The widget's file is one download with everything it needs, where
 * jiha.js carries every element and (rolldown splitting a few shared modules
 * out) names files of its own: on Slow 4G a one-card page shows its headline
 * after about 0.5 s with news-card.js, 0.95 s with jiha.js (`npm run bench`).
 */
export function scriptSnippet(input: SnippetInput, fallback = ''): string {
  const tag = input.widget.tag;
  const open = `<${tag}${attributeList([...commonPairs(input), ...input.attributes])}>`;
  const data = !input.data.trim()
    ? ''
    : input.csv
      ? `\n  <script type="text/csv">\n${input.data.trim()}\n  </script>`
      : `\n  <script type="application/json">\n${scriptSafeJson(input.data).replace(/^/gm, '    ')}\n  </script>`;
  const content = fallback.trim() ? `\n${fallback.trim().replace(/^/gm, '  ')}` : '';
  return `<script type="module" src="${escapeAttribute(new URL(`${input.widget.name}.js`, input.base).href)}"></script>\n${open}${data}${content}${data || content ? '\n' : ''}</${tag}>`;
}

/** The address of embed.html showing this widget. */
export function embedUrl(input: SnippetInput): string {
  const params = new URLSearchParams({
    widget: input.widget.name,
    ...Object.fromEntries(commonPairs(input)),
    id: input.id,
  });
  for (const [name, value] of input.attributes) params.append(name, value === '' ? 'true' : value);
  // The data in the fragment, which no server sees: src/embed/embed-params.ts says why.
  const data = input.data.trim()
    ? `#${new URLSearchParams({
        [input.csv ? 'csv' : 'data']: encodeBase64Url(
          input.csv ? input.data.trim() : JSON.stringify(JSON.parse(input.data)),
        ),
      })}`
    : '';
  return `${new URL('embed.html', input.base).href}?${readableQuery(params)}${data}`;
}

/** A letter beyond ASCII that an address may carry as it is (the browser escapes it when it loads it); never white space, a control or a bidi mark. */
const READABLE = /^[^\p{Cc}\p{Cf}\p{Z}\x00-\x9f]$/u;

/**
 * The query with only what must be escaped escaped, character by character:
 * an Arabic or Tifinagh headline stays readable in the iframe's address
 * (its spaces as %20), where URLSearchParams would write each of its letters
 * as %D8%xx.
 */
function readableQuery(params: URLSearchParams): string {
  const encode = (text: string) =>
    [...text].map((character) => (READABLE.test(character) ? character : encodeURIComponent(character))).join('');
  return [...params].map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
}

/** Form 2: the iframe, one attribute a line so that an editor can read it, and the optional resizer script on the line after it. */
export function iframeSnippet(input: SnippetInput): string {
  const frame = [
    '<iframe',
    `  src="${escapeAttribute(embedUrl(input))}"`,
    `  title="${escapeAttribute(input.title)}"`,
    `  loading="lazy" width="100%" height="${input.widget.fallbackHeight}" style="border:0;width:100%"`,
    `  sandbox="${embedSandbox(input.widget)}"`,
    '  referrerpolicy="no-referrer"></iframe>',
  ].join('\n');
  return `${frame}\n<script src="${escapeAttribute(new URL('embed-resizer.js', input.base).href)}" defer></script>`;
}
