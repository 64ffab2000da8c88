/**
 * The showcase pages in each language, written before any script runs: the
 * source page (demo/index.html, demo/overview.html) is Arabic, and
 * `<page>.<lang>.html` is the same page with its texts from the tables of
 * demo/showcase.strings.json. Served so by `npm start` (vite.demo.config.ts)
 * and written so by scripts/build-showcase.mjs; demo/page-language.ts does
 * the same in the browser when a visitor switches language. A page that
 * arrives in its language never moves when its script runs.
 *
 * The markup contract (demo/page-language.ts reads the same):
 *   data-t="key"             the element's text (an element with text only);
 *   data-t-attr="name:key …" attributes;
 *   data-language="fr"       a language link: `aria-current="true"` on the page's own.
 * A key that Tamazight lacks takes the French text, marked `lang="fr"`; so an
 * element with `data-t` has no `lang` of its own in the source page.
 */

export const PAGE_LANGUAGES = ['ar', 'fr', 'zgh', 'en'];
export const SOURCE_LANGUAGE = 'ar';

/** The file name of a page in a language: `index.html`, `index.fr.html`. */
export function pageFileName(page, language) {
  return language === SOURCE_LANGUAGE ? page : page.replace(/\.html$/, `.${language}.html`);
}

/** `{text, lang}` for a key: the language's own, else French marked as such (Tamazight), else an error. */
export function lookUp(tables, language, key) {
  const own = tables[language]?.[key];
  if (own !== undefined) return { text: own, lang: undefined };
  if (language === 'zgh' && tables.fr?.[key] !== undefined) return { text: tables.fr[key], lang: 'fr' };
  throw new Error(`page text "${key}" has no ${language} translation`);
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
const normalized = (text) => text.replace(/\s+/g, ' ').trim();

/** An element holding text only, with `data-t`: its opening tag, name, key, text and closing tag. */
const TEXT_ELEMENT = /(<([a-z][\w-]*)\b[^>]*?\sdata-t="([^"]+)"[^>]*>)([^<]*)(<\/\2\s*>)/g;
/** A tag with `data-t-attr`. */
const ATTRIBUTE_TAG = /<[a-z][\w-]*\b[^>]*?\sdata-t-attr="([^"]+)"[^>]*>/g;
/** A language link's opening tag. */
const LANGUAGE_LINK = /<a\b[^>]*?\sdata-language="([\w-]+)"[^>]*>/g;

function setAttribute(tag, name, value) {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  const attribute = value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, attribute);
  return value === undefined ? tag : tag.replace(/\s*\/?>$/, (end) => `${attribute}${end}`);
}

/** Every `data-t` key of a page with its Arabic text, and every `data-t-attr` key with its attribute value. */
export function sourceTexts(html) {
  const texts = new Map();
  for (const [, , , key, text] of html.matchAll(TEXT_ELEMENT)) texts.set(key, normalized(text));
  for (const [tag, pairs] of html.matchAll(ATTRIBUTE_TAG))
    for (const pair of pairs.trim().split(/\s+/)) {
      const [name, key] = pair.split(':');
      texts.set(key, new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
    }
  return texts;
}

/**
 * The keys whose Arabic in the page differs from the table (the page and
 * the table must say the same), and keys the page marks but this reader
 * cannot translate (an element with child elements).
 */
export function checkSource(html, tables) {
  const problems = [];
  const marked = [...html.matchAll(/\sdata-t="([^"]+)"/g)].map((match) => match[1]);
  const texts = sourceTexts(html);
  for (const key of marked) if (!texts.has(key)) problems.push(`data-t="${key}" holds markup, not text only`);
  for (const [open, , key] of html.matchAll(TEXT_ELEMENT))
    if (/\slang="/.test(open)) problems.push(`data-t="${key}" has a lang of its own`);
  for (const [key, text] of texts) {
    const table = tables[SOURCE_LANGUAGE]?.[key];
    if (table === undefined) problems.push(`"${key}" is not in the ${SOURCE_LANGUAGE} table`);
    else if (normalized(table) !== normalized(text.replace(/&quot;/g, '"').replace(/&amp;/g, '&')))
      problems.push(`"${key}": the page says "${text}", the table "${table}"`);
  }
  return problems;
}

/** The page in `language`: `lang` and `dir` on <html>, its texts, attributes and language links. */
export function translatePage(html, language, tables) {
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  return html
    .replace(/<html\b[^>]*>/, (tag) => setAttribute(setAttribute(tag, 'lang', language), 'dir', direction))
    .replace(TEXT_ELEMENT, (all, open, _name, key, _text, close) => {
      const { text, lang } = lookUp(tables, language, key);
      return `${lang ? setAttribute(open, 'lang', lang) : open}${escapeText(text)}${close}`;
    })
    .replace(ATTRIBUTE_TAG, (tag, pairs) =>
      pairs
        .trim()
        .split(/\s+/)
        .reduce((result, pair) => {
          const [name, key] = pair.split(':');
          return setAttribute(result, name, lookUp(tables, language, key).text);
        }, tag),
    )
    .replace(LANGUAGE_LINK, (tag, linkLanguage) =>
      setAttribute(tag, 'aria-current', linkLanguage === language ? 'true' : undefined),
    );
}
