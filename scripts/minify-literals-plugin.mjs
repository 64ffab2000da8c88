import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Vite plugin: minifies the CSS and HTML inside Lit's css`` and html``
 * templates of the library's own sources at build time. Template literals
 * are strings to a JavaScript minifier, so their white space would
 * otherwise ship as it is written.
 */
export function minifyLiterals() {
  return {
    name: 'jiha-minify-literals',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/locales/')) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
