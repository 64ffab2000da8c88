/**
 * The two forms the Jiha WordPress plugin reads (docs/wordpress.md): the
 * shortcode (wordpress/includes/shortcodes.php) and the block markup
 * (`<!-- wp:jiha/<widget> {attributes} /-->`, attributes named as in
 * wordpress/blocks/<widget>/block.json: the element's property names).
 */
import type { SnippetInput } from './snippets.js';

/** The widgets whose shortcode and block take data (JSON or CSV) of their own. */
const TAKES_DATA = new Set(['geopark-map', 'cooperation-timeline']);

/** The plugin's shortcode for a widget: news-card → jiha_news_card. */
export const shortcodeName = (widget: string): string => `jiha_${widget.replace(/-/g, '_')}`;

/** The snippet's data cannot go into the plugin's forms (only the map and the timeline carry data). */
export const dataLeftOut = (input: SnippetInput): boolean =>
  input.data.trim() !== '' && !TAKES_DATA.has(input.widget.name);

/**
 * A shortcode attribute value: WordPress ends it at the first `"` and reads
 * `[` `]` as shortcodes, so those are written as entities (the plugin prints
 * values through esc_attr, which keeps entities as they are).
 */
const shortcodeValue = (value: string): string =>
  value
    .replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;');

/** Attribute names with underscores, as WordPress shortcodes prefer (`image_alt`); the plugin reads both. */
export function wordpressShortcode(input: SnippetInput): string {
  const name = shortcodeName(input.widget.name);
  const pairs: [string, string][] = [
    ['lang', input.lang],
    ...(input.dir ? [['dir', input.dir] as [string, string]] : []),
  ];
  const attributes = [...pairs, ...input.attributes]
    .map(([attribute, value]) => {
      const key = attribute.replace(/-/g, '_');
      return value === '' ? ` ${key}` : ` ${key}="${shortcodeValue(value)}"`;
    })
    .join('');
  const data = TAKES_DATA.has(input.widget.name) ? dataText(input) : '';
  return data ? `[${name}${attributes}]\n${data}\n[/${name}]` : `[${name}${attributes}]`;
}

/** JSON on one line (WordPress adds <p> and <br> between lines of a shortcode's content), CSV as pasted. */
function dataText(input: SnippetInput): string {
  if (!input.data.trim()) return '';
  return input.csv ? input.data.trim() : JSON.stringify(JSON.parse(input.data));
}

/**
 * JSON inside a block comment as WordPress writes it (serializeAttributes in
 * @wordpress/blocks): `--`, `<`, `>`, `&` and `\"` escaped, so the comment
 * cannot end early and survives kses.
 */
export function blockJson(attributes: Record<string, unknown>): string {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/** The block's attributes: the element's property names, booleans as booleans, the map's and the timeline's data as text. */
export function blockAttributes(input: SnippetInput): Record<string, unknown> {
  const property = new Map(input.widget.fields.map((field) => [field.name, field]));
  const attributes: Record<string, unknown> = { lang: input.lang };
  if (input.dir) attributes.dir = input.dir;
  for (const [name, value] of input.attributes) {
    const field = property.get(name);
    attributes[field?.property ?? name] = field?.kind === 'boolean' ? true : value;
  }
  const data = TAKES_DATA.has(input.widget.name) ? dataText(input) : '';
  if (data) attributes.data = data;
  return attributes;
}

export function wordpressBlock(input: SnippetInput): string {
  return `<!-- wp:jiha/${input.widget.name} ${blockJson(blockAttributes(input))} /-->`;
}
