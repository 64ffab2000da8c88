import { minifyHTMLLiterals } from 'minify-literals';

/** `, desc: '…'` after a message id: a note for translators, read by `lit-localize extract` from the sources. */
const MESSAGE_DESC = /(\{\s*id:\s*'[^']*')(,\s*desc:\s*'(?:\\.|[^'\\])*')/g;

/**
 * Blanks translators' notes out of `msg()` options: the runtime never reads
 * them. Replaced by spaces of the same length, so that no position moves
 * and source maps stay right.
 */
export function stripMessageDescriptions(code) {
  return code.replace(MESSAGE_DESC, (_match, id, desc) => id + ' '.repeat(desc.length));
}

/**
 * Vite plugin: minifies the CSS and HTML inside Lit's css`` and html``
 * templates of the library's own sources at build time (template literals
 * are strings to a JavaScript minifier, so their white space would
 * otherwise ship as it is written), and drops translators' notes.
 */
export function minifyLiterals() {
  return {
    name: 'jiha-minify-literals',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/locales/')) return null;
      const stripped = stripMessageDescriptions(code);
      // Conservative: a run of white space becomes one space, never none, so that words and separators written
      // around an element (`<a>…</a> <a>…</a>`, ` | `) stay apart in the build as in the sources.
      const result = await minifyHTMLLiterals(stripped, { fileName: id, html: { conservativeCollapse: true } });
      if (result) return { code: result.code, map: result.map };
      // Same positions as the source: the existing source map still holds.
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
